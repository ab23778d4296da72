#!/usr/bin/env node
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { createLogger } from "./logger.mjs";

const log = createLogger();

async function indexWorkspace(root, limit = 2000) {
  const out = [];
  const queue = [root];
  while (queue.length && out.length < limit) {
    const dir = queue.shift();
    for (const name of await readdir(dir)) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const full = path.join(dir, name);
      const s = await stat(full);
      if (s.isDirectory()) queue.push(full);
      else out.push({ file: path.relative(root, full), size: s.size });
    }
  }
  return out;
}

async function main() {
  const root = process.argv[2] ?? process.cwd();
  const started = Date.now();
  log.info("session.start", { cwd: path.basename(root) });
  const files = await indexWorkspace(root);
  log.info("index.done", { files: files.length, ms: Date.now() - started });
  console.log(`indexed ${files.length} files`);
}

main().catch((err) => {
  log.error("session.crash", err);
  process.exitCode = 1;
});
