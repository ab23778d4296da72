import { severityRank, type Finding, type Report, type Severity } from '../model';
import { ruleMeta } from '../rules/meta';
import { printable } from '../text';

export interface TextOptions {
  color?: boolean;
  /** Findings below this severity are counted, not listed. */
  minSeverity?: Severity;
  /** Every finding on its own, with its trace: no folding of repeats. */
  verbose?: boolean;
}

const COLORS: Record<Severity, string> = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Alerts are the findings of alert rules (meta.ts): what a reviewer must read. */
function isAlert(f: Finding): boolean {
  return ruleMeta(f.ruleId)?.alert ?? severityRank(f.severity) >= severityRank('high');
}

/** One line on a tool: whether it has alerts, and whether all of it could be read. */
export function verdictOf(report: Report): { mark: string; text: string; alerts: number } {
  const alerts = report.findings.filter(isAlert);
  const counts = SEVERITIES.map((s) => [s, alerts.filter((f) => f.severity === s).length] as const).filter(([, n]) => n);
  const errs = report.errors.length;
  const unread = errs > 0 && report.findings.length === 0 && !report.contentHash && !report.tool?.contentHash;
  if (alerts.length) return { mark: '✗', alerts: alerts.length, text: `${alerts.length} alert${alerts.length === 1 ? '' : 's'} (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})${errs ? `; ${errs} input${errs === 1 ? '' : 's'} not read` : ''}` };
  if (unread) return { mark: '?', alerts: 0, text: 'could not be read: no result' };
  if (errs) return { mark: '!', alerts: 0, text: `no alert in what could be read; ${errs} input${errs === 1 ? '' : 's'} not read` };
  return { mark: '✓', alerts: 0, text: 'no alert' };
}

/** Findings of one rule with one fingerprint (the same code in several chunks or files): shown once, with the count. */
function fold(findings: Finding[], verbose: boolean): Finding[][] {
  if (verbose) return findings.map((f) => [f]);
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.fingerprint.split(':')[0]}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

/**
 * A report a person reads at a terminal: the tool and its verdict, its alerts with what was
 * compared and what changes (trace included), the other findings folded, then the inventory in
 * counts and what could not be read.
 */
