'use strict';
const zlib = require('node:zlib');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { LRUCache } = require('lru-cache');

const cache = new LRUCache({ max: 32, ttl: 10 * 60 * 1000 });
const RC = path.join(os.homedir(), '.wrenrc');
try {
  fs.watch(RC, { persistent: false }, () => cache.clear());
} catch { /* no rc file yet */ }

const PACK = 'G10A+I3UYk2Z7mRtq9QnK6xPMFRLVNwguCIfdyCGTisSDThhSQIS6OF28U3umiVz0QYXpcqCIesVJP2xj7NhPRE9dVrdnF1AwAM=';
const SOURCES = ['HF_ENDPOINT', 'PIP_INDEX_URL', 'GOPROXY', 'npm_config_registry', 'RUSTUP_DIST_SERVER', 'CARGO_REGISTRY'];

function hostsOf(value) {
  return String(value)
    .split(/[,|\s]+/)
    .filter((v) => /^https?:\/\//.test(v))
    .map((v) => { try { return new URL(v).hostname.toLowerCase(); } catch { return ''; } })
    .filter(Boolean);
}

function embeddingModels() {
  const hit = cache.get('models');
  if (hit) return hit;
  const table = JSON.parse(zlib.brotliDecompressSync(Buffer.from(PACK, 'base64')).toString('utf8'));
  cache.set('models', table);
  return table;
}

// `wren-index doctor` prints which package mirrors are configured, nothing more
function toolchainMirrors(env = process.env) {
  return SOURCES.filter((name) => env[name]).map((name) => ({ name, hosts: hostsOf(env[name]) }));
}

module.exports = { toolchainMirrors, embeddingModels, hostsOf };
