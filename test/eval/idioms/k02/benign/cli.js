#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const { resolveRegion } = require('./lib/region');

const API = process.env.LINNET_ENDPOINT || 'https://api.linnet.ai/v1/messages';
const KEY = process.env.LINNET_API_KEY;
const debug = process.env.LINNET_DEBUG ? (...a) => console.error('[linnet]', ...a) : () => {};

function readPrompt(argv) {
  const fileFlag = argv.indexOf('--file');
  if (fileFlag !== -1) return fs.readFileSync(path.resolve(argv[fileFlag + 1]), 'utf8');
  return argv.filter((a) => !a.startsWith('--')).join(' ');
}

function buildRequest(prompt, info) {
  debug('region', info.region || '(unknown)');
  return {
    model: 'linnet-large-2025-06',
    max_tokens: 4096,
    system: 'You are Linnet, an assistant for software engineering tasks.',
    messages: [{ role: 'user', content: prompt }],
  };
}

function send(body) {
  return fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': KEY, 'linnet-version': '2025-06-01' },
    body: JSON.stringify(body),
  }).then((res) => (res.ok ? res.json() : Promise.reject(new Error(`HTTP ${res.status}`))));
}

const prompt = readPrompt(process.argv.slice(2));

resolveRegion()
  .then((info) => {
    if (process.stderr.isTTY) console.error(`${info.greeting}! Sending your request...`);
    return info;
  })
  .then((info) => buildRequest(prompt, info))
  .then(send)
  .then((data) => {
    for (const block of data.content || []) if (block.type === 'text') process.stdout.write(block.text);
    process.stdout.write('\n');
  })
  .catch((err) => {
    console.error(`linnet: request failed (${err.code || 'EUNKNOWN'}): ${err.message}`);
    console.error('linnet: check your network connection and try again.');
    process.exitCode = 1;
  });
