import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { discoverTools, launcherPathDirs } from '../../../src/host/discovery';
import { globalCli, tempDir, write } from '../../support/host-fixtures';

/** A /proc of our own: each process's stat (with its parent) and environ. */
function fakeProc(root: string, procs: Array<{ pid: number; ppid: number; comm: string; env?: string[] }>): string {
  const proc = path.join(root, 'proc');
  for (const p of procs) {
    write(path.join(proc, String(p.pid), 'stat'), `${p.pid} (${p.comm}) S ${p.ppid} ${p.pid} ${p.pid} 0 -1 4194560 100 0 0 0\n`);
    if (p.env) write(path.join(proc, String(p.pid), 'environ'), p.env.join('\0') + '\0');
  }
  return proc;
}

describe('the PATH of the processes that started the extension host', () => {
  let root: string;
  beforeEach(() => (root = tempDir()));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("adds the folders only the launching processes' PATH names, in their order, and nothing else of their environment", async () => {
    const proc = fakeProc(root, [
      // the extension host, started with the login shell's PATH
      { pid: 300, ppid: 200, comm: 'node', env: ['PATH=/usr/bin:/bin'] },
      // the server, started by code-server's launcher with the user's PATH; its name holds ") S 1 "
      { pid: 200, ppid: 100, comm: 'code-server) S 1 (x', env: ['SECRET_TOKEN=abc', 'PATH=/home/u/.npm-prefix/bin:/usr/bin:relative/bin', 'LANG=C'] },
      { pid: 100, ppid: 1, comm: 'bash', env: ['PATH=/opt/tools/bin:/home/u/.npm-prefix/bin'] },
    ]);
    const dirs = await launcherPathDirs({ pid: 300, procRoot: proc, own: '/usr/bin:/bin', platform: 'linux' });
    assert.deepStrictEqual(dirs, ['/home/u/.npm-prefix/bin', '/opt/tools/bin']);
  });

  it('stops at a process it cannot read, and is empty elsewhere than Linux', async () => {
    const proc = fakeProc(root, [
      { pid: 300, ppid: 200, comm: 'node', env: ['PATH=/usr/bin'] },
      { pid: 200, ppid: 100, comm: 'sudo' }, // no environ: another user's process
      { pid: 100, ppid: 1, comm: 'bash', env: ['PATH=/opt/tools/bin'] },
    ]);
    assert.deepStrictEqual(await launcherPathDirs({ pid: 300, procRoot: proc, own: '/usr/bin', platform: 'linux' }), []);
    assert.deepStrictEqual(await launcherPathDirs({ pid: 300, procRoot: proc, own: '', platform: 'darwin' }), []);
  });

  it('reads the real /proc: a process started with a narrowed PATH sees its parent\'s folders', function () {
    if (process.platform !== 'linux') this.skip();
    const only = path.join(root, 'only-in-parent', 'bin');
    const module = path.resolve(__dirname, '../../../src/host/discovery/launcher.js');
    // parent (PATH names `only`) → child started with a PATH without it, as a server starts its extension host
    const child = `require(${JSON.stringify(module)}).launcherPathDirs().then((d) => process.stdout.write(JSON.stringify(d)))`;
    const parent = `const r = require('child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { env: { PATH: '/usr/bin:/bin' }, encoding: 'utf8' }); process.stdout.write(r.stdout); process.stderr.write(r.stderr);`;
    const r = spawnSync(process.execPath, ['-e', parent], { env: { PATH: `${only}:/usr/bin:/bin` }, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const dirs = JSON.parse(r.stdout) as string[];
    assert.strictEqual(dirs[0], only, r.stdout);
    assert.ok(!dirs.includes('/usr/bin'), 'folders the process already has are not repeated');
  });

  it('finds a CLI whose launcher only the launching PATH names, and says so', async () => {
    const home = path.join(root, 'home');
    const bin = globalCli(path.join(root, 'prefix'), '@google/gemini-cli', '0.10.0', 'gemini');
    const env = { HOME: home, PATH: '/usr/bin:/bin' };
    const execPath = path.join(root, 'node', 'bin', 'node');
    const without = await discoverTools({ env, execPath, extensions: false });
    assert.deepStrictEqual(without.tools.map((t) => t.identity.name), [], 'not found without the launching PATH');
    const withIt = await discoverTools({ env, execPath, extensions: false, launcherPath: [bin] });
    assert.deepStrictEqual(withIt.tools.map((t) => t.identity.name), ['Gemini CLI']);
    assert.match(withIt.tools[0].identity.foundBy ?? '', /^launcher-PATH:/);
  });
});
