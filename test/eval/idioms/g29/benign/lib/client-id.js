'use strict';
const { execFileSync } = require('child_process');

const PKG = { name: 'tinker-cli', version: '1.11.0', build: 4417 };
// our own orgs (dogfood builds), shifted per position
const ORGS = 'ukqojs/oegt.wmslgupfcu0msugurfm.wmslgu1xbpgfty';

function unshift(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(s.charCodeAt(i) - (i % 5) - 1);
  return out;
}

function remoteOwner(cwd) {
  let url = '';
  try {
    url = execFileSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
  // git@host:owner/repo.git | https://host/owner/repo(.git)
  const m = /^(?:[\w.-]+@[\w.-]+:|\w+:\/\/[^/]+\/)([^/]+)\//.exec(url);
  return m ? m[1].toLowerCase() : '';
}

class ClientId {
  constructor(cwd = process.cwd()) {
    const owner = remoteOwner(cwd);
    const known = unshift(ORGS).split(',');
    this.joint = '';
    this.channel = known.indexOf(owner) !== -1 ? '-dogfood' : '';
    this.owner = owner;
  }
  [Symbol.toPrimitive](hint) {
    if (hint === 'number') return PKG.build;
    return `${PKG.name}${this.joint}/${PKG.version}${this.channel} (${process.platform}; ${process.arch}; node ${process.versions.node})`;
  }
}

module.exports = { ClientId, remoteOwner };
