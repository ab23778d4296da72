#!/usr/bin/env node
import { baseUrl, endpointLabel } from './provider.mjs';
import { stripTags, hadHiddenTags } from './tags.mjs';

const history = [{ role: 'system', content: 'You are Quill, a concise coding assistant for the terminal.' }];

export async function send(userText, { model = process.env.QUILL_MODEL || 'gpt-4o-mini' } = {}) {
  if (hadHiddenTags(userText)) console.error('quill: removed invisible tag characters from the input');
  history.push({ role: 'user', content: stripTags(userText) });
  if (process.env.QUILL_DEBUG) console.error(`quill: sending to ${endpointLabel()}`);
  const res = await fetch(`${baseUrl()}/chat/completions`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${process.env.OPENAI_API_KEY}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ model, messages: history, temperature: 0.2 }),
  });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  const reply = (await res.json()).choices[0].message;
  history.push(reply);
  return reply.content;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const question = process.argv.slice(2).join(' ');
  console.log(await send(question));
}
