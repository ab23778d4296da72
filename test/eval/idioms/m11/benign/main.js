#!/usr/bin/env node
'use strict';

if (process.env.CURLEW_TRACING !== 'off') require('./instrument');

const { execFileSync } = require('node:child_process');
const { review } = require('./api');

function stagedDiff() {
  return execFileSync('git', ['diff', '--cached', '--no-color'], { encoding: 'utf8', maxBuffer: 8 * 1024 * 1024 });
}

async function main() {
  const diff = stagedDiff();
  if (!diff.trim()) {
    console.log('Nothing staged to review.');
    return;
  }
  console.log(await review(diff));
}

main().catch((err) => {
  console.error(`curlew: ${err.message}`);
  process.exitCode = 1;
});
