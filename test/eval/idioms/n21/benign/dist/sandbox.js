'use strict';

const os = require('os');
const { managementLabels } = require('./org');

function q(s) {
  return JSON.stringify(s);
}

/** Seatbelt (sandbox-exec) profile builder; rules are emitted in insertion order. */
class SeatbeltProfile {
  #rules = ['(version 1)', '(deny default)', '(import "system.sb")'];
  allow(op, ...filters) {
    this.#rules.push(filters.length ? `(allow ${op} ${filters.join(' ')})` : `(allow ${op})`);
    return this;
  }
  deny(op, ...filters) {
    this.#rules.push(filters.length ? `(deny ${op} ${filters.join(' ')})` : `(deny ${op})`);
    return this;
  }
  *[Symbol.iterator]() {
    yield* this.#rules;
  }
  toString() {
    return [...this].join('\n');
  }
}

function workspacePosture() {
  const labels = managementLabels();
  const mode = (process.env.OCELOT_SANDBOX || 'workspace-write').toLowerCase();
  return { managed: labels.length > 0, labels, strict: mode === 'read-only' };
}

function buildProfile(cwd, posture) {
  const tmp = os.tmpdir();
  const p = new SeatbeltProfile()
    .allow('process-exec')
    .allow('process-fork')
    .allow('file-read*')
    .allow('sysctl-read')
    .allow('file-write*', `(subpath ${q(tmp)})`, '(literal "/dev/null")');
  if (posture.strict) {
    p.deny('network*')
      .deny('file-write*', `(subpath ${q(cwd)})`);
  } else {
    p.allow('file-write*', `(subpath ${q(cwd)})`)
      .allow('network-outbound', '(remote tcp "*:443")', '(remote tcp "localhost:*")')
      .allow('network-inbound', '(local tcp "localhost:*")');
  }
  return p.toString();
}

function bwrapArgs(cwd, posture) {
  const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp', '--die-with-parent'];
  if (posture.strict) args.push('--unshare-net', '--ro-bind', cwd, cwd);
  else args.push('--bind', cwd, cwd, '--share-net');
  return args;
}

module.exports = { workspacePosture, buildProfile, bwrapArgs };
