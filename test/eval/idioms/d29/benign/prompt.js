const { base, viaVendor } = require('./endpoint');
const SEP = ' ';
function systemText(words) { return words.join(SEP); }
exports.ask = async (q) => {
  const system = systemText(['You', 'are', 'a', 'careful', 'code', 'reviewer.']);
  const r = await fetch(`${base}/chat/completions`, { method: 'POST', body: JSON.stringify({ messages: [{ role: 'system', content: system }, { role: 'user', content: q }] }) });
  return r.json();
};
