import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ScanError, ToolIdentity } from '../../core/model';
import { getCatalog, type Catalog } from '../catalog';
import { discoverClis } from './cli';
import { discoverExtensions } from './extensions';
import { errReason, readJsonManifest, scanError, shortString } from './util';

export { identifyExtension, aiSignals, extensionRoots } from './extensions';
export { npmGlobalPrefix, packageRefs, resolveLauncher } from './cli';
export { launcherPathDirs } from './launcher';

export interface DiscoveredTool {
  identity: ToolIdentity;
  /** Paths handed to expandInput (extension folder, package folder, executable, …). */
  artifacts: string[];
  /** The vendor's own hosts (from the catalog): comparing a base URL with them is ordinary. */
  firstPartyHosts?: string[];
  /** Why it counts as an AI tool: `catalog`, `contributes.chatParticipants`, `keywords …`. */
  reasons?: string[];
}

export interface DiscoveryOptions {
  home?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Extra folders or files to treat as tools. */
  extraPaths?: string[];
  /** PATH folders of the processes that started this one (an editor server's), searched after PATH. */
  launcherPath?: string[];
  /** Node's executable, from which npm's default global prefix follows (tests pass a fake one). */
  execPath?: string;
  /** Catalog to use instead of the built-in tools.json. */
  catalog?: Catalog;
  /** Skip a source of tools. */
  extensions?: boolean;
  clis?: boolean;
}

/**
 * Finds the AI tools installed on this machine by reading folders and manifests only: no tool is
 * ever executed. Problems with one folder or launcher are returned as errors beside the tools.
 */
export async function discoverTools(opts: DiscoveryOptions = {}): Promise<{ tools: DiscoveredTool[]; errors: ScanError[] }> {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  // a caller-supplied environment also decides the home folder, so `candor scan --installed`
  // with a test's env never wanders into the real home
  const home = opts.home ?? (opts.env ? (platform === 'win32' ? opts.env.USERPROFILE : opts.env.HOME) : undefined) ?? os.homedir();
  const catalog = opts.catalog ?? getCatalog();
  const errors: ScanError[] = [];
  const found: DiscoveredTool[] = [];

  if (opts.extensions !== false) found.push(...(await discoverExtensions(home, env, platform, errors, catalog)));
  if (opts.clis !== false) found.push(...(await discoverClis({ home, env, platform, execPath: opts.execPath ?? process.execPath, catalog, errors, launcherPath: opts.launcherPath })));
  for (const p of opts.extraPaths ?? []) {
    const t = await extraTool(p, errors);
    if (t) found.push(t);
  }

  // One install reached several ways (PATH and global node_modules) is one tool; the first way
  // wins because PATH order is what the user's shell actually runs.
  const tools: DiscoveredTool[] = [];
  const byPath = new Map<string, DiscoveredTool>();
  for (const t of found) {
    const key = await fs.promises.realpath(t.identity.installPath).catch(() => t.identity.installPath);
    const prev = byPath.get(key);
    if (prev) {
      prev.identity.version ??= t.identity.version;
      continue;
    }
    byPath.set(key, t);
    tools.push(t);
  }
  tools.sort((a, b) => a.identity.name.localeCompare(b.identity.name) || a.identity.installPath.localeCompare(b.identity.installPath));
  return { tools, errors };
}

async function extraTool(p: string, errors: ScanError[]): Promise<DiscoveredTool | undefined> {
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(p);
  } catch (err) {
    errors.push(scanError(p, 'read', errReason(err)));
    return undefined;
  }
  const { manifest } = st.isDirectory() ? await readJsonManifest(path.join(p, 'package.json')) : { manifest: undefined };
  const name = shortString(manifest?.displayName, 120) ?? shortString(manifest?.name, 120) ?? path.basename(p);
  return {
    identity: { id: shortString(manifest?.name, 214) ?? p, name, version: shortString(manifest?.version, 60), kind: 'unknown', installPath: p, foundBy: 'extra-path' },
    artifacts: [p],
    firstPartyHosts: [],
    reasons: ['extra-path'],
  };
}
