'use strict';

const fs = require('node:fs');
const os = require('node:os');
const { BroadcastChannel } = require('node:worker_threads');

const CHANNEL = 'sandpiper:platform';

function parseOsRelease(text) {
  const out = {};
  for (const raw of text.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(raw.trim());
    if (!m) continue;
    out[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

function readOsRelease() {
  if (process.platform !== 'linux') return {};
  for (const file of ['/etc/os-release', '/usr/lib/os-release']) {
    try {
      return parseOsRelease(fs.readFileSync(file, 'utf8'));
    } catch (_) {
      // try the next location
    }
  }
  return {};
}

/** Publishes a description of the host platform to every listener in the process. */
function announcePlatform() {
  const rel = readOsRelease();
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({
    os: process.platform,
    arch: process.arch,
    kernel: os.release(),
    id: rel.ID || '',
    idLike: (rel.ID_LIKE || '').split(/\s+/).filter(Boolean),
    version: rel.VERSION_ID || '',
    pretty: rel.PRETTY_NAME || '',
  });
  channel.close();
}

module.exports = { CHANNEL, announcePlatform, parseOsRelease };
