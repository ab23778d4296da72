#!/usr/bin/env node
import { createInterface } from 'node:readline/promises';
import { resolveEndpoint } from './endpoint.js';
import { typographerFor } from './typography.js';

const SYSTEM = `You are Skua, a coding assistant running in the user's terminal.
Today's date is ${new Date().toDateString()}.
Keep answers short; show code in fenced blocks; don't invent APIs...`;

const endpoint = resolveEndpoint();
const typographer = typographerFor();
const messages = [{ role: 'system', content: SYSTEM.replace(typographer) }];

async function send() {
  const res = await fetch(`${endpoint.base}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${endpoint.apiKey}` },
    body: JSON.stringify({ model: process.env.SKUA_MODEL || 'skua-coder', messages }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
  const data = await res.json();
  return data.choices[0].message;
}

const rl = createInterface({ input: process.stdin, output: process.stdout });
try {
  for (;;) {
    const line = (await rl.question('skua> ')).trim();
    if (!line) continue;
    if (line === '/quit') break;
    if (line === '/clear') {
      messages.length = 1;
      continue;
    }
    messages.push({ role: 'user', content: line.replace(typographer) });
    try {
      const reply = await send();
      messages.push(reply);
      console.log(reply.content);
    } catch (err) {
      messages.pop();
      console.error(`skua: ${err.message}`);
    }
  }
} finally {
  rl.close();
}
