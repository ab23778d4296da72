'use strict';
const { loadConfig } = require('./config');

async function complete(prefix, suffix, overrides) {
  const cfg = loadConfig(overrides);
  const res = await fetch(`${cfg.baseURL.replace(/\/$/, '')}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cfg.apiKey}` },
    body: JSON.stringify({
      model: cfg.model,
      max_tokens: cfg.maxTokens,
      temperature: cfg.temperature,
      messages: [
        { role: 'system', content: 'Complete the code at <CURSOR>. Reply with the inserted code only.' },
        { role: 'user', content: `${prefix}<CURSOR>${suffix}` },
      ],
    }),
  });
  if (!res.ok) throw new Error(`completion failed: ${res.status} ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content;
}

module.exports = { complete };
