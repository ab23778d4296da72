import * as fs from 'fs';
import * as path from 'path';
import type { ScanError } from '../../core/model';
import { getCatalog, type Catalog } from '../catalog';
import type { DiscoveredTool } from './index';
import { compareVersions, listDir, readJsonManifest, scanError, shortString, tildify } from './util';

/** Extension folders of VS Code and its forks, relative to the home folder (same on every OS). */
export const EXTENSION_ROOTS: Array<{ dir: string; editor: string }> = [
  { dir: '.vscode/extensions', editor: 'VS Code' },
  { dir: '.vscode-insiders/extensions', editor: 'VS Code Insiders' },
  { dir: '.vscode-server/extensions', editor: 'VS Code Server' },
  { dir: '.vscode-server-insiders/extensions', editor: 'VS Code Server Insiders' },
  { dir: '.vscode-oss/extensions', editor: 'VSCodium' },
  { dir: '.vscodium-server/extensions', editor: 'VSCodium Server' },
  { dir: '.cursor/extensions', editor: 'Cursor' },
  { dir: '.cursor-server/extensions', editor: 'Cursor Server' },
  { dir: '.windsurf/extensions', editor: 'Windsurf' },
  { dir: '.windsurf-server/extensions', editor: 'Windsurf Server' },
  { dir: '.trae/extensions', editor: 'Trae' },
  { dir: '.kiro/extensions', editor: 'Kiro' },
];

export function extensionRoots(home: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Array<{ dir: string; editor: string }> {
  const roots = EXTENSION_ROOTS.map((r) => ({ dir: path.join(home, r.dir), editor: r.editor }));
  // code-server keeps its data under XDG_DATA_HOME (~/.local/share) on Linux and macOS
  if (platform === 'win32') {
    if (env.LOCALAPPDATA) roots.push({ dir: path.join(env.LOCALAPPDATA, 'code-server', 'extensions'), editor: 'code-server' });
  } else {
    roots.push({ dir: path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'code-server', 'extensions'), editor: 'code-server' });
  }
  if (env.VSCODE_EXTENSIONS) roots.push({ dir: env.VSCODE_EXTENSIONS, editor: 'VS Code (VSCODE_EXTENSIONS)' });
  if (env.VSCODE_PORTABLE) roots.push({ dir: path.join(env.VSCODE_PORTABLE, 'extensions'), editor: 'VS Code (portable)' });
  const seen = new Set<string>();
  return roots.filter((r) => !seen.has(r.dir) && seen.add(r.dir));
}

const AI_CONTRIBUTIONS = ['chatParticipants', 'languageModelTools', 'languageModelChatProviders', 'mcpServerDefinitionProviders'];
const AI_CATEGORIES = new Set(['ai', 'chat', 'machine learning']);
const STRONG_KEYWORDS = new Set([
  'llm', 'gpt', 'chatgpt', 'openai', 'claude', 'anthropic', 'gemini', 'copilot', 'codex', 'qwen', 'deepseek', 'ollama',
  'ai assistant', 'ai-assistant', 'coding assistant', 'code assistant', 'ai agent', 'coding agent', 'ai coding', 'ai-coding',
  'ai pair programmer', 'code generation', 'artificial intelligence', 'agentic',
]);
const WEAK_KEYWORDS = new Set(['ai', 'agent', 'chat', 'autocomplete', 'completion', 'mcp', 'assistant', 'generative', 'genai', 'model']);

const NAME_RE = /^[a-z0-9][a-z0-9._-]{0,213}$/i;

