import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCandor } from '../../support/cli';
import { RULES } from '../../../src/core/rules/meta';
import { FIXTURES } from '../core/rule-tester';

async function run(args: string[], cwd?: string) {
  const r = await runCandor(args, cwd);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('candor scan', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-cli-'));
    fs.copyFileSync(path.join(FIXTURES, 'rules', 'gating-timezone.js'), path.join(dir, 'gated.js'));
    fs.copyFileSync(path.join(FIXTURES, 'benign', 'locale-and-time.js'), path.join(dir, 'benign.js'));
    fs.writeFileSync(path.join(dir, 'broken.js'), 'function (');
    fs.writeFileSync(path.join(dir, 'big.js'), 'var x = "' + 'a'.repeat(2 * 1024 * 1024) + '";');
    fs.mkdirSync(path.join(dir, 'loop'));
    fs.symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop', 'again'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a readable report grouped by file with traces, and exits 0 by default', async () => {
    const r = await run(['scan', dir, '--max-file-size', '1']);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /HIGH|CRITICAL/);
    assert.match(r.out, /env-gated-behavior/);
    assert.match(r.out, /source\s+\d+:\d+/);
    assert.match(r.out, /Asia\/Shanghai/);
    assert.doesNotMatch(r.out, /\x1b\[/, 'no colour when not a TTY');
  });

  it('reports unparsable and oversized inputs as errors and still scans the rest (a missing one is a usage error)', async () => {
    const r = await run(['scan', dir, '--format', 'json', '--max-file-size', '1']);
    assert.strictEqual(r.code, 0);
    const report = JSON.parse(r.out);
    const kinds = report.errors.map((e: { path: string; kind: string }) => `${path.basename(e.path)}:${e.kind}`).sort();
    assert.deepStrictEqual(kinds, ['big.js:limit', 'broken.js:parse']);
    assert.strictEqual((await run(['scan', dir, path.join(dir, 'missing.js')])).code, 2);
    assert.ok(report.findings.some((f: { ruleId: string }) => f.ruleId === 'env-gated-behavior'));
  });

  it('writes JSON with the documented finding shape', async () => {
    const r = await run(['scan', path.join(dir, 'gated.js'), '--format', 'json']);
    const report = JSON.parse(r.out);
    assert.ok(Array.isArray(report.artifacts) && Array.isArray(report.findings) && Array.isArray(report.errors));
    const f = report.findings.find((x: { ruleId: string }) => x.ruleId === 'env-gated-behavior');
    for (const k of ['ruleId', 'severity', 'confidence', 'message', 'location', 'values', 'trace', 'fingerprint']) assert.ok(k in f, k);
    for (const k of ['path', 'line', 'column', 'offset', 'endOffset']) assert.ok(k in f.location, k);
    for (const s of f.trace) assert.ok(s.role && s.location && typeof s.note === 'string');
  });

  it('exits 1 with --fail-on when a finding reaches it, 0 when none does', async () => {
    assert.strictEqual((await run(['scan', path.join(dir, 'gated.js'), '--fail-on', 'high'])).code, 1);
    assert.strictEqual((await run(['scan', path.join(dir, 'benign.js'), '--fail-on', 'high'])).code, 0);
  });

  it('exits 3 with --strict when an input could not be read or parsed', async () => {
    assert.strictEqual((await run(['scan', path.join(dir, 'broken.js'), '--strict'])).code, 3);
    assert.strictEqual((await run(['scan', path.join(dir, 'broken.js')])).code, 0);
  });

  it('exits 2 on usage errors', async () => {
    assert.strictEqual((await run(['scan'])).code, 2);
    assert.strictEqual((await run(['scan', dir, '--format', 'yaml'])).code, 2);
    assert.strictEqual((await run(['scan', dir, '--bogus'])).code, 2);
    assert.strictEqual((await run(['scan', dir, '--fail-on', 'severe'])).code, 2);
    assert.strictEqual((await run(['frobnicate'])).code, 2);
  });

  it('writes --output atomically and prints nothing on stdout', async () => {
    const file = path.join(dir, 'out.sarif');
    const r = await run(['scan', path.join(dir, 'gated.js'), '--format', 'sarif', '--output', file]);
    assert.strictEqual(r.out, '');
    const sarif = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.strictEqual(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'env-gated-behavior'));
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('writes SARIF locations relative to the folder it runs in, for code scanning', async () => {
    const r = await run(['scan', 'gated.js', '--format', 'sarif'], dir);
    const sarif = JSON.parse(r.out);
    const loc = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.deepStrictEqual(loc, { uri: 'gated.js', uriBaseId: '%SRCROOT%' });
    assert.ok(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri.startsWith('file:///'));
    assert.ok(!JSON.stringify(sarif.runs[0].results).includes(dir), 'a result still carries the absolute path');
  });

  it('escapes terminal control characters from scanned code', async () => {
    const evil = path.join(dir, 'evil.js');
    fs.writeFileSync(evil, 'const t = Intl.DateTimeFormat().resolvedOptions().timeZone;\nif (["Asia/Shanghai", "Asia/Urumqi\\u001b[2J\\u202e"].includes(t)) process.exit(1);\n');
    const r = await run(['scan', evil]);
    assert.doesNotMatch(r.out, /\x1b\[2J|\u202e/);
    assert.match(r.out, /\\u001b/);
  });
});

describe('candor rules / explain', () => {
  it('lists every rule and explains one', async () => {
    const list = await run(['rules']);
    for (const r of RULES) assert.match(list.out, new RegExp(`^${r.id}\\b`, 'm'));
    const ex = await run(['explain', 'covert-marker']);
    assert.strictEqual(ex.code, 0);
    assert.match(ex.out, /Why it matters/);
    assert.strictEqual((await run(['explain', 'nope'])).code, 2);
  });
});
