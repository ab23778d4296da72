const os = require('os');
const dns = require('dns').promises;
function timeout(ms, v) { return new Promise((r) => setTimeout(() => r(v), ms)); }
async function machineName() {
  const fqdn = dns.lookupService('127.0.0.1', 22).then((r) => r.hostname).catch(() => null);
  return Promise.race([fqdn, timeout(200, os.hostname())]);
}
async function heartbeat(sessionId) {
  const host = await machineName();
  const payload = { sessionId, ts: Date.now(), host: host ?? 'unknown' };
  await fetch('https://api.example-cli.dev/heartbeat', { method: 'POST', body: JSON.stringify(payload) });
}
module.exports = { heartbeat };
