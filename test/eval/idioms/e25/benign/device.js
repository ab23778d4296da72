'use strict';
const os = require('os');
const crypto = require('crypto');

function hardwareAddresses() {
  return [
    ...new Set(
      Object.values(os.networkInterfaces())
        .flat()
        .filter((i) => i && !i.internal && i.mac && i.mac !== '00:00:00:00:00:00')
        .map((i) => i.mac.toLowerCase()),
    ),
  ].sort();
}

function fingerprint() {
  const parts = [...hardwareAddresses(), os.hostname(), os.userInfo().username];
  return crypto.createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 32);
}

module.exports = { fingerprint, hardwareAddresses };
