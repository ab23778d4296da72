import { severityRank, type Finding, type Inventory, type Location, type Report, type ScanError, type Severity, type ToolIdentity } from '../model';
import { matchesEnvPattern, ORDINARY_ENV_GROUPS } from './checklist/evaluate';
import type { VendorDisclosure } from './checklist/types';
import { mdCode, mdInlineCode, mdText } from '../report/markdown';
import { ruleMeta } from '../rules/meta';
import { printable } from '../text';

/**
 * What changed between two scans of a tool: findings matched by fingerprint (stable across
 * re-minification), and the capability inventory. Pure.
 */

export interface FindingChange {
  before: Finding;
  after: Finding;
  /** "severity high → critical", "values added: x", … */
  changes: string[];
}

export interface ListChange {
  added: string[];
  removed: string[];
}

export interface InventoryDiff {
  envVars: ListChange;
  hosts: ListChange;
  urls: ListChange;
  hostIdentity: ListChange;
  machineIds: ListChange;
  commands: ListChange;
  sensitiveFiles: ListChange;
  network: ListChange;
  /** Sensing that started or stopped. */
  timeZone?: { before: boolean; after: boolean };
  locale?: { before: boolean; after: boolean };
  decodedStrings?: { before: number; after: number };
}

export interface ReportDiff {
  old: DiffSide;
  new: DiffSide;
  added: Finding[];
  removed: Finding[];
  changed: FindingChange[];
  unchanged: number;
  inventory: InventoryDiff;
  /**
   * Against the new version's disclosure record: environment variables the new version reads that
   * the old did not and the vendor does not document (with where each is read).
   */
  undocumented?: { envVars: { name: string; location?: Location }[]; record: string };
}

export interface DiffSide {
  tool?: Pick<ToolIdentity, 'id' | 'name' | 'version' | 'contentHash'>;
  paths: string[];
  findings: number;
  /** Inputs (or parts of them) that could not be read or parsed: the comparison does not cover them. */
  errors: ScanError[];
  /** Nothing of this side could be read: there is nothing to compare. */
  unreadable: boolean;
}

const LIST_KEYS = ['hosts', 'urls', 'hostIdentity', 'machineIds', 'commands', 'sensitiveFiles', 'network'] as const;

export function diffReports(before: Report, after: Report, disclosure?: VendorDisclosure): ReportDiff {
  const group = (fs: Finding[]) => {
    const m = new Map<string, Finding[]>();
    for (const f of [...fs].sort(order)) m.set(f.fingerprint, [...(m.get(f.fingerprint) ?? []), f]);
    return m;
  };
  const a = group(before.findings);
  const b = group(after.findings);
  const added: Finding[] = [];
  const removed: Finding[] = [];
  const changed: FindingChange[] = [];
  let unchanged = 0;
  // The same code may sit in several files: pair occurrences of a fingerprint one by one.
  for (const fp of new Set([...a.keys(), ...b.keys()])) {
    const xs = a.get(fp) ?? [];
    const ys = b.get(fp) ?? [];
    const n = Math.min(xs.length, ys.length);
    for (let i = 0; i < n; i++) {
      const changes = findingChanges(xs[i], ys[i]);
      if (changes.length) changed.push({ before: xs[i], after: ys[i], changes });
      else unchanged++;
    }
    removed.push(...xs.slice(n));
    added.push(...ys.slice(n));
  }
  const inv = diffInventory(before.inventory, after.inventory);
  const documented = disclosure?.record && disclosure.record.status !== 'older' ? disclosure.documentedEnvVars : undefined;
  const at = after.inventory.envReadAt ?? {};
  const undocumented = documented
    ? {
        envVars: inv.envVars.added
          .filter((n) => n !== '*' && !ORDINARY_ENV_GROUPS.has(after.inventory.envVars[n]) && !documented.some((p) => matchesEnvPattern(n, p)))
          .map((name) => ({ name, ...(Object.hasOwn(at, name) ? { location: at[name] } : {}) })),
        record: disclosure!.record!.note,
      }
    : undefined;
  return { old: side(before), new: side(after), added: added.sort(order), removed: removed.sort(order), changed, unchanged, inventory: inv, ...(undocumented ? { undocumented } : {}) };
}

function side(r: Report): DiffSide {
  return {
    ...(r.tool ? { tool: { id: r.tool.id, name: r.tool.name, version: r.tool.version, contentHash: r.tool.contentHash } } : {}),
    paths: r.artifacts.map((x) => x.path),
    findings: r.findings.length,
    errors: r.errors.slice(0, 50),
    unreadable: r.errors.length > 0 && r.findings.length === 0 && !r.contentHash && !r.tool?.contentHash,
  };
}

function order(x: Finding, y: Finding): number {
  return severityRank(y.severity) - severityRank(x.severity) || x.ruleId.localeCompare(y.ruleId) || x.location.path.localeCompare(y.location.path) || x.location.offset - y.location.offset;
}

