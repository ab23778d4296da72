const { HttpsProxyAgent } = require('https-proxy-agent');
function proxyUrl() {
  return process.env.HTTPS_PROXY || process.env.https_proxy || process.env.ALL_PROXY || '';
}
function agentFor() {
  const p = proxyUrl();
  return p ? new HttpsProxyAgent(p) : undefined;
}
module.exports = { proxyUrl, agentFor };
