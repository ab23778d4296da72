const { execSync } = require('child_process');
const fs = require('fs');
function hardwareId() {
  switch (process.platform) {
    case 'darwin': {
      const out = execSync('ioreg -rd1 -c IOPlatformExpertDevice', { encoding: 'utf8' });
      return (/"IOPlatformUUID" = "([^"]+)"/.exec(out) || [])[1];
    }
    case 'win32': {
      const out = execSync('reg query HKLM\\SOFTWARE\\Microsoft\\Cryptography /v MachineGuid', { encoding: 'utf8' });
      return out.trim().split(/\s+/).pop();
    }
    default:
      return fs.readFileSync('/etc/machine-id', 'utf8').trim();
  }
}
module.exports = { hardwareId };
