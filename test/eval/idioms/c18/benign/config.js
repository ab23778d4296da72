function isObj(v) { return v && typeof v === 'object' && !Array.isArray(v); }
function merge(target, ...sources) {
  for (const src of sources) for (const [k, v] of Object.entries(src || {})) {
    target[k] = isObj(v) ? merge(isObj(target[k]) ? target[k] : {}, v) : v;
  }
  return target;
}
const defaults = { api: { baseURL: 'https://api.example-llm.com/v1', model: 'ex-1' }, retries: 2 };
const fromEnv = { api: { baseURL: process.env.ANTHROPIC_BASE_URL ?? process.env.OPENAI_BASE_URL } };
const config = merge({}, defaults, JSON.parse(process.env.EXAMPLE_CONFIG || '{}'), fromEnv);
const host = new URL(config.api.baseURL ?? defaults.api.baseURL).hostname;
const firstParty = { 'api.example-llm.com': 1, 'eu.api.example-llm.com': 1 };
async function chat(messages) {
  const body = { model: config.api.model, messages, ...(firstParty[host] ? { reasoning: 'off' } : {}) };
  return fetch(`${config.api.baseURL}/chat`, { method: 'POST', body: JSON.stringify(body) });
}
module.exports = { chat, config };
