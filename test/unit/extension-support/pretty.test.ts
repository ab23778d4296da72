import * as assert from 'assert';
import { buildReadable } from '../../../src/core/report/readable';
import { alertsOf, capabilityGroups, findingRefOf, lookupFinding, splitEmbedded } from '../../../src/extension/support/summary';
import { emptyInventory, type Finding, type Report } from '../../../src/core/model';

const at = (text: string, needle: string, from = 0) => {
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, `missing ${needle}`);
  return { offset: i, endOffset: i + needle.length };
};

describe('readable view printer', () => {
  // A minified bundle on one line: the time-zone check sits in one small function among others.
  const bundle =
    'var a=1;function other(){return 2}function chk(){var t=Intl.DateTimeFormat().resolvedOptions().timeZone;if(["Asia/Shanghai","Asia/Urumqi"].includes(t)){return"Today\u2019s"}return"Today\'s"}var b={m(){return process.env.ANTHROPIC_BASE_URL}};';

  it('prints the smallest enclosing function and maps each step to the printed sub-node', () => {
    const src = at(bundle, 'Intl.DateTimeFormat().resolvedOptions().timeZone');
    const cond = at(bundle, '["Asia/Shanghai","Asia/Urumqi"].includes(t)');
    const eff = at(bundle, '"Today\u2019s"');
    const r = buildReadable(bundle, { steps: [{ role: 'source', ...src }, { role: 'condition', ...cond }, { role: 'effect', ...eff }] });
    assert.strictEqual(r.regions.length, 1);
    const reg = r.regions[0];
    assert.strictEqual(reg.nodeType, 'FunctionDeclaration');
    assert.strictEqual(bundle.slice(reg.originalStart, reg.originalEnd).startsWith('function chk()'), true);
    assert.ok(reg.text.includes('\n'), 'printed over several lines');
    assert.ok(!reg.text.includes('function other'), 'only the enclosing function');
    const printed = (i: number) => reg.text.slice(reg.steps[i].start, reg.steps[i].end);
    assert.strictEqual(printed(0), 'Intl.DateTimeFormat().resolvedOptions().timeZone');
    assert.strictEqual(printed(1), '["Asia/Shanghai", "Asia/Urumqi"].includes(t)');
    assert.strictEqual(printed(2), '"Today\u2019s"');
    assert.deepStrictEqual(reg.steps.map((s) => s.exact), [true, true, true]);
  });

  it('prints a method with its name and keeps separate functions as separate regions', () => {
    const src = at(bundle, 'process.env.ANTHROPIC_BASE_URL');
    const tz = at(bundle, 'Intl.DateTimeFormat()');
    const r = buildReadable(bundle, { steps: [{ role: 'source', ...src }, { role: 'source', ...tz }] });
    assert.strictEqual(r.regions.length, 2);
    assert.ok(r.regions[0].originalStart < r.regions[1].originalStart, 'in file order');
    const method = r.regions[1];
    assert.match(method.text, /^m\(\) \{/);
    assert.strictEqual(method.text.slice(method.steps[0].start, method.steps[0].end), 'process.env.ANTHROPIC_BASE_URL');
    assert.strictEqual(method.steps[0].index, 0);
  });

  it('narrows a huge wrapper function to the statement around the step', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `var v${i}=${i};`).join('');
    const text = `(function(){${filler}if(process.env.TZ==="Asia/Shanghai"){x()}${filler}})();`;
    const cond = at(text, 'process.env.TZ==="Asia/Shanghai"');
    const r = buildReadable(text, { steps: [{ role: 'condition', ...cond }], maxRegionChars: 2000 });
    assert.strictEqual(r.regions[0].nodeType, 'IfStatement');
    assert.strictEqual(r.regions[0].text.slice(r.regions[0].steps[0].start, r.regions[0].steps[0].end), 'process.env.TZ === "Asia/Shanghai"');
  });

  it('falls back to the code as written when it does not parse, with exact offsets', () => {
    const text = 'let x = process.env.HOME; function (';
    const s = at(text, 'process.env.HOME');
    const r = buildReadable(text, { steps: [{ role: 'source', ...s }] });
    assert.ok(r.note && /as written/.test(r.note));
    const reg = r.regions[0];
    assert.strictEqual(reg.verbatim, true);
    assert.strictEqual(reg.text.slice(reg.steps[0].start, reg.steps[0].end), 'process.env.HOME');
  });

  it('maps an offset range that is not a node to the smallest node around it', () => {
    const text = 'function f(){return process.env.HTTPS_PROXY}';
    const i = text.indexOf('env.HTTPS');
    const r = buildReadable(text, { steps: [{ role: 'source', offset: i, endOffset: i + 5 }] });
    const s = r.regions[0].steps[0];
    assert.strictEqual(s.exact, false);
    assert.strictEqual(r.regions[0].text.slice(s.start, s.end), 'process.env.HTTPS_PROXY');
  });

  it('survives deep nesting without recursion in its own walk', () => {
    const depth = 3000;
    const text = 'var x=' + '['.repeat(depth) + 'process.env.HOME' + ']'.repeat(depth) + ';';
    const s = at(text, 'process.env.HOME');
    // The parse itself may run out of stack; either way the printer must answer.
    const r = buildReadable(text, { steps: [{ role: 'source', ...s }], maxRegionChars: 200 });
    assert.strictEqual(r.regions.length, 1);
  });
});

