import { compareVersions, rangeError, satisfies } from '../policy';
import type { DisclosureLink, VendorDisclosure } from './types';

/*
 * Disclosure records: what a vendor documents about its tool (the environment variables, the
 * hosts, the telemetry and its opt-outs, device identifiers, regional behaviour), each entry with
 * the public page it comes from. Records are data in the catalog (src/host/catalog/disclosures),
 * reviewed like code; they apply to a version range and say when they were read. An absent or
 * null field is "the vendor says nothing we found", never a guess.
 */

export interface RecordSource {
  id: string;
  title: string;
  url: string;
  note?: string;
}

export interface DisclosureRecord {
  /** The catalog id of the tool. */
  tool: string;
  vendor?: string;
  /** The versions the record applies to (the policy's range syntax: `>=0.56.0 <=0.61.0`, `*`). */
  versions: string;
  /** The version the documentation describes, when it says. */
  checkedVersion?: string | null;
  checkedVersionEvidence?: string | null;
  /** The date the sources were read (YYYY-MM-DD). */
  read: string;
  sources: RecordSource[];
  /** True when a source presents itself as the list (an "Environment variables" reference). */
  envVarsComplete: boolean;
  envVars: { name: string; source: string; purpose?: string }[];
  hostsComplete: boolean;
  hosts: { host: string; source: string; purpose?: string }[];
  telemetry: { documented: boolean | null; what?: string | null; source?: string | null; optOuts: { type: 'env' | 'setting'; name: string; value?: string; source: string; effect?: string }[] };
  /** `kinds`: the identifiers the vendor documents sending (hostname, username, machine-id, installation-id, email…). */
  deviceIdentifiers: { documented: boolean | null; kinds: string[]; what?: string | null; source?: string | null };
  regionalBehavior: { documented: boolean | null; what?: string | null; source?: string | null };
  nothingFound: string[];
  notes?: string;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*\*?$/;
const HOST_PATTERN = /^(\*\.)?[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?(\.[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const IDENTIFIER_KINDS = ['hostname', 'username', 'machine-id', 'network-address', 'git-identity', 'installation-id', 'session-id', 'user-id', 'account-id', 'email'] as const;

const nullableBool = (v: unknown) => v === null || typeof v === 'boolean';
const optString = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** JSON Schema (draft-07) of a disclosure record, for editors and reviewers; validateRecord enforces it and more. */
export const DISCLOSURE_RECORD_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:candor:disclosure-record:1',
  title: 'Candor disclosure record',
  type: 'object',
  required: ['tool', 'versions', 'read', 'sources', 'envVarsComplete', 'envVars', 'hostsComplete', 'hosts', 'telemetry', 'deviceIdentifiers', 'regionalBehavior', 'nothingFound'],
  properties: {
    tool: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
    vendor: { type: 'string' },
    versions: { type: 'string', description: 'The versions this record applies to.' },
    checkedVersion: { type: ['string', 'null'] },
    checkedVersionEvidence: { type: ['string', 'null'] },
    read: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    sources: { type: 'array', minItems: 1, items: { type: 'object', required: ['id', 'title', 'url'], properties: { id: { type: 'string' }, title: { type: 'string' }, url: { type: 'string', pattern: '^https://' }, note: { type: 'string' } } } },
    envVarsComplete: { type: 'boolean' },
    envVars: { type: 'array', items: { type: 'object', required: ['name', 'source'], properties: { name: { type: 'string' }, source: { type: 'string' }, purpose: { type: 'string' } } } },
    hostsComplete: { type: 'boolean' },
    hosts: { type: 'array', items: { type: 'object', required: ['host', 'source'], properties: { host: { type: 'string' }, source: { type: 'string' }, purpose: { type: 'string' } } } },
    telemetry: { type: 'object', required: ['documented', 'optOuts'] },
    deviceIdentifiers: { type: 'object', required: ['documented', 'kinds'] },
    regionalBehavior: { type: 'object', required: ['documented'] },
    nothingFound: { type: 'array', items: { type: 'string' } },
    notes: { type: 'string' },
  },
};

/** Every problem with a record, each naming the field; empty when it is sound. */
export function validateRecord(data: unknown, where = 'record'): string[] {
  const errors: string[] = [];
  const bad = (path: string, why: string) => errors.push(`${where}: ${path}: ${why}`);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [`${where}: expected an object`];
  const r = data as Record<string, unknown>;
  if (typeof r.tool !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(r.tool)) bad('tool', 'a catalog id is required');
  if (typeof r.versions !== 'string' || rangeError(r.versions)) bad('versions', `a version range is required${typeof r.versions === 'string' ? ` (${rangeError(r.versions)})` : ''}`);
  if (typeof r.read !== 'string' || !DATE.test(r.read)) bad('read', 'the date the sources were read (YYYY-MM-DD) is required');
  if (!optString(r.checkedVersion)) bad('checkedVersion', 'a version or null');
  const ids = new Set<string>();
  if (!Array.isArray(r.sources) || !r.sources.length) bad('sources', 'at least one source is required');
  else
    r.sources.forEach((s: unknown, i: number) => {
      const x = (s ?? {}) as Record<string, unknown>;
      if (typeof x.id !== 'string' || !x.id) bad(`sources[${i}].id`, 'required');
      else if (ids.has(x.id)) bad(`sources[${i}].id`, `'${x.id}' is listed twice`);
      else ids.add(x.id);
      if (typeof x.title !== 'string' || !x.title) bad(`sources[${i}].title`, 'required');
      if (typeof x.url !== 'string' || !/^https:\/\/\S+$/.test(x.url)) bad(`sources[${i}].url`, 'a public https URL is required');
    });
  const cites = (path: string, s: unknown, required: boolean) => {
    if (s === undefined || s === null) {
      if (required) bad(path, 'every entry names its source');
    } else if (typeof s !== 'string' || !ids.has(s)) bad(path, `unknown source '${String(s)}'`);
  };
  for (const k of ['envVarsComplete', 'hostsComplete'] as const) if (typeof r[k] !== 'boolean') bad(k, 'true or false');
  if (!Array.isArray(r.envVars)) bad('envVars', 'an array');
  else
    r.envVars.forEach((e: unknown, i: number) => {
      const x = (e ?? {}) as Record<string, unknown>;
      if (typeof x.name !== 'string' || !ENV_NAME.test(x.name)) bad(`envVars[${i}].name`, `'${String(x.name)}' is not a variable name or NAME_* pattern`);
      cites(`envVars[${i}].source`, x.source, true);
    });
  if (!Array.isArray(r.hosts)) bad('hosts', 'an array');
  else
    r.hosts.forEach((h: unknown, i: number) => {
      const x = (h ?? {}) as Record<string, unknown>;
      if (typeof x.host !== 'string' || !HOST_PATTERN.test(x.host)) bad(`hosts[${i}].host`, `'${String(x.host)}' is not a lower-case host name or pattern`);
      cites(`hosts[${i}].source`, x.source, true);
    });
  const t = r.telemetry as Record<string, unknown> | undefined;
  if (!t || typeof t !== 'object') bad('telemetry', 'required');
  else {
    if (!nullableBool(t.documented)) bad('telemetry.documented', 'true, false or null');
    if (t.documented !== null) cites('telemetry.source', t.source, true);
    if (!Array.isArray(t.optOuts)) bad('telemetry.optOuts', 'an array');
    else
      t.optOuts.forEach((o: unknown, i: number) => {
        const x = (o ?? {}) as Record<string, unknown>;
        if (x.type !== 'env' && x.type !== 'setting') bad(`telemetry.optOuts[${i}].type`, 'env or setting');
        if (typeof x.name !== 'string' || !x.name) bad(`telemetry.optOuts[${i}].name`, 'required');
        cites(`telemetry.optOuts[${i}].source`, x.source, true);
      });
  }
  const d = r.deviceIdentifiers as Record<string, unknown> | undefined;
  if (!d || typeof d !== 'object') bad('deviceIdentifiers', 'required');
  else {
    if (!nullableBool(d.documented)) bad('deviceIdentifiers.documented', 'true, false or null');
    if (!Array.isArray(d.kinds) || d.kinds.some((k) => !(IDENTIFIER_KINDS as readonly unknown[]).includes(k))) bad('deviceIdentifiers.kinds', `a list of ${IDENTIFIER_KINDS.join(', ')}`);
    if (d.documented !== null) cites('deviceIdentifiers.source', d.source, true);
  }
  const g = r.regionalBehavior as Record<string, unknown> | undefined;
  if (!g || typeof g !== 'object') bad('regionalBehavior', 'required');
  else {
    if (!nullableBool(g.documented)) bad('regionalBehavior.documented', 'true, false or null');
    if (g.documented !== null) cites('regionalBehavior.source', g.source, true);
  }
  if (!Array.isArray(r.nothingFound) || r.nothingFound.some((x) => typeof x !== 'string')) bad('nothingFound', 'a list of what was looked for and not found');
  return errors;
}

/** How a record stands to the version of the tool scanned. */
export type RecordStatus = 'current' | 'stale' | 'older' | 'unversioned';

export function recordStatus(record: Pick<DisclosureRecord, 'versions'>, version: string | undefined): RecordStatus {
  if (!version || !/^\d/.test(version)) return 'unversioned';
  if (satisfies(version, record.versions)) return 'current';
  // Newer than every version the range names: the vendor may have documented more since.
  const bounds = record.versions.match(/\d+(?:\.\d+)*(?:-[\w.]+)?/g) ?? [];
  return bounds.length && bounds.every((b) => compareVersions(version, b) > 0) ? 'stale' : 'older';
}

/**
 * What the checklist reads from a record for one version of the tool. A record for newer versions
 * only (the tool is older than its range) is not applied: the item says there is no record for it.
 */
export function disclosureFromRecord(record: DisclosureRecord, version: string | undefined, base: VendorDisclosure = {}): VendorDisclosure {
  const status = recordStatus(record, version);
  const src = new Map(record.sources.map((s) => [s.id, s]));
  /** `[key, page]` when the source id names a listed page; nothing otherwise. */
  const cite = (key: string, id: string | null | undefined): [string, DisclosureLink][] => {
    const s = id ? src.get(id) : undefined;
    return s ? [[key, { title: s.title, url: s.url }]] : [];
  };
  const note =
    status === 'current'
      ? `Vendor documentation read ${record.read}${record.checkedVersion ? ` (describes ${record.checkedVersion})` : ''}.`
      : status === 'stale'
        ? `The record was made from documentation read ${record.read}${record.checkedVersion ? ` for ${record.checkedVersion}` : ''}; this version (${version}) is newer and the vendor may have documented more since.`
        : status === 'older'
          ? `The record (read ${record.read}) covers versions ${record.versions}, not ${version}.`
          : `Vendor documentation read ${record.read}; the scanned tool has no version to match against ${record.versions}.`;
  const meta: NonNullable<VendorDisclosure['record']> = { tool: record.tool, read: record.read, versions: record.versions, checkedVersion: record.checkedVersion ?? undefined, status, note, envVarsComplete: record.envVarsComplete, hostsComplete: record.hostsComplete, nothingFound: record.nothingFound };
  if (status === 'older') return { ...base, record: meta };
  const out: VendorDisclosure = {
    ...base,
    record: meta,
    links: [...(base.links ?? []), ...record.sources.filter((s) => !(base.links ?? []).some((l) => l.url === s.url)).map((s) => ({ title: s.title, url: s.url }))],
    documentedEnvVars: record.envVars.map((e) => e.name),
    documentedHosts: record.hosts.map((h) => h.host),
    sources: Object.fromEntries([
      ...record.envVars.flatMap((e) => cite(`env:${e.name}`, e.source)),
      ...record.hosts.flatMap((h) => cite(`host:${h.host}`, h.source)),
      ...record.telemetry.optOuts.flatMap((o) => cite(`opt-out:${o.name}`, o.source)),
      ...cite('telemetry', record.telemetry.source),
      ...cite('device-identifiers', record.deviceIdentifiers.source),
      ...cite('regional-behavior', record.regionalBehavior.source),
    ]),
  };
  if (record.telemetry.documented !== null) out.telemetry = { documented: record.telemetry.documented, optOuts: record.telemetry.optOuts.map((o) => o.name) };
  if (record.deviceIdentifiers.documented !== null) {
    out.collectsDeviceIdentifiers = record.deviceIdentifiers.documented;
    out.documentedIdentifiers = record.deviceIdentifiers.kinds;
  } else out.documentedIdentifiers = [];
  if (record.regionalBehavior.documented !== null) out.regionalBehavior = record.regionalBehavior.documented;
  return out;
}
