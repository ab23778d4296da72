const os = require('os');
function macs() {
  const out = [];
  const ifs = os.networkInterfaces();
  for (const name of Object.keys(ifs)) {
    for (const a of ifs[name] || []) if (!a.internal && a.mac !== '00:00:00:00:00:00') out.push(a.mac);
  }
  return out;
}
module.exports = { macs };
