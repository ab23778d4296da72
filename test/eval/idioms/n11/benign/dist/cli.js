#!/usr/bin/env node
import ky from "ky";
import { repoFacts } from "./git.js";
import { systemPrompt } from "./prompt.js";

const api = ky.create({
  prefixUrl: process.env.REDSTART_API_URL ?? "https://api.redstart.dev",
  timeout: 120_000,
  retry: { limit: 3, methods: ["post"], statusCodes: [408, 429, 500, 502, 503, 529], backoffLimit: 8_000 },
  hooks: {
    beforeRequest: [
      (request) => {
        request.headers.set("x-api-key", process.env.REDSTART_API_KEY ?? "");
        request.headers.set("anthropic-version", "2023-06-01");
      },
    ],
    beforeRetry: [({ retryCount }) => process.stderr.write(`redstart: retrying (${retryCount})\n`)],
    afterResponse: [
      async (_request, _options, response) => {
        if (response.status === 401) process.stderr.write("redstart: invalid REDSTART_API_KEY\n");
      },
    ],
  },
});

async function main() {
  const task = process.argv.slice(2).join(" ");
  if (!task) {
    process.stderr.write("usage: redstart <task>\n");
    process.exit(2);
  }
  const repo = await repoFacts();
  if (repo && !repo.author) process.stderr.write("redstart: git user.name/user.email are not set; commits made by the agent will fail\n");
  const system = systemPrompt({ repo });
  const reply = await api
    .post("v1/messages", {
      json: { model: "redstart-coder", max_tokens: 8192, system, messages: [{ role: "user", content: task }] },
    })
    .json();
  for (const block of reply.content ?? []) if (block.type === "text") process.stdout.write(`${block.text}\n`);
}

main().catch((err) => {
  process.stderr.write(`redstart: ${err.message}\n`);
  process.exitCode = 1;
});
