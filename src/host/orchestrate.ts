import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { emptyInventory, type Finding, type Report, type ScanError } from '../core/model';
import { diffReports, newAlerts, type ReportDiff } from '../core/review/diff';
import { CANDOR_VERSION } from '../core/version';
import type { Analyzer } from './analyzer';
import { discoverTools, type DiscoveredTool, type DiscoveryOptions } from './discovery';
import { scanPaths, type ScanProgress } from './scanner';

/**
 * One scan orchestration for the CLI and the extension: discover the installed tools, expand and
 * analyse each one on the analyser (worker pool and result cache), keep each tool's previous report
 * and say what changed. What is the editor's (progress UI, events, watchers) or the terminal's
 * (progress line, output formats) stays with the caller.
 */

export interface DiscoverAllOptions extends DiscoveryOptions {
  /** Tools a caller knows of besides the folders (the running editor's extensions); after discovery's own. */
  moreTools?: DiscoveredTool[];
}

/**
 * Discovery (extra paths included) plus what both callers need around it: each install path and id
 * once, whoever found it first. Errors for one folder or launcher come back beside the tools.
 */
export async function discoverAll(opts: DiscoverAllOptions = {}): Promise<{ tools: DiscoveredTool[]; errors: ScanError[] }> {
  const found: DiscoveredTool[] = [];
  const errors: ScanError[] = [];
  try {
    const r = await discoverTools(opts);
    found.push(...r.tools);
    // "not available in this build" is the placeholder of an unfinished discovery, not the user's problem.
    errors.push(...r.errors.filter((e) => e.kind !== 'unsupported'));
  } catch (err) {
    errors.push({ path: '', kind: 'internal', reason: `Discovery failed: ${(err as Error).message}` });
  }
  found.push(...(opts.moreTools ?? []));
  const byPath = new Map<string, DiscoveredTool>();
  const ids = new Set<string>();
  for (const t of found) {
    const key = path.resolve(t.identity.installPath);
    if (byPath.has(key) || ids.has(t.identity.id)) continue;
    byPath.set(key, t);
    ids.add(t.identity.id);
  }
  return { tools: [...byPath.values()], errors };
}

export interface ToolScan {
  report: Report;
  /** Files analysed, and how many of them came from the cache. */
  files: number;
  cacheHits: number;
  ms: number;
  /** The tool's files, by name, size, time and inode, with Candor's build: equal means nothing to scan again. */
  statKey?: string;
  /** The report is the one kept from the last scan: no file of the tool changed since. */
  reused?: boolean;
}

export interface ToolScanOptions {
  analyzer: Analyzer;
  maxFileBytes?: number;
  signal?: AbortSignal;
  onProgress?: (p: ScanProgress) => void;
  /** Where the last report is kept: a tool none of whose files changed is not read again. */
  store?: ReportStore;
}

/** Errors that say nothing about the content (a time or memory limit, a failure of Candor's own): a report with them is scanned again. */
const TRANSIENT = new Set(['limit', 'internal', 'read', 'stack']);

/**
 * A key over every file under the tool's artifacts: relative name, size, modification time and
 * inode (lstat: links are not followed, a link's own change counts). Undefined when the tree is
 * too large or cannot be listed: then the tool is scanned.
 */
export async function statKey(paths: string[], limit = 50_000): Promise<string | undefined> {
  const h = createHash('sha256');
  let count = 0;
  try {
    for (const root of paths) {
      const top = await fs.promises.stat(root);
      h.update(`${root}\0${top.size}\0${top.mtimeMs}\0${top.ino}\n`);
      if (!top.isDirectory()) continue;
      const stack = [root];
      while (stack.length) {
        const dir = stack.pop()!;
        const entries = await fs.promises.readdir(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
          if (++count > limit) return undefined;
          const p = path.join(dir, e.name);
          const st = await fs.promises.lstat(p);
          h.update(`${path.relative(root, p)}\0${st.size}\0${st.mtimeMs}\0${st.ino}\0${st.mode}\n`);
          if (e.isDirectory()) stack.push(p);
        }
      }
    }
  } catch {
    return undefined;
  }
  return h.digest('hex');
}

