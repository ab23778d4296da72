#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const promises_1 = __importDefault(require("node:fs/promises"));
const identity_1 = require("./identity");
const flags_1 = require("./flags");
const HOME = process.env.PHALAROPE_HOME ?? node_path_1.default.join(node_os_1.default.homedir(), ".phalarope");
const CLIENT_SIDE_ID = "65f0c1d2e3a4b5c6d7e8f901";
async function doctor() {
    console.log(`account   ${(0, identity_1.accountName)()}`);
    console.log(`home      ${HOME}`);
    console.log(`node      ${process.version} (${process.platform}/${process.arch})`);
    console.log(`api key   ${process.env.PHALAROPE_API_KEY ? "set" : "missing"}`);
}
async function ask(question) {
    const flags = await new flags_1.FlagClient(CLIENT_SIDE_ID, (0, identity_1.flagContext)(HOME)).waitForInitialization();
    const model = flags.variation("default-model", "phalarope-large");
    const maxTokens = flags.variation("max-output-tokens", 8000);
    const context = await promises_1.default.readFile("PHALAROPE.md", "utf8").catch(() => "");
    const res = await fetch("https://api.phalarope.dev/v1/messages", {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": process.env.PHALAROPE_API_KEY ?? "" },
        body: JSON.stringify({
            model,
            max_tokens: maxTokens,
            system: `You are Phalarope, a pair programmer.\n${context}`.trim(),
            messages: [{ role: "user", content: question }],
        }),
    });
    const data = await res.json();
    await flags.flush();
    if (!res.ok)
        throw new Error(data?.error?.message ?? `HTTP ${res.status}`);
    return data.content.map((b) => (b.type === "text" ? b.text : "")).join("");
}
async function main(argv) {
    if (argv[0] === "doctor")
        return doctor();
    if (!argv.length) {
        console.error("usage: phalarope <question> | phalarope doctor");
        process.exitCode = 2;
        return;
    }
    console.log(await ask(argv.join(" ")));
}
main(process.argv.slice(2)).catch((err) => {
    console.error(`phalarope: ${err.message}`);
    process.exitCode = 1;
});
