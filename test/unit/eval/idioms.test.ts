import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { benignOnly, IDIOMS_DIR, idiomCases, scoreIdioms } from '../../eval/idioms';

/*
 * The hand-written programs (test/eval/idioms): code in the idioms of real Node CLIs, written
 * without the generator's parts, in thirteen rounds (c01–c42, d01–d40, e01–e30, f01–f30, g01–g30,
 * h01–h30, i01–i30, j01–j30, k01–k30, l01–l30, m01–m30,
 * n01–n30, o01–o30); each round was written after the misses of the rounds before it were
 * followed, so it measures the engine on idioms it had not been shown. Floors: what the engine
 * reaches today. Today 336 of 412 are found, and no benign twin raises an alert.
 * Besides them, ordinary programs with no positive (t01…, `"expect": []`): locale, region and
 * time-zone conventions (translations, formats, units, week start) that must not alert; they
 * count only as false alarms, never among the programs to find.
 */
/** Ordinary programs (t01…) that raise an alert today: the ceiling, lowered as the engine learns them. */
const ORDINARY_ALARMS = 11;

describe('eval: hand-written idioms (test/eval/idioms)', function () {
  this.timeout(120000);
  let outcomes: Awaited<ReturnType<typeof scoreIdioms>> = [];
  before(async () => {
    outcomes = await scoreIdioms();
  });

  const positives = () => outcomes.filter((o) => !benignOnly(o.case));
  const ordinary = () => outcomes.filter((o) => benignOnly(o.case));

  it('has every case a positive and a twin, or (ordinary programs) a benign folder alone', () => {
    assert.strictEqual(outcomes.length, idiomCases().length);
    assert.ok(positives().length >= 412);
    assert.ok(ordinary().length >= 22);
    for (const o of outcomes) assert.deepStrictEqual(o.errors, [], o.case.id);
    for (const o of ordinary()) {
      assert.ok(fs.existsSync(path.join(IDIOMS_DIR, o.case.id, 'benign')), o.case.id);
      assert.ok(!fs.existsSync(path.join(IDIOMS_DIR, o.case.id, 'positive')), `${o.case.id} is benign only`);
    }
  });

  it('finds at least 336 of the programs, counting none of the ordinary ones', () => {
    // (An ordinary program has nothing to find: it is never `ok`, and never among the programs.)
    for (const o of ordinary()) assert.strictEqual(o.ok, false, o.case.id);
    const missed = positives().filter((o) => !o.ok).map((o) => `${o.case.id} (${o.case.idioms})`);
    assert.ok(positives().length - missed.length >= 336, `missed ${missed.length}: ${missed.join('; ')}`);
  });

  it('raises an alert on at most one benign twin in a hundred', () => {
    const alarms = positives().filter((o) => o.alarms.length).map((o) => `${o.case.id}: ${o.alarms.map((f) => f.message).join(' | ')}`);
    assert.ok(alarms.length <= Math.floor(positives().length / 100), alarms.join('\n'));
  });

  it('raises an alert on at most ORDINARY_ALARMS of the ordinary programs', () => {
    const alarms = ordinary().filter((o) => o.alarms.length).map((o) => `${o.case.id}: ${o.alarms.map((f) => f.message).join(' | ')}`);
    assert.ok(alarms.length <= ORDINARY_ALARMS, alarms.join('\n'));
  });
});
