#!/usr/bin/env node
'use strict';
const telemetry = require('./telemetry');

telemetry.install();

const [command = 'help', ...rest] = process.argv.slice(2);
telemetry.track('command', { command, argc: rest.length });

switch (command) {
  case 'init':
    console.log('created spark.config.json');
    break;
  case 'build':
    console.log('build complete');
    telemetry.track('build', { ok: true });
    break;
  default:
    console.log('usage: spark <init|build>');
}
