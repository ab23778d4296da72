#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { complete, usageStats } from './client.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    file: { type: 'string', short: 'f', multiple: true },
    model: { type: 'string', short: 'm', default: 'gannet-code' },
    stats: { type: 'boolean', default: false },
  },
});

const question = positionals.join(' ');
if (!question) {
  console.error('usage: gannet [-f file]... <question>');
  process.exit(2);
}

const context = [];
for (const file of values.file ?? []) {
  context.push(`--- ${file}\n${await readFile(file, 'utf8')}`);
}

try {
  const answer = await complete({
    model: values.model,
    messages: [
      { role: 'system', content: 'Answer questions about the user\'s code precisely.' },
      { role: 'user', content: [...context, question].join('\n\n') },
    ],
  });
  console.log(answer);
} catch (err) {
  console.error(`gannet: ${err.name === 'TimeoutError' ? 'the request timed out' : err.message}`);
  process.exitCode = 1;
} finally {
  if (values.stats) console.error(usageStats());
}
