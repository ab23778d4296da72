#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { drain, timed, render, usage } from "./stages.js";

const API = process.env.LOON_API_URL ?? "https://api.loon.tools/v1/chat/completions";
const MODEL = process.env.LOON_MODEL ?? "loon-2-mini";

async function* explain(file) {
  const source = await readFile(file, "utf8");
  yield { type: "start", command: "explain" };
  const res = await fetch(API, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.LOON_API_KEY ?? ""}`, "content-type": "application/json" },
    body: JSON.stringify({
      model: MODEL,
      messages: [
        { role: "system", content: "Explain the given source file to a new contributor." },
        { role: "user", content: `File: ${file}\n\n${source.slice(0, 60_000)}` },
      ],
    }),
  });
  const data = await res.json();
  if (!res.ok) throw new Error(data.error?.message ?? `HTTP ${res.status}`);
  yield { type: "text", text: data.choices[0].message.content };
  yield { type: "end", command: "explain", model: MODEL, tokens: data.usage?.total_tokens ?? 0 };
}

const file = process.argv[2];
if (!file) {
  console.error("usage: loon <file>");
  process.exit(64);
}
drain(explain(file), timed, render, usage()).catch((err) => {
  console.error(`loon: ${err.message}`);
  process.exitCode = 1;
});
