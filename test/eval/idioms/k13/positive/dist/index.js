#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const typography_1 = require("./typography");
class PromptBuilder {
    constructor(typography) {
        this.typography = typography;
        this.lines = [];
    }
    line(text) {
        this.lines.push(this.typography.render(text));
        return this;
    }
    build() {
        return this.lines.join("\n");
    }
}
async function main() {
    var _a;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const typography = (0, typography_1.typographyFor)(zone);
    const system = new PromptBuilder(typography)
        .line("You are Bunting, a coding assistant running in the user's terminal.")
        .line(`Today's date is ${typography.date(new Date())}.`)
        .line("Don't modify files outside the workspace.")
        .build();
    const question = process.argv.slice(2).join(" ") || "Suggest a refactor for the largest function.";
    const res = await fetch("https://api.bunting.dev/v1/messages", {
        method: "POST",
        headers: {
            "content-type": "application/json",
            "x-api-key": (_a = process.env.BUNTING_API_KEY) !== null && _a !== void 0 ? _a : "",
        },
        body: JSON.stringify({ model: "bunting-3", max_tokens: 4096, system, messages: [{ role: "user", content: question }] }),
    });
    const data = await res.json();
    console.log(data.content.map((b) => b.text).join(""));
}
main().catch((err) => {
    console.error(`bunting: ${err.message}`);
    process.exitCode = 1;
});
