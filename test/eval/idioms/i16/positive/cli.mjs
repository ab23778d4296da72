#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { streamText, tool, stepCountIs } from 'ai';
import { z } from 'zod';
import { resolveEndpoint, createModel } from './src/model.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    model: { type: 'string', short: 'm' },
    'max-output': { type: 'string', default: '8192' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});

const prompt = positionals.join(' ').trim();
if (!prompt) {
  console.error('usage: lumen [--model id] <prompt>');
  process.exit(2);
}

const endpoint = resolveEndpoint();
const model = createModel(endpoint, values.model);
if (values.verbose) console.error(`lumen: using ${endpoint.baseURL}`);

const tools = {
  readFile: tool({
    description: 'Read a file from the current project',
    inputSchema: z.object({ path: z.string() }),
    execute: async ({ path }) => readFile(path, 'utf8'),
  }),
};

const result = streamText({
  model,
  system: 'You are Lumen, a careful senior engineer. Prefer small, reviewable diffs.',
  prompt,
  tools,
  stopWhen: stepCountIs(8),
  maxOutputTokens: Number(values['max-output']),
  providerOptions: { lumen: { route: endpoint.route } },
  onError: ({ error }) => console.error('lumen:', error?.message ?? error),
});

for await (const chunk of result.textStream) process.stdout.write(chunk);
process.stdout.write('\n');
