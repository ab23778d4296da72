import * as assert from 'assert';
import { purlOf, toCycloneDx } from '../../../src/core/report/cyclonedx';
import type { ToolIdentity } from '../../../src/core/model';
import * as fs from 'fs';
import * as path from 'path';
import { fetchNpmPackage } from '../../support/npm-fixtures';
import { benignDisclosure, benignReport, report, suspiciousReport } from './fixtures';

/** The official CycloneDX JSON schemas, shipped in the CycloneDX library's npm package, fetched at test time. */
function officialValidator(specVersion: '1.5' | '1.6'): ((x: unknown) => string[]) | undefined {
  let Ajv: any;
  let dir: string;
  try {
    Ajv = require('ajv');
    dir = path.join(fetchNpmPackage('@cyclonedx/cyclonedx-library@10.3.0'), 'res', 'schema');
  } catch {
    return undefined;
  }
  const ajv = new (Ajv.default ?? Ajv)({ strict: false, allErrors: true, validateFormats: false });
  // The BOM schema refers to its neighbours by their SNAPSHOT file names.
  for (const dep of ['spdx', 'jsf-0.82', 'cryptography-defs']) {
    const file = path.join(dir, `${dep}.SNAPSHOT.schema.json`);
    if (!fs.existsSync(file)) continue;
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    schema.$id = `http://cyclonedx.org/schema/${dep}.SNAPSHOT.schema.json`;
    ajv.addSchema(schema);
  }
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, `bom-${specVersion}.SNAPSHOT.schema.json`), 'utf8')));
  return (x) => (validate(x) ? [] : (validate.errors ?? []).map((e: any) => `${e.instancePath} ${e.message}`));
}

type Json = Record<string, any>;

