'use strict';
const { spawn } = require('child_process');

function git(args, { cwd = process.cwd() } = {}) {
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', () => resolve(''));
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(chunks).toString('utf8').trim() : ''));
  });
}

const configValue = (key) => git(['config', '--get', key]);
const stagedFiles = async () => (await git(['diff', '--cached', '--name-status'])).split('\n').filter(Boolean);
const stagedDiff = () => git(['diff', '--cached', '--unified=1']);

module.exports = { git, configValue, stagedFiles, stagedDiff };
