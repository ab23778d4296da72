import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { diffReports, diffToJson, diffToMarkdown, diffToText, isEmptyDiff, newAlerts } from '../../../src/core/review/diff';
import { scanPaths } from '../../../src/host/scanner';
import { finding, suspiciousReport } from './fixtures';

function versions() {
  const before = suspiciousReport();
  before.tool!.version = '1.4.2';
  const after = suspiciousReport();
  after.tool!.version = '1.5.0';
  // 1.5.0: the covert marker is gone, the time-zone gate grew a zone, a new vendor-list gate, and it reads more.
  after.findings = after.findings.filter((f) => f.fingerprint !== 'fp-covert');
  const tz = after.findings.find((f) => f.fingerprint === 'fp-gate-tz')!;
  tz.values = [...tz.values, 'Asia/Macau'];
  tz.severity = 'critical';
  after.findings.push(finding({ ruleId: 'env-gated-behavior', category: 'gating', severity: 'high', fingerprint: 'fp-new', values: ['OPENROUTER'], message: 'OPENAI_BASE_URL compared with reseller names' }));
  after.inventory.envVars.OPENAI_BASE_URL = 'endpoint';
  delete after.inventory.envVars.CI;
  after.inventory.hosts = [...after.inventory.hosts, 'stats.example.org'];
  after.inventory.commands = ['git', 'whoami'];
  after.inventory.locale = true;
  return { before, after };
}

