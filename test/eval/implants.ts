/*
 * `npm run eval:implants`: recall and false alarms inside real bundles. Each case is a small,
 * plausible change to one file of a real AI tool fetched from the npm registry (pinned, cached
 * outside the repository): a few edits, each anchored on a string that occurs once in the
 * original, that make the tool sense something and act on it through its own code, and a benign
 * twin made of the same edits with an ordinary comparison. The hand-written idioms measure what
 * the engine follows; these measure whether it still follows it inside 2–17 MB of someone
 * else's minified code, where budgets, depth limits and library noise decide.
 *
 * The changed file is scanned with the package's package.json beside it, as the tool is identified
 * when scanned. An alert counts only when the unchanged file does not raise it (same rule, same
 * place mapped back through the edits, same message): the bundles raise alerts of their own.
 *
 *   npm run eval:implants -- [--only p01,p17] [--show]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { severityRank, type Finding } from '../../src/core/model';
import { scanPaths } from '../../src/host/scanner';
import { fetchNpmPackage } from '../support/npm-fixtures';

export const IMPLANTS_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'eval', 'implants');
const ALERTS = new Set(['env-gated-behavior', 'covert-marker', 'host-identity-sent']);

export interface ImplantEdit {
  /** A string of the original file that occurs exactly once. */
  at: string;
  where: 'before' | 'after' | 'replace';
  /** Files of the case's folder holding the inserted text of each side. */
  positive: string;
  benign: string;
}

export interface ImplantCase {
  id: string;
  /** npm spec, pinned. */
  bundle: string;
  /** The changed file, inside the package. */
  file: string;
  idioms: string;
  expect: string[];
  edits: ImplantEdit[];
}

export interface Implanted {
  text: string;
  /** Where the inserted text lies in the changed file: [start, end) offsets, ascending. */
  spans: { start: number; end: number; delta: number }[];
}

/** Applies a case's edits of one side to the original text; an anchor that is not unique is an error. */
export function applyImplant(original: string, edits: readonly { at: string; where: ImplantEdit['where']; code: string }[]): Implanted {
  const placed = edits.map((e) => {
    const first = original.indexOf(e.at);
    if (!e.at || first < 0) throw new Error(`anchor not found: ${JSON.stringify(e.at.slice(0, 80))}`);
    if (original.indexOf(e.at, first + 1) >= 0) throw new Error(`anchor occurs more than once: ${JSON.stringify(e.at.slice(0, 80))}`);
    const start = e.where === 'after' ? first + e.at.length : first;
    const end = e.where === 'replace' ? first + e.at.length : start;
    return { start, end, code: e.code };
  });
  placed.sort((a, b) => a.start - b.start);
  for (let i = 1; i < placed.length; i++) if (placed[i].start < placed[i - 1].end) throw new Error('edits overlap');
  const parts: string[] = [];
  const spans: Implanted['spans'] = [];
  let at = 0;
  let shift = 0;
  for (const p of placed) {
    parts.push(original.slice(at, p.start), p.code);
    const start = p.start + shift;
    shift += p.code.length - (p.end - p.start);
    spans.push({ start, end: start + p.code.length, delta: shift });
    at = p.end;
  }
  parts.push(original.slice(at));
  return { text: parts.join(''), spans };
}

/** Where an offset of the changed file was in the original, or undefined inside inserted text. */
export function originalOffset(spans: Implanted['spans'], offset: number): number | undefined {
  let delta = 0;
  for (const s of spans) {
    if (offset < s.start) break;
    if (offset < s.end) return undefined;
    delta = s.delta;
  }
  return offset - delta;
}

export function implantCases(dir = IMPLANTS_DIR): ImplantCase[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, 'case.json')))
    .sort()
    .map((d) => JSON.parse(fs.readFileSync(path.join(dir, d, 'case.json'), 'utf8')) as ImplantCase);
}

const loud = (findings: Finding[]) => findings.filter((f) => ALERTS.has(f.ruleId) && severityRank(f.severity) >= severityRank('medium'));
const key = (f: Finding, offset: number | undefined) => `${f.ruleId}|${f.severity}|${offset}|${f.message}`;

export interface ImplantOutcome {
  case: ImplantCase;
  /** The expected alerts the positive raised that the unchanged file does not. */
  found: string[];
  /** New alerts on the positive, with whether they sit in inserted text. */
  raised: { finding: Finding; inside: boolean }[];
  /** New alerts on the benign twin. */
  alarms: Finding[];
  ok: boolean;
  errors: string[];
  seconds: number;
}

const baselines = new Map<string, Set<string>>();

