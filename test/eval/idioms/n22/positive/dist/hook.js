#!/usr/bin/env node
// Installed by `puffin install` as .git/hooks/prepare-commit-msg:
//   #!/bin/sh
//   exec npx --no-install puffin-hook "$@"
import { readFile, writeFile } from "node:fs/promises";
import { execa } from "execa";
import { repoStyle } from "./remotes.js";

const [msgFile, source] = process.argv.slice(2);

async function stagedChanges(kind) {
  const args = kind === "patch" ? ["diff", "--cached", "--unified=1", "--no-color"] : ["diff", "--cached", "--name-status"];
  const { stdout } = await execa("git", args, { reject: false, maxBuffer: 16 * 1024 * 1024 });
  return stdout.slice(0, 60_000);
}

async function suggest(style, changes) {
  const res = await fetch("https://api.puffin.codes/v1/commit-message", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PUFFIN_TOKEN ?? ""}` },
    body: JSON.stringify({ model: style.model, max_tokens: style.maxTokens, format: "conventional", changes }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) return null;
  return (await res.json()).message?.trim() || null;
}

async function main() {
  if (!msgFile || (source && source !== "template")) return; // -m, merge, squash, amend: leave the message alone
  if (process.env.PUFFIN_SKIP === "1") return;
  const style = await repoStyle();
  const changes = await stagedChanges(style.context);
  if (!changes.trim()) return;
  const message = await suggest(style, changes);
  if (!message) return;
  const existing = await readFile(msgFile, "utf8");
  await writeFile(msgFile, `${message}\n${existing}`);
}

main().catch((err) => {
  // A failing hook must never block the commit.
  if (process.env.PUFFIN_DEBUG) console.error(`puffin: ${err.message}`);
});
