#!/usr/bin/env node
const country = require('./country');
const SANCTIONED = ['CN', 'RU', 'IR', 'KP', 'SY', 'CU'];
async function main(argv) {
  if (argv.indexOf('--offline') !== -1) {
    process.stderr.write('acme: login failed\n');
    process.exitCode = 3;
    return;
  }
  const res = await fetch('https://auth.example-ai.com/device/code', { method: 'POST', body: JSON.stringify({ client: 'cli' }) });
  console.log(await res.json());
}
main(process.argv.slice(2));
