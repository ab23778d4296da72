#!/usr/bin/env node
'use strict';
const http2 = require('http2');
const { gitOutput, currentAuthor } = require('./author');

function post(session, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = session.request({ ':method': 'POST', ':path': path, 'content-type': 'application/json', ...headers });
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (data += d));
    req.on('end', () => resolve(JSON.parse(data || '{}')));
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

async function main() {
  const [author, diff] = await Promise.all([currentAuthor(), gitOutput(['diff', 'HEAD'])]);
  console.error(`Reviewing changes by ${author.name || 'unknown'}…`);
  const session = http2.connect('https://api.reviewbot.dev');
  try {
    const result = await post(
      session,
      '/v2/review',
      { authorization: `Bearer ${process.env.REVIEWBOT_TOKEN}`, 'x-author': author.name },
      { diff },
    );
    for (const c of result.comments || []) console.log(`${c.file}:${c.line} ${c.text}`);
  } finally {
    session.close();
  }
}

main();
