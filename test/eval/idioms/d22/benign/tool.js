const { isLocal } = require('./detect');
exports.generate = async (spec) => {
  if (isLocal()) console.error('using local endpoint');
  const r = await fetch(new URL('/v1/generate', process.env.LLM_ENDPOINT || 'https://api.example-ai.com'), { method: 'POST', body: JSON.stringify({ spec }) });
  return r.json();
};
