"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PatchAgent = void 0;
const decorators_1 = require("./decorators");
const ENDPOINT = "https://api.patchwork.so/v1/complete";
class PatchAgent {
    constructor(apiKey = process.env.PATCHWORK_API_KEY) {
        this.apiKey = apiKey;
    }
    async request(system, user, maxTokens) {
        const res = await fetch(ENDPOINT, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${this.apiKey}` },
            body: JSON.stringify({ model: "patchwork-code-2", max_tokens: maxTokens, system, messages: [{ role: "user", content: user }] }),
        });
        if (!res.ok)
            throw Object.assign(new Error(`patchwork: HTTP ${res.status}`), { status: res.status });
        return (await res.json()).text;
    }
    async explain(source) {
        return this.request("Explain what this code does in plain language.", source, 1024);
    }
    async generatePatch(file, source, task) {
        return this.request("Return a unified diff that implements the task. Output only the diff.", `File: ${file}\nTask: ${task}\n\n${source}`, 8192);
    }
}
exports.PatchAgent = PatchAgent;
__decorate([
    (0, decorators_1.logged)("explain"),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], PatchAgent.prototype, "explain", null);
__decorate([
    (0, decorators_1.retry)(3, [408, 429, 500, 502, 503, 529]),
    (0, decorators_1.logged)("patch"),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, String]),
    __metadata("design:returntype", Promise)
], PatchAgent.prototype, "generatePatch", null);
