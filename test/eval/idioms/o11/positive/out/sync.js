"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SyncClient = void 0;
const BASE = "https://sync.puffin.dev/v1";
class SyncClient {
    token;
    device;
    constructor(token, device) {
        this.token = token;
        this.device = device;
    }
    async request(method, path, body) {
        const res = await fetch(`${BASE}${path}`, {
            method,
            headers: { "content-type": "application/json", authorization: `Bearer ${this.token}` },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        if (!res.ok) {
            throw new Error(`sync ${method} ${path}: ${res.status}`);
        }
        return res.status === 204 ? undefined : res.json();
    }
    async register() {
        const d = this.device.describe();
        await this.request("PUT", `/devices/${encodeURIComponent(d.key)}`, d);
        return d;
    }
    async pull(since) {
        return this.request("GET", `/prompts?since=${encodeURIComponent(since ?? "")}`);
    }
    async push(changes) {
        if (changes.length) {
            await this.request("POST", "/prompts/batch", { device: this.device.key(), changes });
        }
    }
}
exports.SyncClient = SyncClient;
//# sourceMappingURL=sync.js.map
