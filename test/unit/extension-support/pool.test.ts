import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CancelledError, WorkerPool } from '../../../src/host/pool';
import { scanPaths } from '../../../src/host/scanner';

const realWorker = path.resolve(__dirname, '../../../src/host/worker.js');

/** A stand-in worker whose behaviour the text decides: hang, crash, throw, or answer. */
const FAKE = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (job) => {
  if (job.text === 'hang') for (;;) {}
  if (job.text === 'exit') process.exit(3);
  if (job.text === 'throw') throw new Error('boom');
  if (job.text === 'oom') { const a = []; for (;;) a.push(new Array(1e6).fill(1)); }
  parentPort.postMessage({ id: job.id, ok: true, value: { path: job.path, findings: [], inventory: { envVars: { SEEN: 'other' }, hosts: [], urls: [], timeZone: false, locale: false, hostIdentity: [], machineIds: [], commands: [], sensitiveFiles: [], network: [], decodedStrings: 0 } } });
});
`;

describe('WorkerPool', function () {
  this.timeout(30_000);
  let dir: string;
  let fake: string;
  const pools: WorkerPool[] = [];
  const pool = (o: ConstructorParameters<typeof WorkerPool>[0]) => {
    const p = new WorkerPool(o);
    pools.push(p);
    return p;
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-pool-'));
    fake = path.join(dir, 'fake-worker.js');
    fs.writeFileSync(fake, FAKE);
  });
  after(async () => {
    await Promise.all(pools.map((p) => p.dispose()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('returns results from the worker', async () => {
    const p = pool({ workerPath: fake, size: 2 });
    const r = await p.analyze('/a.js', 'ok');
    assert.strictEqual(r.path, '/a.js');
    assert.deepStrictEqual(r.inventory.envVars, { SEEN: 'other' });
    assert.strictEqual(r.error, undefined);
  });

  it('terminates and replaces a worker that overruns the time limit; the file gets a limit error', async () => {
    const p = pool({ workerPath: fake, size: 1, timeoutMs: 500 });
    const started = Date.now();
    const slow = await p.analyze('/slow.js', 'hang');
    assert.strictEqual(slow.error?.kind, 'limit');
    assert.match(slow.error!.reason, /longer than/);
    assert.ok(Date.now() - started < 5000);
    assert.strictEqual(p.replacements, 1);
    // The replacement works.
    const next = await p.analyze('/next.js', 'ok');
    assert.strictEqual(next.error, undefined);
  });

  it('turns a crash or an uncaught throw into an error for that file only', async () => {
    const p = pool({ workerPath: fake, size: 1 });
    const [a, b, c] = await Promise.all([p.analyze('/x.js', 'exit'), p.analyze('/y.js', 'throw'), p.analyze('/z.js', 'ok')]);
    assert.strictEqual(a.error?.kind, 'internal');
    assert.strictEqual(b.error?.kind, 'internal');
    assert.match(b.error!.reason, /boom/);
    assert.strictEqual(c.error, undefined);
  });

  it('reports the memory cap as a limit error', async () => {
    const p = pool({ workerPath: fake, size: 1, maxOldGenerationSizeMb: 48 });
    const r = await p.analyze('/big.js', 'oom');
    assert.strictEqual(r.error?.kind, 'limit');
  });

  it('cancels a running job through its AbortSignal', async () => {
    const p = pool({ workerPath: fake, size: 1, timeoutMs: 60_000 });
    const ac = new AbortController();
    const run = p.analyze('/slow.js', 'hang', {}, ac.signal);
    setTimeout(() => ac.abort(), 100);
    await assert.rejects(run, (e: unknown) => e instanceof CancelledError);
    assert.strictEqual((await p.analyze('/after.js', 'ok')).error, undefined);
  });

  it('leaves no abort listener behind once jobs settle', async () => {
    const p = pool({ workerPath: fake, size: 2 });
    const ac = new AbortController();
    let added = 0;
    let removed = 0;
    const add = ac.signal.addEventListener.bind(ac.signal);
    const remove = ac.signal.removeEventListener.bind(ac.signal);
    ac.signal.addEventListener = ((...a: Parameters<typeof add>) => (added++, add(...a))) as typeof add;
    ac.signal.removeEventListener = ((...a: Parameters<typeof remove>) => (removed++, remove(...a))) as typeof remove;
    for (let i = 0; i < 30; i++) await p.analyze(`/f${i}.js`, 'ok', {}, ac.signal);
    assert.strictEqual(added, 30);
    assert.strictEqual(removed, 30);
  });

  it('plugs into scanPaths with the real worker', async function () {
    if (!fs.existsSync(realWorker)) this.skip();
    const file = path.join(dir, 'tz.js');
    fs.writeFileSync(file, 'const z = Intl.DateTimeFormat().resolvedOptions().timeZone; module.exports = z;');
    const p = pool({ workerPath: realWorker, size: 2 });
    const report = await scanPaths([file, path.join(dir, 'missing.js')], { analyze: p.analyzer() });
    assert.strictEqual(report.errors.filter((e) => e.kind !== 'read').length, 0);
    assert.ok(report.errors.some((e) => e.kind === 'read'));
    const broken = await p.analyze('/broken.js', 'function (');
    assert.strictEqual(broken.error?.kind, 'parse');
  });

  it('prints readable regions in the real worker', async function () {
    if (!fs.existsSync(realWorker)) this.skip();
    const p = pool({ workerPath: realWorker, size: 1 });
    const text = 'function f(){return Intl.DateTimeFormat().resolvedOptions().timeZone==="Asia/Shanghai"}';
    const at = text.indexOf('Intl');
    const r = await p.readable(text, { steps: [{ role: 'source', offset: at, endOffset: text.indexOf('==') }] });
    assert.strictEqual(r.regions.length, 1);
    assert.match(r.regions[0].text, /function f\(\) \{/);
  });
});
