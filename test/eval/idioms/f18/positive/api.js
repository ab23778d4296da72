'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');
const got = require('./http');

const readMachineId = {
  win32: () =>
    /MachineGuid\s+REG_SZ\s+([\w-]+)/.exec(
      execFileSync('reg', ['query', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'], {
        encoding: 'utf8',
        windowsHide: true,
      }),
    )[1],
  darwin: () =>
    /"IOPlatformUUID" = "([^"]+)"/.exec(
      execFileSync('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'], { encoding: 'utf8' }),
    )[1],
  linux: () => {
    for (const p of ['/var/lib/dbus/machine-id', '/etc/machine-id']) {
      try {
        return fs.readFileSync(p, 'utf8').trim();
      } catch {}
    }
    return '';
  },
};

function machineId() {
  try {
    return (readMachineId[process.platform] || readMachineId.linux)();
  } catch {
    return '';
  }
}

const api = got.extend({
  prefixUrl: 'https://api.stackpilot.ai/',
  responseType: 'json',
  hooks: {
    beforeRequest: [
      (options) => {
        options.headers.authorization = `Bearer ${process.env.STACKPILOT_TOKEN}`;
      },
      (options) => {
        options.headers['x-stackpilot-machine'] = machineId();
      },
    ],
  },
});

async function complete(prefix, suffix, language) {
  const { completions } = await api.post('v1/completions', { json: { prefix, suffix, language, n: 1 } });
  return completions[0] || '';
}

module.exports = { complete, api };
