/*
 * `npm run corpus`: scans every pinned tool of the real-world corpus (tools.ts) the way a user
 * does (`candor report <path>`), one fresh process per tool so time and peak memory are that
 * scan's alone, and writes test/bench/corpus.md: per tool its bytes, files, artifacts by kind,
 * findings by severity, time and peak RSS, then every alert at medium or above in one line with
 * the verdict a person recorded for it in corpus-verdicts.json (right / overstated / wrong, and
 * why). An alert nobody has read yet says so.
 *
 *   npm run corpus -- [--only NAME] [--reuse] [--out FILE]
 *
 * --reuse rewrites corpus.md from the last run's results (kept in the fixture cache) without
 * scanning again, after verdicts were edited.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { collectReports } from '../../src/cli/commands/collect';
import { SEVERITIES, severityRank, type Finding, type Report, type Severity } from '../../src/core/model';
import { fetchNpmPackage, FIXTURE_CACHE } from '../support/npm-fixtures';
import { CORPUS, type CorpusTool } from './tools';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const VERDICTS = path.join(ROOT, 'test', 'bench', 'corpus-verdicts.json');
const RESULTS = path.join(FIXTURE_CACHE, 'corpus-results.json');
const FLOWS = path.join(ROOT, 'test', 'corpus', 'flows.json');

/** An identity-to-request flow a person found by reading a bundle (test/corpus/flows.json). */
interface Flow {
  id: string;
  tool: string;
  file?: string;
  identity: string;
  destination?: string;
  /** The line of the request in a pinned file, when its destination is not in the code. */
  line?: number;
  via: 'direct' | 'cross-file' | 'library-default' | 'prompt';
  what: string;
  /** 'candor': raised by Candor first, then read and confirmed; listed, not counted in recall. */
  foundBy?: 'candor';
}


export type Verdict = 'right' | 'overstated' | 'wrong';
interface VerdictEntry {
  verdict: Verdict;
  why: string;
  /** The alert as it read when judged, so a reader of this file knows what was judged. */
  alert: string;
}
/** An alert an earlier run raised, read, judged wrong and fixed in the rules (not in this tool's favour: in the rule's). */
interface FixedEntry {
  tool: string;
  alert: string;
  why: string;
  fix: string;
}
type VerdictFile = { version: 1; tools: Record<string, Record<string, VerdictEntry>>; fixed?: FixedEntry[] };

