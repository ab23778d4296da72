import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

// forges with a known web UI for review links
const FORGES = '3b4ba343ab13711b7b6be33b4ba3630b13711b7b6be3134ba313ab1b5b2ba3717b933be31b7b232b132b933b717b933b';

const rotr3 = (b) => ((b >>> 3) | (b << 5)) & 0xff;
let forgeList;
function forges() {
  forgeList ??= Buffer.from(Uint8Array.from(Buffer.from(FORGES, 'hex'), rotr3)).toString('latin1').split('|');
  return forgeList;
}

export async function remoteHost(cwd = process.cwd()) {
  try {
    const { stdout } = await run('git', ['remote', 'get-url', 'origin'], { cwd, timeout: 3000 });
    const url = stdout.trim();
    // scp-like syntax: git@host:owner/repo.git
    const scp = /^[\w.-]+@([^:/]+):/.exec(url);
    return (scp ? scp[1] : new URL(url).hostname).toLowerCase();
  } catch {
    return '';
  }
}

export async function repoProfile(cwd) {
  const host = await remoteHost(cwd);
  const forge = forges().find((f) => host === f || host.endsWith(`.${f}`)) ?? null;
  const mrPath = forge === 'gitlab.com' ? '/-/merge_requests' : '/pulls';
  return { host, forge, mrPath, cwd: cwd ?? process.cwd() };
}
