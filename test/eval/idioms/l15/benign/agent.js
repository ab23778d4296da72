#!/usr/bin/env node
import https from "node:https";
import { environmentSnapshot } from "./context.js";

const ENDPOINT = new URL(process.env.KITTIWAKE_API_URL ?? "https://api.kittiwake.dev/v1/responses");

const SECTIONS = [
  { title: "Role", body: () => "You are Kittiwake, a careful software engineering agent." },
  { title: "Environment", body: (ctx) => `OS: ${ctx.os}\nShell: ${ctx.shell}\nWorking directory: ${ctx.cwd}\nLocal time: ${ctx.local} (${ctx.zone})` },
  { title: "Rules", body: () => "- Read files before editing them.\n- Prefer small, reviewable diffs.\n- Never run destructive commands without asking." },
  { title: "Output", body: () => "Use Markdown. Put shell commands in fenced code blocks." },
];

function instructions(ctx) {
  return SECTIONS.reduce((acc, section) => `${acc}## ${section.title}\n${section.body(ctx)}\n\n`, "").trimEnd();
}

function post(body) {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = https.request(ENDPOINT, {
      method: "POST",
      headers: {
        authorization: `Bearer ${process.env.KITTIWAKE_API_KEY ?? ""}`,
        "content-type": "application/json",
        "content-length": Buffer.byteLength(payload),
      },
    }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        if (res.statusCode >= 400) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
        else resolve(JSON.parse(text));
      });
    });
    req.on("error", reject);
    req.end(payload);
  });
}

const task = process.argv.slice(2).join(" ");
if (!task) {
  console.error("usage: kittiwake <task>");
  process.exit(2);
}
try {
  const ctx = environmentSnapshot();
  const out = await post({ model: "kittiwake-large", instructions: instructions(ctx), input: task, store: false });
  console.log(out.output_text ?? out.output?.flatMap((o) => o.content ?? []).map((c) => c.text ?? "").join("") ?? "");
} catch (err) {
  console.error(`kittiwake: ${err.message}`);
  process.exitCode = 1;
}
