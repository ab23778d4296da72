import * as assert from 'assert';
import { LIMITS, parsePageMessage } from '../../../src/webview/protocol';

describe('trust panel message protocol', () => {
  it('accepts each known message with exactly its fields', () => {
    assert.deepStrictEqual(parsePageMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepStrictEqual(parsePageMessage({ type: 'selectTool', toolId: 't' }), { type: 'selectTool', toolId: 't' });
    assert.deepStrictEqual(parsePageMessage({ type: 'openStep', toolId: 't', fingerprint: 'f', occurrence: 0, step: 2 }), { type: 'openStep', toolId: 't', fingerprint: 'f', occurrence: 0, step: 2 });
    assert.deepStrictEqual(parsePageMessage({ type: 'review', toolId: 't', itemId: 'locale', state: 'needs-info', note: '' }), { type: 'review', toolId: 't', itemId: 'locale', state: 'needs-info', note: '' });
    for (const type of ['rescan', 'export', 'compare', 'revealInstall', 'openReadable'] as const) {
      const m = type === 'openReadable' ? { type, toolId: 't', fingerprint: 'f', occurrence: 1 } : { type, toolId: 't' };
      assert.deepStrictEqual(parsePageMessage(m), m);
    }
  });

  it('rejects unknown types, command ids and paths', () => {
    for (const m of [
      null,
      'ready',
      [],
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'executeCommand', toolId: 't' },
      { type: 'open', path: '/etc/passwd' },
      { type: 'ready', command: 'x' },
      { type: 'rescan', toolId: 't', command: 'candor.scan' },
      { type: 'openStep', toolId: 't', fingerprint: 'f', occurrence: 0, step: 0, path: '/etc/passwd' },
      { type: '__proto__', toolId: 't' },
      { type: 'constructor', toolId: 't' },
    ]) {
      assert.strictEqual(parsePageMessage(m), undefined, JSON.stringify(m));
    }
  });

  it('rejects malformed ids, indexes and review fields', () => {
    for (const m of [
      { type: 'selectTool', toolId: '' },
      { type: 'selectTool', toolId: 7 },
      { type: 'selectTool', toolId: 'x'.repeat(LIMITS.id + 1) },
      { type: 'openStep', toolId: 't', fingerprint: 'f', occurrence: -1, step: 0 },
      { type: 'openStep', toolId: 't', fingerprint: 'f', occurrence: 0, step: 1.5 },
      { type: 'openStep', toolId: 't', fingerprint: 'f', occurrence: 0, step: '1' },
      { type: 'review', toolId: 't', itemId: 'not-an-item', state: 'accepted', note: '' },
      { type: 'review', toolId: 't', itemId: 'locale', state: 'approved', note: '' },
      { type: 'review', toolId: 't', itemId: 'locale', state: 'accepted' },
      { type: 'review', toolId: 't', itemId: 'locale', state: 'accepted', note: 'n'.repeat(LIMITS.note + 1) },
    ]) {
      assert.strictEqual(parsePageMessage(m), undefined, JSON.stringify(m).slice(0, 120));
    }
  });
});