/** Scans one tool's artifacts into a report that carries the tool's identity, content hash and Candor's version. */
export async function scanTool(tool: DiscoveredTool, opts: ToolScanOptions): Promise<ToolScan> {
  const started = Date.now();
  let files = 0;
  let cacheHits = 0;
  let key: string | undefined;
  if (opts.store) {
    const tree = await statKey(tool.artifacts);
    key = tree && createHash('sha256').update(`${tree}\0${opts.analyzer.version}\0${JSON.stringify(tool.firstPartyHosts ?? [])}`).digest('hex');
    const kept = key ? await opts.store.unchanged(tool.identity.id, key) : undefined;
    if (kept && !kept.errors.some((e) => TRANSIENT.has(e.kind))) {
      const contentHash = tool.identity.contentHash ?? kept.tool?.contentHash ?? kept.contentHash;
      kept.tool = { ...tool.identity, ...(contentHash ? { contentHash } : {}) };
      kept.generator = { name: 'candor', version: CANDOR_VERSION, time: new Date().toISOString() };
      return { report: kept, files: 0, cacheHits: 0, ms: Date.now() - started, statKey: key, reused: true };
    }
  }
  const report = await scanPaths(tool.artifacts, {
    signal: opts.signal,
    maxFileBytes: opts.maxFileBytes,
    firstPartyHosts: tool.firstPartyHosts,
    onProgress: opts.onProgress,
    concurrency: opts.analyzer.concurrency,
    analyze: async (p, text, options, sha256) => {
      files++;
      const { result, cached } = await opts.analyzer.analyzeCounted(p, text, options, sha256, opts.signal);
      if (cached) cacheHits++;
      return result;
    },
  });
  if (opts.signal?.aborted) throw new Error('Scan cancelled');
  const contentHash = tool.identity.contentHash ?? report.contentHash;
  report.tool = { ...tool.identity, ...(contentHash ? { contentHash } : {}) };
  report.generator = { name: 'candor', version: CANDOR_VERSION, time: new Date().toISOString() };
  return { report, files, cacheHits, ms: Date.now() - started, ...(key ? { statKey: key } : {}) };
}

export interface ToolListOptions extends Omit<ToolScanOptions, 'onProgress'> {
  /** Tools scanned at once (each also analyses several files at once); default 1. */
  toolsAtOnce?: number;
  onToolStart?: (tool: DiscoveredTool, index: number, total: number) => void;
  onProgress?: (tool: DiscoveredTool, p: ScanProgress) => void;
  onToolDone?: (tool: DiscoveredTool, scan: ToolScan, done: number, total: number) => void;
}

/**
 * Scans a list of tools; results keep the list's order. A tool whose scan throws (not a bad file:
 * those are errors inside its report) gets a report that says it could not be read, never a clean one.
 */
