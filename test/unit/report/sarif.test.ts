import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../../src/core/rules/meta';
import { locateDeclaration, toSarif } from '../../../src/core/report/sarif';
import { formatReport } from '../../../src/core/report';
import { fetchNpmPackage } from '../../support/npm-fixtures';
import { benignReport, finding, report, suspiciousReport } from './fixtures';

type Json = Record<string, any>;

/**
 * The properties the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) marks required, plus the
 * constraints on the ones Candor fills in, for the objects Candor emits.
 */
export function sarifProblems(log: Json): string[] {
  const p: string[] = [];
  const req = (o: Json | undefined, at: string, keys: string[]) => {
    if (!o || typeof o !== 'object') return void p.push(`${at}: missing`);
    for (const k of keys) if (o[k] === undefined) p.push(`${at}.${k}: required`);
  };
  const message = (m: Json | undefined, at: string) => {
    if (!m) return;
    if (typeof m.text !== 'string' && typeof m.id !== 'string') p.push(`${at}: message needs text or id`);
  };
  const physical = (l: Json | undefined, at: string) => {
    if (!l) return;
    const pl = l.physicalLocation;
    if (!pl) return;
    if (!pl.artifactLocation && !pl.address) p.push(`${at}.physicalLocation: needs artifactLocation or address`);
    if (pl.artifactLocation && typeof pl.artifactLocation.uri !== 'string') p.push(`${at}.physicalLocation.artifactLocation.uri: expected a string`);
    const r = pl.region;
    if (r) {
      for (const k of ['startLine', 'startColumn']) if (r[k] !== undefined && !(Number.isInteger(r[k]) && r[k] >= 1)) p.push(`${at}.region.${k}: integer >= 1`);
      for (const k of ['charOffset', 'charLength']) if (r[k] !== undefined && !(Number.isInteger(r[k]) && r[k] >= 0)) p.push(`${at}.region.${k}: integer >= 0`);
    }
  };
  req(log, '$', ['version', 'runs']);
  if (log.version !== '2.1.0') p.push('$.version: must be "2.1.0"');
  if (!Array.isArray(log.runs)) return [...p, '$.runs: array'];
  log.runs.forEach((run: Json, i: number) => {
    const at = `$.runs[${i}]`;
    req(run, at, ['tool']);
    req(run.tool, `${at}.tool`, ['driver']);
    req(run.tool?.driver, `${at}.tool.driver`, ['name']);
    const rules: Json[] = run.tool?.driver?.rules ?? [];
    const ids = new Set<string>();
    rules.forEach((r, j) => {
      req(r, `${at}.tool.driver.rules[${j}]`, ['id']);
      if (ids.has(r.id)) p.push(`${at}.tool.driver.rules[${j}].id: duplicate ${r.id}`);
      ids.add(r.id);
      for (const k of ['shortDescription', 'fullDescription', 'help']) if (r[k] !== undefined) req(r[k], `${at}.tool.driver.rules[${j}].${k}`, ['text']);
      const lvl = r.defaultConfiguration?.level;
      if (lvl !== undefined && !['none', 'note', 'warning', 'error'].includes(lvl)) p.push(`${at}.tool.driver.rules[${j}].defaultConfiguration.level: ${lvl}`);
    });
    (run.results ?? []).forEach((res: Json, j: number) => {
      const rat = `${at}.results[${j}]`;
      req(res, rat, ['message']);
      message(res.message, `${rat}.message`);
      if (res.level !== undefined && !['none', 'note', 'warning', 'error'].includes(res.level)) p.push(`${rat}.level: ${res.level}`);
      if (res.ruleIndex !== undefined && rules[res.ruleIndex]?.id !== res.ruleId) p.push(`${rat}.ruleIndex: does not point at ${res.ruleId}`);
      (res.locations ?? []).forEach((l: Json, k: number) => physical(l, `${rat}.locations[${k}]`));
      (res.relatedLocations ?? []).forEach((l: Json, k: number) => {
        physical(l, `${rat}.relatedLocations[${k}]`);
        message(l.message, `${rat}.relatedLocations[${k}].message`);
        if (l.id !== undefined && !(Number.isInteger(l.id) && l.id >= -1)) p.push(`${rat}.relatedLocations[${k}].id: integer`);
      });
      for (const [k, v] of Object.entries(res.partialFingerprints ?? {})) if (typeof v !== 'string') p.push(`${rat}.partialFingerprints.${k}: string`);
    });
    (run.invocations ?? []).forEach((inv: Json, j: number) => {
      req(inv, `${at}.invocations[${j}]`, ['executionSuccessful']);
      (inv.toolExecutionNotifications ?? []).forEach((n: Json, k: number) => {
        req(n, `${at}.invocations[${j}].toolExecutionNotifications[${k}]`, ['message']);
        message(n.message, `${at}.invocations[${j}].toolExecutionNotifications[${k}].message`);
      });
    });
  });
  return p;
}

