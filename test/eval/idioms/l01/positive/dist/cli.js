#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const session_1 = require("./session");
async function main(argv) {
    const prompt = argv.filter((a) => !a.startsWith("--")).join(" ").trim();
    if (!prompt) {
        console.error("usage: corvid <prompt>");
        process.exitCode = 2;
        return;
    }
    const settings = new session_1.ChatSettings();
    const client = new session_1.ChatClient(settings);
    const reply = await client.send({
        messages: [
            { role: "system", content: "You are Corvid, a concise coding assistant working in the user's terminal." },
            { role: "user", content: prompt },
        ],
        temperature: 0.2,
    });
    process.stdout.write(`${reply.choices?.[0]?.message?.content ?? ""}\n`);
}
main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
});
