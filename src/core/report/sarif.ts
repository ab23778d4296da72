import type { Location, Report, Severity } from '../model';
import { evaluateChecklist } from '../review/checklist/evaluate';
import type { VendorDisclosure } from '../review/checklist/types';
import { RULES, type RuleMeta } from '../rules/meta';
import { printable } from '../text';
import { CANDOR_VERSION } from '../version';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
import pkg from '../../../package.json';

/** Where people learn about Candor: the manifest's homepage or repository, when it names one. */
const INFORMATION_URI: string | undefined = (() => {
  const p = pkg as { homepage?: unknown; repository?: unknown };
  if (typeof p.homepage === 'string') return p.homepage;
  const repo = typeof p.repository === 'string' ? p.repository : (p.repository as { url?: unknown } | undefined)?.url;
  return typeof repo === 'string' ? repo.replace(/^git\+/, '').replace(/\.git$/, '') : undefined;
})();
const FINGERPRINT_KEY = 'candorFingerprint/v1';

/** GitHub code scanning maps these to critical (≥ 9), high (7–8.9), medium (4–6.9) and low (< 4). */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** Where a tool is declared in the repository being checked: the primary location in report mode. */
export interface DeclarationLocation {
  /** File path, relative to `baseDir` when given (e.g. `.vscode/extensions.json`). */
  path: string;
  line: number;
  column: number;
  offset: number;
  length: number;
}

export interface SarifOptions {
  /** Vendor disclosure per tool id (catalog records): each result says whether the vendor documents what it shows. */
  disclosures?: Record<string, VendorDisclosure>;
  /**
   * Paths under this folder become relative URIs against `%SRCROOT%` (what GitHub code scanning
   * resolves against the repository); other paths become file:// URIs.
   */
  baseDir?: string;
  /**
   * Report mode: a finding's primary location is the entry that declares its tool (a committed
   * inventory file or `.vscode/extensions.json`); the bundle location goes to relatedLocations.
   * Keyed by tool id. Tools without an entry keep the bundle location as primary.
   */
  declarations?: Record<string, DeclarationLocation>;
  /** Findings below this severity are left out (default: all). */
  minSeverity?: Severity;
}

type Json = Record<string, unknown>;

/** SARIF 2.1.0 log with one run for one or more reports. */
/** Per tool, what its code does against the vendor's disclosure record (SARIF run and result properties). */
function disclosureProperties(report: Report, disclosure: VendorDisclosure | undefined): { run?: Json; byFingerprint: Map<string, Json> } {
  const byFingerprint = new Map<string, Json>();
  if (!disclosure?.record) return { byFingerprint };
  const items = evaluateChecklist(report, disclosure);
  for (const item of items) for (const e of item.evidence) if (!byFingerprint.has(e.fingerprint)) byFingerprint.set(e.fingerprint, { item: item.id, state: item.disclosure });
  const undocumented = (id: string) => items.find((i) => i.id === id)?.undocumented?.map((u) => printable(u.value, 200));
  const rec = disclosure.record;
  return {
    byFingerprint,
    run: {
      record: { versions: rec.versions, read: rec.read, status: rec.status, note: rec.note },
      items: Object.fromEntries(items.map((i) => [i.id, i.disclosure])),
      undocumented: { envVars: undocumented('env-vars') ?? [], hosts: undocumented('network') ?? [], identifiers: undocumented('host-identity') ?? [] },
    },
  };
}