/** Why a manifest looks like an AI tool; empty when it does not. */
export function aiSignals(manifest: Record<string, unknown>): string[] {
  const reasons: string[] = [];
  const contributes = manifest.contributes && typeof manifest.contributes === 'object' ? (manifest.contributes as Record<string, unknown>) : {};
  for (const c of AI_CONTRIBUTIONS) {
    const v = contributes[c];
    if ((Array.isArray(v) && v.length) || (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length)) reasons.push(`contributes.${c}`);
  }
  if (Array.isArray(manifest.categories)) {
    for (const c of manifest.categories.slice(0, 50)) if (typeof c === 'string' && AI_CATEGORIES.has(c.toLowerCase())) reasons.push(`category ${c}`);
  }
  if (Array.isArray(manifest.keywords)) {
    const kws = manifest.keywords.slice(0, 100).filter((k): k is string => typeof k === 'string').map((k) => k.toLowerCase().trim());
    const strong = kws.filter((k) => STRONG_KEYWORDS.has(k));
    const weak = kws.filter((k) => WEAK_KEYWORDS.has(k));
    // a single generic word such as "ai" is too common to mean anything on its own
    if (strong.length) reasons.push(`keywords ${strong.slice(0, 5).join(', ')}`);
    else if (weak.length >= 2) reasons.push(`keywords ${weak.slice(0, 5).join(', ')}`);
  }
  return reasons;
}

/**
 * Decides whether an extension manifest belongs to an AI tool (known from the catalog, or
 * recognised by what it contributes) and builds its DiscoveredTool. The manifest is untrusted:
 * anything malformed means "not identified", never an exception.
 */
export function identifyExtension(manifest: unknown, extensionPath: string, foundBy: string, catalog: Catalog = getCatalog()): DiscoveredTool | undefined {
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) return undefined;
  const m = manifest as Record<string, unknown>;
  if (typeof m.publisher !== 'string' || typeof m.name !== 'string' || !NAME_RE.test(m.publisher) || !NAME_RE.test(m.name)) return undefined;
  const id = `${m.publisher}.${m.name}`.toLowerCase();
  const known = catalog.byExtensionId(id);
  const reasons = known ? ['catalog'] : aiSignals(m);
  if (!reasons.length) return undefined;
  const display = shortString(m.displayName, 120);
  // "%displayName%" is a localisation key, not a name
  const name = known?.displayName ?? (display && !/^%.*%$/.test(display) ? display : id);
  return {
    identity: {
      id,
      name,
      version: shortString(m.version, 60),
      vendor: known?.vendor,
      publisher: shortString(m.publisher, 120),
      kind: 'extension',
      installPath: extensionPath,
      foundBy,
      catalogId: known?.id,
    },
    artifacts: [extensionPath],
    firstPartyHosts: known ? [...known.firstPartyHosts] : [],
    reasons,
  };
}

/** Folder names VS Code marked for removal but has not deleted yet. */
async function obsolete(root: string): Promise<Set<string>> {
  const { manifest } = await readJsonManifest(path.join(root, '.obsolete'), 1024 * 1024);
  return new Set(manifest ? Object.keys(manifest).filter((k) => manifest[k] === true) : []);
}

/**
 * Every AI extension in the extension folders of this machine's editors. When several versions
 * of one extension sit side by side in one folder, the latest is kept; the same extension in two
 * editors is two installs and is listed twice.
 */
export async function discoverExtensions(home: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform, errors: ScanError[], catalog: Catalog): Promise<DiscoveredTool[]> {
  const tools: DiscoveredTool[] = [];
  for (const root of extensionRoots(home, env, platform)) {
    const entries = await listDir(root.dir, errors, 5000);
    if (!entries) continue;
    const skip = await obsolete(root.dir);
    const best = new Map<string, DiscoveredTool>();
    for (const e of entries) {
      if (e.name.startsWith('.') || skip.has(e.name)) continue;
      const dir = path.join(root.dir, e.name);
      if (!e.isDirectory()) {
        if (!e.isSymbolicLink()) continue;
        try {
          if (!(await fs.promises.stat(dir)).isDirectory()) continue;
        } catch (err) {
          errors.push(scanError(dir, 'read', (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : (err as Error).message));
          continue;
        }
      }
      const { manifest, error } = await readJsonManifest(path.join(dir, 'package.json'));
      if (error) {
        errors.push(scanError(path.join(dir, 'package.json'), 'parse', error));
        continue;
      }
      if (!manifest) continue;
      const tool = identifyExtension(manifest, dir, `extensions-dir:${tildify(root.dir, home)} (${root.editor})`, catalog);
      if (!tool) continue;
      const prev = best.get(tool.identity.id);
      if (!prev || compareVersions(tool.identity.version, prev.identity.version) > 0) best.set(tool.identity.id, tool);
    }
    tools.push(...best.values());
  }
  return tools;
}
