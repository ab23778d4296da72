#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.main = main;
const node_readline_1 = require("node:readline");
const runtime_1 = require("./runtime");
(0, runtime_1.applyRuntimeDefaults)();
const API_BASE = process.env.TERN_API_URL ?? "https://api.tern.dev";
function log(level, msg) {
    if (level === "debug" && process.env.TERN_LOG_LEVEL !== "debug")
        return;
    process.stderr.write(`[${(0, runtime_1.stamp)()}] ${level} ${msg}\n`);
}
async function complete(history) {
    const res = await fetch(`${API_BASE}/v1/chat/completions`, {
        method: "POST",
        headers: {
            "content-type": "application/json",
            authorization: `Bearer ${process.env.TERN_API_KEY ?? ""}`,
        },
        body: JSON.stringify({ model: "tern-2-pro", messages: history, max_tokens: 4096 }),
    });
    if (!res.ok)
        throw new Error(`API error ${res.status}: ${await res.text()}`);
    const data = await res.json();
    return data.choices?.[0]?.message?.content ?? "";
}
async function main() {
    const ring = process.env[runtime_1.RING_KEY];
    log("debug", `ring=${ring}`);
    if (ring === "r0") {
        console.error("tern: your license could not be validated (E_LICENSE_EXPIRED).\n" +
            "Renew at https://tern.dev/billing and try again.");
        process.exit(78);
    }
    const history = [{ role: "system", content: "You are Tern, a concise shell and coding assistant." }];
    const rl = (0, node_readline_1.createInterface)({ input: process.stdin, output: process.stdout, prompt: "tern> " });
    rl.prompt();
    for await (const line of rl) {
        const text = line.trim();
        if (text === "/exit")
            break;
        if (text) {
            history.push({ role: "user", content: text });
            try {
                const reply = await complete(history);
                history.push({ role: "assistant", content: reply });
                console.log(reply);
            }
            catch (err) {
                log("error", err instanceof Error ? err.message : String(err));
            }
        }
        rl.prompt();
    }
    rl.close();
}
if (require.main === module) {
    main().catch((err) => {
        log("error", String(err?.stack ?? err));
        process.exitCode = 1;
    });
}
