import { severityRank, type Finding, type Report, type Severity } from '../model';
import { printable } from '../text';

export interface TextOptions {
  color?: boolean;
  /** Findings below this severity are summarised, not listed. */
  minSeverity?: Severity;
}

const COLORS: Record<Severity, string> = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';

/** A report a person reads at a terminal: alerts first with their trace, then the inventory. */
export function toText(report: Report, options: TextOptions = {}): string {
  const c = (code: string, s: string) => (options.color ? code + s + RESET : s);
  const min = severityRank(options.minSeverity ?? 'low');
  const out: string[] = [];
  if (report.tool) {
    const t = report.tool;
    out.push(c(BOLD, `${printable(t.name)}${t.version ? ' ' + printable(t.version) : ''}`) + c(DIM, ` (${t.kind}, ${printable(t.installPath)})`));
  }
  const sorted = [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.location.path.localeCompare(b.location.path) || a.location.offset - b.location.offset);
  const shown = sorted.filter((f) => severityRank(f.severity) >= min);
  const byPath = new Map<string, Finding[]>();
  for (const f of shown) {
    const list = byPath.get(f.location.path) ?? [];
    list.push(f);
    byPath.set(f.location.path, list);
  }
  for (const [file, findings] of byPath) {
    out.push('', c(BOLD, printable(file)));
    for (const f of findings) {
      const sev = c(COLORS[f.severity], f.severity.toUpperCase().padEnd(8));
      out.push(`  ${sev} ${f.location.line}:${f.location.column}  ${printable(f.message)}  ${c(DIM, f.ruleId)}`);
      if (f.values.length) out.push(`           values: ${f.values.slice(0, 12).map((v) => JSON.stringify(printable(v, 120))).join(', ')}${f.values.length > 12 ? ` … (+${f.values.length - 12})` : ''}`);
      for (const step of f.trace) {
        out.push(c(DIM, `           ${step.role.padEnd(9)} ${step.location.line}:${step.location.column}  ${printable(step.note, 160)}`));
      }
    }
  }
  const hidden = sorted.length - shown.length;
  const inv = report.inventory;
  const env = Object.keys(inv.envVars);
  out.push('', c(BOLD, 'Inventory'));
  out.push(`  env vars read: ${env.length}${env.length ? ' (' + env.slice(0, 20).map((e) => printable(e)).join(', ') + (env.length > 20 ? ', …' : '') + ')' : ''}`);
  out.push(`  hosts referenced: ${inv.hosts.length}${inv.hosts.length ? ' (' + inv.hosts.slice(0, 15).map((h) => printable(h)).join(', ') + (inv.hosts.length > 15 ? ', …' : '') + ')' : ''}`);
  out.push(`  time zone: ${inv.timeZone ? 'read' : 'no'} · locale: ${inv.locale ? 'read' : 'no'} · host identity: ${inv.hostIdentity.length ? inv.hostIdentity.join(', ') : 'no'}`);
  if (inv.machineIds.length) out.push(`  machine ids: ${inv.machineIds.map((x) => printable(x)).join(', ')}`);
  if (inv.commands.length) out.push(`  commands: ${inv.commands.slice(0, 15).map((x) => printable(x, 60)).join(', ')}`);
  if (inv.sensitiveFiles.length) out.push(`  sensitive files: ${inv.sensitiveFiles.map((x) => printable(x, 60)).join(', ')}`);
  if (inv.network.length) out.push(`  network APIs: ${inv.network.join(', ')}`);
  if (inv.decodedStrings) out.push(`  decoded strings: ${inv.decodedStrings}`);
  if (report.errors.length) {
    out.push('', c(BOLD, `Errors (${report.errors.length})`));
    for (const e of report.errors) out.push(`  ${printable(e.path)}: ${e.kind}: ${printable(e.reason, 300)}`);
  }
  const counts = new Map<Severity, number>();
  for (const f of report.findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const summary = (['critical', 'high', 'medium', 'low', 'info'] as Severity[]).filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${s}`);
  out.push('', `${report.findings.length} finding(s)${summary.length ? ': ' + summary.join(', ') : ''}${hidden ? ` (${hidden} below ${options.minSeverity ?? 'low'} not listed)` : ''} · ${report.artifacts.length} artifact(s) · ${report.errors.length} error(s)`);
  return out.join('\n') + '\n';
}
