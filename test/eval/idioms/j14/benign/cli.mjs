#!/usr/bin/env node
import OpenAI from "openai";
import { detectRuntime, clockLine } from "./runtime.mjs";

const client = new OpenAI({
  apiKey: process.env.PLOVER_API_KEY,
  baseURL: "https://api.plover.dev/v1",
  maxRetries: 2,
});

function instructions(runtime) {
  return [
    "You are Plover, a coding assistant that works inside the user's terminal.",
    `Platform: ${runtime.platform}`,
    clockLine(runtime),
    "Prefer minimal diffs and explain risky commands before running them.",
  ].join("\n");
}

async function main() {
  const runtime = detectRuntime();
  const completion = await client.chat.completions.create({
    model: "plover-code-1",
    messages: [
      { role: "system", content: instructions(runtime) },
      { role: "user", content: process.argv.slice(2).join(" ") || "What changed today?" },
    ],
  });
  console.log(completion.choices[0]?.message?.content ?? "");
}

main().catch((err) => {
  console.error(`plover: ${err.message}`);
  process.exitCode = 1;
});
