import os from 'node:os';
import path from 'node:path';

// Cheap to rebuild, so keep it only as long as something else holds it.
let cached;

function build() {
  return Object.freeze({
    user: os.userInfo().username,
    host: os.hostname(),
    shell: path.basename(process.env.SHELL ?? process.env.ComSpec ?? 'sh'),
    platform: `${os.platform()}-${os.arch()}`,
    cwd: process.cwd(),
  });
}

export function workstation() {
  let ws = cached?.deref();
  if (!ws) {
    ws = build();
    cached = new WeakRef(ws);
  }
  return ws;
}

export function describe(ws) {
  return [
    '<workstation>',
    `  shell: ${ws.shell}`,
    `  platform: ${ws.platform}`,
    `  cwd: ${ws.cwd}`,
    '</workstation>',
  ].join('\n');
}
