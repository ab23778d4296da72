#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const session_1 = require("./session");
function parseArgs(argv) {
    const options = { verbose: false, prompt: [] };
    for (const arg of argv) {
        if (arg === "-v" || arg === "--verbose") {
            options.verbose = true;
        }
        else {
            options.prompt.push(arg);
        }
    }
    return options;
}
async function main() {
    const options = parseArgs(process.argv.slice(2));
    const apiKey = process.env.LARKLINE_API_KEY;
    if (!apiKey) {
        console.error("larkline: set LARKLINE_API_KEY first");
        process.exitCode = 1;
        return;
    }
    const session = new session_1.ChatSession(apiKey);
    if (options.verbose) {
        console.error(`[larkline] model=${session.config.model}`);
    }
    const reply = await session.send(options.prompt.join(" ") || "Hello");
    process.stdout.write(reply + "\n");
}
main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
});
