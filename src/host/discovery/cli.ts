import { readBounded } from '../artifacts/common';
import { readHead } from '../artifacts/folder';
import * as fs from 'fs';
import * as path from 'path';
import type { ScanError } from '../../core/model';
import { sniffExecutable } from '../artifacts/binary';
import { embeddedVersion } from '../artifacts/executable';
import type { Catalog, CatalogTool } from '../catalog';
import type { DiscoveredTool } from './index';
import { aiSignals } from './extensions';
import { compareVersions, errReason, expandHome, isDir, listDir, readJsonManifest, scanError, shortString, tildify } from './util';

export interface CliContext {
  home: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  execPath: string;
  catalog: Catalog;
  errors: ScanError[];
  /** PATH folders of the processes that started this one (see launcherPathDirs). */
  launcherPath?: string[];
}

const SHIM_MAX = 64 * 1024;
const WIN_EXT = /\.(?:cmd|ps1|exe|bat)$/i;

/** npm's global prefix as npm itself would compute it, without running npm. */
export async function npmGlobalPrefix(ctx: CliContext): Promise<string | undefined> {
  const { env, home, platform } = ctx;
  const fromEnv = env.npm_config_prefix ?? env.NPM_CONFIG_PREFIX;
  if (fromEnv) return expandHome(fromEnv, home);
  for (const rc of [env.npm_config_userconfig ?? env.NPM_CONFIG_USERCONFIG, path.join(home, '.npmrc')]) {
    if (!rc) continue;
    const text = await readSmall(rc, 256 * 1024);
    if (!text) continue;
    const m = /^\s*prefix\s*=\s*(.+?)\s*$/m.exec(text);
    if (m) {
      const v = m[1].replace(/^["']|["']$/g, '').replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, k: string) => env[k] ?? '');
      return expandHome(v, home);
    }
  }
  if (env.PREFIX) return env.PREFIX;
  if (platform === 'win32') return env.APPDATA ? path.join(env.APPDATA, 'npm') : path.dirname(ctx.execPath);
  // npm's default: the node binary's prefix (…/bin/node → …)
  return path.dirname(path.dirname(ctx.execPath));
}

async function readSmall(file: string, max: number): Promise<string | undefined> {
  try {
    const st = await fs.promises.stat(file);
    if (!st.isFile() || st.size > max) return undefined;
    const read = await readBounded(file, max);
    return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Folders whose children are versions of Node (nvm, fnm, asdf), each with bin/ and lib/node_modules. */
async function nodeVersionDirs(ctx: CliContext): Promise<string[]> {
  const { home, env } = ctx;
  const parents: Array<{ dir: string; suffix: string }> = [
    { dir: path.join(env.NVM_DIR || path.join(home, '.nvm'), 'versions', 'node'), suffix: '' },
    { dir: path.join(env.FNM_DIR || path.join(home, '.local', 'share', 'fnm'), 'node-versions'), suffix: 'installation' },
    { dir: path.join(home, '.fnm', 'node-versions'), suffix: 'installation' },
    { dir: path.join(home, 'Library', 'Application Support', 'fnm', 'node-versions'), suffix: 'installation' },
    { dir: path.join(env.ASDF_DATA_DIR || path.join(home, '.asdf'), 'installs', 'nodejs'), suffix: '' },
    { dir: path.join(home, '.local', 'share', 'mise', 'installs', 'node'), suffix: '' },
    { dir: path.join(home, '.nodenv', 'versions'), suffix: '' },
  ];
  const out: string[] = [];
  for (const p of parents) {
    const entries = await listDir(p.dir, ctx.errors, 500);
    for (const e of entries ?? []) if (!e.name.startsWith('.')) out.push(path.join(p.dir, e.name, p.suffix));
  }
  return out;
}

/** Every folder a CLI's launcher may live in, with a label for `foundBy`. PATH comes first. */
export async function binDirs(ctx: CliContext): Promise<Array<{ dir: string; via: string }>> {
  const { home, env, platform } = ctx;
  const delim = platform === 'win32' ? ';' : ':';
  const out: Array<{ dir: string; via: string }> = [];
  const pathVar = env.PATH ?? env.Path ?? '';
  for (const d of pathVar.split(delim).slice(0, 500)) if (d && path.isAbsolute(d)) out.push({ dir: d, via: 'PATH' });
  for (const d of ctx.launcherPath ?? []) if (path.isAbsolute(d)) out.push({ dir: d, via: 'launcher-PATH' });
  const prefix = await npmGlobalPrefix(ctx);
  if (prefix) out.push({ dir: platform === 'win32' ? prefix : path.join(prefix, 'bin'), via: 'npm-prefix' });
  out.push({ dir: path.join(home, '.local', 'bin'), via: '~/.local/bin' });
  out.push({ dir: path.join(home, '.npm-global', 'bin'), via: '~/.npm-global' });
  out.push({ dir: path.join(env.VOLTA_HOME || path.join(home, '.volta'), 'bin'), via: 'volta' });
  out.push({ dir: path.join(env.BUN_INSTALL || path.join(home, '.bun'), 'bin'), via: 'bun' });
  out.push({ dir: env.PNPM_HOME || path.join(home, platform === 'darwin' ? 'Library/pnpm' : '.local/share/pnpm'), via: 'pnpm' });
  out.push({ dir: path.join(home, '.yarn', 'bin'), via: 'yarn' });
  out.push({ dir: path.join(home, '.config', 'yarn', 'global', 'node_modules', '.bin'), via: 'yarn' });
  for (const v of await nodeVersionDirs(ctx)) out.push({ dir: path.join(v, 'bin'), via: 'node-version-manager' });
  if (platform === 'win32' && env.APPDATA) out.push({ dir: path.join(env.APPDATA, 'npm'), via: 'npm-prefix' });
  const seen = new Set<string>();
  return out.filter((d) => !seen.has(d.dir) && seen.add(d.dir));
}

/** Global node_modules folders of npm, version managers, pnpm, yarn, bun and Volta. */
export async function globalModuleRoots(ctx: CliContext): Promise<string[]> {
  const { home, env, platform } = ctx;
  const roots: string[] = [];
  const prefix = await npmGlobalPrefix(ctx);
  if (prefix) roots.push(platform === 'win32' ? path.join(prefix, 'node_modules') : path.join(prefix, 'lib', 'node_modules'));
  roots.push(path.join(home, '.npm-global', 'lib', 'node_modules'));
  for (const v of await nodeVersionDirs(ctx)) roots.push(path.join(v, 'lib', 'node_modules'));
  roots.push(path.join(env.BUN_INSTALL || path.join(home, '.bun'), 'install', 'global', 'node_modules'));
  roots.push(path.join(home, '.config', 'yarn', 'global', 'node_modules'));
  if (env.LOCALAPPDATA) roots.push(path.join(env.LOCALAPPDATA, 'Yarn', 'Data', 'global', 'node_modules'));
  const pnpmHome = env.PNPM_HOME || path.join(home, platform === 'darwin' ? 'Library/pnpm' : '.local/share/pnpm');
  for (const e of (await listDir(path.join(pnpmHome, 'global'), ctx.errors, 50)) ?? []) roots.push(path.join(pnpmHome, 'global', e.name, 'node_modules'));
  // Volta keeps one image per globally installed package
  const volta = path.join(env.VOLTA_HOME || path.join(home, '.volta'), 'tools', 'image', 'packages');
  for (const e of (await listDir(volta, ctx.errors, 500)) ?? []) {
    if (e.name.startsWith('@')) for (const s of (await listDir(path.join(volta, e.name), ctx.errors, 500)) ?? []) roots.push(path.join(volta, e.name, s.name, 'lib', 'node_modules'));
    else roots.push(path.join(volta, e.name, 'lib', 'node_modules'));
  }
  const seen = new Set<string>();
  return roots.filter((r) => !seen.has(r) && seen.add(r));
}

/** The innermost `node_modules/<pkg>` named in a path or a shim's text. */
export function packageRefs(text: string): string[] {
  const out: string[] = [];
  const re = /((?:[A-Za-z]:)?[^"'\s`;|&<>()]*?node_modules[\\/](?:@[^\\/"'\s`]+[\\/])?[^\\/"'\s`]+)/g;
  for (const m of text.matchAll(re)) {
    const inner = m[1].lastIndexOf('node_modules');
    const head = m[1].slice(0, inner);
    const tail = m[1].slice(inner).split(/[\\/]/);
    // node_modules/@scope/name or node_modules/name
    const pkg = tail[1]?.startsWith('@') ? tail.slice(0, 3) : tail.slice(0, 2);
    out.push(head + pkg.join('/'));
  }
  return out;
}

/** Resolves a shim's package reference against the shim's own folder. */
function resolveShimRef(ref: string, shimDir: string): string {
  let r = ref
    .replace(/^"?\$basedir"?/, shimDir)
    .replace(/^\$\{basedir\}/, shimDir)
    .replace(/^%~dp0%?\\?/i, shimDir + '/')
    .replace(/^%dp0%\\?/i, shimDir + '/')
    .replace(/^\$PSScriptRoot/, shimDir)
    .replace(/\\/g, '/');
  if (!path.isAbsolute(r) && !/^[A-Za-z]:/.test(r)) r = path.join(shimDir, r);
  return path.normalize(r);
}

async function owningPackage(file: string, stopAt?: string): Promise<{ dir: string; manifest: Record<string, unknown> } | undefined> {
  let dir = path.dirname(file);
  for (let i = 0; i < 8; i++) {
    const { manifest } = await readJsonManifest(path.join(dir, 'package.json'));
    if (manifest && typeof manifest.name === 'string') return { dir, manifest };
    if (path.basename(dir) === 'node_modules' || dir === stopAt) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

export interface ResolvedLauncher {
  /** The package folder or the executable that holds the tool's code. */
  target: string;
  packageName?: string;
  version?: string;
  native: boolean;
  /** Human chain, e.g. `/usr/local/bin/claude → /usr/local/lib/node_modules/@anthropic-ai/claude-code`. */
  chain: string;
}

/**
 * Follows a launcher (symlink, npm/pnpm/yarn/bun shim, `.cmd` wrapper, native binary) to the
 * package or executable behind it, reading files only: nothing is ever run.
 */
export async function resolveLauncher(launcher: string, ctx: CliContext, depth = 0): Promise<ResolvedLauncher | undefined> {
  let real: string;
  try {
    real = await fs.promises.realpath(launcher);
  } catch (err) {
    ctx.errors.push(scanError(launcher, 'read', errReason(err)));
    return undefined;
  }
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(real);
  } catch (err) {
    ctx.errors.push(scanError(launcher, 'read', errReason(err)));
    return undefined;
  }
  if (!st.isFile()) return undefined;
  const chain = real === launcher ? launcher : `${launcher} → ${real}`;
  const head = await readHead(real, 4096);
  if (!head) {
    ctx.errors.push(scanError(real, 'read', 'cannot be opened for reading'));
    return undefined;
  }
  const exe = sniffExecutable(head);
  const pkg = real.includes('node_modules') || exe ? await owningPackage(real) : undefined;
  if (pkg && ctx.catalog.byNpmPackage(String(pkg.manifest.name))) {
    return { target: pkg.dir, packageName: String(pkg.manifest.name), version: shortString(pkg.manifest.version, 60), native: false, chain: `${chain}${pkg.dir !== path.dirname(real) ? ` (${pkg.dir})` : ''}` };
  }
  if (exe) return { target: real, native: true, chain };
  if (st.size <= SHIM_MAX) {
    const text = head.length === st.size ? head.toString('utf8') : await readSmall(real, SHIM_MAX);
    if (text) {
      const refs = packageRefs(text);
      for (const ref of refs.reverse()) {
        const dir = resolveShimRef(ref, path.dirname(real));
        const { manifest } = await readJsonManifest(path.join(dir, 'package.json'));
        if (manifest && typeof manifest.name === 'string') {
          return { target: dir, packageName: manifest.name, version: shortString(manifest.version, 60), native: false, chain: `${chain} → ${dir}` };
        }
      }
      // wrapper scripts such as ~/.claude/local/claude exec another launcher in node_modules/.bin
      if (depth < 3) {
        for (const m of [...text.matchAll(/((?:[A-Za-z]:)?[^"'\s`;|&<>()]*node_modules[\\/]\.bin[\\/][A-Za-z0-9._-]+)/g)].reverse()) {
          const next = resolveShimRef(m[1].replace(/^"?\$\{?HOME\}?|^~/, ctx.home), path.dirname(real));
          const inner = await resolveLauncher(next, ctx, depth + 1);
          if (inner?.packageName) return { ...inner, chain: `${chain} → ${inner.chain}` };
        }
      }
      if (pkg) return { target: pkg.dir, packageName: String(pkg.manifest.name), version: shortString(pkg.manifest.version, 60), native: false, chain };
      const venv = await pythonVenv(text);
      if (venv) return { target: real, version: venv.version, native: false, chain: `${chain} (Python ${venv.dir})` };
    }
  }
  if (pkg) return { target: pkg.dir, packageName: String(pkg.manifest.name), version: shortString(pkg.manifest.version, 60), native: false, chain };
  return { target: real, native: false, chain };
}

