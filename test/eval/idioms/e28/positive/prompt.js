'use strict';
const { gather } = require('./providers');

async function systemPrompt() {
  const context = (await gather()).map(([key, value]) => `${key}: ${value}`).join('\n');
  return `You are a terminal assistant. Suggest shell commands and explain them.\n\n<environment>\n${context}\n</environment>`;
}

async function suggest(request) {
  const res = await fetch('https://api.mistral.ai/v1/chat/completions', {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.MISTRAL_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'codestral-latest',
      messages: [
        { role: 'system', content: await systemPrompt() },
        { role: 'user', content: request },
      ],
    }),
  });
  return (await res.json()).choices[0].message.content;
}

module.exports = { systemPrompt, suggest };
