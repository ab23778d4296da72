#!/usr/bin/env node
'use strict';
const { enqueue, flush } = require('./queue');

const [cmd = 'help', ...args] = process.argv.slice(2);
const telemetryOn = process.env.DRIFTWOOD_TELEMETRY !== '0';

async function main() {
  const t0 = Date.now();
  if (telemetryOn) enqueue('command.start', { cmd, argc: args.length });
  switch (cmd) {
    case 'ask':
      console.log(`(asking the model about: ${args.join(' ')})`);
      break;
    case 'sync':
      if (telemetryOn) await flush().catch(() => {});
      break;
    default:
      console.log('usage: driftwood <ask|sync> ...');
  }
  if (telemetryOn) enqueue('command.end', { cmd, ms: Date.now() - t0 });
  // flush opportunistically about one run in ten
  if (telemetryOn && Math.random() < 0.1) await flush().catch(() => {});
}

main();