/** pipx/uv tools (aider): the shebang names the venv; the version comes from its dist-info. */
async function pythonVenv(text: string): Promise<{ dir: string; version?: string } | undefined> {
  const m = /^#!\s*(\S+)\/bin\/python[0-9.]*\s*$/m.exec(text.split('\n')[0] ?? '');
  if (!m) return undefined;
  const venv = m[1];
  const tool = path.basename(venv).replace(/-/g, '_').toLowerCase();
  const lib = path.join(venv, 'lib');
  const pys = await fs.promises.readdir(lib).catch(() => [] as string[]);
  for (const py of pys.filter((p) => p.startsWith('python')).slice(0, 5)) {
    const site = path.join(lib, py, 'site-packages');
    const infos = await fs.promises.readdir(site).catch(() => [] as string[]);
    const info = infos.find((n) => n.toLowerCase().startsWith(tool + '-') && n.endsWith('.dist-info'));
    if (info) return { dir: venv, version: info.slice(tool.length + 1, -'.dist-info'.length) };
  }
  return { dir: venv };
}

function cliTool(entry: CatalogTool | undefined, r: ResolvedLauncher, foundBy: string, fallbackName: string, reasons: string[] = entry ? ['catalog'] : []): DiscoveredTool {
  return {
    identity: {
      id: r.packageName ?? entry?.id ?? fallbackName,
      name: entry?.displayName ?? r.packageName ?? fallbackName,
      version: r.version,
      vendor: entry?.vendor,
      kind: 'cli',
      installPath: r.target,
      foundBy,
      catalogId: entry?.id,
    },
    artifacts: [r.target],
    firstPartyHosts: entry ? [...entry.firstPartyHosts] : [],
    reasons,
  };
}