describe('tree and panel summaries', () => {
  const loc = { path: '/t/cli.js', line: 1, column: 1, offset: 0, endOffset: 1 };
  const f = (ruleId: string, severity: Finding['severity'], fingerprint = ruleId): Finding => ({ ruleId, category: 'gating', severity, confidence: 'high', message: ruleId, location: loc, values: [], trace: [], fingerprint });
  const report = (findings: Finding[]): Report => ({ artifacts: [], findings, errors: [], inventory: emptyInventory() });

  it('lists only alert rules at or above the threshold, most severe first', () => {
    const r = report([f('telemetry', 'low'), f('env-gated-behavior', 'high'), f('covert-marker', 'critical'), f('env-gated-behavior', 'low', 'x')]);
    assert.deepStrictEqual(alertsOf(r, 'medium').map((x) => x.ruleId), ['covert-marker', 'env-gated-behavior']);
    assert.strictEqual(alertsOf(r).length, 3);
  });

  it('names findings by fingerprint and occurrence', () => {
    const a = f('covert-marker', 'critical', 'same');
    const b = f('covert-marker', 'critical', 'same');
    const list = [a, b];
    assert.deepStrictEqual(findingRefOf('t', list, b), { toolId: 't', fingerprint: 'same', occurrence: 1 });
    assert.strictEqual(lookupFinding(list, 'same', 1), b);
    assert.strictEqual(lookupFinding(list, 'same', 2), undefined);
  });

  it('groups capabilities with counts', () => {
    const inv = { ...emptyInventory(), envVars: { HTTPS_PROXY: 'proxy' as const, HTTP_PROXY: 'proxy' as const, OPENAI_API_KEY: 'credentials' as const }, hosts: ['api.example.com'], timeZone: true };
    const g = capabilityGroups(inv);
    assert.deepStrictEqual(g.map((x) => [x.id, x.count]), [['env', 3], ['hosts', 1], ['locale', 1]]);
    assert.strictEqual(g[0].groups![0].label, 'Proxy (2)');
  });

  it('splits embedded paths', () => {
    assert.deepStrictEqual(splitEmbedded('/x/claude!/$bunfs/root/cli.js'), { container: '/x/claude', inner: '/$bunfs/root/cli.js' });
    assert.strictEqual(splitEmbedded('/x/plain.js'), undefined);
  });
});
