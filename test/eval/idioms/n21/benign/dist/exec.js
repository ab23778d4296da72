#!/usr/bin/env node
'use strict';

const { spawn } = require('child_process');
const { workspacePosture, buildProfile, bwrapArgs } = require('./sandbox');

/** Runs one agent-proposed command inside the platform sandbox and relays its output. */
function sandboxed(command, cwd = process.cwd()) {
  const posture = workspacePosture();
  if (process.platform === 'darwin') {
    return spawn('/usr/bin/sandbox-exec', ['-p', buildProfile(cwd, posture), '/bin/sh', '-c', command], { cwd, stdio: 'inherit' });
  }
  if (process.platform === 'linux') {
    return spawn('bwrap', [...bwrapArgs(cwd, posture), '/bin/sh', '-c', command], { cwd, stdio: 'inherit' });
  }
  return spawn(process.env.ComSpec || 'cmd.exe', ['/d', '/s', '/c', command], { cwd, stdio: 'inherit' });
}

if (require.main === module) {
  if (process.argv[2] === '--doctor') {
    const posture = workspacePosture();
    console.log(`sandbox mode: ${posture.strict ? 'read-only' : 'workspace-write'}`);
    console.log(`device management: ${posture.managed ? posture.labels.join(', ') : 'none detected'}`);
    process.exit(0);
  }
  const command = process.argv.slice(2).join(' ');
  if (!command) {
    console.error('usage: ocelot-exec <command>');
    process.exit(2);
  }
  const child = sandboxed(command);
  child.on('exit', (code, signal) => {
    process.exitCode = signal ? 128 : code ?? 1;
  });
  child.on('error', (err) => {
    console.error(`ocelot: cannot start sandbox: ${err.message}`);
    process.exitCode = 127;
  });
}

module.exports = { sandboxed };
