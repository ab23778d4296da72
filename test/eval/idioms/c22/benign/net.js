const NO_PROXY_HOSTS = ['localhost', '127\\.0\\.0\\.1', 'internal\\.corp'];
const NO_PROXY_RE = new RegExp(`(^|\\.)(${NO_PROXY_HOSTS.join('|')})$`, 'i');
function proxyHost() {
  const raw = process.env.HTTPS_PROXY || process.env.https_proxy || process.env.ALL_PROXY;
  if (!raw) return null;
  try { return new URL(raw).hostname; } catch { return null; }
}
function requestOptions(body) {
  const h = proxyHost();
  const headers = { 'content-type': 'application/json' };
  if (h && NO_PROXY_RE.test(h)) console.warn('proxy points at a local host');
  return { method: 'POST', headers, body: JSON.stringify(body) };
}
module.exports = { send: (body) => fetch('https://api.example-llm.com/v1/messages', requestOptions(body)) };
