import { severityRank, type EnvGroup, type Finding, type Inventory, type Report, type Severity } from '../../core/model';
import { ruleMeta } from '../../core/rules/meta';

/**
 * What the tree, the status bar and the trust panel say about a report. Pure, so the same words
 * appear everywhere and tests can check them without VS Code.
 */

export type Risk = 'critical' | 'high' | 'medium' | 'low' | 'none';

export function isAlert(f: Finding): boolean {
  return ruleMeta(f.ruleId)?.alert === true;
}

/** Alerts at or above `threshold`, most severe first. */
export function alertsOf(report: Report | undefined, threshold: Severity = 'info'): Finding[] {
  if (!report) return [];
  return report.findings
    .filter((f) => isAlert(f) && severityRank(f.severity) >= severityRank(threshold))
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.location.path.localeCompare(b.location.path) || a.location.offset - b.location.offset);
}

export function riskOf(report: Report | undefined): Risk {
  const alerts = alertsOf(report);
  if (!alerts.length) return 'none';
  const top = alerts[0].severity;
  return top === 'info' ? 'low' : top;
}

export function riskLabel(risk: Risk, alerts: number): string {
  if (risk === 'none') return 'no alerts';
  return `${risk} risk · ${alerts} ${alerts === 1 ? 'alert' : 'alerts'}`;
}

export interface CapabilityEntry {
  label: string;
  detail?: string;
}

export interface CapabilityGroup {
  id: 'env' | 'hosts' | 'locale' | 'host-identity' | 'commands' | 'files' | 'network';
  label: string;
  count: number;
  /** Sub-groups (env vars by group) or flat entries. */
  groups?: { label: string; entries: CapabilityEntry[] }[];
  entries?: CapabilityEntry[];
}

const ENV_GROUP_LABELS: Record<EnvGroup, string> = {
  proxy: 'Proxy',
  endpoint: 'Endpoints / base URLs',
  credentials: 'Credentials',
  ci: 'CI',
  terminal: 'Terminal',
  locale: 'Locale',
  telemetry: 'Telemetry',
  identity: 'Identity',
  system: 'System',
  tool: 'Tool settings',
  other: 'Other',
};

export function capabilityGroups(inv: Inventory): CapabilityGroup[] {
  const out: CapabilityGroup[] = [];
  const env = Object.entries(inv.envVars);
  if (env.length) {
    const by = new Map<EnvGroup, string[]>();
    for (const [name, g] of env) by.set(g, [...(by.get(g) ?? []), name]);
    const groups = [...by]
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
      .map(([g, names]) => ({ label: `${ENV_GROUP_LABELS[g] ?? g} (${names.length})`, entries: names.sort().map((n) => ({ label: n === '*' ? '* (the whole environment)' : n })) }));
    out.push({ id: 'env', label: 'Environment variables', count: env.length, groups });
  }
  if (inv.hosts.length || inv.urls.length) out.push({ id: 'hosts', label: 'Hosts contacted', count: inv.hosts.length, entries: inv.hosts.map((h) => ({ label: h })) });
  if (inv.timeZone || inv.locale) {
    const entries = [...(inv.timeZone ? [{ label: 'Time zone' }] : []), ...(inv.locale ? [{ label: 'Locale / language' }] : [])];
    out.push({ id: 'locale', label: 'Time zone / locale', count: entries.length, entries });
  }
  const identity = [...inv.hostIdentity.map((h) => ({ label: h })), ...inv.machineIds.map((m) => ({ label: m, detail: 'machine id' }))];
  if (identity.length) out.push({ id: 'host-identity', label: 'Host identity', count: identity.length, entries: identity });
  if (inv.commands.length) out.push({ id: 'commands', label: 'Commands run', count: inv.commands.length, entries: inv.commands.map((c) => ({ label: c })) });
  if (inv.sensitiveFiles.length) out.push({ id: 'files', label: 'Sensitive files read', count: inv.sensitiveFiles.length, entries: inv.sensitiveFiles.map((f) => ({ label: f })) });
  if (inv.network.length) out.push({ id: 'network', label: 'Network APIs', count: inv.network.length, entries: inv.network.map((n) => ({ label: n })) });
  return out;
}

/** Which of several findings with the same fingerprint: the page and commands name a finding by both. */
export interface FindingRef {
  toolId: string;
  fingerprint: string;
  occurrence: number;
}

export function findingRefOf(toolId: string, findings: Finding[], f: Finding): FindingRef {
  let occurrence = 0;
  for (const x of findings) {
    if (x === f) break;
    if (x.fingerprint === f.fingerprint) occurrence++;
  }
  return { toolId, fingerprint: f.fingerprint, occurrence };
}

/** Every finding's occurrence number at once, for views that name many findings. */
export function occurrences(findings: Finding[]): Map<Finding, number> {
  const seen = new Map<string, number>();
  const out = new Map<Finding, number>();
  for (const f of findings) {
    const n = seen.get(f.fingerprint) ?? 0;
    out.set(f, n);
    seen.set(f.fingerprint, n + 1);
  }
  return out;
}

export function lookupFinding(findings: Finding[], fingerprint: string, occurrence: number): Finding | undefined {
  let n = 0;
  for (const f of findings) {
    if (f.fingerprint !== fingerprint) continue;
    if (n === occurrence) return f;
    n++;
  }
  return undefined;
}

/** "/x/ext.vsix!/extension/dist/extension.js" → container and inner path; undefined for a plain path. */
export function splitEmbedded(p: string): { container: string; inner: string } | undefined {
  const i = p.indexOf('!/');
  if (i <= 0) return undefined;
  return { container: p.slice(0, i), inner: p.slice(i + 1) };
}

/** A single-line summary of a tool for the status bar and the trust panel's verdict. */
export function verdictLine(report: Report | undefined, name: string): string {
  if (!report) return `${name} has not been scanned yet.`;
  const alerts = alertsOf(report);
  const limited = report.artifacts.length > 0 && report.artifacts.every((a) => a.kind === 'native' || a.analysis === 'limited' || a.analysis === 'none');
  if (alerts.length) {
    const rules = [...new Set(alerts.map((a) => ruleMeta(a.ruleId)?.name ?? a.ruleId))];
    return `${alerts.length} ${alerts.length === 1 ? 'alert' : 'alerts'} (${alerts[0].severity}): ${rules.slice(0, 2).join('; ')}${rules.length > 2 ? '; …' : ''}.`;
  }
  if (limited) return 'No alerts, but the code could only partly be read: not analysed is not the same as safe.';
  if (report.errors.length && !report.findings.length && !Object.keys(report.inventory.envVars).length) return `No alerts; ${report.errors.length} ${report.errors.length === 1 ? 'file' : 'files'} could not be analysed.`;
  return 'No environment-gated behaviour, covert markers or hidden vendor lists found.';
}
