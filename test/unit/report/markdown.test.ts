import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { evaluateChecklist } from '../../../src/core/review/checklist/evaluate';
import { mdCode, mdInlineCode, mdText, toMarkdown } from '../../../src/core/report/markdown';
import { createReview, emptyReviewsFile, upsertReview } from '../../../src/core/review/reviews';
import { formatReport } from '../../../src/core/report';
import { benignDisclosure, benignReport, finding, report, suspiciousReport } from './fixtures';

const SNAPSHOTS = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'unit', 'report', '__snapshots__');

/** Compares with the committed snapshot; CANDOR_UPDATE_SNAPSHOTS=1 rewrites it. */
function matchSnapshot(name: string, actual: string) {
  const file = path.join(SNAPSHOTS, name);
  if (process.env.CANDOR_UPDATE_SNAPSHOTS === '1' || !fs.existsSync(file)) {
    fs.mkdirSync(SNAPSHOTS, { recursive: true });
    fs.writeFileSync(file, actual);
    if (process.env.CANDOR_UPDATE_SNAPSHOTS !== '1') assert.fail(`snapshot ${name} was missing and has been written; review and commit it`);
  }
  assert.strictEqual(actual, fs.readFileSync(file, 'utf8'));
}

const HOSTILE_NAME = 'Evil | Tool <img src=x onerror=alert(1)> [click](https://evil.example/phish) `x` **bold**\n# Heading';

function hostileReport() {
  const r = report({
    tool: { id: 'evil.tool](javascript:alert(1))', name: HOSTILE_NAME, version: '1.0\n| injected | row |', publisher: '<b>evil</b>', installPath: '/x/`evil`|path', foundBy: 'www.evil.example', contentHash: 'e'.repeat(64) },
    findings: [
      finding({
        ruleId: 'covert-marker',
        category: 'covert-marker',
        severity: 'critical',
        message: 'Picks "</td><script>alert(1)</script>" or ![img](https://evil.example/x.png)',
        values: ['``` fenced ` tick', 'a|b', 'https://evil.example/autolink', 'zero\u200bwidth\u202eRTL'],
        trace: [{ role: 'effect', location: { path: '/x/a.js', line: 1, column: 1, offset: 0, endOffset: 3 }, note: '<a href="https://evil.example">x</a>\n## injected heading' }],
        fingerprint: 'fp-hostile',
        location: { path: '/x/a.js', line: 1, column: 2, offset: 1, endOffset: 5 },
      }),
    ],
    inventory: { envVars: { 'EVIL_<b>|VAR': 'other' }, hosts: ['evil.example](javascript:x)'] },
  });
  return r;
}

let mdIt: ((s: string) => string) | undefined;
try {
  // markdown-it with raw HTML and linkify ON: the strictest renderer for our escaping.
  const MarkdownIt = require('markdown-it');
  const md = new MarkdownIt({ html: true, linkify: true });
  mdIt = (s) => md.render(s);
} catch {
  mdIt = undefined;
}

describe('Markdown export', () => {
  it('matches the committed snapshot (checklist, alerts with traces, reviewer notes, hostile tool)', () => {
    const sus = suspiciousReport();
    const review = createReview(sus.tool!, evaluateChecklist(sus), 'Dana <dana@example.com>', { telemetry: { state: 'accepted', note: 'Opt-out documented in *settings*' }, gating: { state: 'rejected', note: 'Covert marker: see [ticket](https://tracker/1)' } }, '2026-11-20T10:00:00.000Z');
    const reviews = upsertReview(emptyReviewsFile(), review);
    const md = toMarkdown([sus, benignReport(), hostileReport()], { reviews, disclosures: { 'benign.helper': benignDisclosure } });
    matchSnapshot('report.md', md);
  });

  it('neutralises every tool-supplied string: no HTML, links, images, headings or extra table cells', function () {
    const md = toMarkdown([hostileReport()]);
    assert.ok(!md.includes('<img'), 'raw HTML');
    assert.ok(!md.includes('<script'), 'raw script');
    assert.ok(!/^# Heading/m.test(md), 'heading injected by a newline');
    assert.ok(!/^## injected/m.test(md), 'heading injected in a trace note');
    assert.ok(!/\n\| injected \| row \|/.test(md), 'table row injected');
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|---'))) {
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      assert.ok(cells === 2 || cells === 5, `a table row keeps its columns: ${line}`);
    }
    assert.ok(mdIt, 'markdown-it is installed');
    const html = mdIt(md);
    assert.ok(!/<a\s/i.test(html), `no link: ${html.match(/<a\s[^>]*>/i)?.[0]}`);
    assert.ok(!/<img/i.test(html), 'no image');
    assert.ok(!/<script/i.test(html), 'no script');
    assert.ok(!/<b>/i.test(html), 'no raw bold tag');
    assert.strictEqual((html.match(/<h1>/g) ?? []).length, 1, 'only the document heading is an h1');
    assert.ok(html.includes('Evil | Tool &lt;img src=x onerror=alert(1)&gt; [click](https://evil.example/phish) `x` **bold**\\u000a# Heading'), 'the name is shown literally');
  });

  it('keeps backticks and pipes inside code spans literal', () => {
    assert.strictEqual(mdCode('a`b'), '``a`b``');
    assert.strictEqual(mdCode('`x'), '`` `x ``');
    assert.strictEqual(mdCode('a|b'), '`a\\|b`');
    assert.strictEqual(mdInlineCode('a|b'), '`a|b`');
    assert.strictEqual(mdCode(''), '(empty)');
    assert.strictEqual(mdText('[x](y) <b>'), '\\[x\\]\\(y\\) &lt;b&gt;');
    if (mdIt) for (const s of ['---', '***', '- item', '1. item', '= x']) assert.doesNotMatch(mdIt(mdText(s)), /<(hr|ul|ol|li|h\d)>/, s);
    // Versions, dates and ordinary punctuation stay as written; what a linkifier would link does not.
    assert.strictEqual(mdText('acme-cli 0.1.0 on 2026-11-20T10:00:00.000Z: "it\'s" = ok'), 'acme-cli 0.1.0 on 2026-11-20T10:00:00.000Z: "it\'s" = ok');
    if (mdIt) for (const s of ['see https://evil.example/x', 'www.evil.example', 'mail dana@evil.example', 'evil.com', 'www.1evil.com', 'пример.рф', 'www.пример.рф', 'HTTPS://EVIL.COM']) assert.doesNotMatch(mdIt(mdText(s)), /<a\s/, s);
    if (mdIt) assert.strictEqual(mdIt(mdCode('``` x `')).trim(), '<p><code>``` x `</code></p>');
  });

  it('is what candor scan --format markdown prints', () => {
    const md = formatReport(suspiciousReport(), 'markdown');
    assert.match(md, /^# Candor report/);
    assert.match(md, /\*\*Verdict: ✗ fail\*\*/);
    assert.match(md, /\| \*\*gating\*\*<br>/);
    assert.match(md, /- Values: `api\.deepseek\.com`, `moonshot\.cn`, `dashscope\.aliyuncs\.com`/);
  });
});
