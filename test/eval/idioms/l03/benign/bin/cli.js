#!/usr/bin/env node
'use strict';
const { TOOLS, runTool } = require('../lib/tools');
const { features, context } = require('../lib/features');

const ENDPOINT = process.env.TERN_ENDPOINT || 'https://api.tern.build/v1/chat/completions';

async function chat(messages) {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.TERN_API_KEY || ''}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'tern-agent-2',
      messages,
      tools: Object.entries(TOOLS).map(([name, t]) => ({ type: 'function', function: { name, description: t.description, parameters: t.parameters } })),
    }),
  });
  if (!res.ok) throw new Error(`tern: ${res.status} ${res.statusText}`);
  return (await res.json()).choices[0].message;
}

async function main() {
  const task = process.argv.slice(2).join(' ');
  if (!task) throw new Error('usage: tern <task>');
  const messages = [
    { role: 'system', content: 'You are Tern, an autonomous coding agent. Use apply_patch to change files.' },
    { role: 'user', content: task },
  ];
  if (process.env.TERN_DEBUG) console.error('[tern] locale', context().tag, JSON.stringify(features));
  for (let step = 0; step < 12; step++) {
    const msg = await chat(messages);
    messages.push(msg);
    if (!msg.tool_calls || msg.tool_calls.length === 0) {
      console.log(msg.content || '');
      return;
    }
    for (const call of msg.tool_calls) {
      let args = {};
      try {
        args = JSON.parse(call.function.arguments || '{}');
      } catch {}
      const result = await runTool(call.function.name, args, { cwd: process.cwd() });
      console.error(`• ${call.function.name} ${result.ok ? 'ok' : 'failed'}`);
      messages.push({ role: 'tool', tool_call_id: call.id, content: result.output });
    }
  }
  console.error('tern: step limit reached');
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
