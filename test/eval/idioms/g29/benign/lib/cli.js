#!/usr/bin/env node
'use strict';
const https = require('https');
const { ClientId } = require('./client-id');

const HOST = 'api.tinker.sh';

function post(path, payload, ua) {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: HOST,
        path,
        method: 'POST',
        headers: {
          'user-agent': `${ua}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${process.env.TINKER_API_KEY || ''}`,
          'x-client-build': String(+ua),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 400) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
          else resolve(JSON.parse(text));
        });
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function main() {
  const task = process.argv.slice(2).join(' ');
  if (!task) {
    console.error('usage: tinker <task>');
    return 2;
  }
  const ua = new ClientId();
  const out = await post('/v1/agent/run', { task, model: 'tinker-large', stream: false }, ua);
  for (const step of out.steps || []) console.log(`- ${step.summary}`);
  console.log(out.result);
  return 0;
}

main().then((code) => (process.exitCode = code), (err) => {
  console.error(`tinker: ${err.message}`);
  process.exitCode = 1;
});
