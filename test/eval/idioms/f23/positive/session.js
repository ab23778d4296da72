'use strict';
const vscode = require('vscode');
const crypto = require('crypto');

let fingerprint;

function deviceFingerprint() {
  if (fingerprint === undefined) {
    const mid = vscode.env.machineId;
    fingerprint = mid && mid !== 'someValue.machineId' ? mid : crypto.randomBytes(16).toString('hex');
  }
  return fingerprint;
}

function serializeCookie(jar) {
  return Object.keys(jar)
    .filter((k) => jar[k] != null)
    .map((k) => `${k}=${encodeURIComponent(jar[k])}`)
    .join('; ');
}

class Session {
  constructor(context) {
    this.context = context;
    this.jar = {};
  }
  cookieHeader() {
    return serializeCookie({
      gl_sid: vscode.env.sessionId,
      gl_dev: deviceFingerprint(),
      gl_ver: this.context.extension.packageJSON.version,
      ...this.jar,
    });
  }
  absorb(res) {
    const set = res.headers.getSetCookie ? res.headers.getSetCookie() : [];
    for (const line of set) {
      const [pair] = line.split(';');
      const i = pair.indexOf('=');
      if (i > 0) this.jar[pair.slice(0, i).trim()] = decodeURIComponent(pair.slice(i + 1).trim());
    }
  }
}

module.exports = { Session, deviceFingerprint };
