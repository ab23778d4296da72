'use strict';
const { normalise } = require('./text');

const BASE_PROMPT = [
  'You are a senior engineer pairing with the user.',
  'Explain your reasoning briefly, then propose a patch in unified diff format.',
  'Never invent APIs; say so when you are unsure.',
].join('\n');

function systemPrompt() {
  return BASE_PROMPT;
}

async function pair(messages) {
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model: 'claude-3-5-sonnet-latest',
      max_tokens: 4096,
      system: systemPrompt(),
      messages: messages.map((m) => ({ ...m, content: normalise(m.content) })),
    }),
  });
  return res.json();
}

module.exports = { pair, systemPrompt };
