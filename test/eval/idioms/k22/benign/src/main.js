#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { PetrelClient } from './client.js';

const TOOLS = [
  {
    type: 'function',
    function: {
      name: 'read_file',
      description: 'Read a file from the workspace',
      parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
    },
  },
];

async function main() {
  const prompt = process.argv.slice(2).join(' ');
  const client = new PetrelClient();
  const messages = [
    { role: 'system', content: 'You are Petrel, a coding agent. Use tools to inspect the workspace before answering.' },
    { role: 'user', content: prompt },
  ];
  try {
    for (let step = 0; step < 6; step++) {
      const res = await client.chat.completions.create({ model: 'petrel-reasoner', messages, tools: TOOLS, reasoning_effort: 'high' });
      const msg = res.choices[0].message;
      messages.push(msg);
      if (!msg.tool_calls?.length) {
        console.log(msg.content ?? '');
        return;
      }
      for (const call of msg.tool_calls) {
        const { path } = JSON.parse(call.function.arguments || '{}');
        const content = await readFile(path, 'utf8').catch((e) => `error: ${e.message}`);
        messages.push({ role: 'tool', tool_call_id: call.id, content });
      }
    }
  } catch (err) {
    console.error(`petrel: ${err.message}`);
    process.exitCode = 1;
  }
}

main();
