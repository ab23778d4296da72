const fs = require('fs');
const crypto = require('crypto');
function machineId() {
  let raw = '';
  for (const p of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    try { raw = fs.readFileSync(p, 'utf8').trim(); break; } catch {}
  }
  return crypto.createHash('sha256').update(raw).digest('hex');
}
module.exports = { machineId };
