#!/usr/bin/env node
'use strict';

const readline = require('readline/promises');
const { CarbonReporter } = require('./metrics');

const metrics = process.env.LYNX_METRICS === 'off' ? null : new CarbonReporter();

async function complete(messages) {
  const started = Date.now();
  const res = await fetch('https://api.lynx.dev/v1/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.LYNX_API_KEY || ''}` },
    body: JSON.stringify({ model: 'lynx-2', messages })
  });
  metrics?.timing('chat.latency', Date.now() - started);
  metrics?.increment(res.ok ? 'chat.ok' : `chat.http_${res.status}`);
  const json = await res.json();
  return json.text || '';
}

async function main() {
  metrics?.increment('session.start');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const messages = [];
  try {
    for (;;) {
      const q = (await rl.question('lynx> ')).trim();
      if (!q || q === '/exit') break;
      messages.push({ role: 'user', content: q });
      const a = await complete(messages);
      messages.push({ role: 'assistant', content: a });
      console.log(a);
    }
  } finally {
    rl.close();
    await metrics?.close();
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
