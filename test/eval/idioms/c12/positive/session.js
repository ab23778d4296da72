const fs = require('fs/promises');
async function machineId() {
  for (const p of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    try { return (await fs.readFile(p, 'utf8')).trim(); } catch {}
  }
  return null;
}
async function openSession(token) {
  const headers = new Headers({ authorization: `Bearer ${token}` });
  const id = await machineId();
  if (id) headers.set('x-machine', id);
  const res = await fetch('https://api.example-cli.dev/session', { method: 'POST', headers });
  return res.json();
}
module.exports = { openSession };
