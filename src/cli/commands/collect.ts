import * as fs from 'fs';
import * as path from 'path';
import type { VendorDisclosure } from '../../core/review/checklist/types';
import { emptyInventory, type Report, type ToolIdentity } from '../../core/model';
import type { ReviewsFile } from '../../core/review/reviews';
import { CANDOR_VERSION } from '../../core/version';
import { catalogEntryOf, type CatalogTool } from '../../host/catalog';
import { disclosureFor } from '../../host/catalog/disclosures';
import { loadReviews, workspaceReviewsPath } from '../../host/reviews';
import { DEFAULT_LIMITS, isGzip, tarballManifest } from '../../host/artifacts';
import { readHead } from '../../host/artifacts/folder';
import { scanPaths, type ScanOptions } from '../../host/scanner';
import { changeNotice, discoverAll, ReportStore, scanTools } from '../../host/orchestrate';
import { UsageError, type CliIO } from '../io';
import { makeProgress, type Progress } from '../progress';
import { createAnalyzer, defaultCacheDir, defaultJobs, type Analyzer } from '../../host/analyzer';

/** What report, check and diff share: scanning tools with an identity, and reading reviews. */

/** A scanned tool with what the catalog says about it. */
export interface ToolReport {
  report: Report;
  disclosure?: VendorDisclosure;
}

export interface CollectOptions {
  installed: boolean;
  paths: string[];
  maxFileBytes?: number;
  /** Analyses on the worker pool and through the cache (createAnalyzer); in-thread without it. */
  analyzer?: Analyzer;
  progress?: Progress;
  quiet?: boolean;
  /** Keeps each installed tool's report, to say when an update brought new alerts. */
  store?: ReportStore;
}

/** Options every scanning command takes: how many files at once, the result cache, and quiet. */
export const ANALYZER_OPTIONS = { flags: ['no-cache', 'quiet'], options: ['jobs', 'cache-dir'] };

export const ANALYZER_HELP = `  -j, --jobs N           files analysed at once (default: the number of cores, ${defaultJobs()} here)
  --cache-dir DIR        where results are cached by content (default: $XDG_CACHE_HOME/candor or ~/.cache/candor)
  --no-cache             analyse everything again, and cache nothing
  --quiet                no progress, timing or update notices on stderr
`;

/** What a scanning command works with: the analyser, its progress line, and where installed tools' reports are kept. */
export interface ScanContext {
  analyzer: Analyzer;
  progress: Progress;
  store?: ReportStore;
  quiet: boolean;
}

/**
 * Runs \`body\` with the analyser the options ask for, and closes its workers afterwards; says on
 * stderr how many files were analysed and how many came from the cache.
 */
