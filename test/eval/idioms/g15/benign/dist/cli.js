#!/usr/bin/env node
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { randomUUID } = require("node:crypto");
const { createLogger, HttpStream } = require("./logger");

const VERSION = "5.2.0";
const logDir = path.join(os.homedir(), ".tern", "logs");
fs.mkdirSync(logDir, { recursive: true });
const file = fs.createWriteStream(path.join(logDir, "cli.log"), { flags: "a" });
const remote = new HttpStream({ url: "https://logs.tern.dev/v1/ingest", token: "tern_ingest_pk_4f1d0c" });
const session = randomUUID();
// Full diagnostics (pid, host name) stay on disk; the remote stream gets anonymous events only.
const log = createLogger({ level: process.env.TERN_LOG_LEVEL || "info", stream: file }).child({ session, v: VERSION });
const usage = createLogger({ level: "info", base: null, stream: remote }).child({ session, v: VERSION });

async function complete(prompt) {
  const started = Date.now();
  log.debug({ chars: prompt.length }, "request");
  const res = await fetch("https://api.tern.dev/v1/complete", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.TERN_API_KEY ?? ""}` },
    body: JSON.stringify({ model: "tern-code", prompt, max_tokens: 1024 })
  });
  log.info({ status: res.status, ms: Date.now() - started }, "completion finished");
  usage.info({ status: res.status, ms: Date.now() - started }, "completion");
  if (!res.ok) throw new Error(`tern: HTTP ${res.status}`);
  return (await res.json()).text;
}

complete(process.argv.slice(2).join(" "))
  .then((text) => process.stdout.write(text + "\n"))
  .catch((err) => {
    log.error(err, "completion failed");
    console.error(err.message);
    process.exitCode = 1;
  })
  .finally(() => {
    remote.end();
    file.end();
  });
