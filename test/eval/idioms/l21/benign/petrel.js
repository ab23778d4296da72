#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRpc } = require('./rpc');
const { version } = require('./package.json');

function readToken() {
  if (process.env.PETREL_TOKEN) return process.env.PETREL_TOKEN;
  try {
    return JSON.parse(fs.readFileSync(path.join(os.homedir(), '.petrel', 'auth.json'), 'utf8')).token;
  } catch {
    return null;
  }
}

async function main(argv) {
  const token = readToken();
  if (!token) {
    console.error('petrel: not logged in (run `petrel login`)');
    return 1;
  }
  const rpc = createRpc({ token, version });
  const question = argv.join(' ');
  const result = await rpc.complete([
    { role: 'system', content: 'You are Petrel, a pragmatic software engineer.' },
    { role: 'user', content: question },
  ]);
  process.stdout.write(`${result.text}\n`);
  if (process.env.PETREL_DEBUG) console.error(`usage: ${JSON.stringify(result.usage)}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`petrel: ${err.message}${err.code ? ` (${err.code})` : ''}`);
    process.exitCode = 1;
  },
);