interface ToolResult {
  tool: CorpusTool;
  version?: string;
  bytes: number;
  files: number;
  artifacts: Record<string, number>;
  bySeverity: Record<Severity, number>;
  errors: { path: string; kind: string; reason: string }[];
  alerts: { fingerprint: string; severity: Severity; ruleId: string; where: string; message: string; values: string[] }[];
  /** Low findings by rule: what the tool senses and does that is ordinary on its own. */
  lowRules?: Record<string, number>;
  seconds: number;
  peakRssMb: number;
  /** Scanned with test/hardening/trap.js preloaded (`--trap`), and nothing was trapped. */
  trapped?: boolean;
  failure?: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function walk(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return { bytes, files };
}

/** Where an alert is, short enough for one line: the file inside the package (or the executable) and line:column. */
function where(f: Finding, base: string): string {
  let p = f.location.path.startsWith(base) ? f.location.path.slice(base.length + 1) : f.location.path;
  p = p.replace(/^.*\/package\//, '');
  return `${p}:${f.location.line}:${f.location.column}`;
}

/** The child: one tool's scan, as `candor report` runs it, with its own time and peak memory. */
async function child(target: string, out: string): Promise<void> {
  const t0 = performance.now();
  const sink = { write: () => true };
  const [tool] = await collectReports({ installed: false, paths: [target] }, { stdout: sink, stderr: sink, cwd: ROOT });
  const seconds = (performance.now() - t0) / 1000;
  const report: Report = tool.report;
  fs.writeFileSync(out, JSON.stringify({ report: { ...report, findings: report.findings.filter((f) => severityRank(f.severity) >= severityRank('medium')) }, counts: countBySeverity(report.findings), lowRules: countByRule(report.findings.filter((f) => f.severity === 'low')), seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) out[f.severity]++;
  return out;
}

function countByRule(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
}

function scanTool(tool: CorpusTool): ToolResult {
  const dir = fetchNpmPackage(tool.spec);
  const target = path.join(dir, tool.path ?? '');
  const { bytes, files } = walk(dir);
  const tmp = path.join(FIXTURE_CACHE, `corpus-${process.pid}.json`);
  const base: ToolResult = { tool, bytes, files, artifacts: {}, bySeverity: countBySeverity([]), errors: [], alerts: [], seconds: 0, peakRssMb: 0 };
  // --trap: every network, process, native-code and vm path is trapped in the scan's process and
  // its workers (test/hardening/trap.js); a call fails the tool.
  const trapLog = path.join(FIXTURE_CACHE, `corpus-trap-${process.pid}.log`);
  fs.rmSync(trapLog, { force: true });
  const trap = process.argv.includes('--trap') ? ['--require', path.join(ROOT, 'test', 'hardening', 'trap.js')] : [];
  try {
    execFileSync(process.execPath, ['--max-old-space-size=6144', ...trap, __filename, '--child', target, tmp], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 60 * 60 * 1000, env: { ...process.env, CANDOR_TRAP_LOG: trapLog } });
  } catch (err) {
    return { ...base, failure: (err as Error).message.split('\n')[0] };
  }
  if (fs.existsSync(trapLog)) return { ...base, failure: `trapped a forbidden call: ${fs.readFileSync(trapLog, 'utf8').split('\n')[0]}` };
  const r = JSON.parse(fs.readFileSync(tmp, 'utf8')) as { report: Report; counts: Record<Severity, number>; lowRules: Record<string, number>; seconds: number; peakRssMb: number };
  fs.rmSync(tmp);
  const artifacts: Record<string, number> = {};
  for (const a of r.report.artifacts) artifacts[a.kind] = (artifacts[a.kind] ?? 0) + 1;
  const alerts = r.report.findings
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.ruleId.localeCompare(b.ruleId))
    .map((f) => ({ fingerprint: f.fingerprint, severity: f.severity, ruleId: f.ruleId, where: where(f, target), message: f.message, values: f.values.slice(0, 12) }));
  return { ...base, version: r.report.tool?.version, artifacts, bySeverity: r.counts, errors: r.report.errors, alerts, lowRules: r.lowRules, seconds: r.seconds, peakRssMb: r.peakRssMb, ...(trap.length ? { trapped: true } : {}) };
}

function loadVerdicts(): VerdictFile {
  if (!fs.existsSync(VERDICTS)) return { version: 1, tools: {} };
  return JSON.parse(fs.readFileSync(VERDICTS, 'utf8')) as VerdictFile;
}

const mb = (n: number) => (n / 1e6).toFixed(1);
const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, 400);

/** Where an alert says the request goes (`… in a request to api.example.dev`). */
const destinationIn = (message: string) => / in a request to ([^\s(]+)/.exec(message)?.[1];

/**
 * Which listed flows the reports found: an alert counts for a flow when it is a host-identity-sent
 * in that tool and file that names the identity, and goes where the flow goes (at the flow's line
 * when it gives one; otherwise an alert with a destination never counts for a flow whose endpoint
 * is configured, nor the reverse). A flow may
 * claim several alerts (one per request it makes), each alert counts for one flow; alerts no flow claims are listed for reading.
 */
export function matchFlows(flows: Flow[], results: ToolResult[]): { found: Map<string, string>; unlisted: { tool: string; where: string; message: string }[] } {
  const found = new Map<string, string>();
  const used = new Set<string>();
  const ordered = [...flows].sort((a, b) => Number(!!b.destination || b.line !== undefined) - Number(!!a.destination || a.line !== undefined));
  for (const f of ordered) {
    const r = results.find((x) => x.tool.spec === f.tool);
    for (const a of r?.alerts ?? []) {
      const key = `${f.tool}|${a.where}`;
      if (used.has(key) || a.ruleId !== 'host-identity-sent') continue;
      if (f.file && !a.where.includes(f.file)) continue;
      if (!new RegExp(f.identity, 'i').test(a.message)) continue;
      const to = destinationIn(a.message);
      if (f.line !== undefined ? Number(a.where.split(':').at(-2)) !== f.line : f.destination ? !(to && new RegExp(f.destination, 'i').test(to)) : to !== undefined) continue;
      used.add(key);
      if (!found.has(f.id)) found.set(f.id, a.where);
    }
  }
  const unlisted = results.flatMap((r) => r.alerts.filter((a) => a.ruleId === 'host-identity-sent' && !used.has(`${r.tool.spec}|${a.where}`)).map((a) => ({ tool: r.tool.name, where: a.where, message: a.message })));
  return { found, unlisted };
}

function flowSection(results: ToolResult[]): string[] {
  if (!fs.existsSync(FLOWS)) return [];
  const flows = (JSON.parse(fs.readFileSync(FLOWS, 'utf8')) as { flows: Flow[] }).flows.filter((f) => results.some((r) => r.tool.spec === f.tool));
  const { found, unlisted } = matchFlows(flows, results);
  const read = flows.filter((f) => !f.foundBy);
  const extra = flows.filter((f) => f.foundBy);
  const vias = [...new Set(read.map((f) => f.via))];
  const lines = ['', '## Identity flows found', '', `Flows of host or user identity into requests or prompts, found by reading the bundles (test/corpus/flows.json): **${read.filter((f) => found.has(f.id)).length} of ${read.length} found**.`, '', '| via | listed | found |', '|---|---:|---:|'];
  for (const v of vias) lines.push(`| ${v} | ${read.filter((f) => f.via === v).length} | ${read.filter((f) => f.via === v && found.has(f.id)).length} |`);
  lines.push('');
  const name = (spec: string) => results.find((r) => r.tool.spec === spec)?.tool.name ?? spec;
  for (const f of read) lines.push(`- ${found.has(f.id) ? '**found**' : 'missed'} (${f.via}) ${esc(name(f.tool))}: ${esc(f.what)}${found.has(f.id) ? ` \`${esc(found.get(f.id)!)}\`` : ''}`);
  if (extra.length) {
    lines.push('', `Flows Candor raised that the readers had not listed, read in the bundle and confirmed (${extra.filter((f) => found.has(f.id)).length} of ${extra.length} still raised):`, '');
    for (const f of extra) lines.push(`- ${found.has(f.id) ? 'raised' : '**no longer raised**'} (${f.via}) ${esc(name(f.tool))}: ${esc(f.what)}${found.has(f.id) ? ` \`${esc(found.get(f.id)!)}\`` : ''}`);
  }
  if (unlisted.length) {
    lines.push('', 'Identity alerts no listed flow accounts for (read them, then list the flow or fix the rule):', '');
    for (const u of unlisted) lines.push(`- ${esc(u.tool)} \`${esc(u.where)}\`: ${esc(u.message)}`);
  }
  return lines;
}

