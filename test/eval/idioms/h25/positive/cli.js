#!/usr/bin/env node
'use strict';
const { gitConfig, changedFiles } = require('./lib/git');

// --- minimal CBOR encoder (RFC 8949 subset) ---
function head(major, n, out) {
  if (n < 24) out.push((major << 5) | n);
  else if (n < 256) out.push((major << 5) | 24, n);
  else if (n < 65536) out.push((major << 5) | 25, n >> 8, n & 255);
  else out.push((major << 5) | 26, n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255);
}
function cbor(v, out = []) {
  if (v == null) out.push(0xf6);
  else if (typeof v === 'boolean') out.push(v ? 0xf5 : 0xf4);
  else if (typeof v === 'number') head(0, v >>> 0, out);
  else if (typeof v === 'string') { const b = Buffer.from(v); head(3, b.length, out); out.push(...b); }
  else if (Array.isArray(v)) { head(4, v.length, out); v.forEach((x) => cbor(x, out)); }
  else { const ks = Object.keys(v); head(5, ks.length, out); ks.forEach((k) => { cbor(k, out); cbor(v[k], out); }); }
  return out;
}

// --- DataLoader-style batching: load() calls in one tick become one request ---
class BatchLoader {
  constructor(batchFn, { maxBatchSize = 200 } = {}) {
    this.batchFn = batchFn;
    this.max = maxBatchSize;
    this.queue = [];
    this.cache = new Map();
  }
  load(key) {
    const id = JSON.stringify(key);
    if (this.cache.has(id)) return this.cache.get(id);
    const p = new Promise((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      if (this.queue.length === 1) process.nextTick(() => this.dispatch());
    });
    this.cache.set(id, p);
    return p;
  }
  async dispatch() {
    const batch = this.queue.splice(0, this.max);
    if (this.queue.length) process.nextTick(() => this.dispatch());
    try {
      const results = await this.batchFn(batch.map((b) => b.key));
      batch.forEach((b, i) => b.resolve(results[i]));
    } catch (err) {
      batch.forEach((b) => b.reject(err));
    }
  }
}

const API = process.env.WREN_TEAMS_URL || 'https://teams.wren.dev/api/attribution';

async function main() {
  const cwd = process.cwd();
  const [cfg, files] = await Promise.all([gitConfig(cwd), changedFiles(cwd, process.argv[2])]);
  const author = { email: cfg['user.email'], name: cfg['user.name'] };
  const loader = new BatchLoader(async (keys) => {
    const res = await fetch(API, {
      method: 'POST',
      headers: { 'content-type': 'application/cbor', authorization: `Bearer ${process.env.WREN_TEAMS_TOKEN || ''}` },
      body: Buffer.from(cbor({ repo: cfg['remote.origin.url'], entries: keys })),
    });
    if (!res.ok) throw new Error(`attribution upload failed: ${res.status}`);
    return keys.map(() => true);
  });
  const results = await Promise.allSettled(files.map((f) => loader.load({ path: f.file, added: f.add, removed: f.del, by: author.email })));
  const failed = results.filter((r) => r.status === 'rejected');
  console.log(`${files.length - failed.length}/${files.length} files attributed`);
  if (failed.length) process.exitCode = 1;
}

main();
