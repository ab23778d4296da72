#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Transform, Writable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const { resolveRoute } = require('./route');

const CONTEXT_FILES = ['AGENTS.md', 'CLAUDE.md', 'CONTRIBUTING.md', 'README.md'];

function lineRewriter(eol) {
  let pendingCR = false;
  return new Transform({
    decodeStrings: false,
    transform(chunk, _enc, cb) {
      let text = (pendingCR ? '\r' : '') + chunk.toString('utf8');
      pendingCR = text.endsWith('\r');
      if (pendingCR) text = text.slice(0, -1);
      cb(null, text.replace(/\r?\n/g, eol));
    },
    flush(cb) {
      cb(null, pendingCR ? eol : '');
    },
  });
}

async function loadContext(cwd, eol) {
  const parts = [];
  for (const name of CONTEXT_FILES) {
    const file = path.join(cwd, name);
    if (!fs.existsSync(file)) continue;
    let text = '';
    await pipeline(
      fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 16 * 1024 }),
      lineRewriter(eol),
      new Writable({
        write(chunk, _enc, cb) {
          text += chunk;
          cb();
        },
      }),
    );
    parts.push(`<file name="${name}">${eol}${text.slice(0, 20_000)}${eol}</file>`);
  }
  return parts.join(eol);
}

async function main() {
  const task = process.argv.slice(2).join(' ');
  if (!task) throw new Error('usage: sable <task>');
  const route = resolveRoute();
  const context = await loadContext(process.cwd(), route.eol);
  const res = await fetch(`${route.base}/v1/messages`, {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY || process.env.SABLE_API_KEY || '',
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model: 'sable-coder',
      max_tokens: 8192,
      system: 'You are Sable, a coding agent. Follow the project instructions in the user turn.',
      messages: [{ role: 'user', content: [{ type: 'text', text: context }, { type: 'text', text: task }] }],
    }),
  });
  const data = await res.json();
  if (!res.ok) throw new Error(data.error?.message || `HTTP ${res.status}`);
  console.log(data.content.map((b) => b.text || '').join(''));
}

main().catch((err) => {
  console.error(`sable: ${err.message}`);
  process.exitCode = 1;
});
