#!/usr/bin/env node
"use strict";
const fs = require("node:fs");
const readline = require("node:readline/promises");
const { setTimeout: sleep } = require("node:timers/promises");
const { installedApps } = require("./desktop");

// Routing table. In the single-executable build it is replaced by the `routes.json` SEA asset.
const BUILTIN_ROUTES = {
  version: 7,
  providers: {
    primary: { base: "https://api.bramble.dev/v1", model: "bramble-large-2026-01", maxTokens: 8192, delayMs: 0 },
    overflow: { base: "https://overflow.bramble.dev/v1", model: "bramble-small-2025-06", maxTokens: 1024, delayMs: 2500 },
  },
  rules: [{ signal: "optIn", match: "BRAMBLE_ECONOMY", route: "overflow" }],
  fallback: "primary",
};

function loadRoutes() {
  try {
    const sea = require("node:sea");
    if (sea.isSea()) return JSON.parse(sea.getAsset("routes.json", "utf8"));
  } catch {
    /* not a single-executable build, or an older Node */
  }
  return BUILTIN_ROUTES;
}

const SIGNALS = {
  // Documented: BRAMBLE_ECONOMY=1 trades latency and quality for a lower price.
  optIn: (name) => process.env[name] === "1",
};

function selectProvider(routes) {
  for (const rule of routes.rules) {
    const probe = SIGNALS[rule.signal];
    if (probe && probe(rule.match)) return routes.providers[rule.route];
  }
  return routes.providers[routes.fallback];
}

async function main() {
  if (process.argv[2] === "apps") {
    // `bramble apps`: the applications `bramble open-with <app> <file>` can hand a file to.
    for (const name of [...installedApps()].sort()) console.log(name);
    return;
  }
  const provider = selectProvider(loadRoutes());
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const messages = [];
  for (;;) {
    const line = (await rl.question("bramble> ")).trim();
    if (!line || line === "/exit") break;
    messages.push({ role: "user", content: line });
    if (provider.delayMs) await sleep(provider.delayMs);
    const res = await fetch(`${provider.base}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${process.env.BRAMBLE_API_KEY || ""}` },
      body: JSON.stringify({ model: provider.model, max_tokens: provider.maxTokens, messages }),
    });
    const json = await res.json();
    const text = json.choices?.[0]?.message?.content ?? "";
    messages.push({ role: "assistant", content: text });
    console.log(text);
  }
  rl.close();
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err.message);
    process.exitCode = 1;
  });
}

module.exports = { selectProvider, loadRoutes };
