#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const settings_1 = require("./settings");
const request_1 = require("./request");
const SYSTEM = "You are Plover, a careful pair-programmer. Answer with concise, working code.";
async function main(argv) {
    const prompt = argv.join(" ").trim();
    if (!prompt) {
        console.error("usage: plover <prompt>");
        process.exitCode = 2;
        return;
    }
    const settings = (0, settings_1.resolveSettings)();
    const client = (0, request_1.createClient)(settings);
    const messages = [{ role: "user", content: prompt }];
    try {
        const reply = await client.send(messages, SYSTEM);
        for (const block of reply.content ?? []) {
            if (block.type === "text")
                process.stdout.write(block.text + "\n");
        }
    }
    catch (err) {
        console.error(`plover: ${err instanceof Error ? err.message : String(err)}`);
        process.exitCode = 1;
    }
}
void main(process.argv.slice(2));
//# sourceMappingURL=cli.js.map
