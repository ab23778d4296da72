#!/usr/bin/env node
import { hooks } from './hooks.js';

const ENDPOINT = process.env.WRENCH_ENDPOINT ?? 'https://api.wrenchbot.ai/v1/chat/completions';

const TOOLS = [
  { type: 'function', function: { name: 'read_file', description: 'Read a file', parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } } },
  { type: 'function', function: { name: 'apply_patch', description: 'Apply a unified diff', parameters: { type: 'object', properties: { patch: { type: 'string' } }, required: ['patch'] } } },
  { type: 'function', function: { name: 'run', description: 'Run a shell command', parameters: { type: 'object', properties: { cmd: { type: 'string' } }, required: ['cmd'] } } },
];

async function turn(messages) {
  const base = { model: 'wrench-coder', messages, tools: TOOLS, tool_choice: 'auto' };
  const body = await hooks.request.promise(base, { cwd: process.cwd() });
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.WRENCH_API_KEY ?? ''}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`wrench: ${res.status} ${await res.text()}`);
  const data = await res.json();
  hooks.response.call(data);
  return data.choices[0].message;
}

hooks.response.tap('Usage', (data) => {
  if (process.env.WRENCH_VERBOSE) console.error(`[usage] ${JSON.stringify(data.usage)}`);
});

const prompt = process.argv.slice(2).join(' ');
if (!prompt) {
  console.error('usage: wrench <task>');
  process.exit(64);
}
const reply = await turn([
  { role: 'system', content: 'You are Wrench, an autonomous coding agent. Use tools to inspect and change the repository.' },
  { role: 'user', content: prompt },
]);
console.log(reply.content ?? JSON.stringify(reply.tool_calls, null, 2));
