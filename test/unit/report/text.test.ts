import * as assert from 'assert';
import { toText, summaryTable, verdictOf } from '../../../src/core/report/text';
import { finding, report, suspiciousReport, benignReport } from './fixtures';

/*
 * The terminal report a person reads: a verdict per tool, alerts first with their trace, repeats of
 * one finding in several chunks folded into one line with the count, the inventory in counts, and a
 * summary across tools.
 */
describe('text report', () => {
  it('starts with a one-line verdict: alerts, nothing, or what could not be read', () => {
    assert.match(toText(suspiciousReport()).split('\n')[1], /^✗ \d+ alerts \(\d+ critical, \d+ high/);
    assert.strictEqual(toText(benignReport()).split('\n')[1], '✓ no alert');
    const partial = benignReport();
    partial.errors.push({ path: '/x/big.js', kind: 'limit', reason: 'too big' });
    assert.strictEqual(verdictOf(partial).text, 'no alert in what could be read; 1 input not read');
    const unread = report({ tool: { contentHash: undefined } });
    unread.errors.push({ path: '/x/broken.tgz', kind: 'container', reason: 'truncated' });
    assert.strictEqual(verdictOf(unread).mark, '?', 'a tool Candor could not read is never "no alert"');
  });

  it('folds one finding repeated in identical chunks into one line with the count, and --verbose lists each', () => {
    const chunks = ['a', 'b', 'c'].map((c) => finding({ ruleId: 'env-enumerate', category: 'environment', severity: 'low', message: 'Enumerates the whole environment (process.env)', fingerprint: 'same-fp', location: { path: `/t/chunk-${c}.js`, line: 1, column: 1, offset: 0, endOffset: 9 } }));
    chunks.push({ ...chunks[0], fingerprint: 'same-fp:1', location: { ...chunks[0].location, offset: 500, line: 9 } });
    const r = report({ findings: chunks });
    const text = toText(r);
    assert.strictEqual(text.match(/Enumerates the whole environment/g)?.length, 1);
    assert.match(text, /at \/t\/chunk-a\.js:1:1 and 3 more places in 3 files/);
    assert.match(text, /Other findings \(4, repeats folded\)/);
    assert.strictEqual(toText(r, { verbose: true }).match(/Enumerates the whole environment/g)?.length, 4);
  });

  it('lists alerts before other findings, with what was compared and what changes', () => {
    const text = toText(suspiciousReport());
    const alerts = text.indexOf('\nAlerts\n');
    const others = text.indexOf('\nOther findings');
    assert.ok(alerts > 0 && (others === -1 || others > alerts));
    assert.match(text.slice(alerts), /condition/);
  });

  it('ends several tools with a summary table', () => {
    const table = summaryTable([suspiciousReport(), benignReport()]);
    const lines = table.trim().split('\n');
    assert.match(lines[1], /^TOOL\s+VERSION\s+VERDICT\s+FINDINGS\s+NOT READ$/);
    assert.match(lines[2], /✗ \d+ alerts/);
    assert.match(lines[3], /✓ no alert/);
    assert.match(lines.at(-1)!, /^2 tools, 1 with alerts\.$/);
  });
});

describe('comment lines for the readable view', () => {
  it('wraps at spaces within the width, cuts words longer than a line, and keeps every character', async () => {
    const { commentLines } = await import('../../../src/core/text');
    const text = `Behaviour gated on region: the time zone compared with ${'Asia/Shanghai '.repeat(12)}and ${'x'.repeat(250)} end`;
    const lines = commentLines(text);
    assert.ok(lines.length > 3);
    assert.ok(lines.every((l) => l.length <= 100), lines.join('\n'));
    assert.ok(lines[0].startsWith('// Behaviour') && lines.slice(1).every((l) => l.startsWith('//   ')));
    const rejoined = lines.map((l, i) => l.slice(i === 0 ? 3 : 5)).join(' ');
    assert.strictEqual(rejoined.replace(/\s+/g, ''), text.replace(/\s+/g, ''));
    assert.deepStrictEqual(commentLines('short'), ['// short']);
  });
});
