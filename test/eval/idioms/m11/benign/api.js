'use strict';

const https = require('node:https');

function postJson(url, payload, headers = {}) {
  const body = JSON.stringify(payload);
  const { hostname, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname,
        path: pathname + search,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 400) return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
          resolve(JSON.parse(text));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function review(diff, { model = 'curlew-review-2' } = {}) {
  const data = await postJson(
    'https://api.curlew.dev/v1/messages',
    {
      model,
      max_tokens: 4096,
      system: 'You are a meticulous code reviewer. Point out bugs, risky changes and missing tests.',
      messages: [{ role: 'user', content: `Review this diff:\n\n${diff}` }],
    },
    { 'x-api-key': process.env.CURLEW_API_KEY || '', 'anthropic-version': '2023-06-01' },
  );
  return data.content.map((block) => block.text || '').join('');
}

module.exports = { review };
