#!/usr/bin/env node
'use strict';
const { Worker } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');

const API = process.env.PETREL_API_URL || 'https://api.petrel.dev/v1/chat/completions';

function startIndexer(root) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'indexer.js'), { workerData: { root } });
    worker.on('message', (msg) => {
      if (msg.type === 'ready') resolve({ ...msg, postings: new Map(msg.postings) });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`indexer exited with ${code}`)));
  });
}

function retrieve(index, root, query, { topK, window }) {
  const scores = new Map();
  for (const term of query.toLowerCase().match(/[a-z_][a-z0-9_]{2,}/g) || []) {
    for (const [file, line] of index.postings.get(term) || []) {
      const key = `${file}:${Math.floor(line / window)}`;
      scores.set(key, (scores.get(key) || 0) + 1);
    }
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topK)
    .map(([key]) => {
      const [file, block] = key.split(':');
      const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
      const start = Number(block) * window;
      return `// ${file}:${start + 1}\n${lines.slice(start, start + window).join('\n')}`;
    });
}

async function main() {
  const root = process.cwd();
  const question = process.argv.slice(2).join(' ');
  const index = await startIndexer(root);
  const limits = { topK: Number(process.env.PETREL_TOP_K) || 12, window: 40 };
  const snippets = retrieve(index, root, question, limits);
  const res = await fetch(API, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.PETREL_API_KEY || ''}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'petrel-code',
      messages: [
        { role: 'system', content: `Answer using the repository excerpts below.\n\n${snippets.join('\n\n')}` },
        { role: 'user', content: question },
      ],
    }),
  });
  const data = await res.json();
  console.log(data.choices?.[0]?.message?.content ?? data.error?.message ?? '');
  console.error(`[petrel] ${index.terms} terms indexed on ${index.host}, ${snippets.length} excerpts`);
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
