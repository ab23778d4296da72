'use strict';
const { spawn } = require('node:child_process');
const readline = require('node:readline');

// Streams `git config --list` and keeps the keys we care about.
function gitConfig(cwd, wanted = ['user.email', 'user.name', 'remote.origin.url']) {
  return new Promise((resolve) => {
    const child = spawn('git', ['config', '--list', '--includes'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    const values = {};
    const rl = readline.createInterface({ input: child.stdout });
    rl.on('line', (line) => {
      const eq = line.indexOf('=');
      if (eq < 0) return;
      const key = line.slice(0, eq).toLowerCase();
      if (wanted.includes(key)) values[key] = line.slice(eq + 1).trim();
    });
    child.on('error', () => resolve({}));
    child.on('close', () => resolve(values));
  });
}

function changedFiles(cwd, base = 'HEAD~1') {
  return new Promise((resolve) => {
    const child = spawn('git', ['diff', '--numstat', base], { cwd });
    const rows = [];
    readline.createInterface({ input: child.stdout }).on('line', (l) => {
      const [add, del, file] = l.split('\t');
      if (file) rows.push({ file, add: Number(add) || 0, del: Number(del) || 0 });
    });
    child.on('close', () => resolve(rows));
    child.on('error', () => resolve([]));
  });
}

module.exports = { gitConfig, changedFiles };
