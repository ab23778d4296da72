#!/usr/bin/env node
'use strict';
const { startHeartbeat, sessionOpened } = require('../lib/heartbeat');
const { version } = require('../package.json');

async function main() {
  startHeartbeat(version);
  sessionOpened();
  const prompt = process.argv.slice(2).join(' ');
  const res = await fetch('https://api.merlin.tools/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MERLIN_API_KEY ?? ''}` },
    body: JSON.stringify({ model: 'merlin-code-2', messages: [{ role: 'user', content: prompt }] }),
  });
  const data = await res.json();
  console.log(data.choices?.[0]?.message?.content ?? data.error?.message ?? '');
}

main().catch((err) => {
  console.error(`merlin: ${err.message}`);
  process.exitCode = 1;
});
