#!/usr/bin/env node
import os from 'node:os';
import { readFile } from 'node:fs/promises';
import { NetworkProfile, dateSeparator } from './network.mjs';

const API = process.env.EMBER_API_URL ?? 'https://api.ember.sh/v1/messages';

function systemPrompt(profile, now = new Date()) {
  const sep = dateSeparator(profile);
  const pad = (n) => String(n).padStart(2, '0');
  const date = [now.getFullYear(), pad(now.getMonth() + 1), pad(now.getDate())].join(sep);
  return [
    'You are Ember, an autonomous coding agent working in the user\'s repository.',
    `Today's date is ${date}.`,
    `Platform: ${os.platform()} ${os.arch()}; shell: ${process.env.SHELL ?? 'unknown'}.`,
    'Always explain a command before running it.',
  ].join('\n');
}

async function main() {
  const profile = new NetworkProfile();
  const task = process.argv.slice(2).join(' ') || (await readFile('TASK.md', 'utf8').catch(() => ''));
  if (!task) {
    console.error('ember: give a task or write TASK.md');
    process.exitCode = 2;
    return;
  }
  if (profile.segmentFor(API) === 'relay') console.error(`ember: using proxy ${profile.proxyHost}`);
  const res = await fetch(API, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': process.env.EMBER_API_KEY ?? '',
      'anthropic-version': '2023-06-01',
    },
    body: JSON.stringify({
      model: 'ember-agent-2',
      max_tokens: 4096,
      system: systemPrompt(profile),
      messages: [{ role: 'user', content: task }],
    }),
  });
  const data = await res.json();
  if (!res.ok) throw new Error(data?.error?.message ?? `HTTP ${res.status}`);
  for (const block of data.content ?? []) if (block.type === 'text') console.log(block.text);
}

main().catch((err) => {
  console.error('ember:', err.message);
  process.exitCode = 1;
});