/** Known CLIs: launchers in PATH and tool folders, packages in global node_modules, vendor installs. */
export async function discoverClis(ctx: CliContext): Promise<DiscoveredTool[]> {
  const { catalog, home } = ctx;
  const tools: DiscoveredTool[] = [];

  for (const { dir, via } of await binDirs(ctx)) {
    const entries = await listDir(dir, ctx.errors, 20_000);
    for (const e of entries ?? []) {
      const bare = e.name.replace(WIN_EXT, '');
      const byName = catalog.byBinary(bare);
      // a launcher whose name is not in the catalog still counts when it links into a known package
      let viaLink: CatalogTool | undefined;
      if (!byName && e.isSymbolicLink()) {
        const target = await fs.promises.readlink(path.join(dir, e.name)).catch(() => '');
        for (const ref of packageRefs(target)) {
          const name = ref.slice(ref.lastIndexOf('node_modules') + 'node_modules/'.length).replace(/\\/g, '/');
          viaLink = catalog.byNpmPackage(name) ?? viaLink;
        }
      }
      if (!byName && !viaLink) continue;
      if (ctx.platform === 'win32' && /\.ps1$/i.test(e.name)) continue; // same package as the .cmd beside it
      const launcher = path.join(dir, e.name);
      const r = await resolveLauncher(launcher, ctx);
      if (!r) continue;
      // Volta's launchers are all one native dispatcher; the package itself is found in Volta's
      // image folder below, so the dispatcher is not a tool of its own.
      if (r.native && /^volta-shim(?:\.exe)?$/i.test(path.basename(r.target))) continue;
      const entry = (r.packageName && catalog.byNpmPackage(r.packageName)) || byName || viaLink;
      if (r.native && entry) r.version = nativeVersion(entry, r.target, home) ?? (await embeddedVersion(r.target));
      tools.push(cliTool(entry, r, `${via === 'PATH' ? 'PATH' : via}:${tildify(r.chain, home)}`, bare));
    }
  }

  for (const root of await globalModuleRoots(ctx)) {
    if (!(await isDir(root))) continue;
    for (const t of catalog.tools) {
      for (const name of t.npmPackages) {
        const dir = path.join(root, ...name.split('/'));
        const { manifest, error } = await readJsonManifest(path.join(dir, 'package.json'));
        if (error) ctx.errors.push(scanError(path.join(dir, 'package.json'), 'parse', error));
        if (!manifest || manifest.name !== name) continue;
        tools.push(cliTool(t, { target: dir, packageName: name, version: shortString(manifest.version, 60), native: false, chain: dir }, `global-node_modules:${tildify(root, home)}`, name));
      }
    }
    tools.push(...(await uncataloguedClis(root, ctx)));
  }

  for (const t of catalog.tools) {
    for (const loc of t.nativeLocations) {
      const found = await expandNativeLocation(loc.path, home, ctx.errors);
      if (!found) continue;
      const { manifest } = (await isDir(found)) ? await readJsonManifest(path.join(found, 'package.json')) : { manifest: undefined };
      const isPackage = !!manifest && typeof manifest.name === 'string';
      // a versions/<v> folder is an install (cursor-agent ships its bundle and runtime that way)
      if (!isPackage && (await isDir(found)) && loc.versionFrom !== 'basename') continue;
      const version = isPackage ? shortString(manifest!.version, 60) : loc.versionFrom === 'basename' ? shortString(path.basename(found), 60) : undefined;
      tools.push(
        cliTool(t, { target: found, packageName: isPackage ? String(manifest!.name) : undefined, version, native: !isPackage, chain: found }, `vendor-install:${tildify(found, home)}`, t.id),
      );
    }
  }
  return tools;
}

