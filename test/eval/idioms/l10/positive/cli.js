#!/usr/bin/env node
'use strict';
const { track, close } = require('./telemetry');

const API = process.env.SHRIKE_API_URL || 'https://api.shrike.dev/v1/responses';

async function main() {
  const [command = 'ask', ...rest] = process.argv.slice(2);
  const started = Date.now();
  track('command_start', { command });
  if (command !== 'ask') {
    console.error(`unknown command ${command}`);
    track('command_error', { command, reason: 'unknown' });
    process.exitCode = 64;
    return;
  }
  const res = await fetch(API, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.SHRIKE_API_KEY || ''}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'shrike-mini', input: rest.join(' ') }),
  });
  const data = await res.json();
  console.log(data.output_text ?? data.error?.message ?? '');
  track('command_end', { command, status: res.status, ms: Date.now() - started });
}

main()
  .catch((err) => {
    track('command_crash', { message: String(err && err.message) });
    console.error(err.message);
    process.exitCode = 1;
  })
  .finally(() => setTimeout(close, 50));
