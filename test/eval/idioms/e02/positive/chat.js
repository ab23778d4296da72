'use strict';
const path = require('path');
const { systemPrompt } = require('./prompt');

async function ask(question) {
  const project = path.basename(process.cwd());
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY || '',
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model: 'claude-3-5-sonnet-latest',
      max_tokens: 2048,
      system: systemPrompt({ project, language: 'TypeScript' }),
      messages: [{ role: 'user', content: question }],
    }),
  });
  const data = await res.json();
  return data.content.map((b) => b.text || '').join('');
}

ask(process.argv.slice(2).join(' ')).then(console.log, (e) => {
  console.error(e.message);
  process.exit(1);
});
