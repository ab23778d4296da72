import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { evaluateChecklist } from '../../../src/core/review/checklist/evaluate';
import { DISCLOSURE_RECORD_SCHEMA, disclosureFromRecord, recordStatus, validateRecord, type DisclosureRecord } from '../../../src/core/review/checklist/records';
import { diffReports, diffToText } from '../../../src/core/review/diff';
import { evaluatePolicy, validatePolicy } from '../../../src/core/review/policy';
import { toMarkdown } from '../../../src/core/report/markdown';
import { toSarif } from '../../../src/core/report/sarif';
import { disclosureFor, disclosureRecords } from '../../../src/host/catalog/disclosures';
import { getCatalog } from '../../../src/host/catalog';
import { finding, report } from './fixtures';

/*
 * Disclosure records: what each vendor documents, set against what its code does. The checklist
 * says documented / undocumented / contradicts the docs / no record, with the evidence.
 */

const RECORDS_DIR = path.join(__dirname, '../../../../src/host/catalog/disclosures');

function record(over: Partial<DisclosureRecord> = {}): DisclosureRecord {
  return {
    tool: 'acme-coder',
    versions: '>=1.0.0 <=1.4.2',
    checkedVersion: '1.4.2',
    read: '2026-12-02',
    sources: [
      { id: 's1', title: 'Environment variables', url: 'https://docs.acme.dev/env' },
      { id: 's2', title: 'Network allow-list', url: 'https://docs.acme.dev/network' },
      { id: 's3', title: 'Privacy', url: 'https://docs.acme.dev/privacy' },
    ],
    envVarsComplete: true,
    envVars: [
      { name: 'ACME_API_KEY', source: 's1' },
      { name: 'ACME_LOG_*', source: 's1' },
    ],
    hostsComplete: true,
    hosts: [
      { host: 'api.acme.dev', source: 's2' },
      { host: '*.telemetry.acme.dev', source: 's2' },
    ],
    telemetry: { documented: true, what: 'usage events', source: 's3', optOuts: [{ type: 'env', name: 'ACME_TELEMETRY', value: '0', source: 's3' }] },
    deviceIdentifiers: { documented: true, kinds: ['installation-id'], what: 'a random installation id', source: 's3' },
    regionalBehavior: { documented: null, nothingFound: undefined } as unknown as DisclosureRecord['regionalBehavior'],
    nothingFound: ['regional behaviour: not mentioned on the privacy page'],
    ...over,
  };
}

const at = (line: number) => ({ path: '/opt/acme/dist/cli.js', line, column: 5, offset: line * 100, endOffset: line * 100 + 20 });

/** A tool that reads a documented key, a documented log variable, an undocumented key and a shell variable, and sends its host name. */
function acme(version = '1.4.2') {
  return report({
    tool: { id: 'acme-coder', catalogId: 'acme-coder', version, kind: 'cli' },
    inventory: {
      envVars: { ACME_API_KEY: 'credentials', ACME_LOG_LEVEL: 'tool', ACME_SECRET_BACKDOOR_TOKEN: 'credentials', SHELL: 'system' },
      envReadAt: { ACME_API_KEY: at(3), ACME_LOG_LEVEL: at(4), ACME_SECRET_BACKDOOR_TOKEN: at(77), SHELL: at(5) },
      hosts: ['api.acme.dev', 'events.telemetry.acme.dev', 'collect.tracker.example'],
      urls: ['https://collect.tracker.example/v1/t'],
      hostIdentity: ['os.hostname'],
    },
    findings: [finding({ ruleId: 'host-identity-sent', category: 'host-identity', severity: 'high', values: ['os.hostname()'], message: 'Sends os.hostname() in a request to collect.tracker.example', location: at(90) })],
  });
}

const items = (r: ReturnType<typeof acme>, rec = record()) => Object.fromEntries(evaluateChecklist(r, disclosureFromRecord(rec, r.tool?.version)).map((i) => [i.id, i]));

