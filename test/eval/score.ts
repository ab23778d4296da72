import { analyzeSource } from '../../src/core/analyze';
import { followLinks } from '../../src/host/links';
import { severityRank, type Finding } from '../../src/core/model';
import { DIMENSIONS, FIRST_PARTY, generate, type Program } from './generator';
import { Random } from './random';
import { MODULE_SYSTEMS, renderFiles, transform, TRANSFORMS, type ModuleSystem, type Transform } from './render';

/** One program written out in one module system through one transform. */
export interface Variant {
  program: Program;
  system: ModuleSystem;
  transform: Transform;
  /** The files, by name (one, or a split program's chunks). */
  files: Record<string, string>;
  /** The files one after the other, for reading and --write. */
  code: string;
}

export interface Outcome {
  variant: Variant;
  /** Positives: every expected rule reported at its severity. Twins: nothing at high or above. */
  ok: boolean;
  /** Positives: the gating alert names a compared value and an effect (what changes). */
  explained: boolean;
  /** Why a positive was missed or a twin raised an alarm, in a line. */
  why?: string;
  findings: Finding[];
}

/** The module system a program is written in: one per program, spread evenly by its id. */
export function systemOf(p: Program): ModuleSystem {
  return MODULE_SYSTEMS[new Random(hashId(p.pair)).int(MODULE_SYSTEMS.length)];
}

