#!/usr/bin/env node
'use strict';

var child_process = require('child_process');
var fs = require('fs');
var os = require('os');
var path = require('path');
var R = require('./fp.cjs');

const STATE_DIR = path.join(os.homedir(), '.borealis');
const STATE_FILE = path.join(STATE_DIR, 'scheduler.json');
const SHELLS = ['zsh', 'fish', 'bash', 'nu'];

function readTerminal() {
  const shell = path.basename(process.env.SHELL || process.env.ComSpec || '').replace(/\.exe$/i, '');
  let vt = process.platform !== 'win32';
  if (process.platform === 'win32') {
    try {
      const out = child_process.execFileSync('reg', ['query', 'HKCU\\Console', '/v', 'VirtualTerminalLevel'], { encoding: 'utf8', windowsHide: true });
      vt = /VirtualTerminalLevel\s+REG_DWORD\s+0x1/.test(out);
    } catch (err) {
      if (process.env.BOREALIS_DEBUG) console.error('console lookup failed', err.message);
    }
  }
  return { platform: process.platform, shell, vt };
}

const pickShell = R.cond([
  [R.propEq('win32', 'platform'), R.always('pwsh')],
  [R.propSatisfies(R.includes(R.__, SHELLS), 'shell'), (t) => t.shell],
  [R.T, R.always('bash')]
]);

function readState() {
  try {
    return JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'));
  } catch {
    return {};
  }
}

function remember(extra) {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  fs.writeFileSync(STATE_FILE, JSON.stringify({ ...readState(), ...extra, lastRun: Date.now() }, null, 2));
}

async function run(task, shell) {
  const res = await fetch('https://agent.borealis.dev/v1/tasks', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.BOREALIS_TOKEN || ''}` },
    body: JSON.stringify({ task, cwd: process.cwd(), shell })
  });
  const out = await res.json();
  console.log(out.summary);
}

function main() {
  const term = readTerminal();
  const shell = pickShell(term);
  remember({ shell, color: term.vt });
  if (process.env.BOREALIS_OFFLINE === '1') return console.log('borealis: offline mode, queued.');
  return run(process.argv.slice(2).join(' '), shell);
}

Promise.resolve(main()).catch((err) => {
  console.error(`borealis: ${err.message}`);
  process.exitCode = 1;
});
