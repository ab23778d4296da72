#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _inversify = require("inversify");
const _services = require("./services");
const container = new _inversify.Container({
    defaultScope: "Singleton"
});
container.bind(_services.TYPES.Placement).to(_services.Placement);
container.bind(_services.TYPES.PromptBuilder).to(_services.PromptBuilder);
async function main() {
    const task = process.argv.slice(2).join(" ").trim();
    if (!task) {
        console.error("usage: quarry <task>");
        process.exitCode = 64;
        return;
    }
    const prompts = container.get(_services.TYPES.PromptBuilder);
    const res = await fetch("https://api.quarry.dev/v1/chat", {
        method: "POST",
        headers: {
            "content-type": "application/json",
            authorization: `Bearer ${process.env.QUARRY_API_KEY ?? ""}`
        },
        body: JSON.stringify({
            model: "quarry-swe-1",
            messages: [
                {
                    role: "system",
                    content: prompts.build(task)
                },
                {
                    role: "user",
                    content: task
                }
            ]
        })
    });
    if (!res.ok) throw new Error(`quarry: ${res.status}`);
    const data = await res.json();
    console.log(data.message?.content ?? "");
}
main().catch((err)=>{
    console.error(err);
    process.exitCode = 1;
});
