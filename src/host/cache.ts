import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { FileResult } from '../core/model';

export interface CacheOptions {
  /** Candor's version: a new release may find more, so its results never mix with older ones. */
  candorVersion: string;
  /** Changes whenever rule metadata changes (ids, severities, alert flags). */
  rulesVersion: string;
  /** Entries kept; the least recently used go first. */
  maxEntries?: number;
  /** Total bytes kept on disk. */
  maxBytes?: number;
}

interface Entry {
  key: string;
  path: string;
  result: FileResult;
}

/** What changes an analysis's result besides the code: the options it was given. */
export function variantOf(options: { firstPartyHosts?: readonly string[]; links?: object }): string {
  const hosts = options.firstPartyHosts?.length ? `hosts:${[...options.firstPartyHosts].sort().join(',')}` : '';
  // What the tool's other files passed in (the scan's second round) is part of what the result depends on.
  const links = options.links ? `links:${createHash('sha256').update(JSON.stringify(options.links)).digest('hex').slice(0, 32)}` : '';
  return hosts && links ? `${hosts};${links}` : hosts || links;
}

/**
 * Analysis results by content: the same source text analysed by the same Candor and rules gives
 * the same findings, so an unchanged tool re-scans from here in milliseconds. One JSON file per
 * entry; an unreadable or corrupt entry is a miss, never an error.
 */
export class ResultCache {
  hits = 0;
  misses = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private writesSincePrune = 0;

  constructor(readonly dir: string, private readonly opts: CacheOptions) {
    this.maxEntries = opts.maxEntries ?? 5000;
    this.maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
  }

  /**
   * Keyed by content; a caller that already hashed the content passes that hash instead of hashing
   * it again. `variant` names whatever else changes the result (the tool's first-party hosts).
   */
  key(text: string, contentHash?: string, variant = ''): string {
    const h = createHash('sha256');
    if (contentHash) h.update('sha256:').update(contentHash);
    else h.update(text);
    h.update('\u0000').update(this.opts.candorVersion).update('\u0000').update(this.opts.rulesVersion);
    if (variant) h.update('\u0000').update(variant);
    return h.digest('hex');
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached result re-homed at `filePath` (the same code may sit at another path), or undefined. */
  async get(text: string, filePath: string, contentHash?: string, variant?: string): Promise<FileResult | undefined> {
    const key = this.key(text, contentHash, variant);
    const file = this.file(key);
    let entry: Entry;
    try {
      entry = JSON.parse(await fs.promises.readFile(file, 'utf8')) as Entry;
      if (!entry || entry.key !== key || typeof entry.result !== 'object' || !Array.isArray(entry.result.findings) || typeof entry.result.inventory !== 'object') throw new Error('corrupt');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') await fs.promises.rm(file, { force: true }).catch(() => undefined);
      this.misses++;
      return undefined;
    }
    this.hits++;
    const now = new Date();
    await fs.promises.utimes(file, now, now).catch(() => undefined);
    return rehome(entry.result, entry.path, filePath);
  }

  async set(text: string, filePath: string, result: FileResult, contentHash?: string, variant?: string): Promise<void> {
    // A time limit or crash may pass on a later run with more time or memory: never cache it.
    if (result.error && result.error.kind !== 'parse') return;
    const key = this.key(text, contentHash, variant);
    const file = this.file(key);
    const entry: Entry = { key, path: filePath, result };
    try {
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await fs.promises.writeFile(tmp, JSON.stringify(entry));
      await fs.promises.rename(tmp, file);
    } catch {
      return;
    }
    if (++this.writesSincePrune >= 50) {
      this.writesSincePrune = 0;
      await this.prune();
    }
  }

  /** Drops least recently used entries beyond the bounds. */
  async prune(): Promise<void> {
    const files: { file: string; size: number; mtime: number }[] = [];
    let subdirs: string[];
    try {
      subdirs = await fs.promises.readdir(this.dir);
    } catch {
      return;
    }
    for (const d of subdirs) {
      // Only what the cache itself writes: a --cache-dir that names another folder loses nothing.
      if (!/^[0-9a-f]{2}$/.test(d)) continue;
      const sub = path.join(this.dir, d);
      let names: string[];
      try {
        names = await fs.promises.readdir(sub);
      } catch {
        continue;
      }
      for (const n of names) {
        if (!/^[0-9a-f]{64}\.json(\.\d+\.[a-z0-9]+\.tmp)?$/.test(n)) continue;
        const file = path.join(sub, n);
        try {
          const st = await fs.promises.stat(file);
          if (n.endsWith('.tmp') && Date.now() - st.mtimeMs > 60_000) await fs.promises.rm(file, { force: true });
          else if (n.endsWith('.json')) files.push({ file, size: st.size, mtime: st.mtimeMs });
        } catch {
          /* raced with another writer */
        }
      }
    }
    files.sort((a, b) => b.mtime - a.mtime);
    let bytes = 0;
    for (let i = 0; i < files.length; i++) {
      bytes += files[i].size;
      if (i >= this.maxEntries || bytes > this.maxBytes) await fs.promises.rm(files[i].file, { force: true }).catch(() => undefined);
    }
  }

  async clear(): Promise<void> {
    await fs.promises.rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

function rehome(result: FileResult, from: string, to: string): FileResult {
  if (from === to) return result;
  const fix = <T extends { path: string }>(x: T): T => (x.path === from ? { ...x, path: to } : x);
  return {
    ...result,
    path: to,
    error: result.error ? fix(result.error) : undefined,
    findings: result.findings.map((f) => ({ ...f, location: fix(f.location), trace: f.trace.map((s) => ({ ...s, location: fix(s.location) })) })),
  };
}

/** A version for the rule table: changes whenever a rule's id, severity, category or alert flag does. */
export function rulesVersionOf(rules: readonly { id: string; defaultSeverity: string; category: string; alert: boolean }[]): string {
  return createHash('sha256')
    .update(JSON.stringify(rules.map((r) => [r.id, r.defaultSeverity, r.category, r.alert])))
    .digest('hex')
    .slice(0, 16);
}
