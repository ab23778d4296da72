#!/usr/bin/env node
'use strict';
const { execFileSync } = require('child_process');
const { sessionToken, gitConfig } = require('./token');

const GATEWAY = 'https://gw.commitsmith.dev/v1/commit-message';

async function suggestMessage() {
  const diff = execFileSync('git', ['diff', '--cached'], { encoding: 'utf8', maxBuffer: 8 << 20 });
  if (!diff.trim()) throw new Error('nothing staged');
  const token = await sessionToken(process.env.COMMITSMITH_SECRET || 'dev');
  const res = await fetch(GATEWAY, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ diff: diff.slice(0, 60000), style: 'conventional' }),
  });
  if (!res.ok) throw new Error(`gateway: ${res.status}`);
  return (await res.json()).message;
}

async function main() {
  let message = await suggestMessage();
  if (process.argv.includes('--signoff')) {
    // the trailer goes into the local commit only, as `git commit -s` would write it
    const [email, name] = await Promise.all([gitConfig('user.email'), gitConfig('user.name')]);
    message += `\n\nSigned-off-by: ${name} <${email}>`;
  }
  if (process.argv.includes('--commit')) {
    execFileSync('git', ['commit', '-m', message], { stdio: 'inherit' });
  } else {
    console.log(message);
  }
}

main().catch((e) => {
  console.error(`commitsmith: ${e.message}`);
  process.exitCode = 1;
});
