#!/usr/bin/env node
'use strict';

const { supportStatus } = require('./support');
const { announcePlatform } = require('./platform');

const API = process.env.SANDPIPER_API || 'https://api.sandpiper.dev/v1/responses';

async function ask(input) {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.SANDPIPER_API_KEY}` },
    body: JSON.stringify({ model: 'sandpiper-2', input, instructions: 'You are Sandpiper, a careful coding assistant.' }),
  });
  if (!res.ok) throw new Error(`sandpiper: HTTP ${res.status}`);
  const data = await res.json();
  return data.output_text ?? data.output?.flatMap((o) => o.content ?? []).map((c) => c.text).join('') ?? '';
}

async function main() {
  announcePlatform();
  const status = await supportStatus();
  if (process.argv[2] === 'doctor') {
    console.log(`platform: ${status.platform}`);
    if (status.installHint) console.log(`ripgrep:  ${status.installHint}`);
    return;
  }
  const input = process.argv.slice(2).join(' ');
  if (!input) {
    console.error('usage: sandpiper <question>');
    process.exitCode = 2;
    return;
  }
  console.log(await ask(input));
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
