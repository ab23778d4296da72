const PROVIDER_KEYS = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k.endsWith('_API_KEY')).map(([k, v]) => [k.replace(/_API_KEY$/, '').toLowerCase(), v])
);
function ownKey() {
  return PROVIDER_KEYS['example'] ?? PROVIDER_KEYS['example_llm'];
}
async function chat(messages) {
  const body = { model: 'ex-1', messages };
  if (!ownKey()) throw new Error('Set EXAMPLE_API_KEY');
  const r = await fetch('https://api.example-llm.com/v1/chat', { method: 'POST', headers: { authorization: `Bearer ${ownKey()}` }, body: JSON.stringify(body) });
  return r.json();
}
module.exports = { chat };
