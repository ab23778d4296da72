import * as assert from 'assert';
import { evaluateChecklist } from '../../../src/core/review/checklist/evaluate';
import { evaluatePolicy, parsePolicy, POLICY_JSON_SCHEMA, satisfies, validatePolicy, type Policy } from '../../../src/core/review/policy';
import { createReview, emptyReviewsFile, upsertReview, type ItemDecision } from '../../../src/core/review/reviews';
import { CHECKLIST_ITEM_IDS, type ChecklistItemId } from '../../../src/core/review/checklist/types';
import { benignReport, suspiciousReport } from './fixtures';

const policy = (p: unknown): Policy => {
  const v = validatePolicy(p);
  assert.ok(v.ok, v.ok ? '' : v.errors.join('\n'));
  return v.policy;
};

function acceptAll(r = suspiciousReport(), state: ItemDecision['state'] = 'accepted') {
  const decisions = Object.fromEntries(CHECKLIST_ITEM_IDS.map((id) => [id, { state }])) as Record<ChecklistItemId, ItemDecision>;
  return upsertReview(emptyReviewsFile(), createReview(r.tool!, evaluateChecklist(r), 'dana', decisions, '2026-11-20T00:00:00.000Z'));
}

describe('policy', () => {
  describe('version ranges', () => {
    const cases: [string, string, boolean][] = [
      ['1.4.2', '1.4.2', true],
      ['1.4.3', '1.4.2', false],
      ['1.4.2', '<1.5.0', true],
      ['1.5.0', '<1.5.0', false],
      ['1.5.0', '>=1.5.0', true],
      ['1.4.9', '>=1.5', false],
      ['1.9.0', '^1.4.2', true],
      ['2.0.0', '^1.4.2', false],
      ['0.2.9', '^0.2.3', true],
      ['0.3.0', '^0.2.3', false],
      ['1.4.9', '~1.4.2', true],
      ['1.5.0', '~1.4.2', false],
      ['7.0.0', '*', true],
      ['1.2.0', '>=1.0.0 <2.0.0', true],
      ['2.0.0', '>=1.0.0 <2.0.0', false],
      ['3.1.0', '<2 || >=3', true],
      ['2.0.0-beta.1', '<2.0.0', true],
      ['1.4.2', '1.4', true],
    ];
    for (const [v, r, ok] of cases) it(`${v} ${ok ? 'is' : 'is not'} in ${r}`, () => assert.strictEqual(satisfies(v, r), ok));
  });

  describe('file validation', () => {
    it('names the file and each problem', () => {
      const r = parsePolicy('{"blockedTools": [{"id": "x", "versions": "~>1"}], "failOn": [{"rule": "nope"}, {"category": "gating", "minSeverity": "severe"}], "requiredReviewedItems": ["telemetry", "vibes"], "failOnUnreviewedAlerts": "yes", "extra": 1}', 'candor.policy.json');
      assert.ok(!r.ok);
      assert.deepStrictEqual(r.errors, [
        'candor.policy.json: $.extra: unknown key (known: version, allowedTools, blockedTools, failOn, requiredReviewedItems, failOnUnreviewedAlerts, failOnUndocumented)',
        'candor.policy.json: $.blockedTools[0]: version range "~>1": cannot read "~>1"',
        `candor.policy.json: $.failOn[0].rule: unknown rule "nope" (known: ${['env-gated-behavior', 'covert-marker', 'obfuscated-vendor-list', 'host-identity-sent', 'env-enumerate', 'obfuscated-string', 'machine-id-read', 'sensitive-file-read', 'discovery-command', 'telemetry', 'native-strings'].join(', ')})`,
        'candor.policy.json: $.failOn[1].minSeverity: expected one of info, low, medium, high, critical',
        'candor.policy.json: $.requiredReviewedItems[1]: unknown checklist item "vibes" (known: telemetry, env-vars, locale, host-identity, endpoint-inspection, obfuscation, gating, network, commands-files, provenance)',
        'candor.policy.json: $.failOnUnreviewedAlerts: expected true or false',
      ]);
      const j = parsePolicy('{"blockedTools": [', 'p.json');
      assert.ok(!j.ok && /^p\.json: not valid JSON: /.test(j.errors[0]));
    });
  });

  it('passes a clean tool under a permissive policy', () => {
    assert.deepStrictEqual(evaluatePolicy(policy({ failOn: [{ category: 'gating', minSeverity: 'high' }] }), [benignReport()]), []);
  });

  it('fails a blocked tool, by id and by version range', () => {
    const v = evaluatePolicy(policy({ blockedTools: ['acme.ai-coder'] }), [suspiciousReport(), benignReport()]);
    assert.deepStrictEqual(v.map((x) => x.reason), ['acme.ai-coder@1.4.2 is blocked']);
    const ranged = policy({ blockedTools: [{ id: 'ACME.ai-coder', versions: '<1.4.2', reason: 'CVE-2026-1' }, 'acme.ai-coder@>=1.4.2 <1.5'] });
    assert.deepStrictEqual(evaluatePolicy(ranged, [suspiciousReport()]).map((x) => x.reason), ['acme.ai-coder@1.4.2 is blocked in versions >=1.4.2 <1.5']);
  });

  it('fails a tool missing from the allowed list or outside its allowed versions', () => {
    const v = evaluatePolicy(policy({ allowedTools: ['benign.helper@^2', 'acme.ai-coder@^2'] }), [suspiciousReport(), benignReport()]);
    assert.deepStrictEqual(v.map((x) => x.reason), ['acme.ai-coder@1.4.2 is not an allowed version (allowed: ^2)']);
    assert.deepStrictEqual(evaluatePolicy(policy({ allowedTools: ['other'] }), [benignReport()]).map((x) => x.kind), ['not-allowed']);
  });

  it('fails on rules and categories at or above a severity', () => {
    const p = policy({ failOn: [{ rule: 'covert-marker' }, { category: 'gating', minSeverity: 'critical' }, { rule: 'telemetry', minSeverity: 'medium' }] });
    const v = evaluatePolicy(p, [suspiciousReport()]);
    assert.deepStrictEqual(v.map((x) => x.kind), ['failing-finding', 'failing-finding']);
    assert.match(v[0].reason, /^acme\.ai-coder@1\.4\.2: 1 covert-marker finding, e\.g\. critical A branch picks between/);
    assert.match(v[1].reason, /1 category gating finding at critical or above/);
    assert.deepStrictEqual(v[1].fingerprints, ['fp-gate-url']);
  });

  it('fails on unreviewed alerts and passes once they are accepted in a current review', () => {
    const p = policy({ failOnUnreviewedAlerts: true });
    const none = evaluatePolicy(p, [suspiciousReport()]);
    assert.strictEqual(none.length, 1);
    assert.match(none[0].reason, /5 alerts and no review \(covert-marker critical, env-gated-behavior critical, env-gated-behavior high, host-identity-sent high, obfuscated-vendor-list high\)/);
    assert.deepStrictEqual(evaluatePolicy(p, [suspiciousReport()], acceptAll()), []);
    const rejected = evaluatePolicy(p, [suspiciousReport()], acceptAll(suspiciousReport(), 'rejected'));
    assert.strictEqual(rejected[0].kind, 'unreviewed-alert');
    assert.strictEqual(rejected[0].fingerprints?.length, 5);
  });

  it('requires reviewed items: missing review, item not accepted, stale review, changed evidence', () => {
    const p = policy({ requiredReviewedItems: ['gating', 'telemetry'] });
    assert.deepStrictEqual(evaluatePolicy(p, [suspiciousReport()]).map((v) => v.reason), ['acme.ai-coder@1.4.2: not reviewed (the policy requires gating, telemetry)']);
    assert.deepStrictEqual(evaluatePolicy(p, [suspiciousReport()], acceptAll()), []);

    const r = suspiciousReport();
    const partial = upsertReview(emptyReviewsFile(), createReview(r.tool!, evaluateChecklist(r), 'dana', { gating: { state: 'needs-info', note: 'ask vendor' } }, '2026-11-20T00:00:00.000Z'));
    assert.deepStrictEqual(evaluatePolicy(p, [r], partial).map((v) => v.reason), ['acme.ai-coder@1.4.2: checklist item gating is needs-info (ask vendor)', 'acme.ai-coder@1.4.2: checklist item telemetry has no review decision']);

    const updated = suspiciousReport();
    updated.tool!.contentHash = 'd'.repeat(64);
    updated.findings = updated.findings.filter((f) => f.fingerprint !== 'fp-covert');
    const v = evaluatePolicy(p, [updated], acceptAll());
    assert.deepStrictEqual(v.map((x) => x.kind), ['stale-review', 'item-changed']);
    assert.match(v[0].reason, /is stale: content changed .*\(changed items: gating\)/);
    assert.strictEqual(v[1].itemId, 'gating');
  });

  it('a stale review covers no alert', () => {
    const updated = suspiciousReport();
    updated.tool!.contentHash = 'd'.repeat(64);
    const v = evaluatePolicy(policy({ failOnUnreviewedAlerts: true }), [updated], acceptAll());
    assert.deepStrictEqual(v.map((x) => x.kind), ['stale-review', 'unreviewed-alert']);
  });
});

