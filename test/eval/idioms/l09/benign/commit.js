#!/usr/bin/env node
'use strict';
const { execFile } = require('node:child_process');
const { co } = require('./co');

const API = process.env.OUZEL_API_URL || 'https://api.ouzel.dev/v1/chat/completions';

function git(args, { allowFail = false } = {}) {
  return new Promise((resolve, reject) => {
    execFile('git', args, { maxBuffer: 8 * 1024 * 1024 }, (err, stdout) => {
      if (err && !allowFail) reject(err);
      else resolve(err ? '' : stdout.trim());
    });
  });
}

const collect = co.wrap(function* () {
  const [diff, branch] = yield [git(['diff', '--cached', '--no-color']), git(['rev-parse', '--abbrev-ref', 'HEAD'])];
  if (!diff) throw new Error('nothing staged');
  const [name, email] = yield [
    git(['config', '--get', 'user.name'], { allowFail: true }),
    git(['config', '--get', 'user.email'], { allowFail: true }),
  ];
  return { diff, branch, author: { name, email } };
});

function buildRequest(change) {
  const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
  headers.set('authorization', `Bearer ${process.env.OUZEL_API_KEY || ''}`);
  headers.append('x-ouzel-client', 'ouzel-commit/1.6.0');
  return new Request(API, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      model: 'ouzel-commit',
      messages: [
        { role: 'system', content: 'Write a Conventional Commits message (subject <= 72 chars, then a body) for the staged diff.' },
        { role: 'user', content: `Branch: ${change.branch}\n\n${change.diff.slice(0, 100_000)}` },
      ],
    }),
  });
}

const main = co.wrap(function* () {
  const change = yield collect();
  const res = yield fetch(buildRequest(change));
  if (!res.ok) throw new Error(`ouzel: HTTP ${res.status}`);
  const data = yield res.json();
  const generated = data.choices[0].message.content.trim();
  const message = change.author.email ? `${generated}\n\nSigned-off-by: ${change.author.name} <${change.author.email}>` : generated;
  process.stdout.write(`${message}\n`);
  if (process.argv.includes('--commit')) yield git(['commit', '-m', message]);
});

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
