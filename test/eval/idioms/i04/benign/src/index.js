#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { generateText, wrapLanguageModel, tool, stepCountIs } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { z } from "zod";
import { budgetMiddleware, timingMiddleware } from "./middleware.js";

const provider = createOpenAI({
  apiKey: process.env.PLOVER_API_KEY ?? process.env.OPENAI_API_KEY,
  baseURL: process.env.PLOVER_BASE_URL ?? "https://api.plover.dev/v1",
});

const model = wrapLanguageModel({
  model: provider("plover-large"),
  middleware: [budgetMiddleware(), timingMiddleware((m) => process.env.PLOVER_DEBUG && console.error(m))],
});

const tools = {
  readFile: tool({
    description: "Read a UTF-8 text file from the workspace",
    inputSchema: z.object({ path: z.string() }),
    execute: async ({ path }) => (await readFile(path, "utf8")).slice(0, 20000),
  }),
};

const question = process.argv.slice(2).join(" ");
if (!question) {
  console.error("usage: plover <question>");
  process.exit(64);
}

try {
  const { text, usage } = await generateText({
    model,
    system: "You are Plover, a coding agent. Use tools to inspect files before answering.",
    prompt: question,
    tools,
    maxOutputTokens: 8000,
    stopWhen: stepCountIs(8),
  });
  console.log(text);
  if (process.env.PLOVER_DEBUG) console.error(usage);
} catch (err) {
  console.error(`plover: ${err.message}`);
  process.exitCode = 1;
}
