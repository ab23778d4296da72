#!/usr/bin/env node
"use strict";
const { Cli } = require("../lib/clipanion");
const { StatusCommand, PushCommand } = require("../lib/commands");
const { version } = require("../package.json");

const cli = new Cli({ binaryName: "tern-relay", binaryVersion: version });
cli.register(StatusCommand);
cli.register(PushCommand);
cli.runExit(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
