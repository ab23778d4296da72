#!/usr/bin/env node
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { collectContext } = require('./context');
const { systemPrompt } = require('./prompt');

function projectRules(cwd) {
  const file = path.join(cwd, 'TERN.md');
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/^[-*]\s+/, '').trim()).filter(Boolean);
}

async function main() {
  const task = process.argv.slice(2).join(' ');
  if (!task) {
    console.error('usage: tern <task>');
    process.exitCode = 2;
    return;
  }
  const cwd = process.cwd();
  const system = systemPrompt(collectContext(cwd), projectRules(cwd));
  const res = await fetch('https://api.tern.dev/v1/messages', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': process.env.TERN_API_KEY || '',
      'anthropic-version': '2023-06-01',
    },
    body: JSON.stringify({
      model: 'tern-sonnet',
      max_tokens: 8192,
      system,
      messages: [{ role: 'user', content: task }],
    }),
  });
  if (!res.ok) throw new Error(`tern: HTTP ${res.status}`);
  const data = await res.json();
  console.log(data.content.map((b) => b.text || '').join(''));
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