/**
 * Packages whose dependencies are a language model's client: a CLI that depends on one talks to a
 * model. (The MCP SDK alone is not enough: MCP servers are tools that AI agents call.)
 */
const MODEL_CLIENTS = new Set([
  'openai', '@anthropic-ai/sdk', '@anthropic-ai/claude-agent-sdk', '@anthropic-ai/claude-code', '@google/genai', '@google/generative-ai',
  '@google-cloud/vertexai', '@mistralai/mistralai', 'groq-sdk', 'cohere-ai', 'ollama', 'ai', '@openai/agents', '@huggingface/inference',
  'together-ai', '@aws-sdk/client-bedrock-runtime', '@azure/openai', 'langchain', 'llamaindex',
]);
const MODEL_CLIENT_SCOPES = ['@ai-sdk/', '@langchain/'];

/**
 * Why a package that is not in the catalog looks like an AI CLI, or an empty list: it installs a
 * command (`bin`) and depends on a model's client library, or says what it is in its keywords
 * (the same words that identify an extension). The manifest is untrusted.
 */
function cliSignals(manifest: Record<string, unknown>): string[] {
  const bin = manifest.bin;
  const hasBin = (typeof bin === 'string' && bin.length > 0) || (!!bin && typeof bin === 'object' && !Array.isArray(bin) && Object.keys(bin).length > 0);
  if (!hasBin) return [];
  const reasons: string[] = [];
  const clients = new Set<string>();
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = manifest[field];
    if (!deps || typeof deps !== 'object' || Array.isArray(deps)) continue;
    for (const name of Object.keys(deps).slice(0, 2000)) {
      if (MODEL_CLIENTS.has(name) || MODEL_CLIENT_SCOPES.some((s) => name.startsWith(s))) clients.add(name);
    }
  }
  if (clients.size) reasons.push(`depends on ${[...clients].sort().slice(0, 5).map((c) => shortString(c, 80)).join(', ')}`);
  reasons.push(...aiSignals({ keywords: manifest.keywords }));
  return reasons;
}

