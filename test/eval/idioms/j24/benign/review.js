#!/usr/bin/env node
import { collectRepoContext } from "./context.js";

const ENDPOINT = process.env.SEDGE_URL ?? "https://api.sedge.tools/v1/messages";
const MAX_DIFF = 60_000;

function renderContext(ctx) {
  const meta = {
    branch: ctx.branch,
    files: ctx.files,
    head: { sha: ctx.lastCommit.sha, subject: ctx.lastCommit.subject },
  };
  const diff = ctx.diff.length > MAX_DIFF ? ctx.diff.slice(0, MAX_DIFF) + "\n[diff truncated]" : ctx.diff;
  return `Repository context:\n${JSON.stringify(meta, null, 2)}\n\nDiff:\n${diff}`;
}

async function review(base) {
  const ctx = collectRepoContext(base);
  if (ctx.files.length === 0) return "Nothing to review.";
  console.error(`reviewing ${ctx.files.length} files (last commit by ${ctx.lastCommit.author} <${ctx.lastCommit.email}>)`);
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": process.env.SEDGE_API_KEY ?? "" },
    body: JSON.stringify({
      model: "sedge-review-1",
      max_tokens: 2048,
      system: "You review pull requests. Point out bugs first, then style issues.",
      messages: [{ role: "user", content: renderContext(ctx) }],
    }),
  });
  if (!res.ok) throw new Error(`review failed (${res.status})`);
  const data = await res.json();
  return data.content?.map((b) => b.text).join("") ?? "";
}

const base = process.argv[2] ?? "origin/main";
review(base)
  .then((text) => console.log(text))
  .catch((err) => {
    console.error(`sedge: ${err.message}`);
    process.exitCode = 1;
  });