export async function scanTools(tools: DiscoveredTool[], opts: ToolListOptions): Promise<ToolScan[]> {
  const out: ToolScan[] = new Array(tools.length);
  let next = 0;
  let done = 0;
  const width = Math.max(1, Math.min(tools.length, opts.toolsAtOnce ?? 1));
  const lane = async () => {
    for (let i = next++; i < tools.length; i = next++) {
      if (opts.signal?.aborted) return;
      const tool = tools[i];
      opts.onToolStart?.(tool, i + 1, tools.length);
      let scan: ToolScan;
      try {
        scan = await scanTool(tool, { ...opts, onProgress: opts.onProgress && ((p) => opts.onProgress!(tool, p)) });
      } catch (err) {
        if (opts.signal?.aborted) return;
        const report: Report = { artifacts: [], findings: [], errors: [{ path: tool.identity.installPath, kind: 'internal', reason: `Scan failed: ${(err as Error).message}` }], inventory: emptyInventory(), tool: { ...tool.identity } };
        scan = { report, files: 0, cacheHits: 0, ms: 0 };
      }
      out[i] = scan;
      opts.onToolDone?.(tool, scan, ++done, tools.length);
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  if (opts.signal?.aborted) throw new Error('Scan cancelled');
  return out;
}

/** What a tool's previous scan says about this one. */
export interface Comparison {
  /** The report of the tool's previous content; undefined on the first scan. */
  previous?: Report;
  /** Set when the content changed since the last scan. */
  diff?: ReportDiff;
  /** Alerts the new content has that the previous one did not. */
  added: Finding[];
}

interface Stored {
  current: Report;
  previous?: Report;
  /** The statKey the current report was made under. */
  statKey?: string;
}

/**
 * Each tool's last report and the one before its content last changed, one JSON file per tool.
 * Writes are atomic (a temporary file renamed over the old one); an unreadable file counts as no
 * history. Storage is a convenience: a failed write only loses the comparison.
 */
export class ReportStore {
  constructor(readonly dir: string) {}

  private file(id: string): string {
    return path.join(this.dir, `${createHash('sha256').update(id).digest('hex').slice(0, 32)}.json`);
  }

  private async read(id: string): Promise<Stored | undefined> {
    try {
      const data = JSON.parse(await fs.promises.readFile(this.file(id), 'utf8')) as Stored;
      return data && typeof data === 'object' && data.current && Array.isArray(data.current.findings) ? data : undefined;
    } catch {
      return undefined;
    }
  }

  /** The current report, when it was made under this statKey (the tool's files and Candor's build unchanged). */
  async unchanged(id: string, key: string): Promise<Report | undefined> {
    const stored = await this.read(id);
    return stored?.statKey === key ? stored.current : undefined;
  }

  /** The report kept from before the tool's content last changed. */
  async previous(id: string): Promise<Report | undefined> {
    return (await this.read(id))?.previous;
  }

  /**
   * Keeps `report` as the tool's current one and compares it with what was kept. A scan that read
   * nothing of the tool (no content hash, only errors) is never recorded as its new state.
   */
  async keep(id: string, report: Report, key?: string): Promise<Comparison> {
    const stored = await this.read(id);
    // The same report read back (nothing changed): nothing to write.
    if (key && stored?.statKey === key) return { previous: stored.previous, added: [] };
    const hash = report.tool?.contentHash ?? report.contentHash;
    let previous = stored?.previous;
    let diff: ReportDiff | undefined;
    let added: Finding[] = [];
    if (!hash && report.errors.length) return { previous, added };
    const storedHash = stored?.current.tool?.contentHash ?? stored?.current.contentHash;
    if (stored?.current && storedHash !== hash) {
      previous = stored.current;
      diff = diffReports(stored.current, report);
      added = newAlerts(diff);
    }
    await this.write(id, { current: report, ...(previous ? { previous } : {}), ...(key ? { statKey: key } : {}) });
    return { previous, diff, added };
  }

  private async write(id: string, data: Stored): Promise<void> {
    const file = this.file(id);
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await fs.promises.mkdir(this.dir, { recursive: true });
      await fs.promises.writeFile(tmp, JSON.stringify(data));
      await fs.promises.rename(tmp, file);
    } catch {
      await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    }
  }

  async clear(): Promise<void> {
    await fs.promises.rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** "Gemini CLI 0.60.0 → 0.61.0: 2 new alerts", or undefined when nothing new. */
export function changeNotice(report: Report, c: Comparison): string | undefined {
  if (!c.added.length) return undefined;
  const name = report.tool?.name ?? report.tool?.id ?? 'tool';
  const from = c.previous?.tool?.version;
  const to = report.tool?.version;
  const versions = from && to && from !== to ? ` ${from} → ${to}` : to ? ` ${to}` : '';
  return `${name}${versions}: ${c.added.length} new ${c.added.length === 1 ? 'alert' : 'alerts'}`;
}
