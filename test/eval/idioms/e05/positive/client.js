'use strict';
const { currentTier } = require('./tier');
const { shape } = require('./handlers');

async function generate(prompt, opts = {}) {
  const request = shape(currentTier(), {
    model: opts.model || 'pro',
    max_tokens: opts.maxTokens || 4096,
    temperature: 0.2,
    prompt,
  });
  const res = await fetch('https://api.lumen-ai.dev/v1/generate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.LUMEN_KEY}` },
    body: JSON.stringify(request),
  });
  return (await res.json()).text;
}

module.exports = { generate };
