import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scanPaths } from '../../../src/host/scanner';
import { buildBunExecutable, buildSeaExecutable, ensureBuildTools, tempDir, write } from '../../support/host-fixtures';
import { BinaryFile, readLayout } from '../../../src/host/artifacts/binary';
import { expandAll, recordingAnalyzer } from './support';

function copyPrefix(from: string, to: string, bytes: number): string {
  const src = fs.openSync(from, 'r');
  const dst = fs.openSync(to, 'w');
  const buf = Buffer.alloc(1024 * 1024);
  for (let at = 0; at < bytes; ) {
    const n = fs.readSync(src, buf, 0, Math.min(buf.length, bytes - at), at);
    fs.writeSync(dst, buf, 0, n);
    at += n;
  }
  fs.closeSync(src);
  fs.closeSync(dst);
  return to;
}

/**
 * Real executables built in the test with the `bun` npm package and with Node's own SEA support
 * plus postject (both installed into the fixture cache, outside the repo).
 */
describe('executables built with bun and node --experimental-sea-config', function () {
  this.timeout(15 * 60 * 1000);
  let dir: string;
  before(() => {
    ensureBuildTools();
    dir = tempDir();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('extracts the JavaScript of a bun --compile executable with a /$bunfs/ virtual path', async () => {
    write(path.join(dir, 'lib.js'), 'export const zones = ["Asia/Shanghai", "BUN_LIB_MARKER"];\n');
    const exe = buildBunExecutable(
      dir,
      'import { zones } from "./lib.js";\nconst tz = Intl.DateTimeFormat().resolvedOptions().timeZone;\nif (zones.includes(tz)) console.log("CANDOR_BUN_FIXTURE", process.env.ANTHROPIC_BASE_URL);\n',
      'bunapp',
    );
    const r = await expandAll(exe);
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(r.artifacts[0].kind, 'bun');
    assert.strictEqual(r.artifacts[0].analysis, 'full');
    assert.strictEqual(r.sources.length, 1, 'bun bundles both files into one module');
    assert.strictEqual(r.sources[0].path, `${exe}!/$bunfs/root/bunapp`);
    assert.match(r.sources[0].text, /CANDOR_BUN_FIXTURE/);
    assert.match(r.sources[0].text, /BUN_LIB_MARKER/);
    assert.match(r.sources[0].text, /ANTHROPIC_BASE_URL/);
  });

  it('still finds the source of a --bytecode build', async () => {
    const exe = buildBunExecutable(dir, 'console.log("CANDOR_BYTECODE_FIXTURE", process.env.HOME);\n', 'bytecodeapp', ['--bytecode']);
    const r = await expandAll(exe);
    assert.ok(r.sources.some((s) => /CANDOR_BYTECODE_FIXTURE/.test(s.text)), JSON.stringify(r.errors));
  });

  it('reads an intact graph even when the section headers are cut off', async () => {
    const exe = path.join(dir, 'bunapp');
    const cut = copyPrefix(exe, path.join(dir, 'bunapp-noheaders'), fs.statSync(exe).size - 1024);
    const r = await expandAll(cut);
    assert.ok(r.errors.some((e) => e.path === cut && e.kind === 'container'), 'the broken header is reported');
    assert.ok(r.sources.some((s) => /CANDOR_BUN_FIXTURE/.test(s.text)), 'the graph found by its trailer is still read');
  });

  it('says a Bun executable cut inside its graph has no readable graph instead of calling it clean', async () => {
    const exe = path.join(dir, 'bunapp');
    const file = await BinaryFile.open(exe);
    const layout = await readLayout(file, 'elf');
    await file.close();
    const section = layout.sections.find((s) => s.name === '.bun');
    assert.ok(section, 'bun 1.3+ puts the graph in an ELF .bun section');
    const cut = copyPrefix(exe, path.join(dir, 'bunapp-cut'), section.offset + Math.floor(section.size / 2));
    const r = await expandAll(cut);
    assert.strictEqual(r.sources.length, 0);
    assert.ok(r.errors.some((e) => /no module graph: not analysed/.test(e.reason)), JSON.stringify(r.errors));
    assert.ok(r.errors.every((e) => e.path === cut));
    assert.strictEqual(r.artifacts[0]?.analysis, 'none');
  });

  it('says a Bun runtime with no module graph was not analysed', async () => {
    const { bun } = ensureBuildTools();
    const r = await expandAll(fs.realpathSync(bun));
    assert.strictEqual(r.artifacts[0].kind, 'bun');
    assert.strictEqual(r.artifacts[0].analysis, 'none');
    assert.ok(r.errors.some((e) => /no module graph: not analysed/.test(e.reason)));
  });

  it('extracts the main script and JS assets of a Node SEA', async () => {
    write(path.join(dir, 'extra.js'), 'const SEA_ASSET_MARKER = process.env.HTTPS_PROXY;\n');
    write(path.join(dir, 'data.bin'), Buffer.from([1, 2, 3]));
    const exe = buildSeaExecutable(dir, 'console.log("CANDOR_SEA_FIXTURE", require("os").hostname());\n', 'seaapp', {
      assets: { 'extra.js': 'extra.js', 'data.bin': 'data.bin' },
    });
    const r = await expandAll(exe);
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(r.artifacts[0].kind, 'sea');
    assert.match(r.artifacts[0].note ?? '', /main script \d+ bytes, 2 assets/);
    assert.deepStrictEqual(
      r.sources.map((s) => s.path),
      [`${exe}!/sea/seaapp.js`, `${exe}!/sea/assets/extra.js`],
    );
    assert.match(r.sources[0].text, /CANDOR_SEA_FIXTURE/);
    assert.match(r.sources[1].text, /SEA_ASSET_MARKER/);
    const seen: Array<{ path: string; length: number }> = [];
    await scanPaths([exe], { analyze: recordingAnalyzer(seen) });
    assert.deepStrictEqual(seen.map((s) => s.path), [`${exe}!/sea/seaapp.js`, `${exe}!/sea/assets/extra.js`]);
  });

  it('reports a snapshot SEA as not analysable', async () => {
    const exe = buildSeaExecutable(
      dir,
      'const v8 = require("v8");\nv8.startupSnapshot.setDeserializeMainFunction(() => console.log("SNAP"));\n',
      'snapapp',
      { useSnapshot: true },
    );
    const r = await expandAll(exe);
    assert.strictEqual(r.sources.length, 0);
    assert.ok(r.errors.some((e) => e.kind === 'unsupported' && /snapshot/.test(e.reason)), JSON.stringify(r.errors));
  });

  it('gives a container error for a SEA cut short', async () => {
    const exe = path.join(dir, 'seaapp');
    const data = fs.readFileSync(exe);
    // cut inside the main script, wherever the writer placed the blob
    const inBlob = data.lastIndexOf('CANDOR_SEA_FIXTURE');
    assert.ok(inBlob > 0);
    const cut = write(path.join(dir, 'seaapp-cut'), data.subarray(0, inBlob + 5));
    const r = await expandAll(cut);
    assert.strictEqual(r.sources.length, 0);
    assert.ok(r.errors.some((e) => e.path === cut && e.kind === 'container'), JSON.stringify(r.errors));
  });
});
