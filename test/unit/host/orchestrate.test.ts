import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createAnalyzer } from '../../../src/host/analyzer';
import type { DiscoveredTool } from '../../../src/host/discovery';
import { changeNotice, discoverAll, ReportStore, scanTool, scanTools } from '../../../src/host/orchestrate';
import { runCandor } from '../../support/cli';
import { tempDir, write } from '../../support/host-fixtures';

/*
 * The one scan orchestration the CLI and the extension share: discovery with extra paths, a tool
 * scanned into a report with its identity, the report kept per tool and compared when its content
 * changes.
 */
const SENDS_HOST = `const os = require('os');\nfetch('https://t.example.com/i', { method: 'POST', body: JSON.stringify({ host: os.hostname() }) });\n`;
const PLAIN = `module.exports = function add(a, b) { return a + b; };\n`;

function ext(home: string, folder: string, manifest: object, main: string): string {
  const dir = path.join(home, '.vscode', 'extensions', folder);
  write(path.join(dir, 'package.json'), JSON.stringify({ main: './extension.js', engines: { vscode: '^1.90.0' }, ...manifest }));
  write(path.join(dir, 'extension.js'), main);
  return dir;
}

describe('scan orchestration (src/host/orchestrate)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = tempDir('candor-orch-')));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('discovers each install path once and makes an extra path nothing else names a tool of its own', async () => {
    const home = path.join(dir, 'home');
    const installed = ext(home, 'acme.ai-helper-1.0.0', { publisher: 'acme', name: 'ai-helper', version: '1.0.0', contributes: { chatParticipants: [{ id: 'x' }] } }, PLAIN);
    const loose = write(path.join(dir, 'loose', 'tool.js'), PLAIN);
    const same: DiscoveredTool = { identity: { id: 'acme.ai-helper', name: 'again', kind: 'extension', installPath: installed, foundBy: 'vscode.extensions' }, artifacts: [installed] };
    const r = await discoverAll({ env: { HOME: home, PATH: '' }, home, extraPaths: [loose, installed], moreTools: [same] });
    const ids = r.tools.map((t) => t.identity.id);
    assert.strictEqual(ids.filter((i) => i === 'acme.ai-helper').length, 1, 'the editor\'s copy of a discovered extension is not a second tool');
    const extra = r.tools.find((t) => t.identity.installPath === loose);
    assert.ok(extra, 'the extra path became a tool');
        assert.ok(!r.tools.some((t) => t.identity.id === `path:${installed}`), 'an extra path that is a discovered tool is not listed twice');
  });

  it('scans a tool into a report with its identity and content hash, and a failing tool is never clean', async () => {
    const p = write(path.join(dir, 't', 'a.js'), SENDS_HOST);
    const tool: DiscoveredTool = { identity: { id: 't', name: 'T', kind: 'cli', installPath: path.dirname(p), foundBy: 'test' }, artifacts: [path.dirname(p)] };
    const analyzer = createAnalyzer({ jobs: 1 });
    const scan = await scanTool(tool, { analyzer });
    assert.strictEqual(scan.report.tool?.id, 't');
    assert.match(scan.report.tool?.contentHash ?? '', /^[0-9a-f]{64}$/);
    assert.strictEqual(scan.files, 1);
    assert.ok(scan.report.findings.some((f) => f.ruleId === 'host-identity-sent'));
    // An analyser that throws (not a bad file: those are errors inside the report) fails that tool only.
    const broken = { ...analyzer, analyzeCounted: () => Promise.reject(new Error('worker pool gone')) };
    const both = await scanTools([tool, tool], { analyzer: broken, toolsAtOnce: 2 });
    assert.strictEqual(both.length, 2);
    for (const s of both) {
      assert.strictEqual(s.report.findings.length, 0);
      assert.match(s.report.errors[0]?.reason ?? '', /Scan failed: worker pool gone/);
      assert.ok(!s.report.tool?.contentHash, 'a tool that was not read has no content hash to be "unchanged" with');
    }
  });

  it('keeps each tool\'s report, says what an update added, and never stores an unread scan', async () => {
    const store = new ReportStore(path.join(dir, 'reports'));
    const toolDir = path.join(dir, 'tool');
    write(path.join(toolDir, 'package.json'), JSON.stringify({ name: 'ai-cli', version: '1.0.0', bin: 'a.js' }));
    write(path.join(toolDir, 'a.js'), PLAIN);
    const tool: DiscoveredTool = { identity: { id: 'ai-cli', name: 'AI CLI', kind: 'cli', version: '1.0.0', installPath: toolDir, foundBy: 'test' }, artifacts: [toolDir] };
    const analyzer = createAnalyzer({ jobs: 1 });
    const first = await store.keep('ai-cli', (await scanTool(tool, { analyzer })).report);
    assert.deepStrictEqual(first, { previous: undefined, diff: undefined, added: [] });
    const again = await store.keep('ai-cli', (await scanTool(tool, { analyzer })).report);
    assert.strictEqual(again.diff, undefined, 'unchanged content is no change');

    write(path.join(toolDir, 'a.js'), SENDS_HOST);
    const updated = (await scanTool({ ...tool, identity: { ...tool.identity, version: '1.1.0' } }, { analyzer })).report;
    const c = await store.keep('ai-cli', updated);
    assert.ok(c.diff && c.previous);
    assert.ok(c.added.some((f) => f.ruleId === 'host-identity-sent'));
    assert.strictEqual(changeNotice(updated, c), `AI CLI 1.0.0 → 1.1.0: ${c.added.length} new ${c.added.length === 1 ? 'alert' : 'alerts'}`);
    assert.strictEqual(c.previous.tool?.version, '1.0.0');

    // A scan that read nothing replaces nothing: the next good scan still compares with 1.1.0.
    const unread = { artifacts: [], findings: [], errors: [{ path: toolDir, kind: 'read' as const, reason: 'EACCES' }], inventory: updated.inventory, tool: { ...updated.tool!, contentHash: undefined } };
    await store.keep('ai-cli', unread);
    const after = await store.keep('ai-cli', updated);
    assert.strictEqual(after.diff, undefined, 'the unreadable scan was not recorded as the current state');
    assert.strictEqual(after.previous?.tool?.version, '1.0.0');

    // A corrupt file counts as no history, and is replaced by the next good scan.
    for (const f of fs.readdirSync(store.dir)) fs.writeFileSync(path.join(store.dir, f), '{"current": tru');
    assert.strictEqual(await store.previous('ai-cli'), undefined);
    assert.deepStrictEqual((await store.keep('ai-cli', updated)).added, []);
  });

  it('reads back the report of a tool none of whose files changed, and scans it again when one did', async () => {
    const toolDir = path.join(dir, 'tool');
    const file = write(path.join(toolDir, 'a.js'), SENDS_HOST);
    const tool: DiscoveredTool = { identity: { id: 'ai-cli', name: 'AI CLI', kind: 'cli', installPath: toolDir, foundBy: 'test' }, artifacts: [toolDir] };
    const store = new ReportStore(path.join(dir, 'reports'));
    const analyzer = createAnalyzer({ jobs: 1 });
    const first = await scanTool(tool, { analyzer, store });
    assert.ok(!first.reused && first.files === 1 && first.statKey);
    await store.keep('ai-cli', first.report, first.statKey);
    const second = await scanTool(tool, { analyzer, store });
    assert.ok(second.reused, 'unchanged files: the kept report');
    assert.strictEqual(second.files, 0);
    assert.deepStrictEqual(second.report.findings.map((f) => f.fingerprint), first.report.findings.map((f) => f.fingerprint));
    // Same content, new time: scanned again (from the result cache, when there is one).
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    assert.ok(!(await scanTool(tool, { analyzer, store })).reused);
    // A new file under the tool: scanned again.
    await store.keep('ai-cli', first.report, (await scanTool(tool, { analyzer, store })).statKey);
    write(path.join(toolDir, 'lib', 'b.js'), PLAIN);
    assert.ok(!(await scanTool(tool, { analyzer, store })).reused);
    // Another build of Candor does not read back what an older one found.
    const other = { ...analyzer, version: 'another build' };
    assert.ok(!(await scanTool(tool, { analyzer: other, store })).reused);
  });

  it('candor scan --installed says on stderr when an installed tool gained alerts since the last scan', async () => {
    const home = path.join(dir, 'home');
    const extDir = ext(home, 'acme.ai-helper-1.0.0', { publisher: 'acme', name: 'ai-helper', version: '1.0.0', contributes: { chatParticipants: [{ id: 'x' }] } }, PLAIN);
    const env = { HOME: home, PATH: '', XDG_CACHE_HOME: path.join(dir, 'cache') };
    const one = await runCandor(['scan', '--installed', '-j', '1'], dir, env);
    assert.strictEqual(one.code, 0, one.stderr);
    assert.doesNotMatch(one.stderr, /new alert/);
    fs.writeFileSync(path.join(extDir, 'extension.js'), SENDS_HOST);
    const two = await runCandor(['scan', '--installed', '-j', '1'], dir, env);
    assert.match(two.stderr, /candor: .*1\.0\.0: \d+ new alerts? since the last scan/);
    const three = await runCandor(['scan', '--installed', '-j', '1'], dir, env);
    assert.doesNotMatch(three.stderr, /new alert/, 'said once');
    assert.match(three.stderr, /1 of 1 tool unchanged since the last scan/);
    assert.strictEqual(JSON.stringify(JSON.parse((await runCandor(['scan', '--installed', '-j', '1', '-f', 'json'], dir, env)).stdout).findings.map((f: { fingerprint: string }) => f.fingerprint)), JSON.stringify(JSON.parse((await runCandor(['scan', '--installed', '-j', '1', '-f', 'json', '--no-cache'], dir, env)).stdout).findings.map((f: { fingerprint: string }) => f.fingerprint)), 'a report read back says what a fresh scan says');
    const quiet = await runCandor(['scan', '--installed', '-j', '1', '--quiet', '--no-cache'], dir, env);
    assert.strictEqual(quiet.stderr, '');
  });

  it('report, check and diff show progress on a terminal and nothing on a pipe', async () => {
    const a = write(path.join(dir, 'old', 'a.js'), PLAIN);
    const b = write(path.join(dir, 'new', 'a.js'), SENDS_HOST);
    write(path.join(dir, 'candor.policy.json'), JSON.stringify({ version: 1, failOn: [{ category: 'gating' }] }));
    const { runCli } = await import('../../../src/cli/run');
    for (const argv of [['report', path.dirname(a)], ['check', path.dirname(b)], ['diff', path.dirname(a), path.dirname(b)]]) {
      for (const isTTY of [true, false]) {
        let stderr = '';
        await runCli([...argv, '--no-cache', '-j', '1'], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s), isTTY }, cwd: dir, env: {} });
        if (isTTY) assert.match(stderr, /\r\x1b\[2K[^\r]*(old|new)…/, `${argv[0]} names what it scans on a terminal`);
        else assert.doesNotMatch(stderr, /\x1b\[2K/, `${argv[0]} writes no progress line into a pipe`);
      }
    }
  });
});
