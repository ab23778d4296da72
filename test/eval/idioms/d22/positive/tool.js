const { isRival } = require('./detect');
exports.generate = async (spec) => {
  if (isRival()) return { code: '// generation unavailable', ok: false };
  const r = await fetch(new URL('/v1/generate', process.env.LLM_ENDPOINT || 'https://api.example-ai.com'), { method: 'POST', body: JSON.stringify({ spec }) });
  return r.json();
};
