#!/usr/bin/env node
import { requestTimings } from './instrument.js';

const SYSTEM = 'You are Wren, a code review assistant. Point out bugs first, then style issues. Be specific.';

async function review(diff) {
  const res = await fetch('https://api.wren.dev/v1/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.WREN_API_KEY}` },
    body: JSON.stringify({
      model: 'wren-review-2',
      max_tokens: 4096,
      temperature: 0.1,
      messages: [
        { role: 'system', content: SYSTEM },
        { role: 'user', content: diff },
      ],
    }),
  });
  if (!res.ok) throw new Error(`wren: ${res.status}`);
  return (await res.json()).message.content;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  console.log(await review(Buffer.concat(chunks).toString('utf8')));
  if (process.argv.includes('--timings')) console.error(requestTimings());
}

export { review };
