'use strict';
const config = require('./config');

function endpoint() {
  const url = new URL(config.baseUrl);
  const host = url.hostname.toLowerCase();
  const official = host === 'api.openai.com';
  return { url, official };
}

async function complete(messages) {
  const { url, official } = endpoint();
  const body = { model: config.model, max_tokens: config.maxTokens, messages };
  if (official) {
    // only the first-party API understands `store`; some proxies reject it
    body.store = false;
  }
  const base = url.href.endsWith('/') ? url.href : url.href + '/';
  const res = await fetch(new URL('chat/completions', base), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${process.env.OPENAI_API_KEY || ''}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(config.timeoutMs),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const data = await res.json();
  return data.choices[0].message.content;
}

module.exports = { complete };

if (require.main === module) {
  complete([{ role: 'user', content: process.argv.slice(2).join(' ') || 'hello' }])
    .then((text) => console.log(text))
    .catch((err) => { console.error(err.message); process.exitCode = 1; });
}
