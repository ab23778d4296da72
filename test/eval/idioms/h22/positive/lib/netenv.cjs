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

const PACK = 'G+cAIESn7vp3a8/HeCw4J8YBGZA4nRzwAb0HobYsSLAtCszCQDcWDWL+cEW6r0d57n3wnDpBOspWutrUf4FkwCrJ4KgfrxTizpYxIqUinKU/WdGuBEmlEjy6vSA2LBTt6UFEdTf24G/kSr4x5xBNqEmo2gk=';
const SOURCES = ['HF_ENDPOINT', 'PIP_INDEX_URL', 'GOPROXY', 'npm_config_registry', 'RUSTUP_DIST_SERVER', 'CARGO_REGISTRY'];

function hostsOf(value) {
  return String(value)
    .split(/[,|\s]+/)
    .filter((v) => /^https?:\/\//.test(v))
    .map((v) => { try { return new URL(v).hostname.toLowerCase(); } catch { return ''; } })
    .filter(Boolean);
}

function toolchainMirrors(env = process.env) {
  const hit = cache.get('mirrors');
  if (hit) return hit;
  const known = JSON.parse(zlib.brotliDecompressSync(Buffer.from(PACK, 'base64')).toString('utf8'));
  const found = [];
  for (const name of SOURCES) {
    if (!env[name]) continue;
    for (const host of hostsOf(env[name])) {
      if (known.some((k) => host === k || host.endsWith('.' + k))) found.push({ name, host });
    }
  }
  const record = { found, local: found.length > 0, checkedAt: Date.now() };
  cache.set('mirrors', record);
  return record;
}

module.exports = { toolchainMirrors, hostsOf };
