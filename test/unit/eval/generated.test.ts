import * as assert from 'assert';
import * as vm from 'vm';
import { parseSource } from '../../../src/core/engine/parse';
import { generate, LATER_CARRIERS, NODE_CARRIER_NAMES } from '../../eval/generator';
import { renderFiles } from '../../eval/render';
import { corpus, pct, score, summarise, type Summary } from '../../eval/score';

/*
 * The generated corpus (test/eval): recall and false alarms on programs nobody wrote for
 * Candor's rules. `npm run eval` runs the full corpus and prints every figure; this sample of
 * the same generator runs in `npm test` and fails when the engine falls below what it reaches
 * today.
 */

describe('generated corpus', function () {
  this.timeout(10 * 60 * 1000);

  it("decodes each hidden list to the values the program claims (the corpus's own ground truth)", async () => {
    // The generator's encoders and the decoders it writes must agree, or recall would be measured
    // against the wrong values. Checked by running the generated list code (the corpus's own
    // code, never a scanned tool's) in a bare context with the globals a decoder uses.
    const programs = generate({ count: 200, seed: 11 }).filter((p) => p.dims.list === 'decoded' && p.listExpr);
    assert.ok(programs.length > 20, `${programs.length} programs with decoded lists`);
    for (const p of programs) {
      const listOnly = `${p.units.list.replace(/«([\w$]+)»/g, '$1')}\n;globalThis.__list = [...(${p.listExpr})];`;
      const context = vm.createContext({ Buffer, atob, TextDecoder, escape, decodeURIComponent });
      vm.runInContext(listOnly, context, { timeout: 1000 });
      assert.deepStrictEqual([...(context as { __list: unknown[] }).__list].map(String), p.expect.values, `${p.id} ${p.dims.decoder}`);
    }
  });

  it('writes every program in every module system as JavaScript that parses', async () => {
    const { MODULE_SYSTEMS } = await import('../../eval/render');
    for (const p of generate({ count: 30, seed: 12 })) {
      for (const system of MODULE_SYSTEMS) {
        // A split program is several files (a tool's chunks): each parses.
        const files = await renderFiles(p, system);
        if (system === 'esbuild-split') assert.ok(Object.keys(files).length >= 3, `${p.id}: ${Object.keys(files).join(', ')}`);
        // An unbundled package: one CommonJS file per unit, each requiring the others.
        if (system === 'cjs-split') assert.ok(Object.keys(files).length >= 2 && Object.values(files).some((c) => /require\("\.\/\w+\.js"\)/.test(c)), `${p.id}: ${Object.keys(files).join(', ')}`);
        for (const [name, code] of Object.entries(files)) assert.ok(parseSource(code).ok, `${p.id} ${system} ${name}`);
      }
    }
  });

  describe('a seeded sample through every transform', () => {
    let s: Summary;
    let later: Summary;
    let third: Summary;
    before(async () => {
      const outcomes = [];
      for (const v of await corpus(60, 2)) outcomes.push(await score(v));
      // The carriers added later (an event emitter, Object.assign, a Map of services…) and the
      // third wave's (call/apply, generators, Symbol keys, Node callbacks…) have floors of their own.
      const carrier = (o: { variant: { program: { dims: { carrier: string } } } }) => o.variant.program.dims.carrier;
      s = summarise(outcomes.filter((o) => !LATER_CARRIERS.has(carrier(o)) && !NODE_CARRIER_NAMES.has(carrier(o))));
      later = summarise(outcomes.filter((o) => LATER_CARRIERS.has(carrier(o))));
      third = summarise(outcomes.filter((o) => NODE_CARRIER_NAMES.has(carrier(o))));
      console.log(`      (sample: ${s.positives.all.n / 5} first-wave, ${later.positives.all.n / 5} later, ${third.positives.all.n / 5} third-wave positives; third wave ${Object.entries(third.positives.byTransform).map(([t, r]) => `${t} ${pct(r).toFixed(1)} %`).join(', ')})`);
    });

    // Floors: what the engine reaches on this sample today, less a miss or two. Raise them as
    // recall improves; a drop below one is a regression in the engine or its rules. Today the
    // programs of the first carriers are at 100.0 % in every transform (27 of the sample's 40).
    // The 13 with carriers added later (an event emitter, a Map of services, a fold into
    // computed keys, AsyncLocalStorage…) are at 100.0 % too (46.2 % before the engine followed
    // a listener's flag, folds and a Map made lazily). The sample now holds 60 programs: 30 of
    // the first carriers and 14 of the later ones, all found, and 16 of the third wave (call/apply,
    // generators, Symbol keys, Node callbacks, class fields, setters…), all 16 found in every
    // transform since the links carry a WeakMap's value between the files of a CommonJS package
    // (15 before; the floor allows one miss).
    const FLOORS: Record<string, number> = { plain: 92.5, 'esbuild-minify': 92.5, terser: 92.5, 'obfuscator-base64': 92.5, 'obfuscator-rc4': 92.5 };
    const THIRD_FLOOR = 93;
    for (const [t, floor] of Object.entries(FLOORS)) {
      it(`${t}: recall at least ${floor} %`, () => {
        const r = s.positives.byTransform[t];
        assert.ok(r && r.n >= 25, `${r?.n} positives`);
        assert.ok(pct(r) >= floor, `recall ${pct(r).toFixed(1)} % < ${floor} %; misses:\n${s.misses.filter((o) => o.variant.transform === t).slice(0, 10).map((o) => `${o.variant.program.id} ${JSON.stringify(o.variant.program.dims)}: ${o.why}`).join('\n')}`);
      });
    }

    it('carriers added later: recall at least 84 % in every transform', () => {
      for (const t of Object.keys(FLOORS)) {
        const r = later.positives.byTransform[t];
        assert.ok(r && r.n >= 10, `${t}: ${r?.n} positives`);
        assert.ok(pct(r) >= 84, `${t}: recall ${pct(r).toFixed(1)} %`);
      }
    });

    it('says what was compared and what changes in most alerts it raises (at least 90 %)', () => {
      const r = s.positives.all;
      assert.ok(pct(r, 'explained') >= 90, `explained ${pct(r, 'explained').toFixed(1)} %`);
    });

    it(`third-wave carriers: recall at least ${THIRD_FLOOR} % in every transform`, () => {
      for (const t of Object.keys(FLOORS)) {
        const r = third.positives.byTransform[t];
        assert.ok(r && r.n >= 10, `${t}: ${r?.n} positives`);
        assert.ok(pct(r) >= THIRD_FLOOR, `${t}: recall ${pct(r).toFixed(1)} %; misses:\n${third.misses.filter((o) => o.variant.transform === t).slice(0, 10).map((o) => `${o.variant.program.id} ${JSON.stringify(o.variant.program.dims)}: ${o.why}`).join('\n')}`);
      }
    });

    it('raises nothing at high or above on benign twins (at most 1 %)', () => {
      const all = [s, later, third];
      const r = { n: all.reduce((a, x) => a + x.twins.all.n, 0), ok: all.reduce((a, x) => a + x.twins.all.ok, 0) };
      const alarms = r.n - r.ok;
      assert.ok(alarms <= r.n * 0.01, `${alarms} of ${r.n} twins raised an alarm:\n${all.flatMap((x) => x.alarms).slice(0, 10).map((o) => `${o.variant.program.id} ${o.variant.transform}: ${o.why}`).join('\n')}`);
    });
  });
});
