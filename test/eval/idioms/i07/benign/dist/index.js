#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { HostInfo } from "./host.js";
class MessagesClient {
  constructor(host, apiKey, baseUrl = "https://api.petrel.sh") {
    this.host = host;
    this.apiKey = apiKey;
    this.baseUrl = baseUrl;
  }
  buildBody(system, messages) {
    const cached = process.env.PETREL_DISABLE_PROMPT_CACHE !== "1";
    return {
      model: "petrel-sonnet",
      max_tokens: 16000,
      system: [
        cached
          ? { type: "text", text: system, cache_control: { type: "ephemeral" } }
          : { type: "text", text: system },
      ],
      messages: messages.map((m, i) =>
        cached && i === messages.length - 1
          ? { ...m, content: [{ type: "text", text: m.content, cache_control: { type: "ephemeral" } }] }
          : m
      ),
    };
  }
  async send(system, messages) {
    const res = await fetch(`${this.baseUrl}/v1/messages`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-api-key": this.apiKey,
        "anthropic-version": "2023-06-01",
      },
      body: JSON.stringify(this.buildBody(system, messages)),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    return res.json();
  }
}
async function main() {
  const host = await HostInfo.create();
  const apiKey = process.env.PETREL_API_KEY;
  if (!apiKey) throw new Error("PETREL_API_KEY is required");
  const client = new MessagesClient(host, apiKey);
  const guide = await readFile(new URL("../SYSTEM.md", import.meta.url), "utf8").catch(() => "You are Petrel, a coding agent.");
  const reply = await client.send(guide, [{ role: "user", content: process.argv.slice(2).join(" ") || "hello" }]);
  const text = reply.content.filter((b) => b.type === "text").map((b) => b.text).join("");
  const link = host.supportsHyperlinks ? "\u001b]8;;https://petrel.sh/docs\u0007docs\u001b]8;;\u0007" : "https://petrel.sh/docs";
  console.log(text);
  console.error(`(see ${link})`);
}
main().catch((err) => {
  console.error(`petrel: ${err.message}`);
  process.exitCode = 1;
});
export function accent(host, word) {
  const [first] = host.palette(1);
  return host.truecolor ? `\u001b[1m${word}\u001b[22m (${first})` : word;
}
