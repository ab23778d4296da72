import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { evaluatePolicy } from '../../../src/core/review/policy';
import { alertDecisionOf, alertSettled, emptyReviewsFile, parseReviews, serializeReviews, setAlertDecision, validateReviews } from '../../../src/core/review/reviews';
import { toMarkdown } from '../../../src/core/report/markdown';
import { recordAlertDecision, loadReviews } from '../../../src/host/reviews';
import { tempDir } from '../../support/host-fixtures';
import { finding, report } from './fixtures';

/*
 * Decisions on single alerts: accepted, a false positive, or to fix, with a reason and an optional
 * last day, pinned to the finding's fingerprint and the tool's content hash. Honoured by the policy
 * and the reports; one that expires or whose tool changed lapses and the alert is open again.
 */
const gate = finding({ ruleId: 'env-gated-behavior', category: 'gating', severity: 'critical', values: ['Asia/Shanghai'], message: 'Behaviour gated on region' });
const tool = (hash = 'a'.repeat(64)) => report({ tool: { contentHash: hash }, findings: [gate] });
const now = new Date('2026-12-02T12:00:00Z');

describe('decisions on single alerts', () => {
  it('records, validates and serialises a decision pinned to the fingerprint and the content hash', () => {
    const r = tool();
    const file = setAlertDecision(emptyReviewsFile(), r.tool!, gate.fingerprint, { state: 'false-positive', reason: 'a translation table', expires: '2027-01-31' }, 'ana', now);
    const text = serializeReviews(file);
    const back = parseReviews(text, 'reviews.json');
    assert.ok(back.ok);
    assert.deepStrictEqual(back.file.alerts, [{ tool: { id: 'acme.ai-coder', name: 'Acme AI Coder', version: '1.4.2', contentHash: 'a'.repeat(64) }, fingerprint: gate.fingerprint, state: 'false-positive', reason: 'a translation table', expires: '2027-01-31', reviewer: 'ana', date: now.toISOString() }]);
    assert.deepStrictEqual(validateReviews({ version: 1, reviews: [], alerts: [{ tool: { id: 'x' }, fingerprint: 'f', state: 'ignored', reason: 1, expires: 'soon', reviewer: '', date: 'x' }] }).length, 5, 'state, reason, expires, reviewer and date');
    // Deciding again replaces; clearing removes.
    const again = setAlertDecision(file, r.tool!, gate.fingerprint, { state: 'to-fix', reason: 'vendor asked' }, 'ben', now);
    assert.deepStrictEqual(again.alerts!.map((a) => a.state), ['to-fix']);
    assert.deepStrictEqual(setAlertDecision(again, r.tool!, gate.fingerprint, undefined, 'ben', now).alerts, []);
  });

  it('lapses when it expires or the tool changes; only a current accepted or false-positive decision settles an alert', () => {
    const r = tool();
    const file = setAlertDecision(emptyReviewsFile(), r.tool!, gate.fingerprint, { state: 'accepted', reason: 'documented by the vendor', expires: '2026-12-31' }, 'ana', now);
    assert.strictEqual(alertDecisionOf(file, r.tool!, gate.fingerprint, now)?.status, 'current');
    assert.ok(alertSettled(file, r.tool!, gate.fingerprint, now));
    assert.strictEqual(alertDecisionOf(file, r.tool!, gate.fingerprint, new Date('2027-01-01T00:00:00Z'))?.status, 'expired');
    assert.strictEqual(alertDecisionOf(file, tool('b'.repeat(64)).tool!, gate.fingerprint, now)?.status, 'changed');
    assert.ok(!alertSettled(file, tool('b'.repeat(64)).tool!, gate.fingerprint, now));
    const toFix = setAlertDecision(file, r.tool!, gate.fingerprint, { state: 'to-fix', reason: 'ask the vendor' }, 'ana', now);
    assert.ok(!alertSettled(toFix, r.tool!, gate.fingerprint, now));
  });

  it('candor check: a settled alert no longer fails failOnUnreviewedAlerts; to-fix, expired or changed ones do', () => {
    const r = tool();
    const policy = { failOnUnreviewedAlerts: true };
    assert.deepStrictEqual(evaluatePolicy(policy, [r], emptyReviewsFile(), { now }).map((v) => v.kind), ['unreviewed-alert']);
    const settled = setAlertDecision(emptyReviewsFile(), r.tool!, gate.fingerprint, { state: 'false-positive', reason: 'translation table', expires: '2026-12-31' }, 'ana', now);
    assert.deepStrictEqual(evaluatePolicy(policy, [r], settled, { now }), []);
    assert.deepStrictEqual(evaluatePolicy(policy, [r], settled, { now: new Date('2027-02-01T00:00:00Z') }).map((v) => v.kind), ['unreviewed-alert'], 'expired');
    assert.deepStrictEqual(evaluatePolicy(policy, [tool('c'.repeat(64))], settled, { now }).map((v) => v.kind), ['unreviewed-alert'], 'the tool changed');
    const toFix = setAlertDecision(emptyReviewsFile(), r.tool!, gate.fingerprint, { state: 'to-fix', reason: 'ask' }, 'ana', now);
    assert.deepStrictEqual(evaluatePolicy(policy, [r], toFix, { now }).map((v) => v.kind), ['unreviewed-alert']);
  });

  it('the Markdown report shows each decision and says when one has lapsed', () => {
    const r = tool();
    const file = setAlertDecision(emptyReviewsFile(), r.tool!, gate.fingerprint, { state: 'false-positive', reason: 'a translation table' }, 'ana', now);
    assert.match(toMarkdown([r], { reviews: file }), /- Decision: \*\*false positive\*\* by ana on 2026-12-02: a translation table\n/);
    assert.match(toMarkdown([tool('d'.repeat(64))], { reviews: file }), /\*\*the tool changed since\*\*, the alert is open again/);
  });

  it('is written atomically into the reviews file, beside the checklist reviews', async () => {
    const dir = tempDir('candor-alert-decisions-');
    try {
      const file = path.join(dir, '.candor', 'reviews.json');
      await recordAlertDecision(file, tool().tool!, gate.fingerprint, { state: 'accepted', reason: 'known' }, 'ana');
      const loaded = await loadReviews(file);
      assert.ok(loaded.ok && loaded.file.alerts?.length === 1 && loaded.file.reviews.length === 0);
      fs.writeFileSync(file, '{ broken');
      await assert.rejects(recordAlertDecision(file, tool().tool!, gate.fingerprint, undefined, 'ana'), /not valid JSON|Not saving/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
