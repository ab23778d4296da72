import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { discoverTools, npmGlobalPrefix, packageRefs, type DiscoveredTool } from '../../../src/host/discovery';
import { getCatalog } from '../../../src/host/catalog';
import { tempDir, write } from '../../support/host-fixtures';
import { bareElf, bunGraph, machOBun } from './synthetic-executables';

const ext = (home: string, root: string, folder: string, manifest: unknown) =>
  write(path.join(home, root, folder, 'package.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));

/** A launcher that would leave a trace if anything ever ran it. */
const trap = (marker: string) => `#!/bin/sh\necho ran > "${marker}"\n`;

function byName(tools: DiscoveredTool[], name: string): DiscoveredTool[] {
  return tools.filter((t) => t.identity.name === name);
}

describe('discovering installed tools (fake home folders)', function () {
  this.timeout(60_000);
  let root: string;
  let home: string;
  let marker: string;
  let result: Awaited<ReturnType<typeof discoverTools>>;

  before(async () => {
    root = tempDir();
    home = path.join(root, 'home');
    marker = path.join(root, 'EXECUTED');
    // extension folders of several editors
    ext(home, '.vscode/extensions', 'anthropic.claude-code-2.0.1', { publisher: 'Anthropic', name: 'claude-code', version: '2.0.1' });
    ext(home, '.vscode/extensions', 'anthropic.claude-code-2.0.10', { publisher: 'Anthropic', name: 'claude-code', version: '2.0.10' });
    ext(home, '.vscode/extensions', 'github.copilot-chat-0.30.0', { publisher: 'GitHub', name: 'copilot-chat', version: '0.30.0' });
    ext(home, '.vscode/extensions', 'acme.mystery-bot-1.0.0', { publisher: 'acme', name: 'mystery-bot', displayName: 'Mystery Bot', version: '1.0.0', contributes: { chatParticipants: [{ id: 'mb' }] } });
    ext(home, '.vscode/extensions', 'acme.theme-1.0.0', { publisher: 'acme', name: 'theme', version: '1.0.0', keywords: ['ai', 'dark'] });
    ext(home, '.vscode/extensions', 'broken.ext-1.0.0', '{ not json');
    ext(home, '.vscode/extensions', 'saoudrizwan.claude-dev-3.0.0', { publisher: 'saoudrizwan', name: 'claude-dev', version: '3.0.0' });
    write(path.join(home, '.vscode/extensions/.obsolete'), JSON.stringify({ 'saoudrizwan.claude-dev-3.0.0': true }));
    ext(home, '.cursor/extensions', 'anthropic.claude-code-2.0.5', { publisher: 'Anthropic', name: 'claude-code', version: '2.0.5' });
    ext(home, '.vscode-server/extensions', 'google.geminicodeassist-2.50.0', { publisher: 'Google', name: 'geminicodeassist', version: '2.50.0' });
    ext(home, '.windsurf/extensions', 'openai.chatgpt-0.4.0', { publisher: 'openai', name: 'chatgpt', version: '0.4.0' });
    ext(home, '.local/share/code-server/extensions', 'continue.continue-1.2.0', { publisher: 'Continue', name: 'continue', version: '1.2.0' });

    // npm global prefix with a symlinked bin, an sh shim and a package without a launcher
    const prefix = path.join(home, 'npm-global');
    const mods = path.join(prefix, 'lib', 'node_modules');
    write(path.join(mods, '@google/gemini-cli/package.json'), JSON.stringify({ name: '@google/gemini-cli', version: '0.9.0', bin: { gemini: 'dist/index.js' } }));
    write(path.join(mods, '@google/gemini-cli/dist/index.js'), '#!/usr/bin/env node\nconsole.log(1)\n');
    fs.mkdirSync(path.join(prefix, 'bin'), { recursive: true });
    fs.symlinkSync('../lib/node_modules/@google/gemini-cli/dist/index.js', path.join(prefix, 'bin', 'gemini'));
    write(path.join(mods, '@qwen-code/qwen-code/package.json'), JSON.stringify({ name: '@qwen-code/qwen-code', version: '0.2.1' }));
    write(path.join(mods, '@qwen-code/qwen-code/cli.js'), 'console.log(1)');
    write(
      path.join(prefix, 'bin', 'qwen'),
      `#!/bin/sh\nbasedir=$(dirname "$(echo "$0" | sed -e 's,\\\\,/,g')")\necho ran > "${marker}"\nexec node  "$basedir/../lib/node_modules/@qwen-code/qwen-code/cli.js" "$@"\n`,
    );
    fs.chmodSync(path.join(prefix, 'bin', 'qwen'), 0o755);
    write(path.join(mods, '@openai/codex/package.json'), JSON.stringify({ name: '@openai/codex', version: '0.50.0' }));
    write(path.join(home, '.npmrc'), 'registry=https://registry.npmjs.org/\nprefix=~/npm-global\n');
    // global packages the catalog does not know: two AI CLIs, a library that uses a model, an
    // ordinary CLI, an MCP server and a malformed manifest
    const pkg = (dir: string, manifest: unknown) => write(path.join(mods, dir, 'package.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
    pkg('acme-coder', { name: 'acme-coder', version: '1.4.0', bin: { acme: 'cli.js' }, dependencies: { chalk: '^5', openai: '^4', '@ai-sdk/anthropic': '^1' } });
    pkg('@acme/helper', { name: '@acme/helper', version: '0.3.0', bin: 'main.js', keywords: ['cli', 'coding agent'] });
    pkg('model-lib', { name: 'model-lib', version: '2.0.0', dependencies: { openai: '^4' } });
    pkg('prettier', { name: 'prettier', version: '3.0.0', bin: { prettier: 'bin/prettier.cjs' }, keywords: ['formatter', 'ai'] });
    pkg('@modelcontextprotocol/server-files', { name: '@modelcontextprotocol/server-files', version: '1.0.0', bin: { 'mcp-files': 'dist/index.js' }, dependencies: { '@modelcontextprotocol/sdk': '^1' } });
    pkg('broken-cli', '{ "name": "broken-cli", "bin": ');

    // Claude Code's native installer: versions/<v> files and ~/.local/bin/claude → latest
    write(path.join(home, '.local/share/claude/versions/2.0.9'), bareElf(Buffer.from('old')));
    write(path.join(home, '.local/share/claude/versions/2.0.30'), bareElf(Buffer.from('new')));
    fs.mkdirSync(path.join(home, '.local/bin'), { recursive: true });
    fs.symlinkSync('../share/claude/versions/2.0.30', path.join(home, '.local/bin/claude'));

    // nvm-managed Node with Copilot CLI, not on PATH
    const nvm = path.join(home, '.nvm/versions/node/v22.1.0');
    write(path.join(nvm, 'lib/node_modules/@github/copilot/package.json'), JSON.stringify({ name: '@github/copilot', version: '0.0.350', bin: { copilot: 'index.js' } }));
    write(path.join(nvm, 'lib/node_modules/@github/copilot/index.js'), 'console.log(1)');
    fs.mkdirSync(path.join(nvm, 'bin'), { recursive: true });
    fs.symlinkSync('../lib/node_modules/@github/copilot/index.js', path.join(nvm, 'bin', 'copilot'));

    // a PATH folder with a symlink loop named like a known tool, and an unrelated script
    const loop = path.join(root, 'loopbin');
    fs.mkdirSync(loop, { recursive: true });
    fs.symlinkSync('codex', path.join(loop, 'cursor-agent'));
    fs.symlinkSync('cursor-agent', path.join(loop, 'codex'));
    write(path.join(loop, 'unrelated'), trap(marker));

    const env = { HOME: home, PATH: [path.join(prefix, 'bin'), loop, path.join(home, '.local/bin'), path.join(root, 'missing')].join(':') };
    result = await discoverTools({ home, env, platform: 'linux', execPath: path.join(root, 'fake-node/bin/node') });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('lists extensions from every editor folder, the latest of side-by-side versions', () => {
    const claude = result.tools.filter((t) => t.identity.id === 'anthropic.claude-code');
    assert.deepStrictEqual(claude.map((t) => [t.identity.version, t.identity.foundBy]).sort(), [
      ['2.0.10', 'extensions-dir:~/.vscode/extensions (VS Code)'],
      ['2.0.5', 'extensions-dir:~/.cursor/extensions (Cursor)'],
    ]);
    assert.strictEqual(claude[0].identity.vendor, 'Anthropic');
    assert.ok(claude[0].firstPartyHosts?.includes('api.anthropic.com'));
    const ids = result.tools.filter((t) => t.identity.kind === 'extension').map((t) => t.identity.id);
    for (const id of ['github.copilot-chat', 'google.geminicodeassist', 'openai.chatgpt', 'continue.continue', 'acme.mystery-bot']) assert.ok(ids.includes(id), id);
    assert.ok(!ids.includes('acme.theme'), 'a theme with one "ai" keyword is not an AI tool');
    assert.ok(!ids.includes('saoudrizwan.claude-dev'), 'extensions VS Code marked obsolete are skipped');
    const mystery = result.tools.find((t) => t.identity.id === 'acme.mystery-bot')!;
    assert.strictEqual(mystery.identity.name, 'Mystery Bot');
    assert.deepStrictEqual(mystery.reasons, ['contributes.chatParticipants']);
    assert.ok(result.errors.some((e) => e.path.endsWith(path.join('broken.ext-1.0.0', 'package.json')) && e.kind === 'parse'));
  });

  it('follows PATH symlinks and npm sh shims to the package behind them, without running anything', () => {
    const [gemini] = byName(result.tools, 'Gemini CLI');
    assert.strictEqual(gemini.identity.version, '0.9.0');
    assert.strictEqual(gemini.identity.kind, 'cli');
    assert.strictEqual(gemini.identity.id, '@google/gemini-cli');
    assert.strictEqual(fs.realpathSync(gemini.identity.installPath), fs.realpathSync(path.join(home, 'npm-global/lib/node_modules/@google/gemini-cli')));
    assert.match(gemini.identity.foundBy, /^PATH:.*gemini → /);
    assert.ok(gemini.firstPartyHosts?.includes('googleapis.com'));
    const [qwen] = byName(result.tools, 'Qwen Code');
    assert.strictEqual(qwen.identity.version, '0.2.1');
    assert.deepStrictEqual(qwen.artifacts, [path.join(home, 'npm-global/lib/node_modules/@qwen-code/qwen-code')]);
    assert.ok(!fs.existsSync(marker), 'no launcher was executed');
  });

  it('finds packages in the global prefix from ~/.npmrc and in nvm folders, once each', () => {
    const codex = byName(result.tools, 'OpenAI Codex').filter((t) => t.identity.kind === 'cli');
    assert.strictEqual(codex.length, 1);
    assert.strictEqual(codex[0].identity.version, '0.50.0');
    assert.match(codex[0].identity.foundBy, /^global-node_modules:~\/npm-global\/lib\/node_modules/);
    assert.strictEqual(byName(result.tools, 'Gemini CLI').length, 1, 'PATH and the global folder are one install');
    const [copilot] = byName(result.tools, 'GitHub Copilot CLI');
    assert.strictEqual(copilot.identity.version, '0.0.350');
    assert.match(copilot.identity.foundBy, /node-version-manager|global-node_modules/);
  });

  it('recognises global CLIs the catalog does not know by the model clients they depend on, or their keywords', () => {
    const unknown = result.tools.filter((t) => t.identity.kind === 'cli' && !t.identity.catalogId);
    assert.deepStrictEqual(unknown.map((t) => t.identity.id).sort(), ['@acme/helper', 'acme-coder']);
    const coder = unknown.find((t) => t.identity.id === 'acme-coder')!;
    assert.deepStrictEqual(coder.reasons, ['depends on @ai-sdk/anthropic, openai']);
    assert.strictEqual(coder.identity.version, '1.4.0');
    assert.deepStrictEqual(coder.artifacts, [path.join(home, 'npm-global/lib/node_modules/acme-coder')]);
    assert.match(coder.identity.foundBy, /^global-node_modules:~\/npm-global\/lib\/node_modules/);
    assert.deepStrictEqual(unknown.find((t) => t.identity.id === '@acme/helper')!.reasons, ['keywords coding agent']);
    // catalog CLIs keep their catalog identity and are not listed twice
    assert.strictEqual(result.tools.filter((t) => t.identity.id === '@google/gemini-cli').length, 1);
    assert.ok(!fs.existsSync(marker), 'no launcher was executed');
  });

  it('reads the native install version from its folder name', () => {
    const native = result.tools.filter((t) => t.identity.catalogId === 'claude-code' && t.identity.kind === 'cli');
    assert.strictEqual(native.length, 1, JSON.stringify(native.map((t) => t.identity)));
    assert.strictEqual(native[0].identity.version, '2.0.30');
    assert.strictEqual(native[0].identity.installPath, path.join(home, '.local/share/claude/versions/2.0.30'));
    assert.match(native[0].identity.foundBy, /^PATH:.*\.local\/bin\/claude → /);
  });

  it('follows a wrapper script that execs a node_modules/.bin launcher (Claude Code local install)', async () => {
    const h = path.join(root, 'localhome');
    const local = path.join(h, '.claude/local');
    write(path.join(local, 'node_modules/@anthropic-ai/claude-code/package.json'), JSON.stringify({ name: '@anthropic-ai/claude-code', version: '1.0.50' }));
    write(path.join(local, 'node_modules/@anthropic-ai/claude-code/cli.js'), '#!/usr/bin/env node\n');
    fs.mkdirSync(path.join(local, 'node_modules/.bin'), { recursive: true });
    fs.symlinkSync('../@anthropic-ai/claude-code/cli.js', path.join(local, 'node_modules/.bin/claude'));
    write(path.join(local, 'claude'), `#!/bin/bash\nexec "${local}/node_modules/.bin/claude" "$@"\n`);
    const r = await discoverTools({ home: h, env: { PATH: local }, platform: 'linux', execPath: path.join(root, 'none/bin/node') });
    const claude = r.tools.filter((t) => t.identity.catalogId === 'claude-code');
    assert.strictEqual(claude.length, 1, JSON.stringify(claude.map((t) => t.identity)));
    assert.strictEqual(claude[0].identity.version, '1.0.50');
    assert.match(claude[0].identity.foundBy, /^PATH:.*claude → .*node_modules\/\.bin\/claude/);
  });

  it('finds Volta installs in its image folder, not as its native dispatcher', async () => {
    const h = path.join(root, 'voltahome');
    const volta = path.join(h, '.volta');
    write(path.join(volta, 'bin/volta-shim'), bareElf(Buffer.from('volta')));
    fs.symlinkSync('volta-shim', path.join(volta, 'bin/gemini'));
    const img = path.join(volta, 'tools/image/packages/@google/gemini-cli/lib/node_modules/@google/gemini-cli');
    write(path.join(img, 'package.json'), JSON.stringify({ name: '@google/gemini-cli', version: '0.8.2' }));
    const r = await discoverTools({ home: h, env: { PATH: path.join(volta, 'bin') }, platform: 'linux', execPath: path.join(root, 'none/bin/node') });
    assert.deepStrictEqual(
      r.tools.map((t) => [t.identity.name, t.identity.version, t.identity.installPath]),
      [['Gemini CLI', '0.8.2', img]],
    );
  });

  it('reports an unreadable extension folder as an error and goes on', async function () {
    if (process.getuid?.() === 0) this.skip(); // root reads everything
    const h = path.join(root, 'lockedhome');
    ext(h, '.vscode/extensions', 'github.copilot-1.0.0', { publisher: 'GitHub', name: 'copilot', version: '1.0.0' });
    ext(h, '.cursor/extensions', 'github.copilot-1.0.1', { publisher: 'GitHub', name: 'copilot', version: '1.0.1' });
    fs.chmodSync(path.join(h, '.vscode/extensions'), 0);
    try {
      const r = await discoverTools({ home: h, env: { PATH: '' }, platform: 'linux', execPath: path.join(root, 'none/bin/node') });
      assert.ok(r.errors.some((e) => e.path === path.join(h, '.vscode/extensions') && /permission denied/.test(e.reason)));
      assert.deepStrictEqual(r.tools.map((t) => t.identity.version), ['1.0.1']);
    } finally {
      fs.chmodSync(path.join(h, '.vscode/extensions'), 0o755);
    }
  });

  it('takes a native install\'s version from its embedded metadata when the path has none', async () => {
    const h = path.join(root, 'embeddedhome');
    const payload = bunGraph([{ name: '/$bunfs/root/cli', contents: 'var meta = { VERSION:"9.8.7", BUILD_TIME:"x" };' }]);
    write(path.join(h, 'opt/bin/claude'), machOBun(payload));
    const r = await discoverTools({ home: h, env: { PATH: path.join(h, 'opt/bin') }, platform: 'linux', execPath: path.join(root, 'none/bin/node') });
    const [claude] = r.tools;
    assert.strictEqual(claude?.identity.catalogId, 'claude-code');
    assert.strictEqual(claude.identity.version, '9.8.7');
  });

  it('lists a versioned install folder (cursor-agent) with the latest version', async () => {
    const h = path.join(root, 'cursorhome');
    write(path.join(h, '.local/share/cursor-agent/versions/2025.09.18-7ae6800/index.js'), 'console.log(1)');
    write(path.join(h, '.local/share/cursor-agent/versions/2025.11.06-8fe8a63/index.js'), 'console.log(2)');
    const r = await discoverTools({ home: h, env: { PATH: '' }, platform: 'linux', execPath: path.join(root, 'none/bin/node') });
    assert.deepStrictEqual(
      r.tools.map((t) => [t.identity.catalogId, t.identity.version]),
      [['cursor-agent', '2025.11.06-8fe8a63']],
    );
  });

  it('turns a symlink loop into an error instead of a hang or crash', () => {
    const loops = result.errors.filter((e) => /symbolic link loop/.test(e.reason));
    assert.ok(loops.length >= 1, JSON.stringify(result.errors));
  });

  it('resolves Windows npm .cmd shims with the win32 PATH rules', async () => {
    const whome = path.join(root, 'winhome');
    const appdata = path.join(whome, 'AppData', 'Roaming');
    const npmDir = path.join(appdata, 'npm');
    write(path.join(npmDir, 'node_modules/@anthropic-ai/claude-code/package.json'), JSON.stringify({ name: '@anthropic-ai/claude-code', version: '1.0.99' }));
    write(path.join(npmDir, 'node_modules/@anthropic-ai/claude-code/cli.js'), 'console.log(1)');
    write(
      path.join(npmDir, 'claude.cmd'),
      '@ECHO off\r\nGOTO start\r\n:find_dp0\r\nSET dp0=%~dp0\r\nEXIT /b\r\n:start\r\nSETLOCAL\r\nCALL :find_dp0\r\nendLocal & goto #_undefined_# 2>NUL || title %COMSPEC% & "%_prog%"  "%dp0%\\node_modules\\@anthropic-ai\\claude-code\\cli.js" %*\r\n',
    );
    write(path.join(npmDir, 'claude.ps1'), '#!/usr/bin/env pwsh\n& "node$exe"  "$basedir/node_modules/@anthropic-ai/claude-code/cli.js" $args\n');
    const r = await discoverTools({ home: whome, env: { APPDATA: appdata, Path: [npmDir, 'C:\\Windows'].join(';') }, platform: 'win32', execPath: path.join(root, 'x/node.exe') });
    const claude = r.tools.filter((t) => t.identity.catalogId === 'claude-code');
    assert.strictEqual(claude.length, 1, JSON.stringify(r.tools.map((t) => t.identity)));
    assert.strictEqual(claude[0].identity.version, '1.0.99');
    assert.strictEqual(claude[0].identity.installPath, path.join(npmDir, 'node_modules/@anthropic-ai/claude-code'));
    assert.match(claude[0].identity.foundBy, /^PATH:.*claude\.cmd/);
  });

  it('computes npm\'s global prefix without spawning npm', async () => {
    const catalog = getCatalog();
    const ctx = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform = 'linux') => ({ home, env, platform, execPath: '/opt/node-20/bin/node', catalog, errors: [] });
    assert.strictEqual(await npmGlobalPrefix(ctx({ npm_config_prefix: '/custom' })), '/custom');
    assert.strictEqual(await npmGlobalPrefix(ctx({})), path.join(home, 'npm-global'), 'from ~/.npmrc');
    const bare = path.join(root, 'barehome');
    fs.mkdirSync(bare, { recursive: true });
    assert.strictEqual(await npmGlobalPrefix({ ...ctx({}), home: bare }), '/opt/node-20', 'default: the prefix of the node binary');
    assert.strictEqual(await npmGlobalPrefix({ ...ctx({ APPDATA: 'C:/Users/u/AppData/Roaming' }, 'win32'), home: bare }), path.join('C:/Users/u/AppData/Roaming', 'npm'));
  });

  it('extracts package references from shim texts', () => {
    assert.deepStrictEqual(packageRefs('exec node "$basedir/../lib/node_modules/@google/gemini-cli/dist/index.js" "$@"'), ['$basedir/../lib/node_modules/@google/gemini-cli']);
    assert.deepStrictEqual(packageRefs('"$basedir/global/5/.pnpm/x@1/node_modules/opencode-ai/bin/opencode"'), ['$basedir/global/5/.pnpm/x@1/node_modules/opencode-ai']);
    assert.deepStrictEqual(packageRefs('"%dp0%\\node_modules\\@openai\\codex\\bin\\codex.js"'), ['%dp0%\\node_modules/@openai/codex']);
  });
});