function findingChanges(x: Finding, y: Finding): string[] {
  const out: string[] = [];
  if (x.severity !== y.severity) out.push(`severity ${x.severity} → ${y.severity}`);
  if (x.confidence !== y.confidence) out.push(`confidence ${x.confidence} → ${y.confidence}`);
  const l = listChange(x.values, y.values);
  if (l.added.length) out.push(`values added: ${l.added.map((v) => JSON.stringify(printable(v, 80))).join(', ')}`);
  if (l.removed.length) out.push(`values gone: ${l.removed.map((v) => JSON.stringify(printable(v, 80))).join(', ')}`);
  if (x.message !== y.message) out.push(`message: ${JSON.stringify(printable(x.message, 200))} → ${JSON.stringify(printable(y.message, 200))}`);
  return out;
}

function listChange(before: string[], after: string[]): ListChange {
  const b = new Set(before);
  const a = new Set(after);
  return { added: [...a].filter((x) => !b.has(x)).sort(), removed: [...b].filter((x) => !a.has(x)).sort() };
}

export function diffInventory(before: Inventory, after: Inventory): InventoryDiff {
  const out = { envVars: listChange(Object.keys(before.envVars), Object.keys(after.envVars)) } as InventoryDiff;
  for (const k of LIST_KEYS) out[k] = listChange(before[k], after[k]);
  if (before.timeZone !== after.timeZone) out.timeZone = { before: before.timeZone, after: after.timeZone };
  if (before.locale !== after.locale) out.locale = { before: before.locale, after: after.locale };
  if (before.decodedStrings !== after.decodedStrings) out.decodedStrings = { before: before.decodedStrings, after: after.decodedStrings };
  return out;
}

/** Whether some input of either side could not be read: the comparison does not cover all of it. */
export function incomplete(d: ReportDiff): boolean {
  return d.old.errors.length > 0 || d.new.errors.length > 0;
}

function incompleteReason(d: ReportDiff): string {
  const part = (name: string, s: DiffSide) => (s.unreadable ? `${name} could not be read at all` : s.errors.length ? `${s.errors.length} input${s.errors.length === 1 ? '' : 's'} of ${name} could not be read` : '');
  return [part('OLD', d.old), part('NEW', d.new)].filter(Boolean).join('; ') + ' — what they hold is not compared';
}

export function isEmptyDiff(d: ReportDiff): boolean {
  const inv = d.inventory;
  return !d.added.length && !d.removed.length && !d.changed.length && !inv.timeZone && !inv.locale && (['envVars', ...LIST_KEYS] as const).every((k) => !inv[k].added.length && !inv[k].removed.length);
}

/** New alerts (or findings newly at high or above): what a CI gate on a tool update looks at. */
export function newAlerts(d: ReportDiff, min: Severity = 'high'): Finding[] {
  return [...d.added.filter((f) => ruleMeta(f.ruleId)?.alert || severityRank(f.severity) >= severityRank(min)), ...d.changed.filter((c) => severityRank(c.after.severity) > severityRank(c.before.severity) && severityRank(c.after.severity) >= severityRank(min)).map((c) => c.after)];
}

const INVENTORY_LABELS: Record<keyof Omit<InventoryDiff, 'timeZone' | 'locale' | 'decodedStrings'>, string> = {
  envVars: 'environment variables read',
  hosts: 'hosts',
  urls: 'URLs',
  hostIdentity: 'host identity reads',
  machineIds: 'machine ids',
  commands: 'commands',
  sensitiveFiles: 'sensitive files',
  network: 'network APIs',
};

const sideLabel = (s: DiffSide) => (s.tool ? `${s.tool.name}${s.tool.version ? ' ' + s.tool.version : ''}` : s.paths.join(', ') || '(nothing)');

