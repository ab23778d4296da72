import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/*
 * The bundled command analyses files on a pool of workers and caches results by content in the
 * user's cache folder: a second run over unchanged files reads them back, a corrupt entry is
 * analysed again, --no-cache writes nothing.
 */
describe('candor: parallel analysis and the result cache (bundled CLI)', function () {
  this.timeout(120_000);
  let dir: string;
  let cache: string;
  let files: string[];
  before(() => {
    if (!fs.existsSync(CLI) || !fs.existsSync(path.join(ROOT, 'dist', 'worker.js'))) spawnSync(process.execPath, [path.join(ROOT, 'test', 'tools', 'build.js')], { cwd: ROOT });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-cache-'));
    cache = path.join(dir, 'cache');
    const src = path.join(dir, 'tool');
    fs.mkdirSync(src);
    files = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'rules')).filter((f) => f.endsWith('.js'));
    for (const f of files) fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'rules', f), path.join(src, f));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, 'scan', '-f', 'json', path.join(dir, 'tool'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir } });
    assert.strictEqual(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { findings: { fingerprint: string; location: { path: string; offset: number } }[] };
    return { stderr: r.stderr, findings: report.findings.map((f) => `${f.fingerprint}@${path.basename(f.location.path)}:${f.location.offset}`) };
  };

  it('finds the same on 2 jobs as on 1, reads an unchanged tool back from the cache, and re-analyses a corrupt entry', () => {
    const one = run('--no-cache', '-j', '1');
    assert.match(one.stderr, new RegExp(`${files.length} files analysed, 1 at a time`));
    const cold = run('--cache-dir', cache, '--jobs', '2');
    assert.match(cold.stderr, new RegExp(`${files.length} files analysed, 0 from the cache, 2 at a time`));
    assert.deepStrictEqual(cold.findings, one.findings, 'the pool finds what one thread finds, in the same order');
    const warm = run('--cache-dir', cache, '--jobs', '2');
    assert.match(warm.stderr, new RegExp(`${files.length} files analysed, ${files.length} from the cache`));
    assert.deepStrictEqual(warm.findings, cold.findings);
    // A corrupt entry is a miss, never an error.
    const entries = fs.readdirSync(cache).flatMap((d) => fs.readdirSync(path.join(cache, d)).map((f) => path.join(cache, d, f)));
    assert.strictEqual(entries.length, files.length);
    fs.writeFileSync(entries[0], '{"key": truncated');
    const again = run('--cache-dir', cache);
    assert.match(again.stderr, new RegExp(`${files.length - 1} from the cache`));
    assert.deepStrictEqual(again.findings, cold.findings);
  });

  it('caches in $HOME/.cache/candor by default, and nothing with --no-cache', () => {
    run();
    assert.ok(fs.existsSync(path.join(dir, '.cache', 'candor')));
    fs.rmSync(path.join(dir, '.cache'), { recursive: true });
    run('--no-cache');
    assert.ok(!fs.existsSync(path.join(dir, '.cache')));
    const bad = spawnSync(process.execPath, [CLI, 'scan', path.join(dir, 'tool'), '--jobs', '0'], { encoding: 'utf8' });
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /--jobs takes a whole number/);
  });
});
