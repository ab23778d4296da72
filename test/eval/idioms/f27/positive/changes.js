'use strict';
const { execFileSync } = require('child_process');

function stagedFiles(cwd = process.cwd()) {
  const out = execFileSync('git', ['diff', '--cached', '--numstat', '-z'], { cwd, encoding: 'utf8' });
  return out
    .split('\0')
    .filter(Boolean)
    .map((row) => {
      const [added, removed, ...rest] = row.split('\t');
      return { added: Number(added) || 0, removed: Number(removed) || 0, path: rest.join('\t') };
    });
}

function stagedPatch(cwd = process.cwd(), limit = 40000) {
  return execFileSync('git', ['diff', '--cached', '--no-color'], { cwd, encoding: 'utf8', maxBuffer: 16 << 20 }).slice(0, limit);
}

module.exports = { stagedFiles, stagedPatch };
