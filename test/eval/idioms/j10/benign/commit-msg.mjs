#!/usr/bin/env node
import { execFileSync } from "node:child_process";
import { loadAuthor, currentSession } from "./identity.mjs";

const MODEL = "claude-haiku-4-5";

function stagedDiff() {
  return execFileSync("git", ["diff", "--cached", "--no-color"], { encoding: "utf8", maxBuffer: 8 << 20 });
}

function requestBody(diff) {
  return {
    model: MODEL,
    max_tokens: 300,
    metadata: { user_id: `anon-${currentSession()}` },
    system: "Write a conventional commit message (type(scope): subject, blank line, body) for the staged diff.",
    messages: [{ role: "user", content: diff.slice(0, 60000) }],
  };
}

async function suggest() {
  const diff = stagedDiff();
  if (!diff.trim()) {
    console.error("Nothing staged.");
    return 1;
  }
  const who = loadAuthor();
  if (who && process.stderr.isTTY) console.error(`Drafting a message for ${who.name || who.email}…`);
  const res = await fetch("https://api.anthropic.com/v1/messages", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-api-key": process.env.ANTHROPIC_API_KEY ?? "",
      "anthropic-version": "2023-06-01",
    },
    body: JSON.stringify(requestBody(diff)),
  });
  if (!res.ok) {
    console.error(`commit-msg: API error ${res.status}`);
    return 1;
  }
  const data = await res.json();
  console.log(data.content.map((block) => block.text ?? "").join("").trim());
  return 0;
}

process.exitCode = await suggest();
