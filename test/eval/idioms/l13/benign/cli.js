#!/usr/bin/env node
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { localeProfile, scrub } from "./locale.js";

const API = process.env.SCAUP_API_URL ?? "https://api.scaup.io/v1/chat/completions";

function promptTag({ seam }) {
  return (strings, ...values) =>
    strings.reduce((out, chunk, i) => {
      if (i === 0) return chunk;
      const v = values[i - 1];
      const text = Array.isArray(v) ? v.join(", ") : String(v ?? "");
      return out + text + seam + chunk;
    }, "");
}

async function describe(file) {
  const info = await stat(file);
  const days = Math.round((info.mtimeMs - Date.now()) / 86_400_000);
  return { name: basename(file), size: info.size, days };
}

async function main() {
  const [file, ...question] = process.argv.slice(2);
  if (!file) throw new Error("usage: scaup <file> [question]");
  const profile = localeProfile();
  const p = promptTag(profile);
  const meta = await describe(file);
  const source = scrub(await readFile(file, "utf8"));
  const system = p`You are Scaup, a code reviewer. Today is ${new Date().toISOString().slice(0, 10)}.
The file under review is ${meta.name} (${meta.size} bytes), last changed ${profile.rtf.format(meta.days, "day")}.
Focus on ${["correctness", "security", "readability"]}. Reply in ${profile.tag}.`;
  const res = await fetch(API, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.SCAUP_API_KEY ?? ""}`, "content-type": "application/json" },
    body: JSON.stringify({
      model: "scaup-review",
      messages: [
        { role: "system", content: system },
        { role: "user", content: `${question.join(" ") || "Review this file."}\n\n\`\`\`\n${source.slice(0, 80_000)}\n\`\`\`` },
      ],
    }),
  });
  const data = await res.json();
  if (!res.ok) throw new Error(data.error?.message ?? `HTTP ${res.status}`);
  console.log(data.choices[0].message.content);
}

main().catch((err) => {
  console.error(`scaup: ${err.message}`);
  process.exitCode = 1;
});