/** An npm package name (scoped or not), as npm accepts it. */
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]{0,100}\/)?[a-z0-9][a-z0-9._~-]{0,213}$/i;

/**
 * AI CLIs the catalog does not know, installed in one global node_modules folder: each package
 * (and each scoped one) whose manifest shows a command talking to a model (see cliSignals).
 * Catalog packages are found by name in discoverClis and are skipped here.
 */
async function uncataloguedClis(root: string, ctx: CliContext): Promise<DiscoveredTool[]> {
  const { catalog, home } = ctx;
  const dirs: string[] = [];
  for (const e of (await listDir(root, ctx.errors, 2000)) ?? []) {
    if (e.name.startsWith('.')) continue;
    if (e.name.startsWith('@')) for (const s of (await listDir(path.join(root, e.name), ctx.errors, 2000)) ?? []) dirs.push(path.join(root, e.name, s.name));
    else dirs.push(path.join(root, e.name));
  }
  const tools: DiscoveredTool[] = [];
  for (const dir of dirs) {
    const { manifest } = await readJsonManifest(path.join(dir, 'package.json'));
    const name = typeof manifest?.name === 'string' && PACKAGE_NAME.test(manifest.name) ? manifest.name : undefined;
    if (!manifest || !name || catalog.byNpmPackage(name)) continue;
    const reasons = cliSignals(manifest);
    if (reasons.length) tools.push(cliTool(undefined, { target: dir, packageName: name, version: shortString(manifest.version, 60), native: false, chain: dir }, `global-node_modules:${tildify(root, home)}`, name, reasons));
  }
  return tools;
}