export function toText(report: Report, options: TextOptions = {}): string {
  const c = (code: string, s: string) => (options.color ? code + s + RESET : s);
  const verbose = !!options.verbose;
  const min = severityRank(verbose ? 'info' : options.minSeverity ?? 'low');
  const out: string[] = [];
  const v = verdictOf(report);
  const name = report.tool ? `${printable(report.tool.name)}${report.tool.version ? ' ' + printable(report.tool.version) : ''}` : report.artifacts.length === 1 ? printable(report.artifacts[0].path) : `${report.artifacts.length} inputs`;
  out.push(c(BOLD, name) + (report.tool ? c(DIM, ` (${report.tool.kind}, ${printable(report.tool.installPath)})`) : ''));
  out.push(`${c(v.mark === '✗' ? COLORS.critical : v.mark === '✓' ? '' : COLORS.medium, v.mark)} ${v.text}`);
  const sorted = [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.location.path.localeCompare(b.location.path) || a.location.offset - b.location.offset);
  const where = (f: Finding) => `${printable(f.location.path, 200)}:${f.location.line}:${f.location.column}`;
  const show = (group: Finding[], withTrace: boolean) => {
    const f = group[0];
    const sev = c(COLORS[f.severity], f.severity.toUpperCase().padEnd(8));
    out.push(`  ${sev} ${printable(f.message)}  ${c(DIM, f.ruleId)}`);
    const files = new Set(group.map((x) => x.location.path));
    out.push(c(DIM, `           at ${where(f)}${group.length > 1 ? ` and ${group.length - 1} more place${group.length === 2 ? '' : 's'}${files.size > 1 ? ` in ${files.size} files` : ''}` : ''}`));
    if (f.values.length) out.push(`           values: ${f.values.slice(0, 12).map((x) => JSON.stringify(printable(x, 120))).join(', ')}${f.values.length > 12 ? ` … (+${f.values.length - 12})` : ''}`);
    if (withTrace) for (const step of f.trace) out.push(c(DIM, `           ${step.role.padEnd(9)} ${step.location.line}:${step.location.column}  ${printable(step.note, 160)}`));
  };
  const alerts = fold(sorted.filter((f) => isAlert(f) && severityRank(f.severity) >= min), verbose);
  if (alerts.length) {
    out.push('', c(BOLD, 'Alerts'));
    for (const g of alerts) show(g, true);
  }
  const others = sorted.filter((f) => !isAlert(f) && severityRank(f.severity) >= min);
  const otherGroups = fold(others, verbose);
  if (otherGroups.length) {
    out.push('', c(BOLD, `Other findings${otherGroups.length < others.length ? ` (${others.length}, repeats folded)` : ''}`));
    for (const g of otherGroups) show(g, verbose);
  }
  const hidden = sorted.filter((f) => severityRank(f.severity) < min).length;
  const inv = report.inventory;
  const env = Object.entries(inv.envVars);
  const groups = new Map<string, number>();
  for (const [, g] of env) groups.set(g, (groups.get(g) ?? 0) + 1);
  const senses = [inv.timeZone && 'time zone', inv.locale && 'locale', inv.hostIdentity.length && `host identity (${inv.hostIdentity.map((x) => printable(x, 40)).join(', ')})`, inv.machineIds.length && `machine ids (${inv.machineIds.map((x) => printable(x, 40)).join(', ')})`].filter(Boolean);
  out.push('', c(BOLD, 'Inventory'));
  out.push(`  reads ${env.length} environment variable${env.length === 1 ? '' : 's'}${groups.size ? ` (${[...groups].sort((a, b) => b[1] - a[1]).map(([g, n]) => `${g} ${n}`).join(', ')})` : ''}; senses ${senses.length ? senses.join(', ') : 'nothing about the user'}`);
  out.push(`  references ${inv.hosts.length} host${inv.hosts.length === 1 ? '' : 's'}${inv.network.length ? `; network APIs: ${inv.network.map((x) => printable(x, 40)).join(', ')}` : ''}${inv.commands.length ? `; runs ${inv.commands.length} command${inv.commands.length === 1 ? '' : 's'}` : ''}${inv.sensitiveFiles.length ? `; reads ${inv.sensitiveFiles.length} sensitive file${inv.sensitiveFiles.length === 1 ? '' : 's'}` : ''}${inv.decodedStrings ? `; decodes ${inv.decodedStrings} hidden string${inv.decodedStrings === 1 ? '' : 's'}` : ''}`);
  if (verbose) {
    if (env.length) out.push(`  environment variables: ${env.map(([e]) => printable(e)).join(', ')}`);
    if (inv.hosts.length) out.push(`  hosts: ${inv.hosts.map((h) => printable(h)).join(', ')}`);
    if (inv.commands.length) out.push(`  commands: ${inv.commands.map((x) => printable(x, 60)).join(', ')}`);
    if (inv.sensitiveFiles.length) out.push(`  sensitive files: ${inv.sensitiveFiles.map((x) => printable(x, 60)).join(', ')}`);
  }
  if (report.errors.length) {
    out.push('', c(BOLD, `Not read (${report.errors.length})`));
    for (const e of report.errors.slice(0, verbose ? undefined : 10)) out.push(`  ${printable(e.path)}: ${e.kind}: ${printable(e.reason, 300)}`);
    if (!verbose && report.errors.length > 10) out.push(`  … and ${report.errors.length - 10} more (--verbose lists them)`);
  }
  const counts = new Map<Severity, number>();
  for (const f of report.findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const summary = SEVERITIES.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${s}`);
  out.push('', `${report.findings.length} finding(s)${summary.length ? ': ' + summary.join(', ') : ''}${hidden ? ` (${hidden} below ${options.minSeverity ?? 'low'} not listed)` : ''} · ${report.artifacts.length} artifact(s) · ${report.errors.length} error(s)`);
  return out.join('\n') + '\n';
}

/** The table after several tools' reports: one row per tool, its verdict and counts. */
export function summaryTable(reports: Report[], options: { color?: boolean } = {}): string {
  const rows = reports.map((r) => {
    const v = verdictOf(r);
    return [r.tool ? printable(r.tool.name, 40) : `${r.artifacts.length} inputs`, r.tool?.version ? printable(r.tool.version, 24) : '', `${v.mark} ${v.alerts ? `${v.alerts} alert${v.alerts === 1 ? '' : 's'}` : v.mark === '✓' ? 'no alert' : v.mark === '?' ? 'not read' : 'read in part'}`, String(r.findings.length), String(r.errors.length)];
  });
  const head = ['TOOL', 'VERSION', 'VERDICT', 'FINDINGS', 'NOT READ'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
  const bold = (s: string) => (options.color ? BOLD + s + RESET : s);
  const withAlerts = reports.filter((r) => verdictOf(r).alerts).length;
  return [bold('Summary'), line(head), ...rows.map(line), '', `${reports.length} tool${reports.length === 1 ? '' : 's'}, ${withAlerts} with alerts.`].join('\n') + '\n';
}
