import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCandor } from '../../support/cli';
import { COMMANDS } from '../../../src/cli/run';
import { CANDOR_VERSION } from '../../../src/core/version';
import { FIXTURES } from '../core/rule-tester';

/*
 * The command behaves as eslint, semgrep and npm users expect: help on every command, short
 * options, `--` before paths that look like options, usage errors (exit 2, one line and a hint)
 * for unknown options and missing inputs, colour by NO_COLOR / FORCE_COLOR.
 */
describe('candor: command-line conventions', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-conv-'));
    fs.copyFileSync(path.join(FIXTURES, 'rules', 'gating-timezone.js'), path.join(dir, 'gated.js'));
    fs.copyFileSync(path.join(FIXTURES, 'rules', 'gating-timezone.js'), path.join(dir, '-h.js'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints each command’s own help for -h, --help and `candor help CMD`, and scans nothing', async () => {
    for (const name of Object.keys(COMMANDS)) {
      for (const argv of [[name, '-h'], [name, '--help'], ['help', name], [name, 'whatever.js', '--help']]) {
        const r = await runCandor(argv, dir);
        assert.strictEqual(r.code, 0, argv.join(' '));
        assert.ok(r.stdout.startsWith(`Usage: candor ${name}`), `${argv.join(' ')}: ${r.stdout.slice(0, 80)}`);
        assert.strictEqual(r.stderr, '', argv.join(' '));
      }
    }
    const top = await runCandor(['help']);
    assert.strictEqual(top.code, 0);
    assert.match(top.stdout, /--version/);
    assert.strictEqual((await runCandor(['help', 'frobnicate'])).code, 2);
    for (const argv of [['help', 'constructor'], ['toString'], ['__proto__']]) assert.strictEqual((await runCandor(argv)).code, 2, argv.join(' '));
  });

  it('prints the version for -V and --version', async () => {
    for (const flag of ['-V', '--version']) {
      const r = await runCandor([flag]);
      assert.strictEqual(r.code, 0);
      assert.strictEqual(r.stdout.trim(), CANDOR_VERSION);
    }
  });

  it('takes -o and -f, and a path that looks like an option after --', async () => {
    const out = path.join(dir, 'out.json');
    const r = await runCandor(['scan', '-f', 'json', '-o', out, 'gated.js'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.ok(report.findings.some((f: { ruleId: string }) => f.ruleId === 'env-gated-behavior'));
    const dash = await runCandor(['scan', '-f', 'json', '--', '-h.js'], dir);
    assert.strictEqual(dash.code, 0, dash.stderr);
    assert.ok(JSON.parse(dash.stdout).findings.length > 0, 'the file named -h.js is scanned');
  });

  it('makes an unknown option or a missing input a usage error: exit 2, one line and a hint, nothing on stdout', async () => {
    const cases: [string[], RegExp][] = [
      [['scan', '-x', 'gated.js'], /unknown option -x/],
      [['scan', '--bogus', 'gated.js'], /unknown option --bogus/],
      [['scan', 'nope/missing.js'], /nope\/missing\.js: no such file or folder/],
      [['report', 'missing.js'], /missing\.js: no such file or folder/],
      [['check', 'missing.js'], /missing\.js: no such file or folder/],
      [['diff', 'missing-a.js', 'gated.js'], /missing-a\.js/],
      [['tools', 'extra'], /unexpected argument 'extra'/],
      [['rules', '--format', 'yaml'], /--format must be text or json/],
      [['scan', '-output', 'report.txt', 'gated.js'], /unknown option -output/],
      [['scan', '--jobs', 'many', 'gated.js'], /--jobs takes a whole number/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCandor(argv, dir);
      assert.strictEqual(r.code, 2, `${argv.join(' ')}: ${r.stderr}`);
      assert.strictEqual(r.stdout, '', argv.join(' '));
      const lines = r.stderr.trimEnd().split('\n');
      assert.strictEqual(lines.length, 2, r.stderr);
      assert.match(lines[0], message);
      assert.match(lines[1], new RegExp(`Run 'candor ${argv[0]} --help'`));
    }
  });

  it('says which file it cannot write when --output names a missing folder, and leaves no temporary file', async () => {
    const r = await runCandor(['scan', 'gated.js', '-o', 'no-such-folder/out.txt'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /cannot write no-such-folder\/out\.txt: there is no folder no-such-folder/);
    assert.doesNotMatch(r.stderr, /\.tmp/);
  });

  it('colours text output for FORCE_COLOR even through a pipe, and not for NO_COLOR or --no-color', async () => {
    const esc = /\x1b\[/;
    assert.match((await runCandor(['scan', 'gated.js'], dir, { FORCE_COLOR: '1' })).stdout, esc);
    assert.doesNotMatch((await runCandor(['scan', 'gated.js'], dir, {})).stdout, esc);
    assert.doesNotMatch((await runCandor(['scan', 'gated.js'], dir, { NO_COLOR: '1' })).stdout, esc);
    assert.doesNotMatch((await runCandor(['scan', 'gated.js', '--no-color'], dir, { FORCE_COLOR: '1' })).stdout, esc);
  });

  it('takes --format on check and rules like the other commands', async () => {
    const rules = await runCandor(['rules', '-f', 'json']);
    assert.ok(Array.isArray(JSON.parse(rules.stdout)));
    fs.writeFileSync(path.join(dir, 'candor.policy.json'), JSON.stringify({ version: 1, failOn: [{ rule: 'env-gated-behavior' }] }));
    const check = await runCandor(['check', '--format', 'json', 'gated.js'], dir);
    assert.strictEqual(check.code, 1, check.stderr);
    assert.ok(JSON.parse(check.stdout).violations.length > 0);
  });
});
