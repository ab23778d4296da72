import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CANDOR_VERSION } from '../../../src/core/version';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/*
 * What a user does to get the command: `npm pack`, then `npm install -g ./candor-*.tgz`. The
 * package holds only the bundled CLI and its worker (no sources, tests, source maps or extension),
 * and the installed `candor` on PATH scans.
 */
describe('installing the candor command from its npm package', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-install-'));
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) execFileSync(process.execPath, [path.join(ROOT, 'test', 'tools', 'build.js')], { cwd: ROOT, stdio: 'ignore' });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('packs only the bundled command, installs it into a prefix and runs it from PATH', () => {
    const name = execFileSync(npm, ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
    const tgz = path.join(dir, name);
    const files = execFileSync('tar', ['tzf', tgz], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
    assert.deepStrictEqual(files.filter((f) => !/^dist\/schemas\/[\w.-]+\.json$/.test(f)), ['LICENSE', 'README.md', 'dist/THIRD-PARTY-NOTICES.md', 'dist/cli.js', 'dist/worker.js', 'package.json']);

    const prefix = path.join(dir, 'prefix');
    execFileSync(npm, ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tgz], { encoding: 'utf8', stdio: 'pipe' });
    const bin = process.platform === 'win32' ? prefix : path.join(prefix, 'bin');
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
    assert.strictEqual(execFileSync('candor', ['--version'], { env, encoding: 'utf8' }).trim(), CANDOR_VERSION);
    const fixture = path.join(ROOT, 'test', 'fixtures', 'rules', 'gating-timezone.js');
    const report = JSON.parse(execFileSync('candor', ['scan', '-f', 'json', fixture], { env, encoding: 'utf8', cwd: dir }));
    assert.ok(report.findings.some((f: { ruleId: string }) => f.ruleId === 'env-gated-behavior'));
  });
});
