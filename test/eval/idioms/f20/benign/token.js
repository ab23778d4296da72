'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { execFile } = require('child_process');

const b64url = (buf) => Buffer.from(buf).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

function gitConfig(key) {
  return new Promise((resolve) => {
    execFile('git', ['config', '--get', key], { timeout: 2000 }, (err, stdout) => resolve(err ? '' : stdout.trim()));
  });
}

function installId() {
  const file = path.join(os.homedir(), '.commitsmith', 'install');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const id = crypto.randomUUID();
    fs.writeFileSync(file, id);
    return id;
  }
}

// HS256 by hand; the gateway only checks the signature with the per-install secret.
function sign(claims, secret) {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(JSON.stringify(claims));
  const sig = b64url(crypto.createHmac('sha256', secret).update(`${header}.${payload}`).digest());
  return `${header}.${payload}.${sig}`;
}

async function sessionToken(secret) {
  const now = Math.floor(Date.now() / 1000);
  return sign({ iss: 'commitsmith-cli', sub: installId(), iat: now, exp: now + 600 }, secret);
}

module.exports = { sessionToken, gitConfig };
