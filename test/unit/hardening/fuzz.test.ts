import * as assert from 'assert';
import * as path from 'path';
import { analyzeSource } from '../../../src/core/analyze';
import { Random } from '../../eval/random';
import { fuzzSeeds, MUTATIONS, runFuzz } from '../../hardening/fuzz';
import { realExcerpts } from '../../hardening/excerpts';
import { fetchNpmPackage } from '../../support/npm-fixtures';

/*
 * The analyser reads code written by others, some of it hostile. Seeded mutations of the rule
 * fixtures, generated-corpus programs and real bundle excerpts must never make it throw, hang or
 * give a malformed result. The seed changes every day and is printed; CANDOR_FUZZ_SEED replays one
 * (`npm run fuzz -- --seed N --case K` replays a single case).
 */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
/** A hang detector, not a speed measure: the slowest case takes about a second. */
const HANG_MS = 60_000;

describe('fuzzing the analyser (test/hardening/fuzz.ts)', function () {
  this.timeout(10 * 60 * 1000);
  let seeds: string[];
  before(async () => {
    seeds = await fuzzSeeds(ROOT, realExcerpts(fetchNpmPackage));
  });

  it('never throws, never hangs and always gives a well-formed result on seeded mutations', () => {
    const seed = Number(process.env.CANDOR_FUZZ_SEED ?? Math.floor(Date.now() / 86_400_000));
    const count = Number(process.env.CANDOR_FUZZ_COUNT ?? 150);
    const failures = runFuzz(seeds, seed, count, HANG_MS);
    console.log(`      fuzz seed ${seed}: ${count} cases from ${seeds.length} seeds, ${failures.length} failures (replay: CANDOR_FUZZ_SEED=${seed})`);
    assert.deepStrictEqual(failures.map((f) => `seed ${f.seed} case ${f.index} (${f.mutations.join(' + ')}): ${f.why.split('\n')[0]} — replay: npm run fuzz -- --seed ${f.seed} --case ${f.index}`), []);
  });

  it('reports a limit it hits as an error for that file, and reads the rest of what it is given', () => {
    const r = new Random(5);
    const base = seeds[0];
    const deep = analyzeSource('deep.js', MUTATIONS['deep-nesting'](base, r));
    assert.ok(deep.error, 'a program nested 2,000+ levels deep is not read as if it were whole');
    assert.strictEqual(deep.error.path, 'deep.js');
    assert.match(deep.error.kind, /^(stack|parse|limit)$/);
    // A decoder that never ends, a table of a million strings, cycles: analysed, within bounds, without an error.
    for (const m of ['endless-decoder', 'million-table', 'cycles', 'huge-literal'] as const) {
      const out = analyzeSource(`${m}.js`, MUTATIONS[m](base, r));
      assert.strictEqual(out.error, undefined, `${m}: ${out.error?.reason}`);
      assert.ok(out.findings.length > 0, `${m}: the fixture's own findings are still reported`);
    }
  });
});
