import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ResultCache, rulesVersionOf, variantOf } from '../../../src/host/cache';
import { emptyInventory, type FileResult } from '../../../src/core/model';

function result(p: string): FileResult {
  const loc = { path: p, line: 1, column: 1, offset: 0, endOffset: 4 };
  return {
    path: p,
    findings: [{ ruleId: 'env-gated-behavior', category: 'gating', severity: 'high', confidence: 'high', message: 'm', location: loc, values: ['Asia/Shanghai'], trace: [{ role: 'source', location: loc, note: 'tz' }], fingerprint: 'fp1' }],
    inventory: { ...emptyInventory(), timeZone: true },
  };
}

describe('ResultCache', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('hits on the same content, even at another path, and re-homes the locations', async () => {
    const c = new ResultCache(dir, { candorVersion: '1', rulesVersion: 'r' });
    await c.set('code', '/a/x.js', result('/a/x.js'));
    const same = await c.get('code', '/a/x.js');
    assert.deepStrictEqual(same, result('/a/x.js'));
    const moved = await c.get('code', '/b/y.js');
    assert.strictEqual(moved?.path, '/b/y.js');
    assert.strictEqual(moved?.findings[0].location.path, '/b/y.js');
    assert.strictEqual(moved?.findings[0].trace[0].location.path, '/b/y.js');
    assert.strictEqual(c.hits, 2);
  });

  it('misses when the options that change a result differ (the tool\'s first-party hosts)', async () => {
    const c = new ResultCache(dir, { candorVersion: '1', rulesVersion: 'r' });
    const own = variantOf({ firstPartyHosts: ['api.deepseek.com', 'api.acme.ai'] });
    assert.strictEqual(own, variantOf({ firstPartyHosts: ['api.acme.ai', 'api.deepseek.com'] }), 'order does not matter');
    await c.set('code', '/x.js', result('/x.js'), undefined, own);
    assert.strictEqual(await c.get('code', '/x.js'), undefined, 'analysed without first-party hosts: another result');
    assert.ok(await c.get('code', '/x.js', undefined, own));
  });

  it('prunes only the files it wrote, whatever folder it is pointed at', async () => {
    const c = new ResultCache(dir, { candorVersion: '1', rulesVersion: 'r', maxEntries: 1 });
    fs.mkdirSync(path.join(dir, 'ab'));
    fs.writeFileSync(path.join(dir, 'ab', 'notes.json'), 'mine');
    fs.writeFileSync(path.join(dir, 'ab', 'old.tmp'), 'mine');
    fs.utimesSync(path.join(dir, 'ab', 'old.tmp'), new Date(0), new Date(0));
    fs.mkdirSync(path.join(dir, 'photos'));
    fs.writeFileSync(path.join(dir, 'photos', 'a.json'), 'mine');
    await c.set('one', '/1.js', result('/1.js'));
    await c.set('two', '/2.js', result('/2.js'));
    await c.prune();
    for (const f of ['ab/notes.json', 'ab/old.tmp', 'photos/a.json']) assert.ok(fs.existsSync(path.join(dir, f)), f);
    const entries = fs.readdirSync(dir).filter((d) => /^[0-9a-f]{2}$/.test(d)).flatMap((d) => fs.readdirSync(path.join(dir, d)).filter((n) => /^[0-9a-f]{64}\.json$/.test(n)));
    assert.strictEqual(entries.length, 1, 'its own entries are pruned to the bound');
  });

  it('misses on changed content, another Candor version or other rules', async () => {
    const c = new ResultCache(dir, { candorVersion: '1', rulesVersion: 'r' });
    await c.set('code', '/x.js', result('/x.js'));
    assert.strictEqual(await c.get('code2', '/x.js'), undefined);
    assert.strictEqual(await new ResultCache(dir, { candorVersion: '2', rulesVersion: 'r' }).get('code', '/x.js'), undefined);
    assert.strictEqual(await new ResultCache(dir, { candorVersion: '1', rulesVersion: 's' }).get('code', '/x.js'), undefined);
    assert.strictEqual(c.misses, 1);
  });

  it('ignores and removes a corrupt entry', async () => {
    const c = new ResultCache(dir, { candorVersion: '1', rulesVersion: 'r' });
    await c.set('code', '/x.js', result('/x.js'));
    const key = c.key('code');
    const file = path.join(dir, key.slice(0, 2), `${key}.json`);
    fs.writeFileSync(file, '{"key": "' + key + '", "result": {not json');
    assert.strictEqual(await c.get('code', '/x.js'), undefined);
    assert.ok(!fs.existsSync(file));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ key, path: '/x.js', result: { findings: 'no' } }));
    assert.strictEqual(await c.get('code', '/x.js'), undefined);
  });

  it('does not cache time limits or crashes, which may pass on another run', async () => {
    const c = new ResultCache(dir, { candorVersion: '1', rulesVersion: 'r' });
    await c.set('slow', '/x.js', { ...result('/x.js'), error: { path: '/x.js', kind: 'limit', reason: 'took too long' } });
    assert.strictEqual(await c.get('slow', '/x.js'), undefined);
  });

  it('stays within its bounds, dropping the least recently used', async () => {
    const c = new ResultCache(dir, { candorVersion: '1', rulesVersion: 'r', maxEntries: 3 });
    for (let i = 0; i < 5; i++) {
      await c.set(`code${i}`, '/x.js', result('/x.js'));
      const f = path.join(dir, c.key(`code${i}`).slice(0, 2), `${c.key(`code${i}`)}.json`);
      const t = new Date(Date.now() - (10 - i) * 1000);
      fs.utimesSync(f, t, t);
    }
    await c.prune();
    assert.strictEqual(await c.get('code0', '/x.js'), undefined);
    assert.ok(await c.get('code4', '/x.js'));
  });

  it('versions the rule table', () => {
    const a = rulesVersionOf([{ id: 'x', defaultSeverity: 'high', category: 'gating', alert: true }]);
    const b = rulesVersionOf([{ id: 'x', defaultSeverity: 'medium', category: 'gating', alert: true }]);
    assert.notStrictEqual(a, b);
  });
});
