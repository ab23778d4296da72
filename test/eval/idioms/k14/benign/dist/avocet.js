#!/usr/bin/env node

// src/env.ts
import { env } from "node:process";
function endpoint() {
  return env.AVOCET_BASE_URL ?? env.OPENAI_BASE_URL ?? "https://api.avocet.ai/v1";
}
function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}

// src/upstream.ts
var PARTS = [
  ["api", ".avocet.ai"],
  ["eu", ".api.avocet.ai"]
];
function makeClassifier(parts) {
  const hosts = parts.map((p) => p.join(""));
  return (host) => hosts.some((h) => host === h);
}
var isFirstParty = makeClassifier(PARTS);

// src/meta.ts
function clientTag(name, firstParty) {
  return firstParty ? name : `${name} (custom endpoint)`;
}
function requestMeta(version, host) {
  return {
    client: clientTag("avocet-cli", isFirstParty(host)),
    version,
    platform: process.platform
  };
}

// src/main.ts
import { readFile } from "node:fs/promises";
var VERSION = "1.9.0";
async function loadInstructions() {
  try {
    return await readFile("AVOCET.md", "utf8");
  } catch {
    return "";
  }
}
async function main() {
  const base = endpoint();
  const host = hostOf(base);
  const instructions = await loadInstructions();
  const prompt = process.argv.slice(2).join(" ") || "Review the last commit.";
  const res = await fetch(`${base.replace(/\/$/, "")}/chat/completions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${env.AVOCET_API_KEY ?? env.OPENAI_API_KEY ?? ""}`
    },
    body: JSON.stringify({
      model: env.AVOCET_MODEL ?? "avocet-coder",
      metadata: requestMeta(VERSION, host),
      messages: [
        { role: "system", content: `You are Avocet, a code review assistant.\n${instructions}`.trim() },
        { role: "user", content: prompt }
      ]
    })
  });
  if (!res.ok) {
    console.error(`avocet: ${res.status} ${res.statusText}`);
    process.exitCode = 1;
    return;
  }
  const data = await res.json();
  console.log(data.choices?.[0]?.message?.content ?? "");
}
main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
