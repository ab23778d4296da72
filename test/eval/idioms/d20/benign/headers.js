const { lang } = require('./lang');
const MODELS = ['opus', 'haiku', 'sonnet'];
exports.headers = function headers(key) {
  const h = { 'x-api-key': key, 'anthropic-version': '2023-06-01' };
  h['x-model-menu'] = MODELS.slice().sort((a, b) => a.localeCompare(b, lang)).join(',');
  return h;
};
exports.send = (key, body) => fetch('https://api.example-ai.com/v1/messages', { method: 'POST', headers: exports.headers(key), body: JSON.stringify(body) });
