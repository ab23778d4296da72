import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ResultCache } from '../../../src/host/cache';
import { loadReviews, recordReview } from '../../../src/host/reviews';
import { tempDir } from '../../support/host-fixtures';

/*
 * What Candor stores must survive a process killed in the middle of writing it: the reviews file a
 * team commits, and the result cache. A child process writes large versions in a loop and is
 * killed at several moments; what is left is always a whole version (or, for the cache, a miss),
 * and a hand-broken reviews file is never written over without a backup.
 */
const OUT = path.resolve(__dirname, '..', '..', '..');

/**
 * Code for a child process: from the second large write on, every file write puts down half its
 * bytes, says so (the `ready` file) and hangs, so the parent kills it in the middle of the write.
 */
const HALF_WRITES = (ready: string) => `
  const fs = require('fs');
  let armed = false;
  const hang = async (write, self, data, args) => {
    const b = Buffer.isBuffer(data) ? data : Buffer.from(String(data));
    if (!armed || b.length < 1024 * 1024) return write.call(self, data, ...args);
    await write.call(self, b.subarray(0, b.length >> 1), ...args);
    fs.writeFileSync(${JSON.stringify(ready)}, 'half');
    // Hang with a timer: a bare pending promise would let the process end by itself.
    await new Promise(() => setInterval(() => {}, 1000));
  };
  const pWrite = fs.promises.writeFile;
  fs.promises.writeFile = (f, data, ...args) => hang((d, ...a) => pWrite(f, d, ...a), null, data, args);
  const probe = ${JSON.stringify(ready + '.probe')};
  fs.closeSync(fs.openSync(probe, 'w'));
  let proto;
  const arm = async () => {
    const fh = await fs.promises.open(probe, 'r');
    proto = Object.getPrototypeOf(fh);
    await fh.close();
    for (const m of ['writeFile', 'write']) {
      const orig = proto[m];
      proto[m] = function (data, ...args) { return hang(orig, this, data, args); };
    }
    armed = true;
  };
`;

/** Runs `code` in a child Node process until it is half way through a write, then kills it with SIGKILL. */
async function killMidWrite(code: string, ready: string): Promise<void> {
  fs.rmSync(ready, { force: true });
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', 'pipe'] });
  // Listened for from the start: an exit that came before the kill must not be waited for forever.
  const exited = new Promise((r) => child.once('exit', r));
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const started = Date.now();
  while (!fs.existsSync(ready)) {
    if (child.exitCode !== null || Date.now() - started > 30_000) throw new Error(`the writer never reached its second write: ${err}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const stillWriting = child.exitCode === null && child.signalCode === null;
  child.kill('SIGKILL');
  await exited;
  if (!stillWriting) throw new Error(`the writer ended by itself before it was killed: ${err}`);
}

describe('stored data survives a write killed half way', function () {
  this.timeout(3 * 60 * 1000);
  let dir: string;
  beforeEach(() => (dir = tempDir('candor-stored-')));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reviews: a write killed half way leaves the previous version whole', async () => {
    const file = path.join(dir, '.candor', 'reviews.json');
    const ready = path.join(dir, 'ready');
    const note = (v: number) => `v${v} ${'x'.repeat(4 * 1024 * 1024)}`;
    const code = `${HALF_WRITES(ready)}
      const { recordReview } = require(${JSON.stringify(path.join(OUT, 'src/host/reviews.js'))});
      const review = (v) => ({ tool: { id: 'acme.tool', version: '1.0.0' }, reviewer: 'r', date: new Date(0).toISOString(), items: { telemetry: { state: 'accepted', evidence: [], note: 'v' + v + ' ' + 'x'.repeat(4 * 1024 * 1024) } } });
      (async () => {
        await recordReview(${JSON.stringify(file)}, review(1));
        await arm();
        await recordReview(${JSON.stringify(file)}, review(2));
      })();`;
    await killMidWrite(code, ready);
    const loaded = await loadReviews(file);
    assert.ok(loaded.ok, loaded.ok ? '' : loaded.error.message);
    assert.strictEqual(loaded.file.reviews[0].items.telemetry!.note, note(1));
  });

  it('reviews: a broken file is never written over without a backup of it', async () => {
    const file = path.join(dir, 'reviews.json');
    fs.writeFileSync(file, '{ "version": 1, "reviews": [ { "tool": hand edit in progress');
    const review = { tool: { id: 'acme.tool' }, reviewer: 'r', date: new Date(0).toISOString(), items: {} };
    await assert.rejects(recordReview(file, review), /Not saving over it|cannot|JSON/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '{ "version": 1, "reviews": [ { "tool": hand edit in progress');
    const saved = await recordReview(file, review, { overwriteInvalid: true });
    assert.ok(saved.backup && fs.readFileSync(saved.backup, 'utf8').includes('hand edit in progress'), 'the broken file is kept as a backup');
    assert.ok((await loadReviews(file)).ok);
  });

  it('cache: a write killed half way leaves a whole entry or a miss, never an error; a corrupt entry is discarded and rebuilt', async () => {
    const cacheDir = path.join(dir, 'cache');
    const ready = path.join(dir, 'ready');
    const opts = { candorVersion: 't', rulesVersion: 'r' };
    const code = `${HALF_WRITES(ready)}
      const { ResultCache } = require(${JSON.stringify(path.join(OUT, 'src/host/cache.js'))});
      const c = new ResultCache(${JSON.stringify(cacheDir)}, ${JSON.stringify(opts)});
      const result = (v) => ({ path: '/t/x.js', findings: Array.from({ length: 20000 }, (_, i) => ({ ruleId: 'r', message: 'm'.repeat(100) + i, v })), inventory: { envVars: {}, hosts: [] } });
      (async () => {
        await c.set('const x = 1;', '/t/x.js', result(1));
        await arm();
        await c.set('const x = 1;', '/t/x.js', result(2));
      })();`;
    await killMidWrite(code, ready);
    {
      const c = new ResultCache(cacheDir, opts);
      const hit = await c.get('const x = 1;', '/t/x.js');
      assert.ok(hit, 'the entry written before is still there');
      assert.strictEqual(hit.findings.length, 20000);
      assert.strictEqual((hit.findings[0] as unknown as { v: number }).v, 1);
    }
    // Corrupt every entry: each is a miss, and a new result is stored and read back.
    const c = new ResultCache(cacheDir, opts);
    for (const f of fs.readdirSync(cacheDir, { recursive: true }) as string[]) {
      const p = path.join(cacheDir, f);
      if (fs.statSync(p).isFile() && p.endsWith('.json')) fs.writeFileSync(p, fs.readFileSync(p).subarray(0, 50));
    }
    assert.strictEqual(await c.get('const x = 1;', '/t/x.js'), undefined);
    await c.set('const x = 1;', '/t/x.js', { path: '/t/x.js', findings: [], inventory: { envVars: {}, hosts: [] } as never });
    assert.deepStrictEqual((await c.get('const x = 1;', '/t/x.js'))?.findings, []);
  });
});
