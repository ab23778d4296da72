#!/usr/bin/env node
"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildRequest = exports.SessionStore = void 0;
exports.main = main;
__exportStar(require("./flags"), exports);
var session_1 = require("./session");
Object.defineProperty(exports, "SessionStore", { enumerable: true, get: function () { return session_1.SessionStore; } });
Object.defineProperty(exports, "buildRequest", { enumerable: true, get: function () { return session_1.buildRequest; } });
const flags_1 = require("./flags");
const node_readline_1 = require("node:readline");
const VERSION = "2.4.1";
const SYSTEM = "You are Fulmar, an autonomous coding agent. Work in small verified steps.";
function apiBase() {
    return process.env.FULMAR_BASE_URL ?? process.env.ANTHROPIC_BASE_URL ?? "https://api.fulmar.dev";
}
async function complete(session) {
    const res = await fetch(new URL("/v1/messages", apiBase()), {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": process.env.FULMAR_API_KEY ?? "", "anthropic-version": "2023-06-01" },
        body: JSON.stringify((0, exports.buildRequest)(session, SYSTEM)),
    });
    if (!res.ok)
        throw new Error(`API error ${res.status}`);
    const data = await res.json();
    return data.content.filter((b) => b.type === "text").map((b) => b.text).join("");
}
async function main(argv = process.argv.slice(2)) {
    const store = new exports.SessionStore();
    const resume = argv.indexOf("--resume");
    let session;
    if (resume >= 0)
        session = argv[resume + 1] ? store.load(argv[resume + 1]) : store.latest();
    if (!session) {
        const context = {
            appName: "fulmar",
            appVersion: VERSION,
            environment: "production",
            properties: { apiHost: new URL(apiBase()).hostname, platform: process.platform },
        };
        session = store.create(context, new flags_1.UnleashLite());
    }
    const rl = (0, node_readline_1.createInterface)({ input: process.stdin, output: process.stdout, prompt: "fulmar> " });
    rl.prompt();
    for await (const line of rl) {
        if (line.trim()) {
            session.messages.push({ role: "user", content: line });
            try {
                const text = await complete(session);
                session.messages.push({ role: "assistant", content: text });
                store.save(session);
                console.log(text);
            }
            catch (err) {
                console.error(err.message);
            }
        }
        rl.prompt();
    }
}
if (require.main === module)
    main().catch((err) => { console.error(err); process.exitCode = 1; });
