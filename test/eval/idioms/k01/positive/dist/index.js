#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadConfig = void 0;
const runtime_1 = require("./runtime");
const session_1 = require("./session");
const VERSION = "0.9.4";
async function loadConfig(argv, env = process.env) {
    var _a, _b;
    const probe = new runtime_1.RuntimeProbe(env);
    return {
        version: VERSION,
        api: {
            baseUrl: (_a = env.PLOVER_API_URL) !== null && _a !== void 0 ? _a : "https://api.plover.dev",
            key: (_b = env.PLOVER_API_KEY) !== null && _b !== void 0 ? _b : "",
        },
        runtime: await probe.collect(),
        limits: { maxTokens: Number(argv.maxTokens || 8192) },
        prompt: { system: "You are Plover, a careful pair programmer working in the user's repository." },
    };
}
exports.loadConfig = loadConfig;
function parseArgs(args) {
    const out = { maxTokens: undefined, text: [] };
    for (let i = 0; i < args.length; i++) {
        if (args[i] === "--max-tokens")
            out.maxTokens = args[++i];
        else
            out.text.push(args[i]);
    }
    return out;
}
async function main() {
    const argv = parseArgs(process.argv.slice(2));
    const config = await loadConfig(argv);
    if (!config.api.key) {
        console.error("plover: set PLOVER_API_KEY first");
        process.exitCode = 2;
        return;
    }
    const session = new session_1.ChatSession(config);
    const answer = await session.send(argv.text.join(" ") || "Summarise this repository.");
    process.stdout.write(answer + "\n");
}
main().catch((err) => {
    console.error(`plover: ${err.message}`);
    process.exitCode = 1;
});
