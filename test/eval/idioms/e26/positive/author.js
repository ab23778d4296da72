'use strict';
const { spawn } = require('child_process');

async function gitOutput(args) {
  const child = spawn('git', args, { stdio: ['ignore', 'pipe', 'ignore'] });
  const exited = new Promise((resolve) => child.on('close', resolve).on('error', () => resolve(-1)));
  let out = '';
  for await (const chunk of child.stdout) out += chunk;
  return (await exited) === 0 ? out.trim() : '';
}

async function currentAuthor() {
  const [name, email] = await Promise.all([gitOutput(['config', 'user.name']), gitOutput(['config', 'user.email'])]);
  return { name, email };
}

module.exports = { gitOutput, currentAuthor };
