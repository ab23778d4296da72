/*
 * `npm run eval:idioms`: recall and false alarms on programs written by hand in the idioms of
 * real Node CLIs (test/eval/idioms/<case>/{positive,benign}), not composed by the generator.
 * Each case is a small tool of one to three files that senses something and acts on it, and a
 * benign twin that differs only in what makes it ordinary. Each folder is scanned as a tool is
 * (every file, then the values that cross them); a positive is found when every alert it
 * expects is raised at medium or above, and a twin is a false alarm when any of the three
 * alerts is raised on it.
 * A case that expects nothing (`"expect": []`, ids t01…) has only a `benign/` folder: ordinary
 * code that resembles the serious shapes (locale, region and time-zone conventions). It counts
 * only as a twin (a false alarm or not), never among the programs to find.
 *
 *   npm run eval:idioms -- [--only c03,c17] [--show]
 */
import * as fs from 'fs';
import * as path from 'path';
import { severityRank, type Finding } from '../../src/core/model';
import { scanPaths } from '../../src/host/scanner';

export const IDIOMS_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'eval', 'idioms');
const ALERTS = new Set(['env-gated-behavior', 'covert-marker', 'host-identity-sent']);

export interface IdiomCase {
  id: string;
  idioms: string;
  expect: string[];
}

/** Whether a case is benign only (ordinary code, no positive to find): it counts as a twin alone. */
export const benignOnly = (c: IdiomCase): boolean => c.expect.length === 0;

export interface IdiomOutcome {
  case: IdiomCase;
  /** The expected alerts the positive raised. */
  found: string[];
  /** The alerts raised on the benign twin. */
  alarms: Finding[];
  /** Every expected alert found (false for a benign-only case: it has nothing to find). */
  ok: boolean;
  errors: string[];
}

export function idiomCases(dir = IDIOMS_DIR): IdiomCase[] {
  return JSON.parse(fs.readFileSync(path.join(dir, 'cases.json'), 'utf8')) as IdiomCase[];
}

const loud = (findings: Finding[]) => findings.filter((f) => ALERTS.has(f.ruleId) && severityRank(f.severity) >= severityRank('medium'));

export async function scoreIdiom(c: IdiomCase, dir = IDIOMS_DIR): Promise<IdiomOutcome> {
  const pos = benignOnly(c) ? { findings: [] as Finding[], errors: [] as { path: string; reason: string }[] } : await scanPaths([path.join(dir, c.id, 'positive')]);
  const ben = await scanPaths([path.join(dir, c.id, 'benign')]);
  const raised = new Set(loud(pos.findings).map((f) => f.ruleId));
  const found = c.expect.filter((r) => raised.has(r));
  const errors = [...pos.errors, ...ben.errors].map((e) => `${path.basename(e.path)}: ${e.reason}`);
  return { case: c, found, alarms: loud(ben.findings), ok: !benignOnly(c) && found.length === c.expect.length, errors };
}

export async function scoreIdioms(only?: Set<string>, dir = IDIOMS_DIR): Promise<IdiomOutcome[]> {
  const out: IdiomOutcome[] = [];
  for (const c of idiomCases(dir)) if (!only || only.has(c.id)) out.push(await scoreIdiom(c, dir));
  return out;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--only');
  const only = i > 0 && process.argv[i + 1] ? new Set(process.argv[i + 1].split(',')) : undefined;
  const t0 = performance.now();
  const outcomes = await scoreIdioms(only);
  const positives = outcomes.filter((o) => !benignOnly(o.case));
  const found = positives.filter((o) => o.ok).length;
  const alarms = outcomes.filter((o) => o.alarms.length).length;
  const ordinary = outcomes.length - positives.length;
  const ordinaryAlarms = outcomes.filter((o) => benignOnly(o.case) && o.alarms.length).length;
  console.log(`# Hand-written idioms: ${positives.length} programs with ${positives.length} benign twins, and ${ordinary} ordinary programs (benign only)\n`);
  console.log(`Found ${found} of ${positives.length} (${((100 * found) / Math.max(1, positives.length)).toFixed(1)} %); false alarms on ${alarms} of ${outcomes.length} benign programs (${alarms - ordinaryAlarms} of ${positives.length} twins, ${ordinaryAlarms} of ${ordinary} ordinary programs).\n`);
  console.log('| case | idioms | expected | found | twin |\n|---|---|---|---|---|');
  for (const o of outcomes) console.log(`| ${o.case.id} | ${o.case.idioms.replace(/\|/g, '\\|')} | ${o.case.expect.join(', ') || '— (benign only)'} | ${benignOnly(o.case) ? '—' : o.ok ? 'yes' : `**no** (${o.found.join(', ') || 'nothing'})`} | ${o.alarms.length ? `**${o.alarms.map((f) => f.ruleId).join(', ')}**` : 'clean'} |`);
  const misses = outcomes.filter((o) => (!o.ok && !benignOnly(o.case)) || o.alarms.length || o.errors.length);
  if (misses.length && process.argv.includes('--show')) {
    for (const o of misses) console.log(`\n${o.case.id}: ${o.errors.join('; ')}${o.alarms.map((f) => `\n  twin: ${f.severity} ${f.ruleId} ${f.message}`).join('')}`);
  }
  console.log(`\nScanned in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
