import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeSource } from '../../../src/core/analyze';
import { severityRank, type Finding, type Severity } from '../../../src/core/model';

export const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

interface Annotation {
  kind: 'ruleid' | 'ok';
  rule: string;
  /** The line the annotation speaks of (the next one). */
  line: number;
  minSeverity?: Severity;
}

/**
 * Semgrep-style fixtures: `// ruleid: R` on the line before code that must be reported by R,
 * `// ok: R` before code that must not. Every finding of a rule the file annotates must sit on
 * an annotated line, so a fixture catches false positives as well as misses. A fixture that
 * expects nothing is refused: it could never fail.
 */
export function parseAnnotations(text: string): Annotation[] {
  const out: Annotation[] = [];
  text.split('\n').forEach((l, i) => {
    const m = /\/\/\s*(ruleid|ok):\s*([a-z-]+)(?:\s+severity>=(\w+))?/.exec(l);
    if (m) out.push({ kind: m[1] as 'ruleid' | 'ok', rule: m[2], line: i + 2, minSeverity: m[3] as Severity | undefined });
  });
  return out;
}

export function checkFixture(file: string, text = fs.readFileSync(file, 'utf8')): Finding[] {
  const annotations = parseAnnotations(text);
  const expected = annotations.filter((a) => a.kind === 'ruleid');
  assert.ok(expected.length > 0, `${path.basename(file)} expects no finding: a fixture that cannot fail is refused`);
  const result = analyzeSource(file, text);
  assert.strictEqual(result.error, undefined, `${file}: ${result.error?.reason}`);
  const rules = new Set(annotations.map((a) => a.rule));
  const describe = (f: Finding) => `${f.ruleId}@${f.location.line} ${f.message}`;
  for (const a of expected) {
    const hit = result.findings.find((f) => f.ruleId === a.rule && f.location.line === a.line);
    assert.ok(hit, `${path.basename(file)}:${a.line}: expected ${a.rule}; got ${result.findings.map(describe).join(' | ') || 'nothing'}`);
    if (a.minSeverity) assert.ok(severityRank(hit.severity) >= severityRank(a.minSeverity), `${path.basename(file)}:${a.line}: ${a.rule} is ${hit.severity}, expected ≥ ${a.minSeverity}`);
  }
  for (const f of result.findings) {
    if (!rules.has(f.ruleId)) continue;
    const annotated = expected.some((a) => a.rule === f.ruleId && a.line === f.location.line);
    assert.ok(annotated, `${path.basename(file)}:${f.location.line}: unexpected ${describe(f)}`);
  }
  for (const a of annotations.filter((x) => x.kind === 'ok')) {
    const bad = result.findings.find((f) => f.ruleId === a.rule && f.location.line === a.line);
    assert.ok(!bad, `${path.basename(file)}:${a.line}: must not report ${a.rule}: ${bad && describe(bad)}`);
  }
  return result.findings;
}