async function scanText(pkgDir: string, c: ImplantCase, text: string, tag: string): Promise<{ findings: Finding[]; errors: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `candor-implant-${tag}-`));
  try {
    fs.copyFileSync(path.join(pkgDir, 'package.json'), path.join(dir, 'package.json'));
    const file = path.join(dir, c.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    const report = await scanPaths([dir]);
    return { findings: report.findings, errors: report.errors.map((e) => `${path.basename(e.path)}: ${e.reason}`) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function scoreImplant(c: ImplantCase, dir = IMPLANTS_DIR): Promise<ImplantOutcome> {
  const t0 = performance.now();
  const pkgDir = fetchNpmPackage(c.bundle);
  const original = fs.readFileSync(path.join(pkgDir, c.file), 'utf8');
  const baseKey = `${c.bundle}/${c.file}`;
  const errors: string[] = [];
  let base = baselines.get(baseKey);
  if (!base) {
    const r = await scanText(pkgDir, c, original, 'base');
    errors.push(...r.errors.map((e) => `unchanged: ${e}`));
    base = new Set(loud(r.findings).map((f) => key(f, f.location.offset)));
    baselines.set(baseKey, base);
  }
  const side = async (which: 'positive' | 'benign') => {
    const implanted = applyImplant(
      original,
      c.edits.map((e) => ({ at: e.at, where: e.where, code: fs.readFileSync(path.join(dir, c.id, e[which]), 'utf8') })),
    );
    const r = await scanText(pkgDir, c, implanted.text, which);
    errors.push(...r.errors.map((e) => `${which}: ${e}`));
    return loud(r.findings).flatMap((f) => {
      const was = originalOffset(implanted.spans, f.location.offset);
      return was !== undefined && base!.has(key(f, was)) ? [] : [{ finding: f, inside: was === undefined }];
    });
  };
  const raised = await side('positive');
  const alarms = (await side('benign')).map((r) => r.finding);
  const rules = new Set(raised.map((r) => r.finding.ruleId));
  const found = c.expect.filter((r) => rules.has(r));
  return { case: c, found, raised, alarms, ok: found.length === c.expect.length, errors, seconds: (performance.now() - t0) / 1000 };
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--only');
  const only = i > 0 && process.argv[i + 1] ? new Set(process.argv[i + 1].split(',')) : undefined;
  const d = process.argv.indexOf('--dir');
  const dir = d > 0 && process.argv[d + 1] ? path.resolve(process.argv[d + 1]) : IMPLANTS_DIR;
  const t0 = performance.now();
  const outcomes: ImplantOutcome[] = [];
  for (const c of implantCases(dir)) {
    if (only && !only.has(c.id)) continue;
    const o = await scoreImplant(c, dir);
    outcomes.push(o);
    process.stderr.write(`${c.id} ${o.ok ? 'found' : 'MISSED'}${o.alarms.length ? ' TWIN ALARM' : ''} (${o.seconds.toFixed(1)} s)\n`);
  }
  const found = outcomes.filter((o) => o.ok).length;
  const alarms = outcomes.filter((o) => o.alarms.length).length;
  console.log(`# Implants in real bundles: ${outcomes.length} changes and ${outcomes.length} benign twins\n`);
  console.log(`Found ${found} of ${outcomes.length} (${((100 * found) / Math.max(1, outcomes.length)).toFixed(1)} %); false alarms on ${alarms} of ${outcomes.length} twins.\n`);
  console.log('| case | bundle | idioms | expected | found | twin |\n|---|---|---|---|---|---|');
  for (const o of outcomes) {
    const got = o.ok ? 'yes' : `**no** (${o.found.join(', ') || 'nothing'})`;
    const twin = o.alarms.length ? `**${o.alarms.map((f) => f.ruleId).join(', ')}**` : 'clean';
    console.log(`| ${o.case.id} | ${o.case.bundle} ${o.case.file} | ${o.case.idioms.replace(/\|/g, '\\|')} | ${o.case.expect.join(', ')} | ${got} | ${twin} |`);
  }
  if (process.argv.includes('--show')) {
    for (const o of outcomes) {
      const lines = [
        ...o.errors,
        ...o.raised.map((r) => `positive: ${r.finding.severity} ${r.finding.ruleId} ${r.inside ? '(in the change)' : '(outside it)'} ${r.finding.message}`),
        ...o.alarms.map((f) => `twin: ${f.severity} ${f.ruleId} ${f.message}`),
      ];
      if (lines.length) console.log(`\n${o.case.id}:\n  ${lines.join('\n  ')}`);
    }
  }
  console.log(`\nScanned in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
