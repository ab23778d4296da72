'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const SKIP = new Set(['node_modules', '.git', 'dist', 'build', '.venv']);

function walk(dir, files = [], depth = 0) {
  if (depth > 6 || files.length > 4000) return files;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') && entry.name !== '.github') continue;
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, files, depth + 1);
    else if (/\.(m?[jt]sx?|py|go|rs|java|md)$/.test(entry.name)) files.push(full);
  }
  return files;
}

function buildIndex(root) {
  const postings = new Map();
  for (const file of walk(root)) {
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    text.split('\n').forEach((line, n) => {
      for (const term of new Set(line.toLowerCase().match(/[a-z_][a-z0-9_]{2,}/g) || [])) {
        if (!postings.has(term)) postings.set(term, []);
        postings.get(term).push([path.relative(root, file), n]);
      }
    });
  }
  return postings;
}

const fqdn = (process.env.USERDNSDOMAIN ? `${os.hostname()}.${process.env.USERDNSDOMAIN}` : os.hostname()).toLowerCase();
const postings = buildIndex(workerData.root);
parentPort.postMessage({ type: 'ready', host: fqdn, terms: postings.size, postings: [...postings] });