describe('disclosure records (src/host/catalog/disclosures)', () => {
  it('every committed record validates: a source URL for each entry, the date read and a version range', () => {
    const files = fs.readdirSync(RECORDS_DIR).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 10, files.join());
    const catalog = getCatalog();
    for (const f of files) {
      const data = JSON.parse(fs.readFileSync(path.join(RECORDS_DIR, f), 'utf8'));
      assert.deepStrictEqual(validateRecord(data, f), [], f);
      assert.strictEqual(`${data.tool}.json`, f);
      assert.ok(catalog.byId(data.tool), `${f}: a record names a catalog tool`);
    }
    // The tools the records must cover.
    const ids = [...disclosureRecords().keys()];
    for (const id of ['claude-code', 'gemini-cli', 'qwen-code', 'github-copilot-cli', 'github-copilot', 'openai-codex', 'cline', 'continue', 'kilo-code', 'qoder']) assert.ok(ids.includes(id), id);
  });

  it('every committed record also validates against the published JSON Schema, which refuses a record without sources', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const Ajv = require('ajv');
    const validate = new (Ajv.default ?? Ajv)({ strict: false, allErrors: true }).compile(DISCLOSURE_RECORD_SCHEMA);
    for (const f of fs.readdirSync(RECORDS_DIR).filter((x) => x.endsWith('.json'))) assert.ok(validate(JSON.parse(fs.readFileSync(path.join(RECORDS_DIR, f), 'utf8'))), `${f}: ${JSON.stringify(validate.errors)}`);
    assert.ok(!validate({ ...record(), sources: [] }));
    assert.ok(!validate({ ...record(), read: undefined }));
    assert.ok(!validate({ ...record(), sources: [{ id: 's1', title: 'x', url: 'ftp://x' }] }));
  });

  it('refuses a record without sources, dates or ranges, or citing a source it does not list', () => {
    const errs = (r: unknown) => validateRecord(r).join('\n');
    assert.match(errs({ ...record(), sources: [] }), /sources: at least one source/);
    assert.match(errs({ ...record(), read: 'last week' }), /read: the date/);
    assert.match(errs({ ...record(), versions: '>>1' }), /versions:/);
    assert.match(errs({ ...record(), envVars: [{ name: 'X', source: 's9' }] }), /envVars\[0\]\.source: unknown source 's9'/);
    assert.match(errs({ ...record(), hosts: [{ host: 'api.acme.dev' }] }), /hosts\[0\]\.source: every entry names its source/);
    assert.match(errs({ ...record(), sources: [{ id: 's1', title: 't', url: 'http://insecure.example' }] }), /public https URL/);
    assert.match(errs({ ...record(), deviceIdentifiers: { documented: true, kinds: ['soul'], source: 's3' } }), /deviceIdentifiers\.kinds/);
  });

  it('says whether the record covers the scanned version, may be stale, or does not apply', () => {
    assert.strictEqual(recordStatus(record(), '1.2.0'), 'current');
    assert.strictEqual(recordStatus(record(), '1.9.0'), 'stale');
    assert.strictEqual(recordStatus(record(), '0.9.0'), 'older');
    assert.strictEqual(recordStatus(record(), undefined), 'unversioned');
    const stale = items(acme('1.9.0'));
    assert.strictEqual(stale['env-vars'].disclosure, 'undocumented', 'a stale record still applies');
    assert.match(stale['env-vars'].disclosureNote ?? '', /1\.9\.0\) is newer and the vendor may have documented more since/);
    const older = items(acme('0.9.0'));
    assert.strictEqual(older['env-vars'].disclosure, 'unknown');
    assert.match(older['env-vars'].disclosureNote ?? '', /covers versions >=1\.0\.0 <=1\.4\.2, not 0\.9\.0/);
  });

  it('lists undocumented variables first, with where each is read; shell variables and documented patterns are not listed', () => {
    const env = items(acme())['env-vars'];
    assert.strictEqual(env.disclosure, 'undocumented');
    assert.deepStrictEqual(env.undocumented, [{ value: 'ACME_SECRET_BACKDOOR_TOKEN', location: at(77) }]);
    assert.strictEqual(env.documentedCount, 2);
    assert.match(env.summary, /^Not in the vendor's documentation: ACME_SECRET_BACKDOOR_TOKEN; reads 4 environment variables/);
    const all = items(acme(), record({ envVars: [...record().envVars, { name: 'ACME_SECRET_BACKDOOR_TOKEN', source: 's1' }] }))['env-vars'];
    assert.strictEqual(all.disclosure, 'documented');
    assert.deepStrictEqual(all.undocumented, []);
  });

  it('lists undocumented hosts, the ones requests go to first; wildcard entries document subdomains', () => {
    const net = items(acme()).network;
    assert.strictEqual(net.disclosure, 'undocumented');
    assert.deepStrictEqual(net.undocumented?.map((u) => u.value), ['collect.tracker.example']);
  });

  it('says which identifiers are sent without being documented, documented, or against what the vendor says', () => {
    const undocumented = items(acme())['host-identity'];
    assert.strictEqual(undocumented.disclosure, 'undocumented');
    assert.deepStrictEqual(undocumented.undocumented?.map((u) => [u.value, u.location?.line]), [['hostname', 90]]);
    assert.match(undocumented.disclosureNote ?? '', /Sends hostname, which the vendor does not document sending \(it documents: installation-id\)/);
    const documented = items(acme(), record({ deviceIdentifiers: { documented: true, kinds: ['hostname'], source: 's3' } }))['host-identity'];
    assert.strictEqual(documented.disclosure, 'documented');
    const contradicts = items(acme(), record({ deviceIdentifiers: { documented: false, kinds: [], what: 'no device identifiers are collected', source: 's3' } }))['host-identity'];
    assert.strictEqual(contradicts.disclosure, 'contradicts');
  });

  it('says whether the opt-out the vendor documents is the one the code checks', () => {
    const sends = (optOuts: string[]) => {
      const r = acme();
      r.findings.push(finding({ ruleId: 'telemetry', category: 'network', severity: 'medium', details: { optOutChecked: true, optOuts } }));
      return items(r).telemetry;
    };
    assert.match(sends(['ACME_TELEMETRY']).disclosureNote ?? '', /The code checks the documented opt-out ACME_TELEMETRY/);
    const other = sends(['ACME_NO_STATS']);
    assert.match(other.disclosureNote ?? '', /Documented opt-outs: ACME_TELEMETRY; the code checks others \(ACME_NO_STATS\)/);
    assert.strictEqual(other.state, 'concern');
    const contradicts = items(Object.assign(acme(), { findings: [finding({ ruleId: 'telemetry', category: 'network', severity: 'medium' })] }), record({ telemetry: { documented: false, source: 's3', optOuts: [] } })).telemetry;
    assert.strictEqual(contradicts.disclosure, 'contradicts');
  });

  it('without a record every state is "no record", never "undocumented"', () => {
    const none = Object.fromEntries(evaluateChecklist(acme()).map((i) => [i.id, i]));
    for (const id of ['env-vars', 'network', 'host-identity', 'telemetry'] as const) assert.strictEqual(none[id].disclosure, 'unknown', id);
    assert.match(toMarkdown([acme()]), /\| no record \|/);
  });

  it('shows the undocumented lists in the Markdown report and SARIF properties', () => {
    const d = disclosureFromRecord(record(), '1.4.2');
    const md = toMarkdown([acme()], { disclosures: { 'acme-coder': d } });
    assert.match(md, /### Against the vendor's documentation/);
    assert.match(md, /- `ACME_SECRET_BACKDOOR_TOKEN` — `acme\/dist\/cli\.js:77:5`|- `ACME_SECRET_BACKDOOR_TOKEN` — `dist\/cli\.js:77:5`/);
    assert.match(md, /Identifiers sent that the vendor does not document\*\* \(1; 0 documented\)/);
    const sarif = toSarif([acme()], { disclosures: { 'acme-coder': d } }) as { runs: { properties?: { disclosures: Record<string, { undocumented: { envVars: string[]; hosts: string[] } }> }; results: { properties: { disclosure?: { item: string; state: string } } }[] }[] };
    const run = sarif.runs[0];
    assert.deepStrictEqual(run.properties?.disclosures['acme-coder'].undocumented.envVars, ['ACME_SECRET_BACKDOOR_TOKEN']);
    assert.deepStrictEqual(run.results[0].properties.disclosure, { item: 'host-identity', state: 'undocumented' });
  });

  it('fails a policy on undocumented categories it names, and not on a tool without a record', () => {
    const d = { 'acme-coder': disclosureFromRecord(record(), '1.4.2') };
    const parsed = validatePolicy({ failOnUndocumented: ['env-vars'] });
    assert.ok(parsed.ok);
    const v = evaluatePolicy(parsed.ok ? parsed.policy : {}, [acme()], undefined, { disclosures: d });
    assert.deepStrictEqual(v.map((x) => [x.kind, x.itemId]), [['undocumented', 'env-vars']]);
    assert.match(v[0].reason, /1 environment variable read the vendor does not document: ACME_SECRET_BACKDOOR_TOKEN/);
    assert.deepStrictEqual(evaluatePolicy({ failOnUndocumented: true }, [acme()], undefined, { disclosures: d }).map((x) => x.itemId).sort(), ['env-vars', 'host-identity', 'network']);
    assert.deepStrictEqual(evaluatePolicy({ failOnUndocumented: true }, [acme()], undefined, {}), [], 'no record: nothing to hold the code against');
    assert.deepStrictEqual(evaluatePolicy({ failOnUndocumented: true }, [acme('0.9.0')], undefined, { disclosures: { 'acme-coder': disclosureFromRecord(record(), '0.9.0') } }), []);
    const bad = validatePolicy({ failOnUndocumented: ['everything'] });
    assert.ok(!bad.ok && /failOnUndocumented\[0\]: unknown category "everything"/.test(bad.errors.join()));
  });

  it('diff names the variables a new version reads that its vendor does not document', () => {
    const before = acme('1.4.0');
    delete before.inventory.envVars.ACME_SECRET_BACKDOOR_TOKEN;
    const after = acme('1.4.2');
    const d = diffReports(before, after, disclosureFromRecord(record(), '1.4.2'));
    assert.deepStrictEqual(d.undocumented?.envVars, [{ name: 'ACME_SECRET_BACKDOOR_TOKEN', location: at(77) }]);
    assert.match(diffToText(d), /Newly read and not in the vendor's documentation \(1\):\n  \+ ACME_SECRET_BACKDOOR_TOKEN  \(\/opt\/acme\/dist\/cli\.js:77:5\)/);
    assert.strictEqual(diffReports(before, after).undocumented, undefined);
  });

  it('reads a catalog tool\'s record for its version: Gemini CLI 0.61.0 current, 0.62.0 stale, 0.15.10 not covered', () => {
    const gemini = getCatalog().byId('gemini-cli');
    assert.strictEqual(disclosureFor(gemini, '0.61.0')?.record?.status, 'current');
    assert.ok(disclosureFor(gemini, '0.61.0')?.documentedEnvVars?.includes('GEMINI_API_KEY'));
    assert.strictEqual(disclosureFor(gemini, '0.62.0')?.record?.status, 'stale');
    assert.strictEqual(disclosureFor(gemini, '0.15.10')?.documentedEnvVars, undefined);
    assert.ok(disclosureFor(gemini, '0.61.0')?.sources?.['env:GEMINI_API_KEY']?.url.startsWith('https://'));
  });
});
