/*
 * `npm run eval`: recall and false alarms on the generated corpus, per dimension and per
 * transform, and every miss by name. Generated programs are written to a temporary folder only
 * when asked (--write DIR); nothing is committed.
 *
 *   npm run eval -- [--count N] [--seed S] [--transforms plain,terser] [--where kind=identity,carrier=race|memo,system=esbuild-split] [--misses N|all] [--write DIR] [--show ID] [--json FILE]
 */
import * as fs from 'fs';
import * as path from 'path';
import { corpus, pct, score, summarise, whereDims, type Outcome, type Rate, type Summary } from './score';
import { TRANSFORMS, type Transform } from './render';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const fmt = (x: number) => (Number.isNaN(x) ? '–' : `${x.toFixed(1)} %`);

function table(title: string, rows: [string, Rate | undefined, Rate | undefined][]): string {
  const lines = [`### ${title}`, '', '| value | positives | recall | explained | twins | false alarms |', '|---|---:|---:|---:|---:|---:|'];
  for (const [name, p, t] of rows) {
    const fa = t && t.n ? (100 * (t.n - t.ok)) / t.n : NaN;
    lines.push(`| ${name} | ${p?.n ?? 0} | ${fmt(pct(p))} | ${fmt(pct(p, 'explained'))} | ${t?.n ?? 0} | ${fmt(fa)} |`);
  }
  return lines.join('\n');
}

export function report(s: Summary, missesShown: number): string {
  const out: string[] = [];
  out.push(table('By transform', [...TRANSFORMS.map((t) => [t, s.positives.byTransform[t], s.twins.byTransform[t]] as [string, Rate, Rate]), ['**all**', s.positives.all, s.twins.all]]));
  const dims = new Set([...Object.keys(s.positives.byDimension), ...Object.keys(s.twins.byDimension)]);
  for (const d of dims) {
    const values = new Set([...Object.keys(s.positives.byDimension[d] ?? {}), ...Object.keys(s.twins.byDimension[d] ?? {})]);
    out.push(table(`By ${d}`, [...values].sort().map((v) => [v, s.positives.byDimension[d]?.[v], s.twins.byDimension[d]?.[v]])));
  }
  const line = (o: Outcome) => `- ${o.variant.program.id} [${o.variant.system} · ${o.variant.transform}] ${Object.entries(o.variant.program.dims).filter(([, v]) => v !== '-').map(([k, v]) => `${k}=${v}`).join(' ')}: ${o.why}`;
  out.push(`### False alarms on benign twins (${s.alarms.length})`, '', ...s.alarms.slice(0, missesShown).map(line));
  out.push(`### Misses (${s.misses.length})`, '', ...s.misses.slice(0, missesShown).map(line));
  if (s.misses.length > missesShown || s.alarms.length > missesShown) out.push('', `(${missesShown} of each shown; --misses all for every one)`);
  return out.join('\n\n');
}

async function main(): Promise<void> {
  const count = Number(arg('count', '300'));
  const seed = Number(arg('seed', '1'));
  const transforms = arg('transforms', TRANSFORMS.join(',')).split(',') as Transform[];
  const missesArg = arg('misses', '60');
  const show = arg('show', '');
  const t0 = Date.now();
  const where = arg('where', '');
  const all = await corpus(
    count,
    seed,
    transforms,
    (n) => {
      if (process.stderr.isTTY) process.stderr.write(`\rgenerated ${n} variants`);
    },
    whereDims(where),
  );
  if (process.stderr.isTTY) process.stderr.write('\n');
  const write = arg('write', '');
  if (write) {
    fs.mkdirSync(write, { recursive: true });
    for (const v of all) {
      const names = Object.keys(v.files);
      if (names.length === 1) fs.writeFileSync(path.join(write, `${v.program.id}.${v.system}.${v.transform}.js`), v.code);
      else {
        // A split program's chunks, side by side as the tool ships them.
        const dir = path.join(write, `${v.program.id}.${v.system}.${v.transform}`);
        fs.mkdirSync(dir, { recursive: true });
        for (const n of names) fs.writeFileSync(path.join(dir, n), v.files[n]);
      }
    }
  }
  const t1 = Date.now();
  const outcomes: Outcome[] = [];
  for (const v of all) outcomes.push(await score(v));
  const t2 = Date.now();
  if (show) {
    for (const o of outcomes.filter((x) => `${x.variant.program.id}.${x.variant.transform}`.startsWith(show) || x.variant.program.id === show)) {
      console.log(`\n===== ${o.variant.program.id} ${o.variant.system} ${o.variant.transform} ${JSON.stringify(o.variant.program.dims)}\n${o.variant.code}\n----- ${o.ok ? 'ok' : 'MISS'} ${o.why ?? ''}`);
      for (const f of o.findings) console.log(`  ${f.severity} ${f.ruleId}: ${f.message}\n    values: ${JSON.stringify(f.values)}\n    trace: ${f.trace.map((s) => `${s.role}@${s.location.offset}: ${s.note}`).join(' | ')}`);
    }
    return;
  }
  const s = summarise(outcomes);
  console.log(`# Generated corpus: ${count} positives and ${count} benign twins (seed ${seed})${where ? `, those with ${where}` : ''}, ${all.length} variants\n`);
  console.log(report(s, missesArg === 'all' ? Infinity : Number(missesArg)));
  console.log(`\nGenerated and transformed in ${((t1 - t0) / 1000).toFixed(1)} s; analysed in ${((t2 - t1) / 1000).toFixed(1)} s.`);
  const json = arg('json', '');
  if (json) fs.writeFileSync(json, JSON.stringify({ seed, count, positives: s.positives, twins: s.twins, misses: s.misses.map((o) => ({ id: o.variant.program.id, system: o.variant.system, transform: o.variant.transform, dims: o.variant.program.dims, why: o.why })), alarms: s.alarms.map((o) => ({ id: o.variant.program.id, system: o.variant.system, transform: o.variant.transform, dims: o.variant.program.dims, why: o.why })) }, null, 2));
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
