import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeSource } from '../../../src/core/analyze';
import { severityRank } from '../../../src/core/model';
import { RULES } from '../../../src/core/rules/meta';
import { CHECKS } from '../../../src/core/rules';
import { checkFixture, FIXTURES, parseAnnotations } from './rule-tester';

const ruleFixtures = fs.readdirSync(path.join(FIXTURES, 'rules')).filter((f) => f.endsWith('.js'));
const benign = fs.readdirSync(path.join(FIXTURES, 'benign')).filter((f) => f.endsWith('.js'));

describe('rules: annotated fixtures', () => {
  for (const f of ruleFixtures) {
    it(f, () => {
      checkFixture(path.join(FIXTURES, 'rules', f));
    });
  }

  it('refuses a fixture that expects nothing', () => {
    assert.throws(() => checkFixture('empty.js', 'const a = 1;\n'), /cannot fail/);
  });

  it('every rule a check can report is in the rule table, and every alert rule has a fixture', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const c of CHECKS) for (const id of c.reports) assert.ok(ids.has(id), `${c.name} reports unknown ${id}`);
    const annotated = new Set(ruleFixtures.flatMap((f) => parseAnnotations(fs.readFileSync(path.join(FIXTURES, 'rules', f), 'utf8')).map((a) => a.rule)));
    for (const r of RULES.filter((x) => x.alert)) assert.ok(annotated.has(r.id), `no fixture for ${r.id}`);
  });
});

describe('rules: minified variants', () => {
  // The same code after a minifier: renamed identifiers, comma expressions, !0/!1, void 0.
  for (const f of ruleFixtures) {
    it(`${f} minified reports the same rules with the same fingerprints`, () => {
      const src = fs.readFileSync(path.join(FIXTURES, 'rules', f), 'utf8');
      const min = esbuild.transformSync(src, { minify: true, format: 'cjs', target: 'es2020' }).code;
      assert.ok(min.split('\n').length <= 3, 'minified to one line');
      const a = analyzeSource(f, src).findings;
      const b = analyzeSource(f + '.min.js', min).findings;
      // A minifier may fold an encoded literal away (fromCharCode of constants): plain decoded strings can go.
      const summary = (xs: typeof a) => xs.filter((x) => x.ruleId !== 'obfuscated-string').map((x) => `${x.ruleId}:${x.fingerprint}`).sort();
      assert.deepStrictEqual(summary(b), summary(a));
      assert.ok(a.length > 0);
    });
  }
});

describe('rules: benign corpus stays quiet', () => {
  for (const f of benign) {
    it(`${f} has no finding at high or above`, () => {
      const text = fs.readFileSync(path.join(FIXTURES, 'benign', f), 'utf8');
      const r = analyzeSource(f, text);
      assert.strictEqual(r.error, undefined);
      const loud = r.findings.filter((x) => severityRank(x.severity) >= severityRank('high'));
      assert.deepStrictEqual(loud.map((x) => `${x.ruleId}@${x.location.line}: ${x.message}`), []);
    });
  }

  it('still inventories what the benign code senses', () => {
    const r = analyzeSource('p.js', fs.readFileSync(path.join(FIXTURES, 'benign', 'proxy-and-endpoints.js'), 'utf8'));
    assert.strictEqual(r.inventory.envVars.HTTPS_PROXY, 'proxy');
    assert.strictEqual(r.inventory.envVars.OPENAI_BASE_URL, 'endpoint');
    assert.strictEqual(r.inventory.envVars.NO_PROXY, 'proxy');
    assert.ok(r.inventory.hosts.includes('api.openai.com'));
    const l = analyzeSource('l.js', fs.readFileSync(path.join(FIXTURES, 'benign', 'locale-and-time.js'), 'utf8'));
    assert.ok(l.inventory.timeZone && l.inventory.locale);
  });
});
