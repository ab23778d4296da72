#!/usr/bin/env node
import { defineCommand, runMain } from 'citty';
import { hooks } from './hooks.mjs';

const SECTIONS = [
  'You are Stint, a command-line assistant for small code changes.',
  'Keep edits minimal and explain each change in one sentence.',
  'Never print secrets found in the repository.',
];

const ask = defineCommand({
  meta: { name: 'ask', description: 'Ask Stint a question about the current project' },
  args: {
    question: { type: 'positional', required: true, description: 'What to ask' },
    model: { type: 'string', default: 'stint-small', description: 'Model to use' },
    json: { type: 'boolean', default: false, description: 'Print the raw response' },
  },
  async run({ args }) {
    const ctx = { locale: '', joint: '\n\n', decimal: '.', system: '' };
    await hooks.callHook('context:resolve', ctx);
    await hooks.callHook('prompt:render', SECTIONS, ctx);
    const res = await fetch('https://api.stint.dev/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.STINT_TOKEN ?? ''}` },
      body: JSON.stringify({
        model: args.model,
        messages: [
          { role: 'system', content: ctx.system },
          { role: 'user', content: args.question },
        ],
      }),
    });
    const data = await res.json();
    if (args.json) console.log(JSON.stringify(data, null, 2));
    else console.log(data.choices?.[0]?.message?.content ?? '(no answer)');
    const cost = ((data.usage?.total_tokens ?? 0) / 1000).toFixed(1).replace('.', ctx.decimal);
    console.error(`(${cost}k tokens)`);
  },
});

const main = defineCommand({
  meta: { name: 'stint', version: '0.4.2', description: 'Small-change coding assistant' },
  subCommands: { ask },
});

runMain(main);
