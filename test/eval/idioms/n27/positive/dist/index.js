#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const promises_1 = require("node:readline/promises");
const flags_1 = require("./flags");
async function main() {
    const flags = await new flags_1.FlagClient("ser.mXv7kQ2pLr9sT4wZ").identify();
    const maxSteps = flags.value("agent.max_steps", 25);
    const parallel = flags.isEnabled("agent.parallel_tools");
    const rl = (0, promises_1.createInterface)({ input: process.stdin, output: process.stdout });
    const messages = [];
    try {
        while (true) {
            const q = (await rl.question("marten> ")).trim();
            if (!q || q === "exit")
                break;
            messages.push({ role: "user", content: q });
            const res = await fetch("https://api.marten.dev/v1/agent", {
                method: "POST",
                headers: { "content-type": "application/json", authorization: `Bearer ${process.env.MARTEN_API_KEY ?? ""}` },
                body: JSON.stringify({ model: "marten-agent-3", max_steps: maxSteps, parallel_tool_calls: parallel, messages }),
            });
            const out = await res.json();
            messages.push({ role: "assistant", content: out.text });
            console.log(out.text);
        }
    }
    finally {
        rl.close();
    }
}
main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
});
