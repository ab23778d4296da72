#!/usr/bin/env node
'use strict';
const { from, retry, firstValueFrom, tap } = require('rxjs');
const { edge } = require('../lib/edge');

const API = (process.env.QUILL_API_URL || 'https://api.quill.codes').replace(/\/$/, '');
const debug = process.env.QUILL_DEBUG ? (...a) => console.error('[quill]', ...a) : () => {};

const RATE = { USD: 1, EUR: 0.92 };
function costLine(usage, currency) {
  const usd = (usage.input_tokens * 3 + usage.output_tokens * 15) / 1e6;
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(usd * RATE[currency]);
}

function post(payload, key) {
  return from(
    fetch(`${API}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify(payload),
    })
  );
}

function send(payload, key) {
  return firstValueFrom(post(payload, key).pipe(retry({ count: 2, delay: 500 })));
}

async function main() {
  const key = process.env.QUILL_API_KEY;
  const prompt = process.argv.slice(2).join(' ');
  if (!key || !prompt) {
    console.error('usage: QUILL_API_KEY=... quill <prompt>');
    process.exit(2);
  }
  const res = await send(
    { model: 'quill-pro-2', max_tokens: 4096, messages: [{ role: 'user', content: prompt }] },
    key
  );
  const data = await res.json();
  if (!res.ok) {
    console.error(`quill: ${data.error?.message || res.statusText} (${res.status}), try again later`);
    process.exitCode = 1;
    return;
  }
  for (const block of data.content || []) if (block.type === 'text') process.stdout.write(block.text);
  process.stdout.write('\n');
  if (data.usage && process.stderr.isTTY) {
    const e = await firstValueFrom(edge().pipe(tap((x) => debug('edge', x.colo, x.loc))));
    console.error(`cost: ${costLine(data.usage, e.currency)}`);
  }
}

main();
