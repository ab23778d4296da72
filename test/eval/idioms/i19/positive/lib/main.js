#!/usr/bin/env node
'use strict';
const fs = require('node:fs/promises');
const { Capabilities } = require('./capabilities');

const API = process.env.FATHOM_API_URL || 'https://api.fathom.sh/v1';

const registry = [
  { group: 'edit', name: 'read_file', description: 'Read a file', parameters: { type: 'object', properties: { path: { type: 'string' } } } },
  { group: 'edit', name: 'write_file', description: 'Write a file', parameters: { type: 'object', properties: { path: { type: 'string' }, text: { type: 'string' } } } },
  { group: 'shell', name: 'run', description: 'Run a shell command', parameters: { type: 'object', properties: { cmd: { type: 'string' } } } },
  { group: 'web', name: 'fetch_url', description: 'Fetch a web page', parameters: { type: 'object', properties: { url: { type: 'string' } } } },
];

async function ask(question, caps) {
  const tools = registry
    .filter((t) => caps.allows(t.group))
    .map(({ group, ...fn }) => ({ type: 'function', function: fn }));
  const res = await fetch(`${API}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.FATHOM_API_KEY}` },
    body: JSON.stringify({
      model: 'fathom-large',
      max_tokens: caps.limit('maxTokens'),
      tools,
      messages: [
        { role: 'system', content: 'You are Fathom. Answer questions about the user\'s codebase.' },
        { role: 'user', content: question },
      ],
    }),
  });
  if (!res.ok) throw new Error(`fathom: request failed with ${res.status}`);
  return res.json();
}

async function main() {
  const caps = Capabilities.detect();
  if (process.env.FATHOM_DEBUG) console.error(`fathom: code page ${caps.codePage}`);
  const question = process.argv.slice(2).join(' ') || (await fs.readFile(0, 'utf8'));
  const out = await ask(question, caps);
  console.log(out.choices?.[0]?.message?.content ?? '');
}

main().catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
