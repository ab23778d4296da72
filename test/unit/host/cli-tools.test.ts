import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../../src/cli/run';
import { globalCli, makeZip, tempDir, write } from '../../support/host-fixtures';
import { bunGraph, machOBun } from './synthetic-executables';

function io(env: NodeJS.ProcessEnv, cwd?: string) {
  let out = '';
  let err = '';
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env, cwd },
    out: () => out,
    err: () => err,
  };
}

describe('candor tools', function () {
  this.timeout(60_000);
  let root: string;
  let env: NodeJS.ProcessEnv;
  before(() => {
    root = tempDir();
    const home = path.join(root, 'home');
    write(path.join(home, '.vscode/extensions/anthropic.claude-code-2.1.0/package.json'), JSON.stringify({ publisher: 'Anthropic', name: 'claude-code', version: '2.1.0' }));
    write(
      path.join(home, '.vscode/extensions/evil.bot-1.0.0/package.json'),
      JSON.stringify({ publisher: 'evil', name: 'bot', displayName: 'Bot\u001b[2J\u001b]0;pwned\u0007', version: '1.0.0', contributes: { languageModelTools: [{ name: 't' }] } }),
    );
    const prefix = path.join(root, 'prefix');
    env = { HOME: home, PATH: globalCli(prefix, '@google/gemini-cli', '0.10.0', 'gemini'), npm_config_prefix: prefix };
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('lists the installed tools as text with name, version, kind, vendor, path and how found', async () => {
    const t = io(env);
    assert.strictEqual(await runCli(['tools'], t.io), 0);
    const out = t.out();
    assert.match(out, /NAME\s+VERSION\s+KIND\s+VENDOR\s+INSTALL PATH/);
    assert.match(out, /Claude Code\s+2\.1\.0\s+extension\s+Anthropic\s+~\/\.vscode\/extensions\/anthropic\.claude-code-2\.1\.0/);
    assert.match(out, /Gemini CLI\s+0\.10\.0\s+cli\s+Google\s+/);
    assert.match(out, /found by PATH:/);
    assert.match(out, /recognised by contributes\.languageModelTools/);
    assert.ok(!/\u001b|\u0007/.test(out), 'control characters from manifests never reach the terminal');
    assert.match(out, /3 tool\(s\)/);
  });

  it('writes JSON with identities, artifacts, first-party hosts and the catalog disclosures', async () => {
    const t = io(env);
    assert.strictEqual(await runCli(['tools', '--format', 'json'], t.io), 0);
    const data = JSON.parse(t.out()) as { tools: Array<Record<string, unknown>>; errors: unknown[] };
    const gemini = data.tools.find((x) => x.catalogId === 'gemini-cli')!;
    assert.strictEqual(gemini.version, '0.10.0');
    assert.strictEqual(gemini.kind, 'cli');
    assert.ok((gemini.firstPartyHosts as string[]).includes('googleapis.com'));
    assert.ok((gemini.disclosures as unknown[]).length > 0);
    assert.ok((gemini.optOuts as Array<{ name: string }>).some((o) => o.name === 'GEMINI_TELEMETRY_ENABLED'));
    assert.deepStrictEqual(gemini.artifacts, [gemini.installPath]);
    assert.ok(Array.isArray(data.errors));
  });

  it('refuses unknown formats and arguments as usage errors', async () => {
    const t = io(env);
    assert.strictEqual(await runCli(['tools', '--format', 'xml'], t.io), 2);
    assert.match(t.err(), /--format must be text or json/);
    assert.strictEqual(await runCli(['tools', 'extra'], io(env).io), 2);
  });

  it('candor scan takes a VSIX and an executable through the same expansion', async () => {
    const vsix = await makeZip(path.join(root, 'x.vsix'), [
      { name: 'extension/package.json', data: JSON.stringify({ publisher: 'a', name: 'b', version: '1.0.0', main: 'main.js' }) },
      { name: 'extension/main.js', data: 'const fromVsix = process.env.OPENAI_BASE_URL;' },
    ]);
    const exe = write(path.join(root, 'tool-bin'), machOBun(bunGraph([{ name: '/$bunfs/root/cli.js', contents: 'const fromBun = process.env.TZ;' }])));
    const t = io(env, root);
    const code = await runCli(['scan', '--format', 'json', vsix, exe], t.io);
    assert.ok(code === 0 || code === 1, t.err());
    const report = JSON.parse(t.out()) as { artifacts: Array<{ kind: string }>; errors: unknown[] };
    assert.deepStrictEqual(report.artifacts.map((a) => a.kind), ['vsix', 'bun']);
    assert.deepStrictEqual(report.errors, []);
  });
});
