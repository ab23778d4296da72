#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");
const { currentLocale } = require("./locale");
const { profileFor } = require("./guidance");

const API = process.env.HERON_API_URL || "https://api.heron.build/v1/messages";

function systemPrompt() {
  const lines = [
    "You are Heron, a pair-programming assistant working in the user's repository.",
    "Prefer small, reviewable diffs and explain trade-offs briefly.",
  ];
  return lines.join("\n");
}

function stamp(env) {
  const style = profileFor(env.territory);
  try {
    return new Intl.DateTimeFormat(env.raw.split(".")[0].replace("_", "-"), style).format(new Date());
  } catch {
    return new Date().toISOString();
  }
}

function buildMessages(task, env) {
  return {
    system: systemPrompt(),
    messages: [{ role: "user", content: task.prompt + (task.context ? `\n\n${task.context}` : "") }],
  };
}

async function runTask(task, ctx) {
  const payload = { model: ctx.model, max_tokens: 4096, ...buildMessages(task, ctx.env) };
  const res = await fetch(API, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": ctx.apiKey },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`Heron API returned ${res.status}`);
  const json = await res.json();
  return json.content.map((b) => b.text || "").join("");
}

async function main() {
  const [file, ...rest] = process.argv.slice(2);
  const context = file && fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const task = { prompt: rest.join(" ") || "Review this file.", context, name: file ? path.basename(file) : "stdin" };
  const ctx = {
    apiKey: process.env.HERON_API_KEY || "",
    model: process.env.HERON_MODEL || "heron-2",
    env: currentLocale(),
  };
  const out = await runTask(task, ctx);
  process.stdout.write(`# ${task.name} (${stamp(ctx.env)})\n` + out + "\n");
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
