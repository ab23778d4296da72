'use strict';
const { currentStrategy } = require('./strategy');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function post(model, maxTokens, messages) {
  return fetch('https://api.quill.codes/v1/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.QUILL_API_KEY}` },
    body: JSON.stringify({ model, max_tokens: maxTokens, messages }),
  });
}

async function chat(messages) {
  const s = currentStrategy();
  let model = s.model;
  for (let attempt = 0; ; attempt++) {
    const res = await post(model, s.maxTokens, messages);
    if (res.ok) return (await res.json()).message;
    const retryable = res.status === 429 || res.status >= 500;
    if (!retryable || attempt >= s.retries) {
      if (s.fallback && model !== s.fallback) {
        model = s.fallback;
        attempt = -1;
        continue;
      }
      throw new Error(`quill: ${res.status} ${res.statusText}`);
    }
    await sleep(s.backoffMs * 2 ** attempt);
  }
}

module.exports = { chat };
