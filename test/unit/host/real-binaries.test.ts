import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { embeddedVersion } from '../../../src/host/artifacts';
import { scanPaths } from '../../../src/host/scanner';
import { fetchNpmPackage, REAL_TOOLS } from '../../support/npm-fixtures';
import { expandAll, recordingAnalyzer } from './support';

/**
 * The shipped executables themselves, fetched from the npm registry at test time: GitHub Copilot
 * CLI (a Node SEA whose package is a .tgz asset) and Claude Code (a Bun graph in an ELF .bun
 * section). Time and peak memory are printed so regressions show up in CI logs.
 */
describe('real AI tool executables from npm', function () {
  this.timeout(30 * 60 * 1000);
  if (process.platform !== 'linux' || process.arch !== 'x64') return;

  function measure<T>(label: string, run: () => Promise<T>): Promise<T> {
    const t0 = process.hrtime.bigint();
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    return run().finally(() => {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(`      ${label}: ${ms.toFixed(0)} ms, peak RSS ${(peak / 1e6).toFixed(0)} MB`);
    });
  }

  it('extracts Claude Code from its native Bun build', async () => {
    const pkg = fetchNpmPackage(REAL_TOOLS.claude.spec);
    const exe = path.join(pkg, 'claude');
    const r = await measure('claude extraction', () => expandAll(exe));
    // a few bundled libraries are zstd-compressed assets: inflated too, with or without zstd in node:zlib
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(r.artifacts[0].kind, 'bun');
    assert.ok((r.artifacts[0].size ?? 0) > 100e6, 'a real, large executable');
    const names = r.sources.map((s) => s.path.slice(exe.length));
    assert.ok(names.every((n) => n.startsWith('!/$bunfs/root/')), names.slice(0, 5).join(', '));
    assert.ok(names.includes('!/$bunfs/root/cli'), 'the extension-less entry module is read');
    assert.strictEqual(names[0], '!/$bunfs/root/cli', 'entry point first');
    assert.ok(r.sources.length > 100, `${r.sources.length} modules`);
    const bytes = r.sources.reduce((n, s) => n + s.text.length, 0);
    assert.ok(bytes > 5e6, `${bytes} characters of JavaScript`);
    console.log(`      claude: ${r.artifacts[0].note}; ${r.sources.length} JS sources, ${(bytes / 1e6).toFixed(1)} M chars`);
    assert.ok(r.sources.some((s) => s.text.includes('ANTHROPIC_BASE_URL')), 'the CLI code is really there');
    const manifest = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(await embeddedVersion(exe), manifest.version, 'the version is read from the embedded entry module');
  });

  it('extracts GitHub Copilot CLI from its Node SEA and its packaged asset', async () => {
    const pkg = fetchNpmPackage(REAL_TOOLS.copilot.spec);
    const exe = path.join(pkg, 'copilot');
    const r = await measure('copilot extraction', () => expandAll(exe));
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(r.artifacts[0].kind, 'sea');
    const names = r.sources.map((s) => s.path.slice(exe.length));
    assert.ok(names[0].startsWith('!/sea/') && names[0].endsWith('.js'), names[0]);
    const inAsset = names.filter((n) => /^!\/sea\/assets\/[^!]+\.tgz!\/package\//.test(n));
    assert.ok(inAsset.length > 5, `${inAsset.length} files inside the packaged asset`);
    const bytes = r.sources.reduce((n, s) => n + s.text.length, 0);
    console.log(`      copilot: ${r.artifacts[0].note}; ${r.sources.length} JS sources, ${(bytes / 1e6).toFixed(1)} M chars`);
    assert.ok(bytes > 5e6);
  });

  it('scanPaths runs over both without throwing and keeps virtual paths', async () => {
    const claude = path.join(fetchNpmPackage(REAL_TOOLS.claude.spec), 'claude');
    const copilot = path.join(fetchNpmPackage(REAL_TOOLS.copilot.spec), 'copilot');
    const seen: Array<{ path: string; length: number }> = [];
    const report = await measure('scanPaths (container side)', () => scanPaths([claude, copilot], { analyze: recordingAnalyzer(seen) }));
    assert.deepStrictEqual(report.errors, []);
    assert.deepStrictEqual(report.artifacts.map((a) => a.kind), ['bun', 'sea']);
    assert.ok(seen.some((s) => s.path.startsWith(`${claude}!/$bunfs/`)));
    assert.ok(seen.some((s) => s.path.startsWith(`${copilot}!/sea/`)));
  });
});
