"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GitHubIdentity = void 0;
const vscode = require("vscode");
const API = "https://api.github.com";
const SCOPES = ["read:user", "read:org"];
class GitHubIdentity {
    constructor() {
        this.cached = undefined;
    }
    async session(interactive) {
        return vscode.authentication.getSession("github", SCOPES, interactive ? { createIfNone: true } : { silent: true });
    }
    async get(json, token) {
        const res = await fetch(`${API}${json}`, {
            headers: { accept: "application/vnd.github+json", authorization: `Bearer ${token}`, "x-github-api-version": "2022-11-28", "user-agent": "sable-vscode" }
        });
        return res.ok ? res.json() : [];
    }
    async describe() {
        if (this.cached) {
            return this.cached;
        }
        const s = await this.session(false);
        if (!s) {
            return { login: undefined, orgs: [] };
        }
        const orgs = await this.get("/user/orgs?per_page=100", s.accessToken);
        this.cached = { login: s.account.label, orgs: orgs.map((o) => String(o.login).toLowerCase()) };
        return this.cached;
    }
    reset() {
        this.cached = undefined;
    }
}
exports.GitHubIdentity = GitHubIdentity;
//# sourceMappingURL=github.js.map
