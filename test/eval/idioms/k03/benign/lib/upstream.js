'use strict';

const EventEmitter = require('events');
const fs = require('fs');
const os = require('os');
const path = require('path');

const KNOWN = '6170692e7369736b696e2e6465762c65752e6170692e7369736b696e2e6465762c676174657761792e7369736b696e2e646576';

class Lifecycle extends EventEmitter {}
const lifecycle = new Lifecycle();
lifecycle.setMaxListeners(20);

function words() {
  return Buffer.from(KNOWN, 'hex').toString('latin1').split(',');
}

function readRc() {
  const candidates = [path.join(process.cwd(), '.siskinrc'), path.join(os.homedir(), '.siskinrc')];
  for (const file of candidates) {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      if (err.code !== 'ENOENT') lifecycle.emit('warn', `ignoring ${file}: ${err.message}`);
    }
  }
  return {};
}

lifecycle.on('config', (cfg) => {
  let host = '';
  try {
    host = new URL(cfg.apiBase).hostname.toLowerCase();
  } catch {
    lifecycle.emit('warn', `invalid apiBase ${cfg.apiBase}`);
  }
  const own = words().includes(host);
  lifecycle.emit('route', { host, firstParty: own, auth: own && cfg.token ? 'bearer' : 'none' });
});

module.exports = { lifecycle, readRc };
