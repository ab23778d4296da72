import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeSource, type AnalyzeOptions } from '../core/analyze';
import type { FileResult } from '../core/model';
import { RULES } from '../core/rules/meta';
import { CANDOR_VERSION } from '../core/version';
import { ResultCache, rulesVersionOf, variantOf } from './cache';
import { WorkerPool } from './pool';

/**
 * How a scan analyses its files, for the CLI as for the extension: on a pool of workers (all cores
 * by default) and through a cache of results by content, so an unchanged tool re-scans from disk.
 * The scan's expansion (reading archives, executables) stays on the calling thread and feeds the
 * pool as it goes.
 */
export interface AnalyzerOptions {
  /** Files analysed at once; 1 analyses on the calling thread. */
  jobs?: number;
  /** Where results are cached; undefined: no cache. */
  cacheDir?: string;
  /** The worker script (dist/worker.js beside the bundle); without it, analysis stays on this thread. */
  workerPath?: string;
  signal?: AbortSignal;
  /** Per-file time limit on the workers. */
  timeoutMs?: number;
  /** A pool and a cache the caller owns (the extension's, which also renders readable views on the pool). */
  pool?: WorkerPool;
  cache?: ResultCache;
}

export interface Analyzer {
  analyze(path: string, text: string, options: AnalyzeOptions, sha256: string, signal?: AbortSignal): Promise<FileResult>;
  /** The same, saying whether the result came from the cache. */
  analyzeCounted(path: string, text: string, options: AnalyzeOptions, sha256: string, signal?: AbortSignal): Promise<{ result: FileResult; cached: boolean }>;
  /** How many files a scan may have in flight. */
  readonly concurrency: number;
  /** Candor's build and rules: results made under another are not reused. */
  readonly version: string;
  readonly stats: { files: number; cacheHits: number; cacheMisses: number };
  dispose(): Promise<void>;
}

/** The default number of jobs: the machine's cores. */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

/** The user's cache folder for Candor: $XDG_CACHE_HOME/candor, else ~/.cache/candor (%LOCALAPPDATA% on Windows); undefined without a home. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'candor');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'candor', 'cache');
  const home = env.HOME || env.USERPROFILE;
  return home ? path.join(home, '.cache', 'candor') : undefined;
}

/** What the cache keys depend on besides content: Candor's version and this build of its analyser. */
export function buildVersion(workerPath: string | undefined): string {
  for (const f of [workerPath, __filename]) {
    if (!f) continue;
    try {
      const st = fs.statSync(f);
      return `${CANDOR_VERSION}+${st.size}.${Math.floor(st.mtimeMs)}`;
    } catch {
      /* next */
    }
  }
  return CANDOR_VERSION;
}

export function createAnalyzer(opts: AnalyzerOptions = {}): Analyzer {
  const jobs = Math.max(1, Math.floor(opts.pool?.options.size ?? opts.jobs ?? defaultJobs()));
  const workerPath = opts.workerPath ?? path.join(__dirname, 'worker.js');
  const ownPool = !opts.pool && jobs > 1 && fs.existsSync(workerPath) ? new WorkerPool({ workerPath, size: jobs, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) }) : undefined;
  const pool = opts.pool ?? ownPool;
  const cache = opts.cache ?? (opts.cacheDir ? new ResultCache(opts.cacheDir, { candorVersion: buildVersion(pool ? workerPath : undefined), rulesVersion: rulesVersionOf(RULES) }) : undefined);
  const stats = { files: 0, cacheHits: 0, cacheMisses: 0 };
  const version = `${buildVersion(workerPath)}+${rulesVersionOf(RULES)}`;
  const analyzeCounted = async (p: string, text: string, options: AnalyzeOptions, sha256: string, signal?: AbortSignal) => {
    stats.files++;
    const variant = variantOf(options);
    const cached = await cache?.get(text, p, sha256, variant);
    if (cached) {
      stats.cacheHits++;
      return { result: cached, cached: true };
    }
    if (cache) stats.cacheMisses++;
    const result = pool ? await pool.analyze(p, text, options, signal ?? opts.signal) : analyzeSource(p, text, options);
    await cache?.set(text, p, result, sha256, variant);
    return { result, cached: false };
  };
  return {
    concurrency: pool ? jobs : 1,
    version,
    stats,
    analyzeCounted,
    analyze: async (p, text, options, sha256, signal) => (await analyzeCounted(p, text, options, sha256, signal)).result,
    async dispose() {
      await ownPool?.dispose();
    },
  };
}
