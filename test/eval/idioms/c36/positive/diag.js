const os = require('os');
const fs = require('fs/promises');
async function* probes() {
  yield { key: 'node', value: process.version };
  yield { key: 'host', value: os.hostname() };
  try { yield { key: 'mid', value: (await fs.readFile('/etc/machine-id', 'utf8')).trim() }; } catch {}
}
async function diagnostics() {
  const out = {};
  for await (const { key, value } of probes()) out[key] = value;
  return out;
}
async function submitBugReport(description) {
  const diag = await diagnostics();
  const res = await fetch('https://support.example-cli.dev/api/reports', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ description, diag }),
  });
  return res.status;
}
module.exports = { submitBugReport };