describe('policy JSON Schema for editors', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv');
  const ajv = new (Ajv.default ?? Ajv)({ strict: false, allErrors: true });
  const validate = ajv.compile(POLICY_JSON_SCHEMA);
  const cases: [string, unknown][] = [
    ['empty', {}],
    ['every key', { $schema: './x.json', version: 1, allowedTools: ['github.copilot', { id: 'qwen-code', versions: '<0.3', reason: 'pinned' }], blockedTools: ['@scope/cli@^1.2'], failOn: ['env-gated-behavior', 'gating', { category: 'covert-marker', minSeverity: 'high' }, { rule: 'telemetry' }], requiredReviewedItems: ['telemetry', 'gating'], failOnUnreviewedAlerts: true }],
    ['unknown key', { allowTools: [] }],
    ['wrong version', { version: 2 }],
    ['tools not an array', { blockedTools: 'x' }],
    ['tool object without id', { allowedTools: [{ versions: '1' }] }],
    ['tool object with an unknown key', { allowedTools: [{ id: 'x', version: '1' }] }],
    ['unknown rule', { failOn: ['no-such-rule'] }],
    ['unknown category', { failOn: [{ category: 'weather' }] }],
    ['failOn object with neither rule nor category', { failOn: [{ minSeverity: 'high' }] }],
    ['bad severity', { failOn: [{ rule: 'telemetry', minSeverity: 'severe' }] }],
    ['unknown checklist item', { requiredReviewedItems: ['vibes'] }],
    ['flag not a boolean', { failOnUnreviewedAlerts: 'yes' }],
  ];
  for (const [name, data] of cases) {
    it(`agrees with candor check on: ${name}`, () => {
      const ok = validatePolicy(data).ok;
      assert.strictEqual(validate(data), ok, `schema says ${!ok}, validatePolicy says ${ok}: ${ajv.errorsText(validate.errors)}`);
    });
  }
});
