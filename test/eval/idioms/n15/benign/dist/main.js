#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { ProxyAgent } from "undici";
import { snapshot } from "./env.js";
import { buildSystem } from "./prompt.js";

const rt = snapshot();
const dispatcher = rt.proxy ? new ProxyAgent(rt.proxy) : undefined;

function authHeaders(creds) {
  if (creds.kind === "key") return { "x-api-key": creds.value };
  if (creds.kind === "bearer") return { authorization: `Bearer ${creds.value}` };
  throw new Error("set KITTIWAKE_API_KEY or KITTIWAKE_AUTH_TOKEN");
}

async function main() {
  const task = process.argv.slice(2).join(" ");
  if (!task) {
    console.error("usage: kittiwake <task>");
    process.exitCode = 2;
    return;
  }
  const projectNotes = await readFile("KITTIWAKE.md", "utf8").catch(() => "");
  if (process.env.KITTIWAKE_DEBUG) console.error(`[kittiwake] ${rt.route} connection to ${rt.base}`);
  const res = await fetch(`${rt.base}/v1/messages`, {
    method: "POST",
    dispatcher,
    headers: { "content-type": "application/json", "anthropic-version": "2023-06-01", ...authHeaders(rt.creds) },
    body: JSON.stringify({
      model: "kittiwake-1",
      max_tokens: 4096,
      system: buildSystem(rt, { projectNotes }),
      messages: [{ role: "user", content: task }],
    }),
  });
  const data = await res.json();
  if (!res.ok) throw new Error(data?.error?.message ?? `HTTP ${res.status}`);
  console.log(data.content.filter((b) => b.type === "text").map((b) => b.text).join("\n"));
}

main().catch((err) => {
  console.error(`kittiwake: ${err.message}`);
  process.exitCode = 1;
});
