import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXIT } from '../../../src/cli/io';
import { collectReports } from '../../../src/cli/commands/collect';
import { evaluateChecklist } from '../../../src/core/review/checklist/evaluate';
import { createReview } from '../../../src/core/review/reviews';
import { recordReview, workspaceReviewsPath } from '../../../src/host/reviews';
import { suspiciousReport } from './fixtures';
import { runCandor } from '../../support/cli';

const run = runCandor;

describe('candor report, check and diff', () => {
  let dir: string;
  const tool = () => path.join(dir, 'acme-cli');
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-cli-'));
    fs.mkdirSync(path.join(tool(), 'dist'), { recursive: true });
    fs.writeFileSync(path.join(tool(), 'package.json'), JSON.stringify({ name: 'acme-cli', version: '1.2.0', bin: 'dist/cli.js', author: 'Acme' }));
    fs.writeFileSync(path.join(tool(), 'dist', 'cli.js'), 'console.log(process.env.HOME);\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const policy = (p: unknown) => fs.writeFileSync(path.join(dir, 'candor.policy.json'), JSON.stringify(p));

  describe('check', () => {
    it('exits 2 without a policy file, naming where it looked', async () => {
      const r = await run(['check', 'acme-cli'], dir);
      assert.strictEqual(r.code, EXIT.usage);
      assert.match(r.stderr, /no policy file at .*candor\.policy\.json/);
    });

    it('exits 2 on an invalid policy file with one line per problem', async () => {
      policy({ blockedTools: 'acme-cli', failOn: [{ rule: 'nope' }] });
      const r = await run(['check', 'acme-cli'], dir);
      assert.strictEqual(r.code, EXIT.usage);
      assert.match(r.stderr, /the policy file is not valid:\n {2}.*candor\.policy\.json: \$\.blockedTools: expected an array/);
      assert.match(r.stderr, /\$\.failOn\[0\]\.rule: unknown rule "nope"/);
    });

    it('exits 2 on usage errors', async () => {
      policy({});
      assert.strictEqual((await run(['check'], dir)).code, EXIT.usage);
      assert.strictEqual((await run(['check', '--bogus', 'acme-cli'], dir)).code, EXIT.usage);
    });

    it('exits 0 when the policy holds', async () => {
      policy({ blockedTools: ['other-tool'], allowedTools: ['acme-cli@^1.2'] });
      const r = await run(['check', 'acme-cli'], dir);
      assert.strictEqual(r.code, EXIT.ok, r.stderr + r.stdout);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /1 tool complies with candor\.policy\.json/);
    });

    it('exits 1 with one readable line per violation', async () => {
      policy({ blockedTools: [{ id: 'acme-cli', versions: '<2', reason: 'sends prompts to an undisclosed host' }], allowedTools: ['acme-cli@>=2'] });
      const r = await run(['check', 'acme-cli'], dir);
      assert.strictEqual(r.code, EXIT.findings);
      assert.strictEqual(r.stdout, 'acme-cli@1.2.0 is blocked in versions <2: sends prompts to an undisclosed host\nacme-cli@1.2.0 is not an allowed version (allowed: >=2)\n');
      assert.match(r.stderr, /2 violations of candor\.policy\.json in 1 tool/);
      const json = await run(['check', '--json', 'acme-cli'], dir);
      assert.deepStrictEqual(JSON.parse(json.stdout).violations.map((v: { kind: string }) => v.kind), ['blocked-tool', 'not-allowed']);
    });

    it('requires an accepted review, and fails again when the tool changes', async () => {
      policy({ requiredReviewedItems: ['provenance', 'network'] });
      assert.strictEqual((await run(['check', 'acme-cli'], dir)).code, EXIT.findings);
      const [{ report }] = await collectReports({ installed: false, paths: [tool()] }, { stdout: process.stdout, stderr: process.stderr, cwd: dir });
      const review = createReview(report.tool!, evaluateChecklist(report), 'dana', { provenance: { state: 'accepted' }, network: { state: 'accepted' } });
      await recordReview(workspaceReviewsPath(dir), review);
      const ok = await run(['check', 'acme-cli'], dir);
      assert.strictEqual(ok.code, EXIT.ok, ok.stdout);
      fs.appendFileSync(path.join(tool(), 'dist', 'cli.js'), '// 1.2.0 hotfix\n');
      const stale = await run(['check', 'acme-cli'], dir);
      assert.strictEqual(stale.code, EXIT.findings);
      assert.match(stale.stdout, /^acme-cli@1\.2\.0: the review by dana on .* is stale: content changed/);
    });

    it('exits 2 on a broken reviews file, naming it', async () => {
      policy({});
      fs.mkdirSync(path.join(dir, '.candor'));
      fs.writeFileSync(path.join(dir, '.candor', 'reviews.json'), '{"version": 1, "reviews": [}');
      const r = await run(['check', 'acme-cli'], dir);
      assert.strictEqual(r.code, EXIT.usage);
      assert.match(r.stderr, /reviews\.json is not valid JSON/);
    });
  });

  describe('report', () => {
    it('prints help and rejects unknown formats', async () => {
      const h = await run(['report', '--help'], dir);
      assert.strictEqual(h.code, EXIT.ok);
      assert.match(h.stdout, /^Usage: candor report/);
      assert.strictEqual((await run(['report', '--format', 'pdf', 'acme-cli'], dir)).code, EXIT.usage);
      assert.strictEqual((await run(['check', '--help'], dir)).code, EXIT.ok);
      assert.strictEqual((await run(['diff', '--help'], dir)).code, EXIT.ok);
    });

    it('writes Markdown, JSON with checklists, SARIF and CycloneDX', async () => {
      const md = await run(['report', 'acme-cli', '--output', 'r.md'], dir);
      assert.strictEqual(md.code, EXIT.ok, md.stderr);
      assert.match(fs.readFileSync(path.join(dir, 'r.md'), 'utf8'), /^# Candor report[\s\S]*## acme-cli 1\.2\.0\n[\s\S]*### Checklist/);
      const json = JSON.parse((await run(['report', '--format', 'json', 'acme-cli'], dir)).stdout);
      assert.strictEqual(json.reports[0].tool.id, 'acme-cli');
      assert.strictEqual(json.reports[0].checklist.length, 10);
      // The extension's formula: sha256 over the sorted sha256 of each analysed source, one per line.
      const sha = (t: string) => createHash('sha256').update(t).digest('hex');
      assert.strictEqual(json.reports[0].tool.contentHash, sha(sha(fs.readFileSync(path.join(tool(), 'dist', 'cli.js'), 'utf8'))));
      const bom = JSON.parse((await run(['report', '--format', 'cyclonedx', 'acme-cli'], dir)).stdout);
      assert.strictEqual(bom.components[0].purl, 'pkg:npm/acme-cli@1.2.0');
      fs.mkdirSync(path.join(dir, '.vscode'));
      fs.writeFileSync(path.join(dir, 'candor.policy.json'), '{\n  "allowedTools": ["acme-cli"]\n}\n');
      const sarif = JSON.parse((await run(['report', '--format', 'sarif', 'acme-cli'], dir)).stdout);
      assert.strictEqual(sarif.version, '2.1.0');
      assert.ok(Array.isArray(sarif.runs[0].results));
    });
  });

  it('report matches a scanned package to the catalog and shows the vendor\'s disclosure', async () => {
    const pkg = path.join(dir, 'claude');
    fs.mkdirSync(pkg);
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: '@anthropic-ai/claude-code', version: '2.0.0', bin: { claude: 'cli.js' } }));
    fs.writeFileSync(path.join(pkg, 'cli.js'), 'module.exports = 1;\n');
    const json = JSON.parse((await run(['report', '--format', 'json', 'claude'], dir)).stdout);
    const r = json.reports[0];
    assert.strictEqual(r.tool.catalogId, 'claude-code');
    assert.ok(r.disclosure.links.some((l: { url: string }) => /anthropic/.test(l.url)), JSON.stringify(r.disclosure));
    assert.ok(r.disclosure.telemetry.optOuts.includes('DISABLE_TELEMETRY'));
    const telemetry = r.checklist.find((i: { id: string }) => i.id === 'telemetry');
    assert.strictEqual(telemetry.disclosure, 'documented');
  });

  describe('diff', () => {
    it('compares saved JSON reports, detected by content', async () => {
      const a = suspiciousReport();
      const b = suspiciousReport();
      b.inventory.envVars.OPENAI_BASE_URL = 'endpoint';
      b.findings = b.findings.filter((f) => f.ruleId !== 'covert-marker');
      fs.writeFileSync(path.join(dir, 'old.out'), JSON.stringify(a));
      fs.writeFileSync(path.join(dir, 'new.out'), JSON.stringify({ reports: [b] }));
      const r = await run(['diff', 'old.out', 'new.out'], dir);
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.match(r.stdout, /Findings: 0 new, 1 gone, 0 changed, 6 unchanged/);
      assert.match(r.stdout, /\+ environment variables read: OPENAI_BASE_URL/);
      const md = await run(['diff', '--format', 'markdown', 'old.out', 'new.out'], dir);
      assert.match(md.stdout, /^# Candor diff/);
      const failing = await run(['diff', '--fail-on-new-alerts', 'new.out', 'old.out'], dir);
      assert.strictEqual(failing.code, EXIT.findings);
    });

    it('scans paths, and needs exactly two', async () => {
      fs.cpSync(tool(), path.join(dir, 'acme-cli-2'), { recursive: true });
      const r = await run(['diff', '--format', 'json', 'acme-cli', 'acme-cli-2'], dir);
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.strictEqual(JSON.parse(r.stdout).old.tool.id, 'acme-cli');
      assert.strictEqual((await run(['diff', 'acme-cli'], dir)).code, EXIT.usage);
    });
  });
});
