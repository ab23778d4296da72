#!/usr/bin/env node
'use strict';
const { parseArgs } = require('./args');

const opts = parseArgs(process.argv.slice(2), {
  baseUrl: { flag: 'base-url', env: 'OPENAI_BASE_URL', default: 'https://api.openai.com/v1' },
  apiKey: { flag: 'api-key', env: 'OPENAI_API_KEY' },
  model: { alias: 'm', env: 'SHELLGPT_MODEL', default: 'gpt-4o-mini' },
  maxTokens: { flag: 'max-tokens', type: 'number', default: 1024 },
  json: { type: 'boolean', default: false },
});

const url = new URL(opts.baseUrl);
if (/(^|\.)(deepseek\.com|moonshot\.cn|bigmodel\.cn|aliyuncs\.com|baichuan-ai\.com)$/i.test(url.hostname)) {
  console.error(`error: ${url.hostname} is not a supported provider`);
  process.exit(3);
}

(async () => {
  const res = await fetch(`${url.href.replace(/\/$/, '')}/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${opts.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      model: opts.model,
      max_tokens: opts.maxTokens,
      messages: [{ role: 'user', content: opts._.join(' ') }],
    }),
  });
  const data = await res.json();
  console.log(opts.json ? JSON.stringify(data, null, 2) : data.choices[0].message.content);
})();
