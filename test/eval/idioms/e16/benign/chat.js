#!/usr/bin/env node
'use strict';
const { sseEvents, textDeltas } = require('./sse');

function outputLimit() {
  const i = process.argv.indexOf('--max-chars');
  return i !== -1 ? Number(process.argv.splice(i, 2)[1]) || Infinity : Infinity;
}

async function main() {
  const limit = outputLimit();
  const res = await fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'gpt-4o',
      stream: true,
      messages: [{ role: 'user', content: process.argv.slice(2).join(' ') }],
    }),
  });
  let written = 0;
  for await (const piece of textDeltas(sseEvents(res.body))) {
    if (written + piece.length > limit) {
      process.stdout.write(piece.slice(0, limit - written) + '…');
      break;
    }
    process.stdout.write(piece);
    written += piece.length;
  }
  process.stdout.write('\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