function nativeVersion(entry: CatalogTool, file: string, home: string): string | undefined {
  for (const loc of entry.nativeLocations) {
    if (loc.versionFrom !== 'basename' || !loc.path.endsWith('/*')) continue;
    const parent = expandHome(loc.path.slice(0, -2), home);
    if (path.dirname(file) === parent) return shortString(path.basename(file), 60);
  }
  return undefined;
}

/** `~/a/b` or `~/a/versions/*` (the latest version by name). */
async function expandNativeLocation(pattern: string, home: string, errors: ScanError[]): Promise<string | undefined> {
  const full = expandHome(pattern, home);
  if (!full.endsWith('/*')) {
    try {
      await fs.promises.stat(full);
      return full;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') errors.push(scanError(full, 'read', errReason(err)));
      return undefined;
    }
  }
  const parent = full.slice(0, -2);
  const entries = await listDir(parent, errors, 1000);
  const names = (entries ?? []).map((e) => e.name).filter((n) => !n.startsWith('.'));
  names.sort((a, b) => compareVersions(b, a));
  for (const n of names) {
    const p = path.join(parent, n);
    try {
      await fs.promises.stat(p);
      return p;
    } catch (err) {
      errors.push(scanError(p, 'read', errReason(err)));
    }
  }
  return undefined;
}
