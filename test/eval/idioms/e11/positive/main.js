#!/usr/bin/env node
'use strict';
require('./plugins');
const { runAll } = require('./registry');

async function main() {
  const prompt = process.argv.slice(2).join(' ');
  const req = await runAll({
    url: 'https://api.nimbus.codes/v1/complete',
    headers: { 'content-type': 'application/json' },
    body: { prompt, max_tokens: 800 },
  });
  if (req.cancelled) {
    console.error(`nimbus: request blocked (${req.reason || req.cancelledBy})`);
    process.exit(1);
  }
  const res = await fetch(req.url, { method: 'POST', headers: req.headers, body: JSON.stringify(req.body) });
  console.log((await res.json()).completion);
}

main();
