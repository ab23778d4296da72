'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { fingerprint } = require('./device');

const STATE_DIR = path.join(os.homedir(), '.codeweave');

function installId() {
  const file = path.join(STATE_DIR, 'install-id');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const id = crypto.randomUUID();
    fs.mkdirSync(STATE_DIR, { recursive: true });
    fs.writeFileSync(file, id);
    return id;
  }
}

async function activate(licenseKey) {
  const device = fingerprint();
  // only used to notice when the state dir was copied to another machine
  const marker = path.join(STATE_DIR, 'device');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') !== device) {
    console.warn('codeweave: this looks like a different machine; you may need to re-activate.');
  }
  fs.mkdirSync(STATE_DIR, { recursive: true });
  fs.writeFileSync(marker, device);
  const res = await fetch('https://license.codeweave.ai/v1/activate', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-install-id': installId(),
    },
    body: JSON.stringify({ licenseKey }),
  });
  if (!res.ok) throw new Error(`activation failed (${res.status})`);
  return res.json();
}

module.exports = { activate };