export async function withAnalyzer<T>(args: { flags: Set<string>; options: Map<string, string[]> }, io: CliIO, body: (ctx: ScanContext) => Promise<T>): Promise<T> {
  const jobsText = args.options.get('jobs')?.[0];
  const jobs = jobsText === undefined ? defaultJobs() : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError('--jobs takes a whole number from 1 to 256');
  const cwd = io.cwd ?? process.cwd();
  const dirOption = args.options.get('cache-dir')?.[0];
  const cacheDir = args.flags.has('no-cache') ? undefined : dirOption ? path.resolve(cwd, dirOption) : defaultCacheDir(io.env ?? process.env);
  const started = Date.now();
  const analyzer = createAnalyzer({ jobs, cacheDir, workerPath: path.join(__dirname, 'worker.js') });
  const progress = makeProgress(io, args.flags.has('quiet'));
  try {
    return await body({ analyzer, progress, quiet: args.flags.has('quiet'), ...(cacheDir ? { store: new ReportStore(path.join(cacheDir, 'reports')) } : {}) });
  } finally {
    progress.clear();
    await analyzer.dispose();
    const s = analyzer.stats;
    if (s.files && !args.flags.has('quiet')) io.stderr.write(`candor: ${s.files} file${s.files === 1 ? '' : 's'} analysed${cacheDir ? `, ${s.cacheHits} from the cache` : ''}, ${analyzer.concurrency} at a time, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

/**
 * Scans paths or installed tools the way `candor scan` does. A path scan gets an identity from the
 * package manifest it finds (or the path's name) and a content hash, so reviews and policies can
 * refer to it.
 */
export async function collectReports(opts: CollectOptions, io: CliIO): Promise<ToolReport[]> {
  const cwd = io.cwd ?? process.cwd();
  const out: ToolReport[] = [];
  const analyzer = opts.analyzer ?? createAnalyzer({ jobs: 1 });
  const progress = opts.progress;
  try {
    if (opts.installed) {
      const found = await discoverAll({ env: io.env });
      const scans = await scanTools(found.tools, {
        analyzer,
        store: opts.store,
        // A tool is often one large file: scanning as many tools at once as files keeps every core busy.
        toolsAtOnce: analyzer.concurrency,
        maxFileBytes: opts.maxFileBytes,
        onToolStart: (tool, k, n) => progress?.tool(tool.identity.name, k, n),
        onProgress: (_tool, p) => progress?.update(p),
      });
      const reused = scans.filter((x) => x.reused).length;
      if (reused && !opts.quiet) io.stderr.write(`candor: ${reused} of ${scans.length} tool${scans.length === 1 ? '' : 's'} unchanged since the last scan (no file changed); their reports are read back\n`);
      for (const [i, { report: r, statKey: key }] of scans.entries()) {
        const tool = found.tools[i];
        const disclosure = (tool as { disclosure?: VendorDisclosure }).disclosure ?? catalogDisclosure(catalogEntry(r.tool), r.tool?.version);
        out.push({ report: r, ...(disclosure ? { disclosure } : {}) });
        if (opts.store && r.tool) {
          const notice = changeNotice(r, await opts.store.keep(r.tool.id, r, key));
          if (notice && !opts.quiet) {
            progress?.clear();
            io.stderr.write(`candor: ${notice} since the last scan\n`);
          }
        }
      }
      if (found.errors.length) {
        if (!out.length) out.push({ report: { artifacts: [], findings: [], errors: [], inventory: emptyInventory() } });
        out[0].report.errors.push(...found.errors);
      }
    } else {
      for (const [i, p] of opts.paths.entries()) {
        const abs = path.resolve(cwd, p);
        progress?.tool(p, i + 1, opts.paths.length);
        const identity = await identifyPath(abs);
        const entry = catalogEntry(identity);
        if (entry) {
          identity.catalogId = entry.id;
          identity.vendor ??= entry.vendor;
        }
        const { report: r, contentHash } = await scanHashed([abs], { maxFileBytes: opts.maxFileBytes, onProgress: progress?.update, analyze: analyzer.analyze, concurrency: analyzer.concurrency, ...(entry ? { firstPartyHosts: entry.firstPartyHosts } : {}) });
        if (contentHash) identity.contentHash = contentHash;
        r.tool = identity;
        const disclosure = catalogDisclosure(entry, identity.version);
        out.push({ report: r, ...(disclosure ? { disclosure } : {}) });
      }
    }
  } finally {
    if (!opts.analyzer) await analyzer.dispose();
  }
  const time = new Date().toISOString();
  for (const t of out) t.report.generator = { name: 'candor', version: CANDOR_VERSION, time };
  return out;
}

/** Identity of a scanned path: from its package.json when it has one (VS Code extension or npm package). */
export async function identifyPath(abs: string): Promise<ToolIdentity> {
  const base = path.basename(abs);
  const identity: ToolIdentity = { id: base, name: base, kind: 'unknown', installPath: abs, foundBy: `path:${abs}` };
  try {
    const st = await fs.promises.stat(abs);
    let pkg: Record<string, unknown> | undefined;
    const manifest = st.isDirectory() ? path.join(abs, 'package.json') : undefined;
    if (manifest && fs.existsSync(manifest)) pkg = JSON.parse(await fs.promises.readFile(manifest, 'utf8')) as Record<string, unknown>;
    else if (st.isFile() && isGzip((await readHead(abs, 4)) ?? Buffer.alloc(0))) pkg = await tarballManifest(abs, st.size, DEFAULT_LIMITS.maxManifestBytes);
    if (pkg) {
      const name = typeof pkg.name === 'string' ? pkg.name : undefined;
      const publisher = typeof pkg.publisher === 'string' ? pkg.publisher : undefined;
      const isExtension = !!(pkg.engines && typeof pkg.engines === 'object' && 'vscode' in (pkg.engines as object));
      if (name) {
        identity.id = isExtension && publisher ? `${publisher}.${name}` : name;
        identity.name = typeof pkg.displayName === 'string' ? pkg.displayName : name;
      }
      if (typeof pkg.version === 'string') identity.version = pkg.version;
      if (publisher) identity.publisher = publisher;
      else if (typeof pkg.author === 'string') identity.vendor = pkg.author;
      else if (pkg.author && typeof (pkg.author as { name?: unknown }).name === 'string') identity.vendor = (pkg.author as { name: string }).name;
      identity.kind = isExtension ? 'extension' : pkg.bin ? 'cli' : 'unknown';
    }
  } catch {
    /* an unreadable or broken manifest leaves the path's name as identity; the scan reports the file */
  }
  return identity;
}

/** Scans and returns the content hash scanPaths computed, which the extension's reviews are bound to too. */
export async function scanHashed(paths: string[], opts: ScanOptions): Promise<{ report: Report; contentHash?: string }> {
  const report = await scanPaths(paths, opts);
  return { report, ...(report.contentHash ? { contentHash: report.contentHash } : {}) };
}

/** Reviews from --reviews (must exist) or .candor/reviews.json in cwd (optional). Throws UsageError on a broken file. */
export async function readReviewsOption(file: string | undefined, io: CliIO): Promise<{ reviews?: ReviewsFile; path?: string }> {
  const cwd = io.cwd ?? process.cwd();
  const p = file ? path.resolve(cwd, file) : workspaceReviewsPath(cwd);
  const loaded = await loadReviews(p);
  if (!loaded.ok) throw new UsageError(`${loaded.error.message}${loaded.error.problems.length > 1 ? '\n  ' + loaded.error.problems.join('\n  ') : ''}`);
  if (!loaded.exists) {
    if (file) throw new UsageError(`reviews file ${p} does not exist`);
    return {};
  }
  return { reviews: loaded.file, path: p };
}


export function disclosureMap(tools: ToolReport[]): Record<string, VendorDisclosure> {
  const out: Record<string, VendorDisclosure> = {};
  for (const t of tools) if (t.report.tool && t.disclosure) out[t.report.tool.id] = t.disclosure;
  return out;
}

/** The catalog entry of a tool: by catalog id, extension id or npm package name. */
export function catalogEntry(tool: ToolIdentity | undefined): CatalogTool | undefined {
  return catalogEntryOf(tool);
}

/** The catalog's pages and opt-outs, with the vendor's disclosure record for this version of the tool. */
export function catalogDisclosure(entry: CatalogTool | undefined, version?: string): VendorDisclosure | undefined {
  return disclosureFor(entry, version);
}
