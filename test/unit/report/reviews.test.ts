import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { evaluateChecklist } from '../../../src/core/review/checklist/evaluate';
import { createReview, emptyReviewsFile, findReview, parseReviews, reviewStatus, serializeReviews, upsertReview, validateReviews, REVIEWS_JSON_SCHEMA, REVIEWS_SCHEMA_ID } from '../../../src/core/review/reviews';
import { loadReviews, recordItemDecision, recordReview, ReviewsFileError, saveReviews, workspaceReviewsPath } from '../../../src/host/reviews';
import { finding, suspiciousReport } from './fixtures';

describe('reviews', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-reviews-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function sampleReview(date = '2026-11-20T10:00:00.000Z') {
    const r = suspiciousReport();
    const items = evaluateChecklist(r);
    return createReview(r.tool!, items, 'dana@example.com', { telemetry: { state: 'accepted', note: 'opt-out via settings' }, gating: { state: 'rejected', note: 'covert marker' }, network: { state: 'needs-info' } }, date);
  }

  describe('model', () => {
    it('records tool version, content hash, reviewer, date and the evidence per item', () => {
      const review = sampleReview();
      assert.strictEqual(review.tool.id, 'acme.ai-coder');
      assert.strictEqual(review.tool.version, '1.4.2');
      assert.strictEqual(review.tool.contentHash, 'a'.repeat(64));
      assert.strictEqual(review.reviewer, 'dana@example.com');
      assert.deepStrictEqual(review.items.telemetry, { state: 'accepted', note: 'opt-out via settings', evidence: ['finding:fp-telemetry'], autoState: 'concern' });
      assert.deepStrictEqual(review.items.gating?.evidence, ['finding:fp-covert', 'finding:fp-gate-tz', 'finding:fp-gate-url']);
      assert.strictEqual(review.items.locale, undefined);
    });

    it('is current when nothing changed', () => {
      const review = sampleReview();
      const r = suspiciousReport();
      const s = reviewStatus(review, r.tool, evaluateChecklist(r));
      assert.strictEqual(s.stale, false);
      assert.deepStrictEqual(s.changedItems, []);
      assert.ok(s.unreviewedItems.includes('locale'));
    });

    it('goes stale when the content hash changes, on exactly the items whose evidence changed', () => {
      const review = sampleReview();
      const r = suspiciousReport();
      r.tool!.contentHash = 'c'.repeat(64);
      // The update adds a new gate and contacts a new host; telemetry is untouched.
      r.findings.push(finding({ ruleId: 'env-gated-behavior', category: 'gating', severity: 'high', fingerprint: 'fp-new-gate', values: ['Asia/Tehran'] }));
      r.inventory.hosts.push('new.example.org');
      const s = reviewStatus(review, r.tool, evaluateChecklist(r));
      assert.strictEqual(s.stale, true);
      assert.match(s.staleReasons[0], /content changed \(reviewed aaaaaaaaaaaa, now cccccccccccc\)/);
      assert.deepStrictEqual(s.changedItems.sort(), ['gating', 'network']);
      assert.deepStrictEqual(s.items.gating?.added, ['finding:fp-new-gate']);
      assert.deepStrictEqual(s.items.network?.added, ['host:new.example.org']);
      assert.strictEqual(s.items.telemetry?.current, true);
    });

    it('validates the schema and names every problem with its path', () => {
      assert.deepStrictEqual(validateReviews(JSON.parse(serializeReviews(upsertReview(emptyReviewsFile(), sampleReview()))).valueOf()), []);
      const problems = validateReviews({ version: 1, reviews: [{ tool: { id: '' }, reviewer: 'x', date: 'yesterday', items: { telemetry: { state: 'ok', evidence: [] }, bogus: { state: 'accepted', evidence: [] } } }] });
      assert.deepStrictEqual(problems, [
        '$.reviews[0].tool.id: expected a non-empty string',
        '$.reviews[0].date: expected an ISO 8601 date',
        '$.reviews[0].items.telemetry.state: expected accepted, rejected, needs-info, found "ok"',
        '$.reviews[0].items.bogus: unknown checklist item "bogus"',
      ]);
      const bad = parseReviews('{"version": 2, "reviews": []}', '/x/reviews.json');
      assert.ok(!bad.ok && bad.error.kind === 'schema' && bad.error.message.startsWith('/x/reviews.json does not match the reviews schema: $.version'));
    });

    it('keeps one review per tool version, and finds the one for the version at hand', () => {
      let file = upsertReview(emptyReviewsFile(), sampleReview('2026-11-01T00:00:00.000Z'));
      file = upsertReview(file, sampleReview('2026-11-02T00:00:00.000Z'));
      assert.strictEqual(file.reviews.length, 1);
      const older = { ...sampleReview('2026-10-01T00:00:00.000Z'), tool: { id: 'acme.ai-coder', version: '1.3.0' } };
      file = upsertReview(file, older);
      assert.strictEqual(file.reviews.length, 2);
      assert.strictEqual(findReview(file, { id: 'acme.ai-coder', version: '1.3.0' })?.date, '2026-10-01T00:00:00.000Z');
      assert.strictEqual(findReview(file, { id: 'acme.ai-coder', version: '9.9.9' })?.date, '2026-11-02T00:00:00.000Z');
    });
  });

  describe('persistence', () => {
    it('writes pretty JSON with $schema and version atomically, leaving no temp file', async () => {
      const file = workspaceReviewsPath(dir);
      assert.strictEqual(file, path.join(dir, '.candor', 'reviews.json'));
      const data = upsertReview(emptyReviewsFile(), sampleReview());
      await saveReviews(file, data);
      assert.deepStrictEqual(fs.readdirSync(path.dirname(file)), ['reviews.json']);
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.startsWith(`{\n  "$schema": "${REVIEWS_SCHEMA_ID}",\n  "version": 1,`), text.slice(0, 80));
      const loaded = await loadReviews(file);
      assert.ok(loaded.ok && loaded.exists);
      assert.deepStrictEqual(loaded.file.reviews[0].items.telemetry, data.reviews[0].items.telemetry);
    });

    it('replaces an existing file by rename (a new inode), never by writing it in place', async () => {
      const file = path.join(dir, 'reviews.json');
      await saveReviews(file, upsertReview(emptyReviewsFile(), sampleReview()));
      const inode = fs.statSync(file).ino;
      await recordReview(file, { ...sampleReview('2026-11-21T00:00:00.000Z'), tool: { id: 'other.tool', version: '1.0.0' } });
      // A rename gives the path a new inode; an in-place write would keep it.
      assert.notStrictEqual(fs.statSync(file).ino, inode);
      const loaded = await loadReviews(file);
      assert.ok(loaded.ok);
      assert.deepStrictEqual(loaded.file.reviews.map((r) => r.tool.id), ['acme.ai-coder', 'other.tool']);
      assert.deepStrictEqual(fs.readdirSync(dir), ['reviews.json']);
    });

    it('removes its temp file and keeps the old content when the final rename fails', async () => {
      const { atomicWrite } = await import('../../../src/host/reviews');
      const target = path.join(dir, 'reviews.json');
      fs.mkdirSync(target); // renaming a file over a folder fails on every platform
      fs.writeFileSync(path.join(target, 'keep'), 'x');
      await assert.rejects(() => atomicWrite(target, '{}'));
      assert.deepStrictEqual(fs.readdirSync(dir), ['reviews.json']);
      assert.deepStrictEqual(fs.readdirSync(target), ['keep']);
    });

    it('treats a missing file as empty', async () => {
      const loaded = await loadReviews(path.join(dir, 'none.json'));
      assert.ok(loaded.ok && !loaded.exists && loaded.file.reviews.length === 0);
    });

    it('reports a hand-broken file clearly and refuses to save over it', async () => {
      const file = path.join(dir, 'reviews.json');
      const broken = '{ "version": 1, "reviews": [ { "tool": { "id": "x" }, }\n';
      fs.writeFileSync(file, broken);
      const loaded = await loadReviews(file);
      assert.ok(!loaded.ok);
      assert.strictEqual(loaded.error.file, file);
      assert.strictEqual(loaded.error.kind, 'json');
      assert.match(loaded.error.message, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON: `));
      await assert.rejects(
        () => saveReviews(file, emptyReviewsFile()),
        (err: unknown) => err instanceof ReviewsFileError && err.file === file && /Not saving over it/.test(err.message),
      );
      await assert.rejects(() => recordReview(file, sampleReview()), ReviewsFileError);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), broken, 'the broken file is untouched');
      assert.deepStrictEqual(fs.readdirSync(dir), ['reviews.json'], 'no backup or temp file without consent');
    });

    it('keeps a backup before overwriting a broken file when the caller asks', async () => {
      const file = path.join(dir, 'reviews.json');
      const broken = '{"version": 1, "reviews": [{"tool": {"id": "x"}, "reviewer": "", "date": "x", "items": {}}]}';
      fs.writeFileSync(file, broken);
      const result = await saveReviews(file, upsertReview(emptyReviewsFile(), sampleReview()), { overwriteInvalid: true, now: new Date('2026-11-23T10:11:12.345Z') });
      assert.strictEqual(result.backup, `${file}.bak-2026-11-23T10-11-12-345Z`);
      assert.strictEqual(fs.readFileSync(result.backup!, 'utf8'), broken);
      const loaded = await loadReviews(file);
      assert.ok(loaded.ok && loaded.file.reviews.length === 1);
      assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['reviews.json', 'reviews.json.bak-2026-11-23T10-11-12-345Z']);
    });

    it('records one item at a time, as the trust panel does, and carries unchanged items to a new version', async () => {
      const file = workspaceReviewsPath(dir);
      const v1 = suspiciousReport();
      await recordItemDecision(file, v1.tool!, evaluateChecklist(v1), 'dana', 'telemetry', { state: 'accepted', note: 'documented' }, { now: new Date('2026-11-20T00:00:00.000Z') });
      await recordItemDecision(file, v1.tool!, evaluateChecklist(v1), 'lee', 'gating', { state: 'rejected' }, { now: new Date('2026-11-21T00:00:00.000Z') });
      let loaded = await loadReviews(file);
      assert.ok(loaded.ok);
      assert.strictEqual(loaded.file.reviews.length, 1);
      assert.deepStrictEqual(Object.keys(loaded.file.reviews[0].items), ['telemetry', 'gating']);
      assert.strictEqual(loaded.file.reviews[0].items.telemetry?.reviewer, 'dana');
      assert.strictEqual(loaded.file.reviews[0].reviewer, 'lee');

      // Version 1.5.0 changes the gating evidence only.
      const v2 = suspiciousReport();
      Object.assign(v2.tool!, { version: '1.5.0', contentHash: 'f'.repeat(64) });
      v2.findings = v2.findings.filter((f) => f.fingerprint !== 'fp-covert');
      const before = reviewStatus(loaded.file.reviews[0], v2.tool, evaluateChecklist(v2));
      assert.ok(before.stale);
      assert.deepStrictEqual(before.changedItems, ['gating']);
      const { review } = await recordItemDecision(file, v2.tool!, evaluateChecklist(v2), 'lee', 'gating', { state: 'accepted', note: 'marker removed in 1.5.0' });
      const after = reviewStatus(review, v2.tool, evaluateChecklist(v2));
      assert.strictEqual(after.stale, false);
      assert.deepStrictEqual(after.changedItems, []);
      assert.strictEqual(after.items.telemetry?.state, 'accepted');
      loaded = await loadReviews(file);
      assert.ok(loaded.ok);
      assert.deepStrictEqual(loaded.file.reviews.map((r) => r.tool.version), ['1.4.2', '1.5.0'], 'the old version\'s review stays as history');

      const cleared = await recordItemDecision(file, v2.tool!, evaluateChecklist(v2), 'lee', 'gating', undefined);
      assert.strictEqual(cleared.review.items.gating, undefined);
    });

    it('does not clobber an earlier backup made in the same instant', async () => {
      const file = path.join(dir, 'reviews.json');
      const now = new Date('2026-11-23T10:11:12.345Z');
      fs.writeFileSync(file, 'not json 1');
      await saveReviews(file, emptyReviewsFile(), { overwriteInvalid: true, now });
      fs.writeFileSync(file, 'not json 2');
      const second = await saveReviews(file, emptyReviewsFile(), { overwriteInvalid: true, now });
      assert.strictEqual(fs.readFileSync(`${file}.bak-2026-11-23T10-11-12-345Z`, 'utf8'), 'not json 1');
      assert.strictEqual(fs.readFileSync(second.backup!, 'utf8'), 'not json 2');
    });
  });
});

describe('reviews JSON Schema for editors', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv2020 = require('ajv/dist/2020');
  const ajv = new (Ajv2020.default ?? Ajv2020)({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(REVIEWS_JSON_SCHEMA);
  const written = () => {
    const r = suspiciousReport();
    return JSON.parse(serializeReviews(upsertReview(emptyReviewsFile(), createReview(r.tool!, evaluateChecklist(r), 'dana', { telemetry: { state: 'accepted', note: 'documented' }, gating: { state: 'rejected' } }, '2026-11-20T00:00:00.000Z'))));
  };

  it('accepts the file Candor writes', () => {
    assert.ok(validate(written()), ajv.errorsText(validate.errors));
  });

  it('rejects what validateReviews rejects: an unknown item, a bad state, a missing reviewer', () => {
    for (const breakIt of [(f: any) => (f.reviews[0].items.vibes = { state: 'accepted', evidence: [] }), (f: any) => (f.reviews[0].items.telemetry.state = 'maybe'), (f: any) => delete f.reviews[0].reviewer]) {
      const f = written();
      breakIt(f);
      assert.ok(validateReviews(f).length > 0, 'validateReviews accepts the broken file');
      assert.strictEqual(validate(f), false, 'the schema accepts the broken file');
    }
  });
});
