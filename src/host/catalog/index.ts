import raw from './tools.json';

/**
 * The catalog of known AI coding tools is data (tools.json), validated here when loaded so a bad
 * edit fails loudly in tests instead of silently dropping a tool from discovery.
 */
export const CATALOG_VERSION = 1;

export type CatalogKind = 'extension' | 'cli' | 'both';

export interface NativeLocation {
  /** `~` is the user's home; a trailing `*` matches one folder level (e.g. one file per version). */
  path: string;
  /** `basename`: the matched file or folder name is the version (Claude Code's versions/2.0.30). */
  versionFrom?: 'basename';
}

export interface Disclosure {
  title: string;
  url: string;
}

export interface OptOut {
  type: 'env' | 'setting';
  name: string;
  value?: string;
  description?: string;
}

export interface CatalogTool {
  id: string;
  displayName: string;
  vendor: string;
  kind: CatalogKind;
  /** Lower-case `publisher.name`. */
  extensionIds: string[];
  npmPackages: string[];
  binaries: string[];
  nativeLocations: NativeLocation[];
  /** The vendor's own hosts: a base URL compared with these is ordinary, not gating. */
  firstPartyHosts: string[];
  disclosures: Disclosure[];
  optOuts: OptOut[];
}

export interface Catalog {
  version: number;
  tools: CatalogTool[];
  byExtensionId(id: string): CatalogTool | undefined;
  byNpmPackage(name: string): CatalogTool | undefined;
  byBinary(name: string): CatalogTool | undefined;
  byId(id: string): CatalogTool | undefined;
}

export class CatalogError extends Error {}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const EXT_ID = /^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9._-]*$/;
const NPM = /^(?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;
const BIN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

function str(v: unknown, where: string, re?: RegExp): string {
  if (typeof v !== 'string' || !v.trim()) throw new CatalogError(`${where}: expected a non-empty string`);
  if (re && !re.test(v)) throw new CatalogError(`${where}: '${v}' is not well formed`);
  return v;
}

function list(v: unknown, where: string, re?: RegExp): string[] {
  if (!Array.isArray(v)) throw new CatalogError(`${where}: expected an array`);
  return v.map((x, i) => str(x, `${where}[${i}]`, re));
}

function validateTool(t: unknown, i: number): CatalogTool {
  if (!t || typeof t !== 'object' || Array.isArray(t)) throw new CatalogError(`tools[${i}]: expected an object`);
  const o = t as Record<string, unknown>;
  const id = str(o.id, `tools[${i}].id`, ID);
  const w = `tool '${id}'`;
  const kind = str(o.kind, `${w}.kind`);
  if (kind !== 'extension' && kind !== 'cli' && kind !== 'both') throw new CatalogError(`${w}.kind: must be extension, cli or both`);
  const nativeLocations = (Array.isArray(o.nativeLocations) ? o.nativeLocations : []).map((n: unknown, j: number) => {
    const nl = n as Record<string, unknown>;
    const path = str(nl?.path, `${w}.nativeLocations[${j}].path`);
    if (!path.startsWith('~/')) throw new CatalogError(`${w}.nativeLocations[${j}].path: must start with ~/`);
    if (nl.versionFrom !== undefined && nl.versionFrom !== 'basename') throw new CatalogError(`${w}.nativeLocations[${j}].versionFrom: only 'basename'`);
    return { path, versionFrom: nl.versionFrom as 'basename' | undefined };
  });
  const disclosures = (Array.isArray(o.disclosures) ? o.disclosures : []).map((d: unknown, j: number) => {
    const dd = d as Record<string, unknown>;
    return { title: str(dd?.title, `${w}.disclosures[${j}].title`), url: str(dd?.url, `${w}.disclosures[${j}].url`, /^https:\/\/\S+$/) };
  });
  const optOuts = (Array.isArray(o.optOuts) ? o.optOuts : []).map((d: unknown, j: number) => {
    const dd = d as Record<string, unknown>;
    const type = str(dd?.type, `${w}.optOuts[${j}].type`);
    if (type !== 'env' && type !== 'setting') throw new CatalogError(`${w}.optOuts[${j}].type: env or setting`);
    return {
      type: type as 'env' | 'setting',
      name: str(dd.name, `${w}.optOuts[${j}].name`),
      value: dd.value === undefined ? undefined : str(dd.value, `${w}.optOuts[${j}].value`),
      description: dd.description === undefined ? undefined : str(dd.description, `${w}.optOuts[${j}].description`),
    };
  });
  const tool: CatalogTool = {
    id,
    displayName: str(o.displayName, `${w}.displayName`),
    vendor: str(o.vendor, `${w}.vendor`),
    kind,
    extensionIds: list(o.extensionIds ?? [], `${w}.extensionIds`, EXT_ID),
    npmPackages: list(o.npmPackages ?? [], `${w}.npmPackages`, NPM),
    binaries: list(o.binaries ?? [], `${w}.binaries`, BIN),
    nativeLocations,
    firstPartyHosts: list(o.firstPartyHosts ?? [], `${w}.firstPartyHosts`, HOST),
    disclosures,
    optOuts,
  };
  if (kind !== 'cli' && tool.extensionIds.length === 0) throw new CatalogError(`${w}: an extension tool needs extensionIds`);
  if (kind !== 'extension' && tool.binaries.length === 0 && tool.npmPackages.length === 0) throw new CatalogError(`${w}: a CLI needs binaries or npmPackages`);
  return tool;
}

/** Validates catalog data (tools.json or a test's own) and indexes it. */
export function loadCatalog(data: unknown = raw): Catalog {
  if (!data || typeof data !== 'object') throw new CatalogError('catalog: expected an object');
  const d = data as Record<string, unknown>;
  if (d.version !== CATALOG_VERSION) throw new CatalogError(`catalog: version ${String(d.version)} is not ${CATALOG_VERSION}`);
  if (!Array.isArray(d.tools)) throw new CatalogError('catalog: tools must be an array');
  const tools = d.tools.map(validateTool);
  const ext = new Map<string, CatalogTool>();
  const npm = new Map<string, CatalogTool>();
  const bin = new Map<string, CatalogTool>();
  const ids = new Map<string, CatalogTool>();
  for (const t of tools) {
    if (ids.has(t.id)) throw new CatalogError(`catalog: duplicate id '${t.id}'`);
    ids.set(t.id, t);
    for (const e of t.extensionIds) {
      if (ext.has(e)) throw new CatalogError(`catalog: extension id '${e}' listed twice`);
      ext.set(e, t);
    }
    for (const n of t.npmPackages) {
      if (npm.has(n)) throw new CatalogError(`catalog: npm package '${n}' listed twice`);
      npm.set(n, t);
    }
    for (const b of t.binaries) if (!bin.has(b)) bin.set(b, t);
  }
  return {
    version: CATALOG_VERSION,
    tools,
    byExtensionId: (id) => ext.get(id.toLowerCase()),
    byNpmPackage: (name) => npm.get(name),
    byBinary: (name) => bin.get(name.replace(/\.(?:cmd|ps1|exe|bat)$/i, '').toLowerCase()),
    byId: (id) => ids.get(id),
  };
}

let cached: Catalog | undefined;

/** The catalog entry of a tool: by catalog id, extension id or npm package name; undefined when the catalog cannot be read. */
export function catalogEntryOf(tool: { id: string; kind?: string; catalogId?: string } | undefined): CatalogTool | undefined {
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

export function getCatalog(): Catalog {
  return (cached ??= loadCatalog());
}
