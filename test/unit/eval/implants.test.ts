import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyImplant, implantCases, IMPLANTS_DIR, originalOffset } from '../../eval/implants';

/*
 * The implants' bookkeeping (the scans themselves run in `npm run eval:implants`, which fetches
 * the real bundles): an edit lands where its anchor is, an anchor that is missing or repeated is
 * refused rather than guessed, and an alert after an edit is matched with the unchanged file's
 * alert at the same place.
 */
describe('eval: implants in real bundles (bookkeeping)', () => {
  const original = 'var a=1;function send(b){return fetch(u,{body:b})}var z=2;';

  it('inserts before, after and in place of anchors, and maps offsets back', () => {
    const r = applyImplant(original, [
      { at: 'var z=2;', where: 'replace', code: 'var z=3,y=4;' },
      { at: 'function send(b){', where: 'after', code: 'b=tz+b;' },
      { at: 'var a=1;', where: 'before', code: 'var tz=T();' },
    ]);
    assert.strictEqual(r.text, 'var tz=T();var a=1;function send(b){b=tz+b;return fetch(u,{body:b})}var z=3,y=4;');
    assert.deepStrictEqual(r.spans.map((s) => r.text.slice(s.start, s.end)), ['var tz=T();', 'b=tz+b;', 'var z=3,y=4;']);
    // `fetch` sits after two insertions: it maps back to where it was.
    assert.strictEqual(originalOffset(r.spans, r.text.indexOf('fetch')), original.indexOf('fetch'));
    assert.strictEqual(originalOffset(r.spans, 0), undefined);
    assert.strictEqual(originalOffset(r.spans, r.text.indexOf('tz+b')), undefined);
    assert.strictEqual(originalOffset(r.spans, r.text.indexOf('var a=1')), 0);
  });

  it('refuses an anchor that is missing, repeated, or overlapping another edit', () => {
    assert.throws(() => applyImplant(original, [{ at: 'nope', where: 'after', code: 'x' }]), /not found/);
    assert.throws(() => applyImplant(original, [{ at: 'var ', where: 'after', code: 'x' }]), /more than once/);
    assert.throws(
      () => applyImplant(original, [{ at: 'function send', where: 'replace', code: 'x' }, { at: 'send(b)', where: 'replace', code: 'y' }]),
      /overlap/,
    );
  });

  it('has well-formed cases whose code files exist', () => {
    const cases = implantCases();
    for (const c of cases) {
      assert.ok(/^[^@]+@\d/.test(c.bundle.replace(/^@/, '')), `${c.id}: bundle pinned`);
      assert.ok(c.expect.length === 1, c.id);
      for (const e of c.edits) for (const side of [e.positive, e.benign]) assert.ok(fs.existsSync(path.join(IMPLANTS_DIR, c.id, side)), `${c.id}: ${side}`);
    }
  });
});
