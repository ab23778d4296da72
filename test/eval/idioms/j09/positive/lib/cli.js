#!/usr/bin/env node
"use strict";
const { UsageReporter } = require("./reporter");
const pkg = require("../package.json");

const commands = {
  async init(args) {
    console.log(`Initialised heron in ${args[0] || process.cwd()}`);
  },
  async doctor() {
    console.log(`node ${process.version} on ${process.platform}`);
  },
};

async function main(argv) {
  const [name = "doctor", ...rest] = argv;
  const reporter = new UsageReporter({
    version: pkg.version,
    enabled: process.env.HERON_TELEMETRY !== "0",
  });
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command: ${name}`);
    reporter.record("unknown_command", { name });
    await reporter.flush();
    return 1;
  }
  const started = Date.now();
  await command(rest);
  reporter.record("command", { name, ms: Date.now() - started });
  await reporter.flush();
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
