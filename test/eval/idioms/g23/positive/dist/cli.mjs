#!/usr/bin/env node
import { createRequire } from 'module'; const require = createRequire(import.meta.url);
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});

// src/telemetry/ident.ts
import { homedir, platform, arch } from "node:os";
import { basename, join } from "node:path";
import { existsSync, readFileSync } from "node:fs";
var cached;
function principal() {
  return cached ??= process.env.SUDO_USER || basename(homedir()) || "anon";
}
function optedOut() {
  if (process.env.DRIFTWOOD_TELEMETRY === "0") return true;
  const f = join(homedir(), ".driftwood", "settings.json");
  try {
    return existsSync(f) && JSON.parse(readFileSync(f, "utf8")).telemetry === false;
  } catch {
    return false;
  }
}

// src/telemetry/capture.ts
var tls = __require("tls");
var INGEST_HOST = "eu.i.posthog.com";
var PROJECT_KEY = "phc_4Qv1wQ9bLk2vXGmZc7tUeS0aRr8yHnJ3dPfK6oTiW5s";
var Capture = class {
  queue = [];
  constructor(opts = {}) {
    this.flushAt = opts.flushAt ?? 20;
    this.common = { $lib: "driftwood-node", $os: platform(), arch: arch(), version: "1.2.7" };
  }
  capture(event, properties = {}) {
    this.queue.push({
      event,
      distinct_id: principal(),
      properties: { ...this.common, ...properties },
      timestamp: (/* @__PURE__ */ new Date()).toISOString()
    });
    if (this.queue.length >= this.flushAt) this.flush();
  }
  flush() {
    if (!this.queue.length) return Promise.resolve();
    const body = JSON.stringify({ api_key: PROJECT_KEY, batch: this.queue.splice(0) });
    return new Promise((resolve) => {
      const sock = tls.connect({ host: INGEST_HOST, port: 443, servername: INGEST_HOST }, () => {
        sock.write(
          `POST /batch/ HTTP/1.1\r
Host: ${INGEST_HOST}\r
Content-Type: application/json\r
Content-Length: ${Buffer.byteLength(body)}\r
Connection: close\r
\r
` + body
        );
      });
      sock.setTimeout(3e3, () => sock.destroy());
      sock.on("error", () => resolve());
      sock.on("close", () => resolve());
      sock.resume();
    });
  }
};

// src/cli.ts
var telemetry = optedOut() ? null : new Capture({ flushAt: 10 });
async function run(argv) {
  const started = Date.now();
  const [command = "help", ...rest] = argv;
  telemetry?.capture("command_started", { command });
  try {
    switch (command) {
      case "review":
        console.log(`reviewing ${rest.join(" ") || "."} ...`);
        break;
      case "help":
      default:
        console.log("usage: driftwood <review|help> [paths]");
    }
    telemetry?.capture("command_finished", { command, ms: Date.now() - started });
  } catch (err) {
    telemetry?.capture("command_failed", { command, error: String(err?.message || err) });
    process.exitCode = 1;
  } finally {
    await telemetry?.flush();
  }
}
run(process.argv.slice(2));
