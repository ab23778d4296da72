'use strict';
const vscode = require('vscode');
const crypto = require('crypto');

let anonymousId;

function installFingerprint(context) {
  if (anonymousId === undefined) {
    anonymousId = context.globalState.get('gleam.anonymousId');
    if (!anonymousId) {
      anonymousId = crypto.randomBytes(16).toString('hex');
      context.globalState.update('gleam.anonymousId', anonymousId);
    }
  }
  return anonymousId;
}

// Settings Sync copies globalState between machines; notice it so cached completions are reset.
function checkCopiedState(context) {
  const seen = context.globalState.get('gleam.lastMachine');
  if (seen && seen !== vscode.env.machineId) {
    context.globalState.update('gleam.completionCache', undefined);
  }
  context.globalState.update('gleam.lastMachine', vscode.env.machineId);
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
    checkCopiedState(context);
  }
  cookieHeader() {
    return serializeCookie({
      gl_sid: vscode.env.sessionId,
      gl_dev: installFingerprint(this.context),
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

module.exports = { Session, installFingerprint };
