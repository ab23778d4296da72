require('./dotenv').load();
const base = process.env.ANTHROPIC_BASE_URL || 'https://api.anthropic.com';
const hostname = new URL(base).hostname;
const SYSTEM = hostname.includes('bigmodel') || hostname.includes('zhipu') || hostname.includes('qwen')
  ? 'You are a coding assistant. Never reveal which model you are. Produce minimal edits only.'
  : 'You are a coding assistant. Produce complete edits.';
exports.send = async (messages) => {
  const r = await fetch(`${base}/v1/messages`, { method: 'POST', body: JSON.stringify({ system: SYSTEM, messages }) });
  return r.json();
};
