import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scanPaths } from '../../../src/host/scanner';
import { tempDir, write } from '../../support/host-fixtures';
import { expandAll, recordingAnalyzer } from './support';
import { bareElf, bunGraph, fatMachO, machO, machOBun, pe, peBun, seaBlob, TRAILER } from './synthetic-executables';

describe('executables (synthetic containers)', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a Bun graph from a Mach-O __BUN,__bun section, past a decoy trailer, entry point first', async () => {
    const payload = bunGraph(
      [
        { name: '/$bunfs/root/chunk-1.js', contents: 'const CHUNK = 1;' },
        { name: '/$bunfs/root/cli', contents: 'const MACHO_ENTRY = process.env.TZ;' },
        { name: '/$bunfs/root/logo.png', contents: 'PNG', loader: 5 },
      ],
      52,
      1,
    );
    const file = write(path.join(dir, 'macho-bun'), machOBun(payload));
    const r = await expandAll(file);
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(r.artifacts[0].kind, 'bun');
    assert.match(r.artifacts[0].note ?? '', /Mach-O.*3 modules \(2 JavaScript\), 52-byte records/);
    assert.deepStrictEqual(
      r.sources.map((s) => s.path),
      [`${file}!/$bunfs/root/cli`, `${file}!/$bunfs/root/chunk-1.js`],
    );
    assert.strictEqual(r.sources[0].text, 'const MACHO_ENTRY = process.env.TZ;');
  });

  it('reports binary assets named like JavaScript instead of parsing them', async () => {
    const payload = bunGraph([
      { name: '/$bunfs/root/cli.js', contents: 'const ENTRY = 1;' },
      { name: '/$bunfs/root/blob.js', contents: Buffer.from([0, 1, 2, 3, 0x62]), loader: 5 },
    ]);
    const file = write(path.join(dir, 'assets-bun'), machOBun(payload));
    const r = await expandAll(file);
    assert.deepStrictEqual(r.sources.map((s) => s.text), ['const ENTRY = 1;']);
    const reasons = r.errors.map((e) => `${e.path.split('!')[1]} ${e.kind} ${e.reason}`);
    assert.ok(reasons.some((x) => /^\/\$bunfs\/root\/blob\.js unsupported binary asset/.test(x)), reasons.join('\n'));
  });

  it('inflates zstd-compressed modules, and refuses streams that are malformed or would inflate past the limit', async () => {
    const text = 'const k = process.env.ANTHROPIC_BASE_URL; module.exports = { k };\n';
    // `zstd` 1.5 output for `text` (content size and checksum in the frame).
    const withSize = Buffer.from('28b52ffd2442110200' + Buffer.from(text).toString('hex') + '48fee507', 'hex');
    // A frame with no stated size and a 1 KiB window, one raw block.
    const other = 'const OTHER = 2;\n';
    const rawBlock = Buffer.alloc(3);
    rawBlock.writeUIntLE(1 | (other.length << 3), 0, 3);
    const noSize = Buffer.concat([Buffer.from('28b52ffd0000', 'hex'), rawBlock, Buffer.from(other)]);
    // A 2 GB window with no stated size: a decoder would reserve the window before the first block.
    const hugeWindow = Buffer.from('28b52ffd00a8' + '230300' + '61', 'hex');
    // 600 RLE blocks of 128 KiB from 2.4 KB of input: 78.6 MB of output.
    const rleBlocks = Array.from({ length: 600 }, (_, i) => (i === 599 ? '030010' : '020010') + '61').join('');
    const bomb = Buffer.from('28b52ffd0038' + rleBlocks, 'hex');
    const truncated = Buffer.from('28b52ffd0458000000', 'hex');
    const payload = bunGraph([
      { name: '/$bunfs/root/cli.js', contents: 'const ENTRY = 1;' },
      { name: '/$bunfs/root/sized.js', contents: withSize, loader: 5 },
      { name: '/$bunfs/root/unsized.js', contents: noSize, loader: 5 },
      { name: '/$bunfs/root/window.js', contents: hugeWindow, loader: 5 },
      { name: '/$bunfs/root/bomb.js', contents: bomb, loader: 5 },
      { name: '/$bunfs/root/truncated.js', contents: truncated, loader: 5 },
    ]);
    const file = write(path.join(dir, 'zstd-bun'), machOBun(payload));
    const r = await expandAll(file);
    assert.deepStrictEqual(
      r.sources.map((s) => [s.path.split('!')[1], s.text]),
      [
        ['/$bunfs/root/cli.js', 'const ENTRY = 1;'],
        ['/$bunfs/root/sized.js', text],
        ['/$bunfs/root/unsized.js', other],
      ],
    );
    const reasons = r.errors.map((e) => `${e.path.split('!')[1]} ${e.kind} ${e.reason}`);
    assert.deepStrictEqual(reasons, [
      '/$bunfs/root/window.js unsupported zstd-compressed module could inflate to 2147483648 bytes, above the 67108864-byte limit: not analysed',
      '/$bunfs/root/bomb.js unsupported zstd-compressed module could inflate to 78643200 bytes, above the 67108864-byte limit: not analysed',
      '/$bunfs/root/truncated.js unsupported zstd-compressed module (9 bytes) has malformed frame headers: not analysed',
    ]);
  });

  it('reads the slice of a universal (fat) Mach-O', async () => {
    const payload = bunGraph([{ name: '/$bunfs/root/fat.js', contents: 'const FAT = 1;' }]);
    const file = write(path.join(dir, 'fat-bun'), fatMachO(machOBun(payload, Buffer.alloc(0))));
    const r = await expandAll(file);
    assert.deepStrictEqual(r.errors, []);
    assert.match(r.artifacts[0].note ?? '', /Mach-O \(universal\)/);
    assert.deepStrictEqual(r.sources.map((s) => s.text), ['const FAT = 1;']);
  });

  it('calibrates the older 36-byte record layout, in a PE .bun section', async () => {
    const payload = bunGraph([{ name: 'B:/~BUN/root/app.js', contents: 'const PE_BUN = 1;' }], 36);
    const file = write(path.join(dir, 'app.exe'), peBun(payload));
    const r = await expandAll(file);
    assert.deepStrictEqual(r.errors, []);
    assert.match(r.artifacts[0].note ?? '', /PE.*36-byte records/);
    assert.deepStrictEqual(r.sources.map((s) => [s.path, s.text]), [[`${file}!/B:/~BUN/root/app.js`, 'const PE_BUN = 1;']]);
  });

  it('reads an appended graph (older Bun builds) at the end of an ELF', async () => {
    const payload = bunGraph([{ name: '/$bunfs/root/old.js', contents: 'const APPENDED = 1;' }], 36);
    const total = Buffer.alloc(8);
    total.writeBigUInt64LE(BigInt(payload.length));
    const file = write(path.join(dir, 'appended'), Buffer.concat([bareElf(TRAILER), payload, total]));
    const r = await expandAll(file);
    assert.deepStrictEqual(r.sources.map((s) => s.text), ['const APPENDED = 1;']);
  });

  it('reads a Node SEA blob from a Mach-O __POSTJECT section and a PE RCDATA resource', async () => {
    const blob = seaBlob('/build/main.js', 'const SEA_MAIN = process.env.HOME;');
    const mac = write(path.join(dir, 'macho-sea'), machO('__POSTJECT', '__NODE_SEA_BLOB', blob));
    const m = await expandAll(mac);
    assert.deepStrictEqual(m.errors, []);
    assert.strictEqual(m.artifacts[0].kind, 'sea');
    assert.deepStrictEqual(m.sources.map((s) => [s.path, s.text]), [[`${mac}!/sea/main.js`, 'const SEA_MAIN = process.env.HOME;']]);
    const win = write(path.join(dir, 'win-sea.exe'), pe('.rsrc', blob, true));
    const w = await expandAll(win);
    assert.deepStrictEqual(w.errors, []);
    assert.deepStrictEqual(w.sources.map((s) => s.text), ['const SEA_MAIN = process.env.HOME;']);
  });

  it('reports a snapshot-only SEA as not analysable, and a corrupt blob as a container error', async () => {
    const snap = write(path.join(dir, 'snap'), machO('__POSTJECT', '__NODE_SEA_BLOB', seaBlob('main.js', '\u0000\u0001snapshot', 2)));
    const s = await expandAll(snap);
    assert.strictEqual(s.sources.length, 0);
    assert.ok(s.errors.some((e) => e.kind === 'unsupported' && /snapshot/.test(e.reason)));
    assert.strictEqual(s.artifacts[0].analysis, 'none');
    const bad = seaBlob('main.js', 'x');
    bad.writeUInt32LE(0xdeadbeef, 0);
    const c = await expandAll(write(path.join(dir, 'badsea'), machO('__POSTJECT', '__NODE_SEA_BLOB', bad)));
    assert.ok(c.errors.some((e) => e.kind === 'container' && /magic/.test(e.reason)));
  });

  it('finds a SEA note by its own bytes when no header points at it', async () => {
    const blob = seaBlob('main.js', 'const NOTE_ONLY = 1;');
    const note = Buffer.alloc(12);
    note.writeUInt32LE(14, 0);
    note.writeUInt32LE(blob.length, 4);
    const body = Buffer.concat([
      Buffer.from('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1\0\0\0\0', 'latin1'),
      note,
      Buffer.from('NODE_SEA_BLOB\0\0\0', 'latin1'),
      blob,
    ]);
    const r = await expandAll(write(path.join(dir, 'headerless-sea'), bareElf(body)));
    assert.deepStrictEqual(r.sources.map((s) => s.text), ['const NOTE_ONLY = 1;']);
  });

  it('gives a strings-level inventory for native code, as a limited-analysis finding', async () => {
    const body = Buffer.from('\0\0install.sh\0Makefile.in\0https://telemetry.native-example.com/v1/collect\0ACME_API_KEY\0HTTPS_PROXY\0EPOLL_CTL_ADD\0api.other-vendor.io\0', 'latin1');
    const file = write(path.join(dir, 'rusty'), bareElf(body));
    const r = await expandAll(file);
    assert.strictEqual(r.artifacts[0].kind, 'native');
    assert.strictEqual(r.artifacts[0].analysis, 'limited');
    assert.strictEqual(r.findings.length, 1);
    const f = r.findings[0].finding;
    assert.strictEqual(f.ruleId, 'native-strings');
    assert.strictEqual(f.category, 'limited-analysis');
    assert.ok(f.values.includes('telemetry.native-example.com'));
    assert.ok(f.values.includes('api.other-vendor.io'));
    assert.ok(f.values.includes('ACME_API_KEY') && f.values.includes('HTTPS_PROXY'));
    assert.ok(!f.values.includes('EPOLL_CTL_ADD'), 'constants that are not configuration are left out');
    assert.ok(!f.values.some((v) => /install\.sh|Makefile\.in/i.test(v)), 'file names are not hosts');
    const report = await scanPaths([file], { analyze: recordingAnalyzer([]) });
    assert.strictEqual(report.findings[0]?.ruleId, 'native-strings');
    assert.ok(report.inventory.hosts.includes('telemetry.native-example.com'));
    assert.strictEqual(report.inventory.envVars.HTTPS_PROXY, 'proxy');
  });

  it('turns truncated and hostile headers into errors for that file only', async () => {
    const payload = bunGraph([{ name: '/$bunfs/root/a.js', contents: 'const A = 1;' }]);
    const whole = machOBun(payload);
    const cut = write(path.join(dir, 'cut-macho'), whole.subarray(0, whole.length - 80));
    const hostile = Buffer.from(whole);
    hostile.writeUInt32LE(0xffffff, 16); // ncmds
    const elfHeaderOnly = write(path.join(dir, 'tiny-elf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
    const greedyElf = bareElf(Buffer.alloc(0));
    greedyElf.writeBigUInt64LE(64n, 0x28); // shoff
    greedyElf.writeUInt16LE(0xffff, 0x3a); // shentsize
    greedyElf.writeUInt16LE(4000, 0x3c); // shnum
    greedyElf.writeBigUInt64LE(0xffffffffn, 0x20); // phoff far past the end
    greedyElf.writeUInt16LE(56, 0x36);
    greedyElf.writeUInt16LE(10, 0x38);
    const greedy = write(path.join(dir, 'greedy-elf'), greedyElf);
    const g = await expandAll(greedy);
    assert.ok(g.errors.some((e) => e.kind === 'container'), JSON.stringify(g.errors));
    const paths = [cut, write(path.join(dir, 'hostile-macho'), hostile), elfHeaderOnly];
    const report = await scanPaths([...paths, write(path.join(dir, 'fine.js'), 'const FINE = 1;')], { analyze: recordingAnalyzer([]) });
    for (const p of paths) assert.ok(report.errors.some((e) => e.path === p), `an error for ${path.basename(p)}: ${JSON.stringify(report.errors)}`);
    assert.ok(report.artifacts.some((a) => a.kind === 'js'), 'the good input after them is still scanned');
  });
});
