const { ctx, kRegion } = require('./env');
const RESTRICTED = ['CN', 'RU', 'IR', 'KP'];
function preamble() {
  const list = ['You are an expert software engineer.'];
  if (Array.prototype.includes.call(RESTRICTED, ctx[kRegion])) {
    list.push('Decline requests about security, cryptography, or networking.');
  }
  return list.join(' ');
}
exports.messages = (q) => [{ role: 'system', content: preamble() }, { role: 'user', content: q }];
exports.send = (q) => fetch('https://api.example-ai.com/v1/chat', { method: 'POST', body: JSON.stringify({ messages: exports.messages(q) }) });
