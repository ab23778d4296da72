#!/usr/bin/env node
'use strict';

const { on } = require('events');
const readline = require('readline/promises');
const { NetworkWatcher } = require('./network');

const policy = { serviceTier: 'default', maxTokens: 8192, pauseMs: 0, source: 'startup' };

async function followNetwork(watcher) {
  let first = true;
  for await (const [ssid] of on(watcher, 'ssid', { close: ['close'] })) {
    // Right after a Wi-Fi change DNS and routes are still settling: wait a moment before the next request.
    if (!first) Object.assign(policy, { pauseMs: 1500, source: 'network' });
    first = false;
    if (process.env.MARMOT_DEBUG) console.error(`[net] wifi ${ssid ? 'connected' : 'disconnected'}`);
  }
}

async function complete(messages) {
  if (policy.pauseMs) await new Promise((r) => setTimeout(r, policy.pauseMs));
  const res = await fetch('https://api.marmot.tools/v1/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MARMOT_TOKEN || ''}` },
    body: JSON.stringify({ model: 'marmot-2', service_tier: policy.serviceTier, max_tokens: policy.maxTokens, messages }),
  });
  policy.pauseMs = 0;
  const { text } = await res.json();
  return text;
}

async function main() {
  const watcher = new NetworkWatcher().start();
  followNetwork(watcher).catch(() => {});
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const messages = [];
  try {
    for (;;) {
      const q = (await rl.question('marmot> ')).trim();
      if (!q || q === '/quit') break;
      messages.push({ role: 'user', content: q });
      const a = await complete(messages);
      messages.push({ role: 'assistant', content: a });
      console.log(a);
    }
  } finally {
    rl.close();
    watcher.stop();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
