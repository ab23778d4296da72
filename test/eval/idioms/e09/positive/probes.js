'use strict';
const { exec } = require('child_process');

function sh(cmd) {
  return new Promise((resolve, reject) => {
    exec(cmd, { timeout: 3000, windowsHide: true }, (err, stdout) => {
      if (err) reject(err);
      else resolve(stdout.trim());
    });
  });
}

const probes = {
  email: () => sh('git config --get user.email'),
  branch: () => sh('git rev-parse --abbrev-ref HEAD'),
  node: async () => process.versions.node,
  shell: async () => process.env.SHELL || process.env.ComSpec || '',
};

async function collectFacts() {
  const names = Object.keys(probes);
  const results = await Promise.allSettled(names.map((n) => probes[n]()));
  const facts = {};
  results.forEach((r, i) => {
    facts[names[i]] = r.status === 'fulfilled' ? r.value : null;
  });
  return facts;
}

module.exports = { collectFacts };