/** The official schema, shipped in an npm package, fetched at test time; undefined when offline. */
function officialValidator(): ((x: unknown) => string[]) | undefined {
  let Ajv: any;
  try {
    Ajv = require('ajv');
  } catch {
    return undefined;
  }
  let dir: string;
  try {
    dir = fetchNpmPackage('@microsoft/jest-sarif@1.0.0-beta.0');
  } catch {
    return undefined;
  }
  const schema = JSON.parse(fs.readFileSync(path.join(dir, 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The schema is draft-04, which Ajv 8 no longer knows; its keywords are a subset ajv reads as draft-07.
  delete schema.$schema;
  if (schema.id) {
    schema.$id = schema.id;
    delete schema.id;
  }
  const ajv = new (Ajv.default ?? Ajv)({ strict: false, allErrors: true, validateFormats: false, validateSchema: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  return (x) => (validate(x) ? [] : (validate.errors ?? []).map((e: any) => `${e.instancePath} ${e.message}`));
}

describe('SARIF export', () => {
  const log = toSarif([suspiciousReport(), benignReport()]) as Json;
  const run = log.runs[0];

  it('has the SARIF 2.1.0 required fields', () => {
    assert.deepStrictEqual(sarifProblems(log), []);
    assert.strictEqual(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.strictEqual(log.runs.length, 1);
  });

  it('validates against the official 2.1.0 schema', function () {
    const validate = officialValidator();
    assert.ok(validate, 'the official schema and ajv are available');
    assert.deepStrictEqual(validate(log), []);
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results[0].level = 'severe';
    assert.notDeepStrictEqual(validate(broken), [], 'the schema validator rejects a bad level');
    assert.deepStrictEqual(validate(toSarif([suspiciousReport()], { declarations: { 'acme.ai-coder': { path: '.vscode/extensions.json', line: 3, column: 5, offset: 29, length: 15 } }, baseDir: '/repo' })), []);
  });

  it('the validator catches what it claims to', () => {
    const broken = JSON.parse(JSON.stringify(log));
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[0].ruleIndex = 99;
    broken.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    assert.strictEqual(sarifProblems(broken).length, 3);
  });

  it('lists every rule with descriptions, help, tags and a security-severity', () => {
    const rules: Json[] = run.tool.driver.rules;
    assert.deepStrictEqual(rules.map((r) => r.id), RULES.map((r) => r.id));
    assert.strictEqual(run.tool.driver.name, 'Candor');
    for (const r of rules) {
      assert.ok(r.shortDescription.text && r.fullDescription.text && r.help.text && r.help.markdown, r.id);
      assert.ok(r.properties.tags.includes('security'), r.id);
      assert.match(r.properties['security-severity'], /^\d+\.\d$/, r.id);
    }
    const covert = rules.find((r) => r.id === 'covert-marker')!;
    assert.strictEqual(covert.properties['security-severity'], '9.5');
    assert.strictEqual(covert.defaultConfiguration.level, 'error');
    assert.strictEqual(rules.find((r) => r.id === 'telemetry')!.defaultConfiguration.level, 'note');
  });

  it('maps each finding to a result with location, fingerprint and trace steps as related locations', () => {
    assert.strictEqual(run.results.length, 8);
    const gate = run.results.find((r: Json) => r.partialFingerprints['candorFingerprint/v1'] === 'fp-gate-url');
    assert.strictEqual(gate.ruleId, 'env-gated-behavior');
    assert.strictEqual(run.tool.driver.rules[gate.ruleIndex].id, 'env-gated-behavior');
    assert.strictEqual(gate.level, 'error');
    assert.strictEqual(gate.properties['security-severity'], '9.5');
    const loc = gate.locations[0].physicalLocation;
    assert.strictEqual(loc.artifactLocation.uri, 'file:///home/u/.vscode/extensions/acme.ai-coder-1.4.2/dist/extension.js');
    assert.deepStrictEqual(loc.region, { startLine: 1, startColumn: 61001, charOffset: 61000, charLength: 30 });
    assert.deepStrictEqual(gate.relatedLocations.map((l: Json) => l.message.text), ['source: process.env.ANTHROPIC_BASE_URL', 'transform: new URL(…).hostname', 'condition: some(d => host.endsWith(d)) over a decoded list']);
    assert.deepStrictEqual(gate.relatedLocations.map((l: Json) => l.id), [0, 1, 2]);
    assert.match(gate.message.text, /Values: "api\.deepseek\.com", "moonshot\.cn", "dashscope\.aliyuncs\.com"/);
  });

  it('in report mode, points at the declaring entry and moves the bundle offset to related locations', () => {
    const text = '{\n  "recommendations": [\n    "Acme.AI-Coder"\n  ]\n}\n';
    const decl = locateDeclaration('/repo/.vscode/extensions.json', text, 'acme.ai-coder')!;
    assert.deepStrictEqual(decl, { path: '/repo/.vscode/extensions.json', line: 3, column: 5, offset: 29, length: 15 });
    const res = (toSarif([suspiciousReport()], { declarations: { 'acme.ai-coder': decl }, baseDir: '/repo' }) as Json).runs[0];
    const r = res.results.find((x: Json) => x.partialFingerprints['candorFingerprint/v1'] === 'fp-covert');
    assert.deepStrictEqual(r.locations[0].physicalLocation, { artifactLocation: { uri: '.vscode/extensions.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5, charOffset: 29, charLength: 15 } });
    assert.strictEqual(r.relatedLocations[0].physicalLocation.region.charOffset, 53000);
    assert.strictEqual(r.relatedLocations[0].physicalLocation.artifactLocation.uri, 'file:///home/u/.vscode/extensions/acme.ai-coder-1.4.2/dist/extension.js');
    assert.deepStrictEqual(res.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/' } });
  });

  it('keeps hostile strings printable and encodes paths as URIs', () => {
    const f = finding({ ruleId: 'obfuscated-string', category: 'obfuscation', severity: 'info', message: 'decoded \u202eevil\u001b[31m', values: ['a\u200bb'], location: { path: '/x/my file#1.vsix!/extension/a.js', line: 2, column: 3, offset: 10, endOffset: 12 } });
    const res = (toSarif([report({ findings: [f] })]) as Json).runs[0].results[0];
    assert.strictEqual(res.message.text, 'decoded \\u202eevil\\u001b[31m Values: "a\\\\u200bb". Tool: Acme AI Coder 1.4.2.');
    assert.strictEqual(res.locations[0].physicalLocation.artifactLocation.uri, 'file:///x/my%20file%231.vsix!/extension/a.js');
  });

  it('gives an unknown rule id a rule entry so ruleIndex stays valid', () => {
    const f = finding({ ruleId: 'future-rule', category: 'network', severity: 'medium' });
    const out = toSarif([report({ findings: [f] })]) as Json;
    assert.deepStrictEqual(sarifProblems(out), []);
    assert.strictEqual(out.runs[0].tool.driver.rules[out.runs[0].results[0].ruleIndex].id, 'future-rule');
  });

  it('reports unreadable inputs as tool execution notifications', () => {
    const r = report();
    r.errors.push({ path: '/x/broken.js', kind: 'parse', reason: 'Unexpected token (1:5)' });
    const out = toSarif([r]) as Json;
    assert.deepStrictEqual(out.runs[0].invocations[0].toolExecutionNotifications[0].message, { text: 'parse: Unexpected token (1:5)' });
  });

  it('validates on the analyser\'s own findings, trace steps included', async function () {
    const os = await import('os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-sarif-'));
    try {
      fs.writeFileSync(path.join(dir, 'cli.js'), 'const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;\nconst z = ["Asia/Shanghai", "Asia/Urumqi"];\nconst s = z.includes(tz) ? "Today\\u2019s" : "Today\'s";\nfetch("https://x.example/v1", { method: "POST", body: s });\n');
      const { scanPaths } = await import('../../../src/host/scanner');
      const r = await scanPaths([dir]);
      assert.ok(r.findings.length, 'the scan reports findings');
      const out = toSarif([r]) as Json;
      assert.deepStrictEqual(sarifProblems(out), []);
      const validate = officialValidator();
      if (validate) assert.deepStrictEqual(validate(out), []);
      const gate = out.runs[0].results.find((x: Json) => x.ruleId === 'env-gated-behavior');
      if (gate) assert.ok(gate.relatedLocations.length >= 2 && gate.relatedLocations.every((l: Json) => l.physicalLocation.region.startLine >= 1));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is what candor scan --format sarif prints', () => {
    const out = JSON.parse(formatReport(suspiciousReport(), 'sarif'));
    assert.deepStrictEqual(sarifProblems(out), []);
    assert.strictEqual(out.runs[0].results.length, 7);
  });
});