export function diffToText(d: ReportDiff): string {
  const p = (s: string, n = 160) => printable(s, n);
  const out: string[] = [`${p(sideLabel(d.old))} → ${p(sideLabel(d.new))}`];
  const errs = [...d.old.errors.map((e) => ['old', e] as const), ...d.new.errors.map((e) => ['new', e] as const)];
  if (incomplete(d)) out.push(`Incomplete: ${incompleteReason(d)}`, ...errs.slice(0, 20).map(([w, e]) => `  ! ${w}: ${p(e.path)}: ${p(String(e.kind), 20)}: ${p(e.reason, 200)}`));
  if (isEmptyDiff(d)) return out.concat(incomplete(d) ? 'No change in what could be read.' : 'No change in findings or inventory.', '').join('\n');
  const loc = (f: Finding) => `${p(f.location.path)}:${f.location.line}:${f.location.column}`;
  const fline = (f: Finding) => `${f.severity.toUpperCase().padEnd(8)} ${f.ruleId}  ${p(f.message)}${f.values.length ? `  [${f.values.slice(0, 8).map((v) => JSON.stringify(p(v, 80))).join(', ')}]` : ''}  (${loc(f)})`;
  out.push(`Findings: ${d.added.length} new, ${d.removed.length} gone, ${d.changed.length} changed, ${d.unchanged} unchanged`);
  for (const f of d.added) out.push(`  + ${fline(f)}`);
  for (const f of d.removed) out.push(`  - ${fline(f)}`);
  for (const c of d.changed) out.push(`  ~ ${fline(c.after)}`, ...c.changes.map((x) => `      ${x}`));
  const inv = d.inventory;
  const invLines: string[] = [];
  for (const [k, label] of Object.entries(INVENTORY_LABELS) as [keyof typeof INVENTORY_LABELS, string][]) {
    const l = inv[k];
    if (l.added.length) invLines.push(`  + ${label}: ${l.added.map((x) => p(x, 100)).join(', ')}`);
    if (l.removed.length) invLines.push(`  - ${label}: ${l.removed.map((x) => p(x, 100)).join(', ')}`);
  }
  if (inv.timeZone) invLines.push(`  ${inv.timeZone.after ? '+ reads the time zone' : '- no longer reads the time zone'}`);
  if (inv.locale) invLines.push(`  ${inv.locale.after ? '+ reads the locale' : '- no longer reads the locale'}`);
  if (inv.decodedStrings) invLines.push(`  ~ decoded strings: ${inv.decodedStrings.before} → ${inv.decodedStrings.after}`);
  if (invLines.length) out.push('Inventory:', ...invLines);
  if (d.undocumented?.envVars.length) out.push(`Newly read and not in the vendor's documentation (${d.undocumented.envVars.length}):`, ...d.undocumented.envVars.map((e) => `  + ${p(e.name, 100)}${e.location ? `  (${p(e.location.path)}:${e.location.line}:${e.location.column})` : ''}`));
  return out.join('\n') + '\n';
}

export function diffToJson(d: ReportDiff): string {
  return JSON.stringify(d, null, 2) + '\n';
}

export function diffToMarkdown(d: ReportDiff): string {
  const out: string[] = [`# Candor diff: ${mdText(sideLabel(d.old), 160)} → ${mdText(sideLabel(d.new), 160)}`, ''];
  if (incomplete(d)) {
    out.push(`**Incomplete:** ${mdText(incompleteReason(d), 300)}`, '');
    for (const [w, e] of [...d.old.errors.map((e) => ['old', e] as const), ...d.new.errors.map((e) => ['new', e] as const)].slice(0, 20)) out.push(`- ${w}: ${mdInlineCode(e.path, 200)}: ${mdText(String(e.kind), 20)}: ${mdText(e.reason, 200)}`);
    out.push('');
  }
  if (isEmptyDiff(d)) return out.concat(incomplete(d) ? 'No change in what could be read.' : 'No change in findings or inventory.', '').join('\n');
  out.push(`${d.added.length} new, ${d.removed.length} gone, ${d.changed.length} changed, ${d.unchanged} unchanged findings.`, '');
  const row = (mark: string, f: Finding, note = '') => `| ${mark} | ${f.severity} | ${mdCode(f.ruleId)} | ${mdText(f.message, 300)} | ${f.values.slice(0, 8).map((v) => mdCode(v, 80)).join(', ')} | ${mdCode(`${f.location.path.split(/[\\/]/).slice(-2).join('/')}:${f.location.line}:${f.location.column}`)} | ${note} |`;
  if (d.added.length || d.removed.length || d.changed.length) {
    out.push('## Findings', '', '| | Severity | Rule | Message | Values | Location | Change |', '|---|---|---|---|---|---|---|');
    for (const f of d.added) out.push(row('new', f));
    for (const f of d.removed) out.push(row('gone', f));
    for (const c of d.changed) out.push(row('changed', c.after, c.changes.map((x) => mdText(x, 200)).join('<br>')));
    out.push('');
  }
  const inv = d.inventory;
  const lines: string[] = [];
  for (const [k, label] of Object.entries(INVENTORY_LABELS) as [keyof typeof INVENTORY_LABELS, string][]) {
    const l = inv[k];
    if (l.added.length) lines.push(`- New ${label}: ${l.added.map((x) => mdInlineCode(x, 100)).join(', ')}`);
    if (l.removed.length) lines.push(`- Gone ${label}: ${l.removed.map((x) => mdInlineCode(x, 100)).join(', ')}`);
  }
  if (inv.timeZone) lines.push(inv.timeZone.after ? '- Now reads the time zone' : '- No longer reads the time zone');
  if (inv.locale) lines.push(inv.locale.after ? '- Now reads the locale' : '- No longer reads the locale');
  if (inv.decodedStrings) lines.push(`- Decoded strings: ${inv.decodedStrings.before} → ${inv.decodedStrings.after}`);
  if (lines.length) out.push('## Inventory', '', ...lines, '');
  if (d.undocumented?.envVars.length) out.push("## Newly read, not in the vendor's documentation", '', mdText(d.undocumented.record, 300), '', ...d.undocumented.envVars.map((e) => `- ${mdInlineCode(e.name, 100)}${e.location ? ` — ${mdInlineCode(`${e.location.path.split(/[\\/]/).slice(-2).join('/')}:${e.location.line}:${e.location.column}`)}` : ''}`), '');
  return out.join('\n');
}