/**
 * A verdict is recorded under the alert's fingerprint, or under `fingerprint@file` when the same
 * finding (same rule and values) is raised in several files of one tool (Bun chunks), or under
 * `@file:line:column` when one file raises it several times (the fingerprint's ordinal then moves
 * as alerts are added; the place in a pinned bundle does not).
 */
function verdictOf(verdicts: VerdictFile, r: ToolResult, a: ToolResult['alerts'][number]): VerdictEntry | undefined {
  const byTool = verdicts.tools[r.tool.spec];
  const file = a.where.replace(/:\d+:\d+$/, '');
  return byTool?.[`@${a.where}`] ?? byTool?.[`${a.fingerprint}@${file}`] ?? byTool?.[a.fingerprint];
}

function markdown(results: ToolResult[], verdicts: VerdictFile, date: string): string {
  const lines: string[] = [];
  lines.push('# Real-world corpus', '', `Pinned AI coding tools from the npm registry, scanned with \`candor report <path>\` (one fresh process per tool; \`npm run corpus\` rewrites this file). Run on ${date}, Node ${process.version}, ${require('os').cpus().length} cores.`, '');
  lines.push('| tool | version | MB | files | artifacts | critical | high | medium | low | info | errors | time s | peak RSS MB |', '|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    if (r.failure) {
      lines.push(`| ${r.tool.name} | ${r.tool.spec} | ${mb(r.bytes)} | ${r.files} | scan failed: ${esc(r.failure)} | | | | | | | | |`);
      continue;
    }
    const arts = Object.entries(r.artifacts).map(([k, n]) => `${k} ${n}`).join(', ');
    const s = r.bySeverity;
    lines.push(`| ${r.tool.name} | ${r.version ?? r.tool.spec.replace(/^.*@/, '')} | ${mb(r.bytes)} | ${r.files} | ${arts} | ${s.critical} | ${s.high} | ${s.medium} | ${s.low} | ${s.info} | ${r.errors.length} | ${r.seconds.toFixed(1)} | ${r.peakRssMb.toFixed(0)} |`);
  }
  const all = results.flatMap((r) => r.alerts.map((a) => ({ r, a, v: verdictOf(verdicts, r, a) })));
  const count = (v: Verdict | undefined) => all.filter((x) => x.v?.verdict === v).length;
  const trapped = results.filter((r) => r.trapped).length;
  lines.push('', trapped === results.length ? `Every tool was scanned with its network, process, native-code and vm paths trapped (\`npm run corpus -- --trap\`): no call.` : `Scanned with the offline trap: ${trapped} of ${results.length} tools (\`npm run corpus -- --trap\`).`);
  lines.push('', `Alerts at medium or above: ${all.length}; read and judged right ${count('right')}, overstated ${count('overstated')}, wrong ${count('wrong')}; not yet read ${all.filter((x) => !x.v).length}.`);
  for (const r of results) {
    lines.push('', `## ${r.tool.name} (${r.tool.spec})`, '');
    if (r.errors.length) lines.push(`Inputs not fully read (${r.errors.length}): ${r.errors.slice(0, 5).map((e) => `${e.kind} ${path.basename(e.path)}: ${esc(e.reason)}`).join('; ')}${r.errors.length > 5 ? '; …' : ''}`, '');
    const lows = Object.entries(r.lowRules ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const lowLine = lows.length ? `Low (ordinary on its own, listed in the report): ${lows.map(([id, n]) => `${id} ×${n}`).join(', ')}.` : '';
    if (!r.alerts.length) {
      lines.push(r.failure ? `Scan failed: ${esc(r.failure)}` : 'No alert at medium or above.');
      if (lowLine) lines.push('', lowLine);
      continue;
    }
    if (lowLine) lines.push(lowLine, '');
    for (const a of r.alerts) {
      const v = verdictOf(verdicts, r, a);
      lines.push(`- **${a.severity}** ${a.ruleId} \`${esc(a.where)}\`: ${esc(a.message)}  \n  ${v ? `*${v.verdict}*: ${esc(v.why)}` : '*not yet read*'}`);
    }
  }
  lines.push(...flowSection(results));
  if (verdicts.fixed?.length) {
    lines.push('', '## Alerts judged wrong and fixed in the rules', '', 'Raised by earlier runs on this corpus, read in the bundle, and fixed by a change to a rule (never by an exception for one tool); each fix has a test of the general case.', '');
    for (const f of verdicts.fixed) lines.push(`- **${esc(f.tool)}**: ${esc(f.alert)}  \n  *why wrong*: ${esc(f.why)}  \n  *fix*: ${esc(f.fix)}`);
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3], process.argv[4]);
  const only = arg('only');
  const out = arg('out') ?? path.join(ROOT, 'test', 'bench', 'corpus.md');
  let results: ToolResult[] = fs.existsSync(RESULTS) ? (JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as ToolResult[]) : [];
  if (!process.argv.includes('--reuse')) {
    for (const tool of CORPUS) {
      if (only && !tool.name.toLowerCase().includes(only.toLowerCase())) continue;
      process.stderr.write(`${tool.name} (${tool.spec})… `);
      const r = scanTool(tool);
      process.stderr.write(r.failure ? `failed: ${r.failure}\n` : `${r.seconds.toFixed(1)} s, ${r.alerts.length} alerts\n`);
      results = [...results.filter((x) => x.tool.spec !== tool.spec), r];
    }
    fs.writeFileSync(RESULTS, JSON.stringify(results));
  }
  const order = CORPUS.map((t) => t.spec);
  results = results.filter((r) => order.includes(r.tool.spec)).sort((a, b) => order.indexOf(a.tool.spec) - order.indexOf(b.tool.spec));
  const text = markdown(results, loadVerdicts(), new Date().toISOString().slice(0, 10));
  fs.writeFileSync(out, text);
  process.stdout.write(text);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
