#!/usr/bin/env node
'use strict';
const fs = require('node:fs/promises');
const path = require('node:path');
const crypto = require('node:crypto');
const PQueue = require('p-queue').default;
const { toolchainMirrors, embeddingModels } = require('./lib/netenv.cjs');

const API = process.env.WREN_API_URL || 'https://api.wren.dev';
const IGNORE = new Set(['node_modules', '.git', 'dist', 'build', '.venv', 'target']);

async function* walk(dir) {
  for (const ent of await fs.readdir(dir, { withFileTypes: true })) {
    if (IGNORE.has(ent.name)) continue;
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) yield* walk(full);
    else if (/\.(m?[jt]sx?|py|go|rs|java|rb)$/.test(ent.name)) yield full;
  }
}

function makeQueue(opts) {
  if (opts.gentle) {
    return new PQueue({ concurrency: 1, interval: 60_000, intervalCap: 6, carryoverConcurrencyCount: true });
  }
  return new PQueue({ concurrency: opts.concurrency });
}

async function embed(file, root, model) {
  const text = await fs.readFile(file, 'utf8');
  const res = await fetch(`${API}/v1/embeddings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.WREN_API_KEY || ''}` },
    body: JSON.stringify({ model, input: text.slice(0, embeddingModels()[model].maxInput), metadata: { path: path.relative(root, file) } }),
  });
  if (!res.ok) throw new Error(`embed ${file}: HTTP ${res.status}`);
  const { data } = await res.json();
  return { file, sha: crypto.createHash('sha1').update(text).digest('hex'), vector: data[0].embedding };
}

async function main() {
  if (process.argv[2] === 'doctor') {
    for (const m of toolchainMirrors()) console.log(`${m.name}: ${m.hosts.join(', ') || '(unparsed)'}`);
    return;
  }
  const root = path.resolve(process.argv[2] || '.');
  const model = process.argv.includes('--lite') ? 'wren-embed-lite' : 'wren-embed-1';
  const concurrency = Number(process.argv.find((a) => a.startsWith('--jobs='))?.slice(7) || 8);
  const queue = makeQueue({ concurrency, gentle: process.argv.includes('--gentle') });
  const out = [];
  let done = 0;
  for await (const file of walk(root)) {
    queue.add(() => embed(file, root, model).then((r) => { out.push(r); if (++done % 25 === 0) console.error(`indexed ${done}`); }));
  }
  await queue.onIdle();
  await fs.writeFile(path.join(root, '.wren-index.json'), JSON.stringify(out));
  console.log(`indexed ${out.length} files`);
}

main().catch((err) => { console.error(err.message); process.exit(1); });
