import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scanPaths } from '../../../src/host/scanner';
import { makeZip, patchZipName, tempDir, write } from '../../support/host-fixtures';
import { expandAll, recordingAnalyzer } from './support';

const manifest = JSON.stringify({ name: 'helper', publisher: 'acme', version: '1.2.3', main: './dist/extension.js', browser: './dist/web.js' });

describe('VSIX archives', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads extension/package.json and the JS files in memory, entry point first, with virtual paths', async () => {
    const vsix = await makeZip(path.join(dir, 'ok.vsix'), [
      { name: 'extension.vsixmanifest', data: '<xml/>' },
      { name: 'extension/aaa/first-alphabetically.js', data: 'module.exports = 1;' },
      { name: 'extension/dist/extension.js', data: 'const marker = "VSIX_MAIN_MARKER";' },
      { name: 'extension/dist/web.js', data: 'const w = "web";' },
      { name: 'extension/dist/extension.js.map', data: '{}' },
      { name: 'extension/dist/types.d.ts', data: 'export {}' },
      { name: 'extension/test/suite.js', data: 'it()' },
      { name: 'extension/package.json', data: manifest },
    ]);
    const before = fs.readdirSync(dir).sort();
    const r = await expandAll(vsix);
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(r.artifacts[0].kind, 'vsix');
    assert.match(r.artifacts[0].note ?? '', /acme\.helper@1\.2\.3/);
    assert.deepStrictEqual(
      r.sources.map((s) => s.path),
      [`${vsix}!/extension/dist/extension.js`, `${vsix}!/extension/dist/web.js`, `${vsix}!/extension/aaa/first-alphabetically.js`],
    );
    assert.match(r.sources[0].text, /VSIX_MAIN_MARKER/);
    assert.strictEqual(r.sources[0].artifact, vsix);
    assert.match(r.sources[0].sha256 ?? '', /^[0-9a-f]{64}$/);
    // nothing was extracted next to the archive
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), before);
  });

  it('refuses a zip bomb entry and keeps reading the rest', async () => {
    const vsix = await makeZip(path.join(dir, 'bomb.vsix'), [
      { name: 'extension/package.json', data: manifest },
      { name: 'extension/dist/bomb.js', data: Buffer.alloc(20 * 1024 * 1024, 0x20) },
      { name: 'extension/dist/extension.js', data: 'const ok = "AFTER_BOMB";' },
    ]);
    const st = fs.statSync(vsix);
    assert.ok(st.size < 200 * 1024, 'the fixture really is highly compressed');
    const r = await expandAll(vsix);
    const bomb = r.errors.find((e) => e.path.endsWith('!/extension/dist/bomb.js'));
    assert.ok(bomb, JSON.stringify(r.errors));
    assert.strictEqual(bomb.kind, 'limit');
    assert.match(bomb.reason, /compression ratio/);
    assert.ok(r.sources.some((s) => /AFTER_BOMB/.test(s.text)));
  });

  it('enforces the per-entry and total size caps', async () => {
    const vsix = await makeZip(path.join(dir, 'big.vsix'), [
      { name: 'extension/package.json', data: manifest },
      { name: 'extension/dist/extension.js', data: 'x'.repeat(5000), compress: false },
      { name: 'extension/dist/b.js', data: 'y'.repeat(5000), compress: false },
    ]);
    const perEntry = await expandAll(vsix, { maxFileBytes: 4000 });
    assert.strictEqual(perEntry.sources.length, 0);
    assert.strictEqual(perEntry.errors.filter((e) => e.kind === 'limit').length, 2);
    const total = await expandAll(vsix, { limits: { maxArchiveBytes: 7000 } });
    assert.strictEqual(total.sources.length, 1);
    assert.ok(total.errors.some((e) => e.kind === 'limit' && /uncompressed bytes/.test(e.reason)));
  });

  it('refuses traversal, absolute and symlink entries one by one', async () => {
    const vsix = path.join(dir, 'hostile.vsix');
    await makeZip(vsix, [
      { name: 'extension/package.json', data: manifest },
      { name: 'extension/XX/XX/evil.js', data: 'const e = "TRAVERSAL";' },
      { name: 'Xextension/abs.js', data: 'const a = "ABSOLUTE";' },
      { name: 'extension/link.js', data: '/etc/passwd', mode: 0o120777 },
      { name: 'extension/dist/extension.js', data: 'const good = "STILL_READ";' },
    ]);
    patchZipName(vsix, 'extension/XX/XX/evil.js', 'extension/../../evil.js');
    patchZipName(vsix, 'Xextension/abs.js', '/extension/abs.js');
    const r = await expandAll(vsix);
    const reasons = r.errors.map((e) => `${path.basename(e.path)}: ${e.reason}`);
    assert.ok(reasons.some((x) => /evil\.js: .*traversal/.test(x)), reasons.join('\n'));
    assert.ok(reasons.some((x) => /abs\.js: .*absolute/.test(x)), reasons.join('\n'));
    assert.ok(reasons.some((x) => /link\.js: .*symbolic link/.test(x)), reasons.join('\n'));
    assert.deepStrictEqual(
      r.sources.map((s) => s.text),
      ['const good = "STILL_READ";'],
    );
    assert.strictEqual(r.artifacts[0].analysis, 'partial');
  });

  it('names a native executable shipped inside the archive instead of ignoring it', async () => {
    const elf = Buffer.alloc(200 * 1024);
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(elf);
    const vsix = await makeZip(path.join(dir, 'native.vsix'), [
      { name: 'extension/package.json', data: manifest },
      { name: 'extension/bin/linux-x86_64/agent', data: elf },
      { name: 'extension/dist/extension.js', data: 'const x = 1;' },
    ]);
    const r = await expandAll(vsix);
    const e = r.errors.find((x) => x.path === `${vsix}!/extension/bin/linux-x86_64/agent`);
    assert.ok(e, JSON.stringify(r.errors));
    assert.strictEqual(e.kind, 'unsupported');
    assert.match(e.reason, /native ELF executable/);
    assert.strictEqual(r.sources.length, 1);
  });

  it('caps the number of entries', async () => {
    const entries = [{ name: 'extension/package.json', data: manifest }];
    for (let i = 0; i < 30; i++) entries.push({ name: `extension/f${i}.js`, data: `var v${i} = ${i};` });
    const vsix = await makeZip(path.join(dir, 'many.vsix'), entries);
    const r = await expandAll(vsix, { limits: { maxEntries: 10 } });
    assert.ok(r.errors.some((e) => e.kind === 'limit' && /more than 10 entries/.test(e.reason)));
    assert.ok(r.sources.length <= 10);
  });

  it('gives a clear error for a truncated archive and for a non-zip named .vsix', async () => {
    const vsix = await makeZip(path.join(dir, 'whole.vsix'), [
      { name: 'extension/package.json', data: manifest },
      { name: 'extension/dist/extension.js', data: 'const x = 1;'.repeat(1000) },
    ]);
    const cut = write(path.join(dir, 'cut.vsix'), fs.readFileSync(vsix).subarray(0, 300));
    const r = await expandAll(cut);
    assert.strictEqual(r.errors[0]?.kind, 'container');
    assert.match(r.errors[0].reason, /zip/);
    const fake = write(path.join(dir, 'fake.vsix'), 'this is not a zip');
    const f = await expandAll(fake);
    assert.strictEqual(f.errors[0]?.kind, 'container');
    assert.match(f.errors[0].reason, /not a zip/);
  });

  it('is scanned by scanPaths with sources carrying the container path', async () => {
    const vsix = await makeZip(path.join(dir, 'scan.vsix'), [
      { name: 'extension/package.json', data: manifest },
      { name: 'extension/dist/extension.js', data: 'const a = 1;' },
      { name: 'extension/dist/copy.js', data: 'const a = 1;' },
    ]);
    const seen: Array<{ path: string; length: number }> = [];
    const report = await scanPaths([vsix], { analyze: recordingAnalyzer(seen) });
    assert.deepStrictEqual(seen.map((s) => s.path), [`${vsix}!/extension/dist/extension.js`], 'identical files are analysed once');
    assert.strictEqual(report.artifacts[0].kind, 'vsix');
  });
});
