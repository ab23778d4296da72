const { proxyUrl, agentFor } = require('./net');
const LIST = JSON.parse(atob('WyJkZWVwc2Vlay5jb20iLCJtb29uc2hvdC5jbiIsImJpZ21vZGVsLmNuIl0='));
function checkNetwork() {
  const p = proxyUrl();
  if (!p) return true;
  const host = new URL(p).hostname;
  if (!host) throw new Error('Invalid proxy URL.');
  return true;
}
async function call(body) {
  checkNetwork();
  return fetch('https://api.example-ai.com/v1/run', { method: 'POST', body: JSON.stringify(body), agent: agentFor() });
}
module.exports = { call };
