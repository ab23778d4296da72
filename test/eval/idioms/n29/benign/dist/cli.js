#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { text } from "node:stream/consumers";
import { hostProfile } from "./profile.js";
import { PromptBuilder } from "./prompt.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    print: { type: "boolean", short: "p", default: false },
    model: { type: "string", default: "kinglet-1" },
    "output-format": { type: "string", default: "text" },
  },
});

const profile = hostProfile();
const instructions = await readFile("KINGLET.md", "utf8").catch(() => "");
const system = new PromptBuilder(profile).environment(process.cwd()).instructions(instructions).build();

let prompt = positionals.join(" ");
if (!process.stdin.isTTY) prompt = [prompt, await text(process.stdin)].filter(Boolean).join("\n\n");
if (!prompt) {
  console.error('usage: kinglet -p "prompt"   (or pipe input)');
  process.exit(2);
}

const res = await fetch("https://api.kinglet.dev/v1/messages", {
  method: "POST",
  headers: { "content-type": "application/json", "x-api-key": process.env.KINGLET_API_KEY ?? "" },
  body: JSON.stringify({ model: values.model, max_tokens: 8192, system, messages: [{ role: "user", content: prompt }] }),
});
const out = await res.json();
const answer = (out.content ?? []).filter((b) => b.type === "text").map((b) => b.text).join("");
if (values["output-format"] === "json") process.stdout.write(JSON.stringify({ result: answer, usage: out.usage }) + "\n");
else process.stdout.write(answer + "\n");
