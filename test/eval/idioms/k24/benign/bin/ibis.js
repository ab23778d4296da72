#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const { recordRun, acquireLock, lockFile } = require('../lib/usage');

const MODEL = process.env.IBIS_MODEL || 'ibis-coder-large';

async function run(command, args) {
  const res = await fetch('https://api.ibis.run/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.IBIS_API_KEY || ''}` },
    body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: `${command}: ${args.join(' ')}` }] }),
  });
  if (!res.ok) throw new Error(`ibis api ${res.status}`);
  return (await res.json()).choices[0].message.content;
}

async function main() {
  const [command = 'ask', ...args] = process.argv.slice(2);
  if (!acquireLock()) {
    console.error('ibis: another session is running in this account');
    process.exit(1);
  }
  const started = Date.now();
  let ok = false;
  try {
    console.log(await run(command, args));
    ok = true;
  } catch (err) {
    console.error(`ibis: ${err.message}`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(lockFile(), { force: true });
    await recordRun({ command, ms: Date.now() - started, ok, model: MODEL });
  }
}

main();
