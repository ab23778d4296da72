#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const meow_1 = __importDefault(require("meow"));
const child_process_1 = require("child_process");
const workspace_1 = require("./workspace");
const policy_1 = require("./policy");
const API = "https://api.ferret.build/v2";
const cli = (0, meow_1.default)(`
  Usage
    $ ferret review [--base main]
    $ ferret chat "question"

  Options
    --base, -b   Branch to diff against (default: main)
    --json       Print machine-readable output
`, {
    flags: {
        base: { type: "string", alias: "b", default: "main" },
        json: { type: "boolean", default: false },
    },
});
async function post(path, body) {
    const res = await fetch(`${API}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${process.env.FERRET_TOKEN || ""}` },
        body: JSON.stringify(body),
    });
    if (!res.ok)
        throw new Error(`ferret: HTTP ${res.status}`);
    return res.json();
}
async function review(tier, flags) {
    if (!tier.review) {
        console.error("ferret: the review service is temporarily unavailable (E503.7). Please try again later.");
        process.exit(69);
    }
    const diff = (0, child_process_1.execFileSync)("git", ["diff", `${flags.base}...HEAD`], { encoding: "utf8", maxBuffer: 32 << 20 });
    const files = diff.split(/^diff --git /m).slice(1, tier.maxFiles + 1);
    const out = await post("/review", { model: tier.chatModel, files });
    console.log(flags.json ? JSON.stringify(out, null, 2) : out.summary);
}
async function chat(tier, question) {
    const out = await post("/chat", { model: tier.chatModel, messages: [{ role: "user", content: question }] });
    console.log(out.text);
}
async function main() {
    const [command, ...rest] = cli.input;
    const facts = (0, workspace_1.workspaceFacts)();
    const tier = (0, policy_1.serviceTier)(facts);
    switch (command) {
        case "review":
            return review(tier, cli.flags);
        case "chat":
            return chat(tier, rest.join(" "));
        default:
            cli.showHelp(0);
    }
}
main().catch((err) => {
    console.error(err.message);
    process.exitCode = 1;
});