describe('diff', () => {
  it('matches findings by fingerprint: new, gone, changed, unchanged', () => {
    const { before, after } = versions();
    const d = diffReports(before, after);
    assert.deepStrictEqual(d.added.map((f) => f.fingerprint), ['fp-new']);
    assert.deepStrictEqual(d.removed.map((f) => f.fingerprint), ['fp-covert']);
    assert.strictEqual(d.changed.length, 1);
    assert.deepStrictEqual(d.changed[0].changes, ['severity high → critical', 'values added: "Asia/Macau"']);
    assert.strictEqual(d.unchanged, 5);
    assert.deepStrictEqual(newAlerts(d).map((f) => f.fingerprint), ['fp-new', 'fp-gate-tz']);
  });

  it('says what a changed message said before and says now', () => {
    const { before, after } = versions();
    const tz = after.findings.find((f) => f.fingerprint === 'fp-gate-tz')!;
    const old = before.findings.find((f) => f.fingerprint === 'fp-gate-tz')!.message;
    tz.message = 'the time zone compared with three zones; throws "unavailable"';
    const change = diffReports(before, after).changed[0].changes.find((c) => c.startsWith('message'));
    assert.strictEqual(change, `message: ${JSON.stringify(old)} → "the time zone compared with three zones; throws \\"unavailable\\""`);
  });

  it('reports inventory changes: env vars, hosts, commands, sensing', () => {
    const { before, after } = versions();
    const inv = diffReports(before, after).inventory;
    assert.deepStrictEqual(inv.envVars, { added: ['OPENAI_BASE_URL'], removed: ['CI'] });
    assert.deepStrictEqual(inv.hosts, { added: ['stats.example.org'], removed: [] });
    assert.deepStrictEqual(inv.commands, { added: ['whoami'], removed: [] });
    assert.deepStrictEqual(inv.locale, { before: false, after: true });
    assert.strictEqual(inv.timeZone, undefined);
  });

  it('pairs repeated fingerprints one by one (the same code in two files)', () => {
    const a = suspiciousReport();
    const b = suspiciousReport();
    b.findings.push({ ...b.findings[0], location: { ...b.findings[0].location, path: '/other.js' } });
    const d = diffReports(a, b);
    assert.strictEqual(d.added.length, 1);
    assert.strictEqual(d.added[0].location.path, '/other.js');
    assert.ok(isEmptyDiff(diffReports(a, suspiciousReport())));
  });

  it('renders text, JSON and Markdown', () => {
    const { before, after } = versions();
    const d = diffReports(before, after);
    const text = diffToText(d);
    assert.match(text, /^Acme AI Coder 1\.4\.2 → Acme AI Coder 1\.5\.0\nFindings: 1 new, 1 gone, 1 changed, 5 unchanged\n/);
    assert.match(text, /\n {2}\+ HIGH {5}env-gated-behavior {2}OPENAI_BASE_URL compared with reseller names {2}\["OPENROUTER"\]/);
    assert.match(text, /\n {2}- CRITICAL covert-marker/);
    assert.match(text, /\n {6}severity high → critical\n/);
    assert.match(text, /\n {2}\+ environment variables read: OPENAI_BASE_URL\n {2}- environment variables read: CI\n/);
    assert.match(text, /\n {2}\+ reads the locale/);
    const json = JSON.parse(diffToJson(d));
    assert.deepStrictEqual(json.inventory.envVars.added, ['OPENAI_BASE_URL']);
    assert.strictEqual(json.added[0].fingerprint, 'fp-new');
    const md = diffToMarkdown(d);
    assert.match(md, /^# Candor diff: Acme AI Coder 1\.4\.2 → Acme AI Coder 1\.5\.0\n/);
    assert.match(md, /\| new \| high \| `env-gated-behavior` \|/);
    assert.match(md, /- New environment variables read: `OPENAI_BASE_URL`/);
    assert.match(md, /- Gone environment variables read: `CI`/);
  });

  it('keeps hostile values inert in text and Markdown', () => {
    const a = suspiciousReport();
    const b = suspiciousReport();
    b.findings.push(finding({ ruleId: 'covert-marker', category: 'covert-marker', severity: 'critical', message: 'x\u001b[2J\n# y', values: ['[a](javascript:b)|c'] }));
    const d = diffReports(a, b);
    assert.ok(!diffToText(d).includes('\u001b'));
    const md = diffToMarkdown(d);
    assert.ok(!md.includes('\n# y'));
    assert.ok(md.includes('`[a](javascript:b)\\|c`'));
  });

  describe('end to end on two versions of a package', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-diff-'));
      for (const [v, body] of [
        ['1.0.0', 'const key = process.env.ACME_API_KEY;\nfetch("https://api.acme.dev/v1", { headers: { key } });\n'],
        ['1.1.0', 'const key = process.env.ACME_API_KEY;\nconst tz = Intl.DateTimeFormat().resolvedOptions().timeZone;\nconst base = process.env.OPENAI_BASE_URL;\nfetch("https://api.acme.dev/v1", { headers: { key } });\nfetch("https://stats.acme-metrics.net/e", { method: "POST", body: JSON.stringify({ tz, base }) });\n'],
      ]) {
        fs.mkdirSync(path.join(dir, v, 'dist'), { recursive: true });
        fs.writeFileSync(path.join(dir, v, 'package.json'), JSON.stringify({ name: 'acme-cli', version: v, bin: 'dist/cli.js' }));
        fs.writeFileSync(path.join(dir, v, 'dist', 'cli.js'), body);
      }
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('shows what the new version reads and contacts', async function () {
      const a = await scanPaths([path.join(dir, '1.0.0')]);
      const b = await scanPaths([path.join(dir, '1.1.0')]);
      assert.deepStrictEqual(a.errors, []);
      assert.deepStrictEqual(b.errors, []);
      assert.ok(Object.keys(b.inventory.envVars).length, 'the engine inventories env reads');
      const d = diffReports(a, b);
      assert.ok(d.inventory.envVars.added.includes('OPENAI_BASE_URL'), JSON.stringify(d.inventory.envVars));
      assert.ok(!d.inventory.envVars.added.includes('ACME_API_KEY'));
      if (b.inventory.hosts.length) assert.ok(d.inventory.hosts.added.includes('stats.acme-metrics.net'), JSON.stringify(d.inventory.hosts));
      assert.ok(!isEmptyDiff(d));
    });
  });
});