/** Required by the CycloneDX 1.5/1.6 JSON schema for what Candor emits, plus purl syntax. */
function cyclonedxProblems(bom: Json): string[] {
  const p: string[] = [];
  if (bom.bomFormat !== 'CycloneDX') p.push('bomFormat must be "CycloneDX"');
  if (!['1.5', '1.6'].includes(bom.specVersion)) p.push('specVersion must be 1.5 or 1.6');
  if (bom.serialNumber !== undefined && !/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(bom.serialNumber)) p.push(`serialNumber ${bom.serialNumber}`);
  if (!(Number.isInteger(bom.version) && bom.version >= 1)) p.push('version must be an integer >= 1');
  if (bom.metadata?.timestamp !== undefined && Number.isNaN(Date.parse(bom.metadata.timestamp))) p.push('metadata.timestamp must be a date-time');
  const tools = bom.metadata?.tools;
  if (tools && !Array.isArray(tools)) for (const c of tools.components ?? []) if (!c.type || !c.name) p.push('metadata.tools.components[]: type and name are required');
  const refs = new Set<string>();
  for (const [i, c] of (bom.components ?? []).entries()) {
    const at = `components[${i}]`;
    if (!['application', 'framework', 'library', 'container', 'platform', 'operating-system', 'device', 'device-driver', 'firmware', 'file', 'machine-learning-model', 'data', 'cryptographic-asset'].includes(c.type)) p.push(`${at}.type ${c.type}`);
    if (typeof c.name !== 'string' || !c.name) p.push(`${at}.name is required`);
    if (c['bom-ref'] !== undefined) {
      if (refs.has(c['bom-ref'])) p.push(`${at}.bom-ref duplicate`);
      refs.add(c['bom-ref']);
    }
    if (c.purl !== undefined && !/^pkg:[a-z][a-z0-9.+-]*\/[^@?#]+(@[^?#]+)?$/.test(c.purl)) p.push(`${at}.purl ${c.purl}`);
    for (const h of c.hashes ?? []) if (h.alg !== 'SHA-256' || !/^[a-f0-9]{64}$/.test(h.content)) p.push(`${at}.hashes`);
    for (const pr of c.properties ?? []) if (typeof pr.name !== 'string' || typeof pr.value !== 'string') p.push(`${at}.properties: name and value are strings`);
  }
  return p;
}

const tool = (t: Partial<ToolIdentity>): ToolIdentity => ({ id: 'x', name: 'x', kind: 'cli', installPath: '/x', foundBy: 'test', ...t });

describe('CycloneDX export', () => {
  it('has the required fields and one application component per tool', () => {
    const bom = toCycloneDx([suspiciousReport(), benignReport()], { disclosures: { 'benign.helper': benignDisclosure }, timestamp: '2026-11-23T00:00:00.000Z' });
    assert.deepStrictEqual(cyclonedxProblems(bom), []);
    assert.strictEqual(bom.specVersion, '1.6');
    assert.match(bom.serialNumber as string, /^urn:uuid:/);
    const comps = bom.components as Json[];
    assert.strictEqual(comps.length, 2);
    assert.deepStrictEqual(comps[0].hashes, [{ alg: 'SHA-256', content: 'a'.repeat(64) }]);
    assert.strictEqual(comps[0].purl, 'pkg:vscode-extension/acme/ai-coder@1.4.2');
    assert.strictEqual(comps[0].publisher, 'acme');
    const props = Object.fromEntries((comps[0].properties as Json[]).map((x) => [x.name, x.value]));
    assert.strictEqual(props['candor:verdict'], 'fail');
    assert.strictEqual(props['candor:alerts'], '5');
    assert.strictEqual(props['candor:checklist:gating'], 'fail');
    assert.deepStrictEqual(comps[1].licenses, [{ license: { id: 'MIT' } }]);
    assert.deepStrictEqual(comps[1].externalReferences, [{ type: 'vcs', url: 'https://github.com/benign/helper' }]);
  });

  for (const v of ['1.5', '1.6'] as const) {
    it(`validates against the official CycloneDX ${v} schema`, function () {
      const validate = officialValidator(v);
      assert.ok(validate, 'the official schema and ajv are available');
      const bom = toCycloneDx([suspiciousReport(), benignReport(), report({ tool: null })], { specVersion: v, disclosures: { 'benign.helper': benignDisclosure } });
      assert.deepStrictEqual(validate(bom), []);
      const broken = JSON.parse(JSON.stringify(bom));
      broken.components[0].type = 'tool';
      assert.notDeepStrictEqual(validate(broken), [], 'the validator rejects a bad component type');
    });
  }

  it('gives each BOM its own serial number unless one is passed', () => {
    const a = toCycloneDx([benignReport()]);
    const b = toCycloneDx([benignReport()]);
    assert.notStrictEqual(a.serialNumber, b.serialNumber);
    assert.strictEqual(toCycloneDx([], { serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000' }).serialNumber, 'urn:uuid:00000000-0000-4000-8000-000000000000');
    assert.strictEqual(toCycloneDx([], { specVersion: '1.5' }).specVersion, '1.5');
  });

  it('builds purls per the purl spec: extensions, scoped npm (%40), plain npm, none for unknown binaries', () => {
    assert.strictEqual(purlOf(tool({ kind: 'extension', id: 'GitHub.copilot-chat', version: '0.30.1' })), 'pkg:vscode-extension/github/copilot-chat@0.30.1');
    assert.strictEqual(purlOf(tool({ id: 'claude', installPath: '/usr/lib/node_modules/@anthropic-ai/claude-code', version: '2.0.1' })), 'pkg:npm/%40anthropic-ai/claude-code@2.0.1');
    assert.strictEqual(purlOf(tool({ id: 'gemini', installPath: 'C:\\npm\\node_modules\\@google\\gemini-cli\\bundle', version: '0.9.0' })), 'pkg:npm/%40google/gemini-cli@0.9.0');
    assert.strictEqual(purlOf(tool({ id: 'demo', version: '1.0.0+build.1' })), 'pkg:npm/demo@1.0.0%2Bbuild.1');
    assert.strictEqual(purlOf(tool({ id: 'claude', kind: 'unknown', installPath: '/usr/local/bin/claude' })), undefined);
  });

  it('omits hashes that are not SHA-256 and keeps tool strings printable', () => {
    const r = report({ tool: { contentHash: 'not-a-hash', name: 'Evil\u001b[2J', publisher: 'p\u202e' } });
    const c = (toCycloneDx([r]).components as Json[])[0];
    assert.strictEqual(c.hashes, undefined);
    assert.strictEqual(c.publisher, 'p\\u202e');
    assert.strictEqual(c.description, 'Evil\\u001b[2J');
    assert.deepStrictEqual(cyclonedxProblems(toCycloneDx([r])), []);
  });
});