function hashId(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Every program through every transform (or those asked for), in its module system. */
export async function variants(programs: Program[], transforms: readonly Transform[] = TRANSFORMS, onProgress?: (done: number) => void): Promise<Variant[]> {
  const out: Variant[] = [];
  for (const program of programs) {
    const system = systemOf(program);
    const base = await renderFiles(program, system);
    for (const t of transforms) {
      // A split program minified by esbuild is minified by the bundler that splits it, export names and all.
      const files = t === 'esbuild-minify' && system === 'esbuild-split' ? await renderFiles(program, system, true) : Object.fromEntries(await Promise.all(Object.entries(base).map(async ([name, code]) => [name, await transform(code, t, system, hashId(program.pair) % 1000)] as const)));
      const names = Object.keys(files);
      const code = names.length === 1 ? files[names[0]] : names.map((n) => `// ===== ${n}\n${files[n]}`).join('\n');
      out.push({ program, system, transform: t, files, code });
    }
    onProgress?.(out.length);
  }
  return out;
}

const sev = severityRank;

/**
 * Candor's findings on a variant's files: each file analysed, then (several files) values followed
 * across them as a scan of a whole tool does.
 */
async function analyseVariant(v: Variant): Promise<{ findings: Finding[]; error?: string }> {
  const options = { firstPartyHosts: FIRST_PARTY };
  const dir = `/${v.program.id}.${v.system}.${v.transform}`;
  const names = Object.keys(v.files);
  if (names.length === 1) {
    const r = analyzeSource(`${dir}.js`, v.files[names[0]], options);
    return { findings: r.findings, error: r.error?.reason };
  }
  const sources = names.map((n) => ({ path: `${dir}/${n}`, text: v.files[n], hash: `${dir}/${n}` }));
  const results = sources.map((s) => analyzeSource(s.path, s.text, options));
  const failed = results.find((r) => r.error);
  if (failed) return { findings: [], error: `${failed.path}: ${failed.error!.reason}` };
  await followLinks(results, sources, async (p, text, o) => analyzeSource(p, text, o), options);
  return { findings: results.flatMap((r) => r?.findings ?? []) };
}

/** Runs Candor on one variant and scores it against what the program's author expects. */
export async function score(v: Variant): Promise<Outcome> {
  const { findings, error } = await analyseVariant(v);
  if (error) return { variant: v, ok: false, explained: false, why: `analysis error: ${error}`, findings };
  const p = v.program;
  if (p.benign) {
    const loud = findings.filter((f) => sev(f.severity) >= sev('high'));
    return { variant: v, ok: loud.length === 0, explained: loud.length === 0, why: loud.length ? `raised ${loud.map((f) => `${f.ruleId} (${f.severity}): ${f.message}`).join('; ')}` : undefined, findings };
  }
  const missing = p.expect.rules.filter((e) => !findings.some((f) => f.ruleId === e.id && sev(f.severity) >= sev(e.min)));
  if (missing.length) {
    const near = findings.filter((f) => missing.some((m) => m.id === f.ruleId));
    return { variant: v, ok: false, explained: false, why: `missed ${missing.map((m) => m.id).join(', ')}${near.length ? ` (reported below the severity: ${near.map((f) => f.severity).join(', ')})` : ''}`, findings };
  }
  let explained = true;
  let why: string | undefined;
  if (p.dims.kind !== 'identity') {
    const gating = findings.filter((f) => f.ruleId === 'env-gated-behavior' && sev(f.severity) >= sev('high'));
    const expected = new Set(p.expect.values);
    const named = gating.some((f) => f.values.some((x) => expected.has(x)));
    const effect = gating.some((f) => f.trace.some((s) => s.role === 'effect'));
    explained = named && effect;
    if (!explained) why = `not explained: ${named ? '' : 'compared values not named; '}${effect ? '' : 'no effect in the trace'}`;
  } else {
    const sent = findings.filter((f) => f.ruleId === 'host-identity-sent');
    explained = sent.some((f) => f.trace.some((s) => s.role === 'source') && f.trace.some((s) => s.role === 'effect'));
    if (!explained) why = 'not explained: trace lacks its source or its request';
  }
  return { variant: v, ok: true, explained, why, findings };
}

export interface Rate {
  n: number;
  ok: number;
  explained: number;
}

export interface Summary {
  positives: { byTransform: Record<string, Rate>; byDimension: Record<string, Record<string, Rate>>; all: Rate };
  twins: { byTransform: Record<string, Rate>; byDimension: Record<string, Record<string, Rate>>; all: Rate };
  misses: Outcome[];
  alarms: Outcome[];
}

function bump(map: Record<string, Rate>, key: string, o: Outcome): void {
  const r = (map[key] ??= { n: 0, ok: 0, explained: 0 });
  r.n++;
  if (o.ok) r.ok++;
  if (o.ok && o.explained) r.explained++;
}

export function summarise(outcomes: Outcome[]): Summary {
  const empty = () => ({ byTransform: {} as Record<string, Rate>, byDimension: {} as Record<string, Record<string, Rate>>, all: { n: 0, ok: 0, explained: 0 } });
  const s: Summary = { positives: empty(), twins: empty(), misses: [], alarms: [] };
  for (const o of outcomes) {
    const side = o.variant.program.benign ? s.twins : s.positives;
    const all = { all: side.all } as Record<string, Rate>;
    bump(all, 'all', o);
    bump(side.byTransform, o.variant.transform, o);
    const dims: Record<string, string> = { ...o.variant.program.dims, system: o.variant.system };
    for (const d of [...DIMENSIONS, 'system']) {
      const value = dims[d];
      if (value === '-' || d === 'twin' && !o.variant.program.benign) continue;
      bump((side.byDimension[d] ??= {}), value, o);
    }
    if (!o.ok && o.variant.program.benign) s.alarms.push(o);
    else if (!o.ok || !o.explained) s.misses.push(o);
  }
  return s;
}

/** The programs of one seed, written out: what `npm run eval` and the unit test's sample share. */
export async function corpus(count: number, seed: number, transforms: readonly Transform[] = TRANSFORMS, onProgress?: (done: number) => void, where: (p: Program) => boolean = () => true): Promise<Variant[]> {
  return variants(generate({ count, seed }).filter(where), transforms, onProgress);
}

/** `kind=identity,carrier=race|memo`: the programs whose parts are all among those named. */
export function whereDims(spec: string): (p: Program) => boolean {
  const wanted = spec
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const [dim, values = ''] = part.split('=');
      if (dim !== 'system' && !(DIMENSIONS as readonly string[]).includes(dim)) throw new Error(`--where: no dimension "${dim}" (${[...DIMENSIONS, 'system'].join(', ')})`);
      return [dim as keyof Program['dims'] | 'system', new Set(values.split('|'))] as const;
    });
  return (p) => wanted.every(([dim, values]) => values.has(dim === 'system' ? systemOf(p) : p.dims[dim]));
}

export const pct = (r: Rate | undefined, key: 'ok' | 'explained' = 'ok') => (r && r.n ? (100 * r[key]) / r.n : NaN);
