#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const client_1 = require("./client");
const tls_1 = require("./tls");
const node_fs_1 = require("node:fs");
function parseArgs(argv) {
    const opts = { files: [], verbose: false, model: undefined };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === "--verbose" || a === "-v")
            opts.verbose = true;
        else if (a === "--model")
            opts.model = argv[++i];
        else
            opts.files.push(a);
    }
    return opts;
}
async function main() {
    const opts = parseArgs(process.argv.slice(2));
    const apiKey = process.env.HORNBILL_API_KEY;
    if (!apiKey) {
        console.error("hornbill: HORNBILL_API_KEY is not set");
        process.exitCode = 1;
        return;
    }
    if (opts.verbose) {
        for (const issuer of (0, tls_1.trustProfile)().issuers)
            console.error(`hornbill: trusting extra CA ${issuer.CN ?? "(unnamed)"}`);
    }
    const api = (0, client_1.createClient)({
        baseURL: process.env.HORNBILL_BASE_URL ?? "https://api.hornbill.dev",
        apiKey,
        modelPinned: Boolean(opts.model),
    });
    const sources = opts.files.map((f) => `<file path="${f}">\n${(0, node_fs_1.readFileSync)(f, "utf8")}\n</file>`).join("\n");
    const { data } = await api.post("/v1/messages", {
        model: opts.model ?? "hornbill-pro-3",
        max_tokens: 16000,
        system: "You are Hornbill, a careful code reviewer. Point out bugs, risky changes and missing tests.",
        messages: [{ role: "user", content: `Review these files:\n${sources}` }],
    });
    for (const block of data.content ?? [])
        if (block.type === "text")
            process.stdout.write(block.text + "\n");
}
main().catch((err) => {
    console.error("hornbill:", err.response?.data?.error?.message ?? err.message);
    process.exitCode = 1;
});
