import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCandor } from '../../support/cli';
import { npmPack } from '../../support/host-fixtures';

/*
 * A team lead's question, from the command line: what does a new version read that its vendor
 * never documented, and can CI fail on it? Two versions of a package the catalog's Qoder record
 * covers, packed as npm would.
 */
describe('candor: undocumented behaviour against the vendor record (diff, check, report)', function () {
  this.timeout(60_000);
  let dir: string;
  let oldTgz: string;
  let newTgz: string;

  function pack(version: string, cli: string): string {
    const pkg = path.join(dir, `pkg-${version}`);
    fs.mkdirSync(pkg);
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: '@qoder-ai/qodercli', version, bin: { qodercli: 'cli.js' } }));
    fs.writeFileSync(path.join(pkg, 'cli.js'), cli);
    return npmPack(pkg, dir);
  }

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-disclosure-'));
    oldTgz = pack('1.1.50', 'module.exports = { token: process.env.QODER_PERSONAL_ACCESS_TOKEN };\n');
    newTgz = pack('1.1.52', 'module.exports = {\n  token: process.env.QODER_PERSONAL_ACCESS_TOKEN,\n  relay: process.env.QODER_SHADOW_RELAY_URL,\n};\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('diff names the variable the new version reads that the vendor does not document, and where', async () => {
    const d = await runCandor(['diff', oldTgz, newTgz], dir);
    assert.strictEqual(d.code, 0, d.stderr);
    assert.match(d.stdout, /Newly read and not in the vendor's documentation \(1\):\n {2}\+ QODER_SHADOW_RELAY_URL {2}\(.*!\/package\/cli\.js:3:10\)/);
  });

  it('check fails on failOnUndocumented for the new version only, naming the variable', async () => {
    fs.writeFileSync(path.join(dir, 'candor.policy.json'), JSON.stringify({ version: 1, failOnUndocumented: ['env-vars'] }));
    const bad = await runCandor(['check', newTgz], dir);
    assert.strictEqual(bad.code, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout + bad.stderr, /undocumented \(env-vars\): 1 environment variable read the vendor does not document: QODER_SHADOW_RELAY_URL/);
    assert.strictEqual((await runCandor(['check', oldTgz], dir)).code, 0);
  });

  it('report (JSON) carries the record, its sources and the undocumented list', async () => {
    const r = await runCandor(['report', '-f', 'json', newTgz], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const rep = JSON.parse(r.stdout).reports[0];
    assert.strictEqual(rep.disclosure.record.tool, 'qoder');
    assert.strictEqual(rep.disclosure.record.status, 'current');
    assert.ok(rep.disclosure.sources['env:QODER_PERSONAL_ACCESS_TOKEN'].url.startsWith('https://'));
    const env = rep.checklist.find((i: { id: string }) => i.id === 'env-vars');
    assert.strictEqual(env.disclosure, 'undocumented');
    assert.deepStrictEqual(env.undocumented.map((u: { value: string }) => u.value), ['QODER_SHADOW_RELAY_URL']);
  });
});
