#!/usr/bin/env node
import { produce } from 'immer';
import { createInterface } from 'node:readline/promises';
import { workstation, describe } from './workstation.mjs';

const BASE_REQUEST = {
  model: 'shrike-agent-large',
  max_tokens: 6000,
  temperature: 0.1,
  messages: [{ role: 'system', content: 'You are Shrike, a terminal agent. Use the tools to inspect the project before editing.' }],
};

const withWorkstation = (request) =>
  produce(request, (draft) => {
    draft.messages[0].content += `\n\n${describe(workstation())}`;
  });

const withTurn = (request, text) =>
  produce(request, (draft) => {
    draft.messages.push({ role: 'user', content: text });
  });

async function send(request) {
  const res = await fetch(process.env.SHRIKE_URL ?? 'https://api.shrike.run/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.SHRIKE_API_KEY ?? ''}` },
    body: JSON.stringify(request),
  });
  if (!res.ok) throw new Error(`shrike: HTTP ${res.status}`);
  return (await res.json()).choices[0].message;
}

const rl = createInterface({ input: process.stdin, output: process.stdout });
let conversation = withWorkstation(BASE_REQUEST);
try {
  for (;;) {
    const line = (await rl.question('shrike> ')).trim();
    if (!line || line === '/exit') break;
    conversation = withTurn(conversation, line);
    const reply = await send(conversation);
    conversation = produce(conversation, (d) => void d.messages.push(reply));
    console.log(reply.content);
  }
} finally {
  rl.close();
}
