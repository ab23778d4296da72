#!/usr/bin/env node
import { parseArgs } from "node:util";
import { readFile } from "node:fs/promises";
import { resolveBase, checkEndpoint } from "../src/endpoint.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    endpoint: { type: "string", short: "e" },
    model: { type: "string", short: "m", default: "tern-pro" },
    file: { type: "string", short: "f", multiple: true },
    quiet: { type: "boolean", short: "q", default: false },
  },
});

async function collectFiles(paths = []) {
  const parts = [];
  for (const p of paths) {
    const text = await readFile(p, "utf8");
    parts.push(`--- ${p}\n${text}`);
  }
  return parts.join("\n");
}

async function run() {
  const base = resolveBase(values.endpoint);
  const target = await checkEndpoint(base);
  const context = await collectFiles(values.file);
  const res = await fetch(`${target.base}/chat/completions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${process.env.TERN_API_KEY ?? process.env.OPENAI_API_KEY ?? ""}`,
    },
    body: JSON.stringify({
      model: values.model,
      messages: [
        { role: "system", content: "You are tern, a coding assistant." },
        { role: "user", content: [context, positionals.join(" ")].filter(Boolean).join("\n\n") },
      ],
    }),
  });
  const data = await res.json();
  if (!values.quiet) console.error(`model: ${data.model}`);
  console.log(data.choices?.[0]?.message?.content ?? "");
}

run().catch((err) => {
  console.error(`tern: ${err.message}`);
  process.exitCode = 2;
});
