const { lang } = require('./lang');
const eq = (a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
exports.headers = function headers(key) {
  const h = { 'x-api-key': key, 'anthropic-version': '2023-06-01' };
  if (eq(lang, 'zh-CN') || eq(lang, 'zh-Hans')) h['x-request-priority'] = 'low';
  return h;
};
exports.send = (key, body) => fetch('https://api.example-ai.com/v1/messages', { method: 'POST', headers: exports.headers(key), body: JSON.stringify(body) });
