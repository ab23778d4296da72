import * as path from 'path';
import { fetchNpmPackage } from '../support/npm-fixtures';
import { fuzzCase, fuzzSeeds, runFuzz } from './fuzz';
import { realExcerpts } from './excerpts';

/*
 * `npm run fuzz -- [--seed N] [--count N] [--case K] [--max-ms N] [--no-real]`: the longer fuzz run.
 * Prints each failure with the seed and case that replay it, and exits 1 if there was one.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const seed = opt('seed', Date.now() % 100000);
  const count = opt('count', 1000);
  const maxMs = opt('max-ms', 60_000);
  const root = path.resolve(__dirname, '..', '..', '..');
  const seeds = await fuzzSeeds(root, args.includes('--no-real') ? [] : realExcerpts(fetchNpmPackage));
  const only = args.indexOf('--case');
  if (only >= 0) {
    const c = fuzzCase(seeds, seed, Number(args[only + 1]));
    process.stdout.write(`case ${c.index} of seed ${seed}: ${c.mutations.join(' + ')}, ${c.code.length} chars\n`);
  }
  let done = 0;
  let slowest = 0;
  const t0 = Date.now();
  const failures = only >= 0
    ? runFuzz(seeds, seed, Number(args[only + 1]) + 1, maxMs).filter((f) => f.index === Number(args[only + 1]))
    : runFuzz(seeds, seed, count, maxMs, (_c, ms) => {
        done++;
        slowest = Math.max(slowest, ms);
        if (process.stderr.isTTY && done % 10 === 0) process.stderr.write(`\r${done}/${count}`);
      });
  process.stdout.write(`\nfuzz: seed ${seed}, ${only >= 0 ? 1 : count} cases from ${seeds.length} seeds in ${((Date.now() - t0) / 1000).toFixed(1)} s; slowest case ${Math.round(slowest)} ms; ${failures.length} failures\n`);
  for (const f of failures) process.stdout.write(`FAIL seed ${f.seed} case ${f.index} (${f.mutations.join(' + ')}), replay: npm run fuzz -- --seed ${f.seed} --case ${f.index}\n  ${f.why.split('\n').slice(0, 6).join('\n  ')}\n`);
  process.exit(failures.length ? 1 : 0);
}

void main();
