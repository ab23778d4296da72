import * as assert from 'assert';
import { analyzeSource } from '../../src/core/analyze';
import { severityRank, type Finding } from '../../src/core/model';

/** A small program's findings; it must be read without an error. */
export function scan(code: string, file = 'x.mjs'): Finding[] {
  const r = analyzeSource(file, code);
  assert.strictEqual(r.error, undefined, r.error?.reason);
  return r.findings;
}

/** A program's alerts of one rule at medium or above. */
export const alerts = (code: string, rule = 'env-gated-behavior'): Finding[] => scan(code).filter((f) => f.ruleId === rule && severityRank(f.severity) >= severityRank('medium'));

/** The first such alert, which must be there. */
export const one = (code: string, rule = 'env-gated-behavior'): Finding => {
  const [f] = alerts(code, rule);
  assert.ok(f, `a ${rule} alert in:\n${code}`);
  return f;
};
