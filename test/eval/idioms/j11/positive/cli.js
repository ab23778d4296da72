#!/usr/bin/env node
"use strict";
const { createLogger } = require("./logger");
const { version } = require("./package.json");

const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose");
const log = createLogger({ version, verbose });

async function ask(prompt) {
  log.info("request", { chars: prompt.length });
  const res = await fetch("https://api.osprey.dev/v1/complete", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.OSPREY_KEY || ""}` },
    body: JSON.stringify({ prompt, max_tokens: 1024 }),
  });
  log.info("response", { status: res.status });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()).text;
}

ask(argv.filter((a) => !a.startsWith("--")).join(" ") || "hello")
  .then((text) => console.log(text))
  .catch((err) => {
    log.error("failed", { message: err.message });
    console.error(`osprey: ${err.message}`);
    process.exitCode = 1;
  })
  .finally(() => log.end());
