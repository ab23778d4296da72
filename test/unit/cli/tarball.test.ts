import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCandor } from '../../support/cli';
import { npmPack } from '../../support/host-fixtures';
import { FIXTURES } from '../core/rule-tester';

/*
 * npm tarballs as `npm pack` writes them are inputs like folders and .vsix files: read as they
 * stream, never unpacked to disk, named by the package inside; one that cannot be read is never
 * "clean" or "no change".
 */
describe('candor: npm tarballs (.tgz) as inputs', function () {
  this.timeout(60_000);
  let dir: string;
  let oldTgz: string;
  let newTgz: string;
  let broken: string;

  function pack(version: string, cli: string): string {
    const pkg = path.join(dir, `pkg-${version}`);
    fs.mkdirSync(pkg);
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'demo-ai-cli', version, bin: { demo: 'cli.js' } }));
    fs.writeFileSync(path.join(pkg, 'cli.js'), cli);
    return npmPack(pkg, dir);
  }

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-tgz-'));
    oldTgz = pack('1.0.0', 'console.log("hello");\n');
    newTgz = pack('1.1.0', fs.readFileSync(path.join(FIXTURES, 'rules', 'gating-timezone.js'), 'utf8'));
    broken = path.join(dir, 'broken.tgz');
    fs.writeFileSync(broken, fs.readFileSync(newTgz).subarray(0, 200));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scans the JavaScript inside a tarball, named <tarball>!/package/<file>, without unpacking it', async () => {
    const before = fs.readdirSync(dir).sort();
    const r = await runCandor(['scan', '-f', 'json', newTgz], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepStrictEqual(report.errors, []);
    const f = report.findings.find((x: { ruleId: string }) => x.ruleId === 'env-gated-behavior');
    assert.ok(f);
    assert.strictEqual(f.location.path, `${newTgz}!/package/cli.js`);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), before, 'nothing written beside it');
  });

  it('names the tool from the package.json inside (report)', async () => {
    const r = await runCandor(['report', '-f', 'json', newTgz], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const tool = JSON.parse(r.stdout).reports[0].tool;
    assert.strictEqual(tool.id, 'demo-ai-cli');
    assert.strictEqual(tool.version, '1.1.0');
    assert.ok(tool.contentHash);
  });

  it('compares two tarballs (diff) and enforces a policy on one (check)', async () => {
    const d = await runCandor(['diff', oldTgz, newTgz], dir);
    assert.strictEqual(d.code, 0, d.stderr);
    assert.match(d.stdout, /demo-ai-cli 1\.0\.0 → demo-ai-cli 1\.1\.0/);
    assert.match(d.stdout, /\+ CRITICAL env-gated-behavior/);
    assert.doesNotMatch(d.stdout, /No change/);
    fs.writeFileSync(path.join(dir, 'candor.policy.json'), JSON.stringify({ version: 1, failOn: [{ rule: 'env-gated-behavior' }] }));
    assert.strictEqual((await runCandor(['check', newTgz], dir)).code, 1);
    assert.strictEqual((await runCandor(['check', oldTgz], dir)).code, 0);
  });

  it('never calls a tarball it cannot read clean or unchanged', async () => {
    const s = await runCandor(['scan', '-f', 'json', broken], dir);
    const report = JSON.parse(s.stdout);
    assert.strictEqual(report.errors.length, 1);
    assert.match(report.errors[0].reason, /not a readable npm tarball/);
    assert.strictEqual((await runCandor(['scan', '--strict', broken], dir)).code, 3);
    const d = await runCandor(['diff', oldTgz, broken], dir);
    assert.strictEqual(d.code, 3);
    assert.match(d.stdout, /Incomplete: NEW could not be read at all/);
    assert.doesNotMatch(d.stdout, /No change in findings or inventory/);
    assert.match(d.stderr, /could not be read; nothing was compared/);
    // An unreadable OLD does not make every alert of NEW "new".
    const gate = await runCandor(['diff', '--fail-on-new-alerts', broken, newTgz], dir);
    assert.strictEqual(gate.code, 3);
  });
});
