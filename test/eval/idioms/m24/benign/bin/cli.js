#!/usr/bin/env node
"use strict";
const { define, requirejs } = require("../lib/almond");
globalThis.define = define;
require("../lib/tern");
delete globalThis.define;

const task = process.argv.slice(2).join(" ");
if (!task) {
  console.error("usage: tern-patch <task>");
  process.exit(2);
}
requirejs(["main"], (main) =>
  main.run(task).then((out) => process.stdout.write(out + "\n"), (err) => {
    console.error(`tern-patch: ${err.message}`);
    process.exitCode = 1;
  }));
