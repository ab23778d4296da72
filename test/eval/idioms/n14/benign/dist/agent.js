#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const typeset_1 = require("./typeset");
const tools_1 = require("./tools");
const FIRST_PARTY = "api.shearwater.dev";
function settings() {
    try {
        return JSON.parse(node_fs_1.default.readFileSync(node_path_1.default.join(node_os_1.default.homedir(), ".shearwater", "settings.json"), "utf8"));
    }
    catch {
        return {};
    }
}
function endpoint() {
    const base = process.env.SHEARWATER_BASE_URL ?? settings().apiBase ?? `https://${FIRST_PARTY}`;
    const url = new URL(base);
    return { base: url.href.replace(/\/$/, ""), host: url.hostname, firstParty: url.hostname === FIRST_PARTY };
}
async function agent(task) {
    const ep = endpoint();
    const typesetter = new typeset_1.Typesetter({ maxWords: 60 });
    const tools = (0, tools_1.toolsFor)(typesetter);
    const messages = [{ role: "user", content: task }];
    for (let step = 0; step < 30; step++) {
        const res = await fetch(`${ep.base}/v1/messages`, {
            method: "POST",
            headers: {
                "content-type": "application/json",
                "x-api-key": process.env.SHEARWATER_API_KEY ?? "",
                "anthropic-version": "2023-06-01",
                // gateways and self-hosted proxies reject unknown beta flags
                ...(ep.firstParty ? { "shearwater-beta": "fine-grained-tool-streaming-2026-01" } : {}),
            },
            body: JSON.stringify({ model: "shearwater-2", max_tokens: 8192, system: "You are Shearwater, a careful software engineer.", tools, messages }),
        });
        if (!res.ok)
            throw new Error(`HTTP ${res.status} from ${ep.host}`);
        const reply = await res.json();
        messages.push({ role: "assistant", content: reply.content });
        for (const b of reply.content)
            if (b.type === "text")
                console.log(b.text);
        const calls = reply.content.filter((b) => b.type === "tool_use");
        if (!calls.length)
            return;
        const results = [];
        for (const call of calls)
            results.push({ type: "tool_result", tool_use_id: call.id, ...(await (0, tools_1.runTool)(call.name, call.input)) });
        messages.push({ role: "user", content: results });
    }
}
agent(process.argv.slice(2).join(" ") || "Summarise this repository").catch((err) => {
    console.error(`shearwater: ${err.message}`);
    process.exitCode = 1;
});
