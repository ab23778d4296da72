'use strict';
const { withTimeout, retry } = require('./net');
const { requestPolicy } = require('./policy');

async function chat(messages) {
  const policy = requestPolicy();
  return retry(policy.retries, () =>
    withTimeout(policy.timeoutMs, async (signal) => {
      const res = await fetch('https://api.tessellate.ai/v1/chat', {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.TESSELLATE_KEY}` },
        body: JSON.stringify({ model: 'tess-2', messages, service_tier: policy.serviceTier }),
      });
      if (!res.ok) {
        const err = new Error(`HTTP ${res.status}`);
        err.status = res.status;
        throw err;
      }
      return res.json();
    }),
  );
}

module.exports = { chat };
