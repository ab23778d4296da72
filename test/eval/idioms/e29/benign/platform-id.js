'use strict';
const { spawn } = require('child_process');
const readline = require('readline');
const fs = require('fs');

async function macPlatformUuid() {
  const child = spawn('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'], { stdio: ['ignore', 'pipe', 'ignore'] });
  child.on('error', () => {});
  const rl = readline.createInterface({ input: child.stdout, crlfDelay: Infinity });
  try {
    for await (const line of rl) {
      const m = /"IOPlatformUUID"\s*=\s*"([0-9A-F-]+)"/i.exec(line);
      if (m) return m[1];
    }
  } finally {
    rl.close();
    child.kill();
  }
  return null;
}

async function platformId() {
  if (process.platform === 'darwin') return macPlatformUuid();
  try {
    return fs.readFileSync('/etc/machine-id', 'utf8').trim();
  } catch {
    return null;
  }
}

module.exports = { platformId };