export function toSarif(reports: Report[], options: SarifOptions = {}): Json {
  const runDisclosures: Record<string, Json> = {};
  const rules: RuleMeta[] = [...RULES];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Json[] = [];
  const notifications: Json[] = [];
  const minRank = options.minSeverity ? sevRank(options.minSeverity) : 0;
  let usesBase = false;
  const uri = (p: string) => {
    const u = toUri(p, options.baseDir);
    if (u.uriBaseId) usesBase = true;
    return u;
  };

  for (const report of reports) {
    const toolId = report.tool?.id;
    const declaration = toolId ? options.declarations?.[toolId] : undefined;
    const t = report.tool;
    const disc = disclosureProperties(report, t ? options.disclosures?.[t.catalogId ?? t.id] ?? options.disclosures?.[t.id] : undefined);
    if (toolId && disc.run) runDisclosures[toolId] = disc.run;
    for (const f of report.findings) {
      if (sevRank(f.severity) < minRank) continue;
      let index = ruleIndex.get(f.ruleId);
      if (index === undefined) {
        // A rule the table does not know (a newer engine): still a valid ruleIndex.
        index = rules.length;
        rules.push({ id: f.ruleId, name: f.ruleId, category: f.category, defaultSeverity: f.severity, description: f.ruleId, rationale: '', looksFor: [], alert: false });
        ruleIndex.set(f.ruleId, index);
      }
      const bundle = physical(f.location, uri);
      const related: Json[] = [];
      let primary: Json;
      if (declaration) {
        primary = { physicalLocation: { artifactLocation: uri(declaration.path), region: { startLine: declaration.line, startColumn: declaration.column, charOffset: declaration.offset, charLength: declaration.length } }, message: { text: `Declares ${sarifText(report.tool?.name ?? toolId ?? '')}` } };
        related.push({ id: 0, ...bundle, message: { text: `In the tool's code: ${sarifText(f.location.path)}` } });
      } else {
        primary = bundle;
      }
      for (const step of f.trace) {
        related.push({ id: related.length, ...physical(step.location, uri), message: { text: `${step.role}: ${sarifText(step.note)}` } });
      }
      const values = f.values.slice(0, 20).map((v) => sarifText(v, 120));
      const text = sarifText(f.message, 1000) + (values.length ? ` Values: ${values.map((v) => JSON.stringify(v)).join(', ')}${f.values.length > 20 ? ` (+${f.values.length - 20})` : ''}.` : '') + (report.tool ? ` Tool: ${sarifText(report.tool.name)}${report.tool.version ? ' ' + sarifText(report.tool.version) : ''}.` : '');
      results.push({
        ruleId: f.ruleId,
        ruleIndex: index,
        level: LEVEL[f.severity],
        message: { text },
        locations: [primary],
        ...(related.length ? { relatedLocations: related } : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: {
          severity: f.severity,
          'security-severity': SECURITY_SEVERITY[f.severity],
          confidence: f.confidence,
          category: f.category,
          values: f.values.map((v) => printable(v, 400)),
          ...(report.tool ? { tool: { id: report.tool.id, name: report.tool.name, version: report.tool.version, contentHash: report.tool.contentHash } } : {}),
          ...(disc.byFingerprint.has(f.fingerprint) ? { disclosure: disc.byFingerprint.get(f.fingerprint) } : {}),
        },
      });
    }
    for (const e of report.errors) {
      notifications.push({
        level: 'warning',
        message: { text: `${e.kind}: ${sarifText(e.reason, 500)}` },
        ...(e.path ? { locations: [{ physicalLocation: { artifactLocation: uri(e.path) } }] } : {}),
      });
    }
  }

  const run: Json = {
    tool: {
      driver: {
        name: 'Candor',
        version: CANDOR_VERSION,
        semanticVersion: CANDOR_VERSION,
        ...(INFORMATION_URI ? { informationUri: INFORMATION_URI } : {}),
        rules: rules.map(ruleDescriptor),
      },
    },
    invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
    results,
    ...(Object.keys(runDisclosures).length ? { properties: { disclosures: runDisclosures } } : {}),
  };
  if (usesBase && options.baseDir) run.originalUriBaseIds = { '%SRCROOT%': { uri: fileUri(options.baseDir.endsWith('/') ? options.baseDir : options.baseDir + '/') } };
  return { $schema: SARIF_SCHEMA, version: SARIF_VERSION, runs: [run] };
}

function ruleDescriptor(r: RuleMeta): Json {
  const looks = r.looksFor.map((l) => `- ${l}`).join('\n');
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.name },
    fullDescription: { text: r.description },
    help: {
      text: `${r.description}\n\n${r.rationale}${looks ? `\n\nLooks for:\n${looks}` : ''}`,
      markdown: `**${r.name}**\n\n${r.description}\n\n${r.rationale}${looks ? `\n\nLooks for:\n\n${looks}` : ''}`,
    },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: {
      tags: ['security', 'privacy', r.category, r.alert ? 'alert' : 'inventory'],
      'security-severity': SECURITY_SEVERITY[r.defaultSeverity],
      precision: r.alert ? 'high' : 'medium',
    },
  };
}

function physical(loc: Location, uri: (p: string) => Json): Json {
  return {
    physicalLocation: {
      artifactLocation: uri(loc.path),
      region: {
        startLine: Math.max(1, loc.line),
        startColumn: Math.max(1, loc.column),
        charOffset: Math.max(0, loc.offset),
        charLength: Math.max(0, loc.endOffset - loc.offset),
      },
    },
  };
}

/** Tool-supplied text on one line without control, bidi or invisible characters. */
function sarifText(s: string, max = 200): string {
  return printable(s, max);
}

const sevRank = (s: Severity) => ['info', 'low', 'medium', 'high', 'critical'].indexOf(s);

const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

/** RFC 3986 path segment encoding that keeps `/` (and the `!` of container paths) readable. */
function encodePath(p: string): string {
  return p
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/%21/g, '!'))
    .join('/');
}

export function fileUri(p: string): string {
  let norm = p.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(norm)) norm = '/' + norm;
  if (!norm.startsWith('/')) return encodePath(norm);
  return 'file://' + encodePath(norm).replace(/^\/([A-Za-z])%3A\//, '/$1:/');
}

/** A container path `x.vsix!/extension/a.js` is reported against the container file itself. */
function toUri(p: string, baseDir?: string): { uri: string; uriBaseId?: string } {
  const norm = p.replace(/\\/g, '/');
  if (baseDir) {
    const base = baseDir.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
    if (norm.startsWith(base)) return { uri: encodePath(norm.slice(base.length)), uriBaseId: '%SRCROOT%' };
  }
  if (!norm.startsWith('/') && !/^[A-Za-z]:\//.test(norm)) return { uri: encodePath(norm), ...(baseDir ? { uriBaseId: '%SRCROOT%' } : {}) };
  return { uri: fileUri(norm) };
}

/**
 * Finds `needle` as a JSON string (e.g. `"publisher.name"`) in a declaration file's text and
 * returns its location, or undefined. Matching is case-insensitive, as extension ids are.
 */
export function locateDeclaration(path: string, text: string, needle: string): DeclarationLocation | undefined {
  const quoted = JSON.stringify(needle).toLowerCase();
  const lower = text.toLowerCase();
  const at = lower.indexOf(quoted);
  if (at === -1) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { path, line, column: at - lineStart + 1, offset: at, length: quoted.length };
}
