import { createHash } from 'crypto';
import { analyzeSource, type AnalyzeOptions } from '../core/analyze';
import { emptyInventory, mergeInventory, type FileResult, type Report } from '../core/model';
import { expandInput, type ExpandOptions } from './artifacts';
import { followLinks, type LinkedSource } from './links';
import { MAX_DATA_BYTES } from '../core/links';
import { getCatalog } from './catalog';
import * as fs from 'fs';
import * as path from 'path';

export interface ScanProgress {
  path: string;
  bytes: number;
  done: number;
}

export interface ScanOptions extends ExpandOptions, AnalyzeOptions {
  onProgress?: (p: ScanProgress) => void;
  /** Replaces the in-thread analyser (the worker pool plugs in here); `sha256` is the source's hash, already taken. */
  analyze?: (path: string, text: string, options: AnalyzeOptions, sha256: string) => FileResult | Promise<FileResult>;
  /** Sources analysed at once (with a pooled `analyze`); results keep the order of the sources. */
  concurrency?: number;
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Scans input paths into one report. Identical sources (same sha256) are analysed once; every
 * unreadable or unparsable input becomes an entry in `errors` and the scan goes on. Up to
 * `concurrency` sources are analysed while the inputs go on being expanded.
 */
export async function scanPaths(paths: string[], given: ScanOptions = {}): Promise<Report> {
  // A path inside a package the catalog knows (`candor scan node_modules/@google/gemini-cli`) is
  // that tool's: its own vendor's hosts are not other vendors', as for a tool found installed.
  const opts = given.firstPartyHosts === undefined ? { ...given, firstPartyHosts: catalogHostsOf(paths) } : given;
  const report: Report = { artifacts: [], findings: [], errors: [], inventory: emptyInventory() };
  const analyze = opts.analyze ?? analyzeSource;
  const width = Math.max(1, opts.concurrency ?? 1);
  const seen = new Set<string>();
  const hashes: string[] = [];
  const inFlight = new Set<Promise<unknown>>();
  const results: (FileResult | undefined)[] = [];
  // Every file's text until the end, for the round that follows values across files.
  const sources: LinkedSource[] = [];
  let done = 0;
  for (const input of paths) {
    for await (const ev of expandInput(input, opts)) {
      if (opts.signal?.aborted) throw new Error('Scan cancelled');
      if (ev.type === 'artifact') report.artifacts.push(ev.artifact);
      else if (ev.type === 'error') report.errors.push(ev.error);
      else if (ev.type === 'finding') {
        report.findings.push(ev.finding);
        if (ev.inventory) mergeInventory(report.inventory, ev.inventory);
      } else {
        const src = ev.source;
        const hash = src.sha256 ?? sha256(src.text);
        if (seen.has(hash)) continue;
        seen.add(hash);
        hashes.push(hash);
        opts.onProgress?.({ path: src.path, bytes: src.text.length, done });
        const slot = results.length;
        results.push(undefined);
        sources.push({ path: src.path, text: src.text, hash });
        const job = Promise.resolve(analyze(src.path, src.text, { firstPartyHosts: opts.firstPartyHosts }, hash)).then((r) => {
          results[slot] = r;
          done++;
        });
        inFlight.add(job);
        void job.finally(() => inFlight.delete(job)).catch(() => undefined);
        if (inFlight.size >= width) await Promise.race(inFlight);
      }
    }
  }
  await Promise.all(inFlight);
  if (results.some((r) => r?.links)) {
    const options = { firstPartyHosts: opts.firstPartyHosts };
    await followLinks(results, sources, async (p, text, o, hash) => analyze(p, text, o, hash), options, { concurrency: width, readData: dataReader(paths) });
  }
  sources.length = 0;
  // In the order the sources came, whatever order they finished in.
  for (const result of results) {
    if (!result) continue;
    if (result.error) report.errors.push(result.error);
    report.findings.push(...result.findings);
    mergeInventory(report.inventory, result.inventory);
  }
  if (hashes.length) report.contentHash = sha256(hashes.sort().join('\n'));
  return report;
}

/**
 * Reads the JSON (and YAML) files the scanned code requires or reads whole (`require("../package.json")`,
 * `YAML.parse(readFileSync(join(__dirname, "config.yaml")))`): any inside a
 * folder given, and for a file given, those in its own folder (and below it) and its package's
 * package.json (the nearest one, four folders up at most). Nothing else: not a folder above a
 * file, whatever package.json is there; not a link out; not a container's entry (`x.vsix!/…`);
 * nothing larger than MAX_DATA_BYTES. A file that cannot be read is no answer; each is read once.
 */
export function dataReader(paths: readonly string[]): (file: string) => string | undefined {
  const roots: string[] = [];
  const files = new Set<string>();
  for (const input of paths) {
    try {
      const real = fs.realpathSync(input);
      if (fs.statSync(real).isDirectory()) {
        roots.push(real);
        continue;
      }
      roots.push(path.dirname(real));
      for (let up = 0, at = path.dirname(real); up <= 4; up++) {
        const pkg = path.join(at, 'package.json');
        if (fs.existsSync(pkg)) {
          files.add(fs.realpathSync(pkg));
          break;
        }
        const parent = path.dirname(at);
        if (parent === at) break;
        at = parent;
      }
    } catch {
      // An input that cannot be read has no data files to answer from.
    }
  }
  const inside = (p: string) => files.has(p) || roots.some((r) => p === r || p.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
  const read = new Map<string, string | undefined>();
  return (file) => {
    if (file.includes('!') || !/\.(json|ya?ml)$/i.test(file)) return undefined;
    if (read.has(file)) return read.get(file);
    let text: string | undefined;
    try {
      const real = fs.realpathSync(file);
      const st = fs.statSync(real);
      if (st.isFile() && st.size <= MAX_DATA_BYTES && inside(real)) text = fs.readFileSync(real, 'utf8');
    } catch {
      text = undefined;
    }
    read.set(file, text);
    return text;
  };
}

/**
 * The first-party hosts of the catalogued tool every input path belongs to: the nearest
 * package.json at or above each (four folders up at most) names an npm package of one catalog
 * entry. Undefined when the inputs are not all one known tool's, or a file cannot be read.
 */
export function catalogHostsOf(paths: readonly string[]): string[] | undefined {
  let hosts: string[] | undefined;
  let id: string | undefined;
  for (const input of paths) {
    let name: string | undefined;
    try {
      let dir = path.resolve(input);
      if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
      for (let up = 0; up <= 4 && name === undefined; up++) {
        const file = path.join(dir, 'package.json');
        if (fs.existsSync(file) && fs.statSync(file).size <= 1 << 20) {
          const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown };
          name = typeof pkg.name === 'string' ? pkg.name : '';
        }
        const parent = path.dirname(dir);
        if (parent === dir) break;
        dir = parent;
      }
      const entry = name ? getCatalog().byNpmPackage(name) : undefined;
      if (!entry || (id !== undefined && entry.id !== id)) return undefined;
      id = entry.id;
      hosts = [...entry.firstPartyHosts];
    } catch {
      return undefined;
    }
  }
  return hosts;
}
