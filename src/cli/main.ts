#!/usr/bin/env node
import { runCli } from './run';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`candor: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
