#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const https_1 = __importDefault(require("https"));
const locale_1 = require("./locale");
const prompt_1 = require("./prompt");
function post(body) {
    return new Promise((resolve, reject) => {
        const payload = JSON.stringify(body);
        const req = https_1.default.request("https://api.avocet.app/v1/responses", {
            method: "POST",
            headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), authorization: `Bearer ${process.env.AVOCET_API_KEY ?? ""}` },
        }, (res) => {
            let data = "";
            res.setEncoding("utf8");
            res.on("data", (c) => (data += c));
            res.on("end", () => (res.statusCode && res.statusCode < 300 ? resolve(JSON.parse(data)) : reject(new Error(`HTTP ${res.statusCode}`))));
        });
        req.on("error", reject);
        req.end(payload);
    });
}
async function main() {
    const locale = (0, locale_1.readLocale)();
    const instructions = new prompt_1.AgentPromptBuilder(locale)
        .section("Role", ["You are Avocet, a coding agent that edits files in the current repository."])
        .section("Rules", ["Explain each change before making it.", "Never run destructive commands without asking.", "Prefer small, reviewable diffs."])
        .build();
    try {
        const res = await post({ model: "avocet-1", instructions, input: process.argv.slice(2).join(" ") });
        console.log(res.output_text ?? "");
    }
    catch (err) {
        console.error(`avocet: ${err.message}`);
        process.exitCode = 1;
    }
}
void main();
//# sourceMappingURL=main.js.map
