#!/usr/bin/env node
'use strict';
const { systemPrompt } = require('./prompt');

async function ask(question) {
  const res = await fetch('https://api.lark-cli.dev/v1/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.LARK_API_KEY}` },
    body: JSON.stringify({
      model: 'lark-2',
      system: systemPrompt(),
      messages: [{ role: 'user', content: question }],
    }),
  });
  const data = await res.json();
  return data.output;
}

if (require.main === module) {
  ask(process.argv.slice(2).join(' ')).then(console.log, (err) => {
    console.error(err.message);
    process.exitCode = 1;
  });
}

module.exports = { ask };
