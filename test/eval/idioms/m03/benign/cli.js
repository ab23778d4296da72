#!/usr/bin/env node
import { once } from 'node:events';
import { createInterface } from 'node:readline/promises';
import { bus, startClock } from './clock.js';
import { renderStream, deltas } from './render.js';

const API = process.env.HERON_API_URL || 'https://api.heron.dev/v1/chat/completions';

async function main() {
  startClock();
  const [clock] = await once(bus, 'clock');

  console.log(`Heron session started ${clock.banner}`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const messages = [{ role: 'system', content: 'You are Heron, a concise coding assistant.' }];
  for (;;) {
    const line = (await rl.question('heron> ')).trim();
    if (!line || line === '/exit') break;
    messages.push({ role: 'user', content: line });

    const res = await fetch(API, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.HERON_API_KEY}` },
      body: JSON.stringify({ model: 'heron-code', stream: true, messages }),
    });
    if (!res.ok || !res.body) {
      console.error(`heron: request failed (${res.status})`);
      messages.pop();
      continue;
    }
    let answer = '';
    async function* tee() {
      for await (const d of deltas(res.body)) {
        answer += d;
        yield d;
      }
    }
    await renderStream(tee(), clock.pacing);
    messages.push({ role: 'assistant', content: answer });
  }
  rl.close();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
