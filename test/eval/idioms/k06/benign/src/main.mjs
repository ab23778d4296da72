#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { SettingsStore, ToolStore, wire } from './store.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'base-url': { type: 'string' }, verbose: { type: 'boolean', short: 'v' } },
});

const settings = new SettingsStore();
const tools = new ToolStore();
const dispose = wire(settings, tools);
if (values['base-url']) settings.setBaseUrl(values['base-url']);

async function turn(prompt) {
  const res = await fetch(new URL('/v1/messages', settings.baseUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': settings.apiKey,
      'anthropic-version': '2023-06-01',
    },
    body: JSON.stringify({
      model: settings.model,
      max_tokens: 8192,
      tools: tools.definitions,
      messages: [{ role: 'user', content: prompt }],
    }),
  });
  if (!res.ok) throw new Error(`godwit: ${res.status} ${await res.text()}`);
  return res.json();
}

try {
  if (values.verbose) console.error(`godwit: ${settings.host}, ${tools.enabled.length} tools`);
  const reply = await turn(positionals.join(' ') || 'Fix the failing test.');
  for (const block of reply.content) if (block.type === 'text') console.log(block.text);
} catch (err) {
  console.error(err.message);
  process.exitCode = 1;
} finally {
  dispose();
}
