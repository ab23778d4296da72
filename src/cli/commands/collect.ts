import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { VendorDisclosure } from '../../core/checklist/types';
import { emptyInventory, type Report, type ToolIdentity } from '../../core/model';
import type { ReviewsFile } from '../../core/review';
import { CANDOR_VERSION } from '../../core/version';
import { getCatalog, type CatalogTool } from '../../host/catalog';
import { discoverTools } from '../../host/discovery';
import { loadReviews, workspaceReviewsPath } from '../../host/reviews';
import { scanPaths } from '../../host/scanner';
import { UsageError, type CliIO } from '../io';

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
}

/**
 * Scans paths or installed tools the way `candor scan` does. A path scan gets an identity from the
 * package manifest it finds (or the path's name) and a content hash, so reviews and policies can
 * refer to it.
 */
export async function collectReports(opts: CollectOptions, io: CliIO): Promise<ToolReport[]> {
  const cwd = io.cwd ?? process.cwd();
  const out: ToolReport[] = [];
  const common = { maxFileBytes: opts.maxFileBytes };
  if (opts.installed) {
    const found = await discoverTools({ env: io.env });
    for (const tool of found.tools) {
      const r = await scanPaths(tool.artifacts, { ...common, firstPartyHosts: tool.firstPartyHosts });
      r.tool = { ...tool.identity };
      if (!r.tool.contentHash) r.tool.contentHash = await contentHash(tool.artifacts);
      const disclosure = (tool as { disclosure?: VendorDisclosure }).disclosure ?? catalogDisclosure(catalogEntry(r.tool));
      out.push({ report: r, ...(disclosure ? { disclosure } : {}) });
    }
    if (found.errors.length) {
      if (!out.length) out.push({ report: { artifacts: [], findings: [], errors: [], inventory: emptyInventory() } });
      out[0].report.errors.push(...found.errors);
    }
  } else {
    for (const p of opts.paths) {
      const abs = path.resolve(cwd, p);
      const identity = await identifyPath(abs);
      const entry = catalogEntry(identity);
      if (entry) {
        identity.catalogId = entry.id;
        identity.vendor ??= entry.vendor;
      }
      const r = await scanPaths([abs], { ...common, ...(entry ? { firstPartyHosts: entry.firstPartyHosts } : {}) });
      r.tool = identity;
      const disclosure = catalogDisclosure(entry);
      out.push({ report: r, ...(disclosure ? { disclosure } : {}) });
    }
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
    const manifest = st.isDirectory() ? path.join(abs, 'package.json') : undefined;
    if (manifest && fs.existsSync(manifest)) {
      const pkg = JSON.parse(await fs.promises.readFile(manifest, 'utf8')) as Record<string, unknown>;
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
  identity.contentHash = await contentHash([abs]);
  return identity;
}

/** sha256 over the sorted (relative path, sha256) pairs of every file under the inputs. */
export async function contentHash(inputs: string[]): Promise<string> {
  const entries: string[] = [];
  for (const input of inputs) {
    const stack = [input];
    const seen = new Set<string>();
    while (stack.length) {
      const p = stack.pop()!;
      let st: fs.Stats;
      try {
        st = await fs.promises.lstat(p);
      } catch {
        continue;
      }
      if (st.isSymbolicLink()) continue;
      if (st.isDirectory()) {
        const real = await fs.promises.realpath(p).catch(() => p);
        if (seen.has(real)) continue;
        seen.add(real);
        const names = await fs.promises.readdir(p).catch(() => [] as string[]);
        for (const n of names) stack.push(path.join(p, n));
      } else if (st.isFile()) {
        const h = createHash('sha256');
        await new Promise<void>((resolve) => {
          fs.createReadStream(p)
            .on('data', (c) => h.update(c))
            .on('end', () => resolve())
            .on('error', () => resolve());
        });
        entries.push(`${path.relative(input, p).split(path.sep).join('/') || path.basename(p)}\u0000${h.digest('hex')}`);
      }
    }
  }
  return createHash('sha256').update(entries.sort().join('\n')).digest('hex');
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
  if (!tool) return undefined;
  let catalog;
  try {
    catalog = getCatalog();
  } catch {
    return undefined; // a broken catalog is the catalog's tests' business; reports go on without disclosures
  }
  if (tool.catalogId) return catalog.byId(tool.catalogId);
  return tool.kind === 'extension' ? catalog.byExtensionId(tool.id.toLowerCase()) : catalog.byNpmPackage(tool.id) ?? catalog.byExtensionId(tool.id.toLowerCase());
}

/**
 * What the catalog documents, as the checklist reads it. The catalog lists the vendor's pages and
 * opt-out switches; a documented opt-out means the vendor documents telemetry. It does not list
 * every documented env var or endpoint, so those stay unknown rather than all "undocumented".
 */
export function catalogDisclosure(entry: CatalogTool | undefined): VendorDisclosure | undefined {
  if (!entry) return undefined;
  const d: VendorDisclosure = {};
  if (entry.disclosures.length) d.links = entry.disclosures.map((x) => ({ title: x.title, url: x.url }));
  if (entry.optOuts.length) d.telemetry = { documented: true, optOuts: entry.optOuts.map((o) => o.name) };
  return d;
}
