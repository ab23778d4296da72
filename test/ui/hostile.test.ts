/**
 * Safe rendering: an AI extension whose manifest and code carry HTML, <script>, javascript: links,
 * bidi overrides and 10,000-character strings, installed beside the fixture tools. Its name and
 * description show in the tree and the trust panel, its file names and decoded strings in the
 * alerts: nothing of it runs (no script, no handler, no dialog), it shows as text, and the panel's
 * layout holds. Screenshots go to test-results/ui/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Frame } from 'playwright-core';
import { REPO_ROOT, tempDir } from '../vscode-host/launch';
import { editorDecorations, recordFailure, openCandorView, openTrustPanel, openTrustReport, runCommand, screenshot, startWorkbench, stopWorkbench, toolRow, waitForTools, Workbench } from './workbench';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { packVsix } = require(path.join(REPO_ROOT, 'test', 'fixtures', 'machine', 'build.js')) as { packVsix(dir: string, out: string): Promise<string> };

const LONG = 'W'.repeat(10_000);
const NAME = `Hostile <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> \u202Edlrow\u202C [click](javascript:window.__pwned=3) ${LONG}`;
const FILE = '<img src=x onerror=window.__pwned=7>.js';
/** A time-zone gate whose hidden list decodes to markup and a javascript: link. */
const CODE = `const ZONES = ["QXNpYS9TaGFuZ2hhaQ==", "PHNjcmlwdD53aW5kb3cuX19wd25lZD02PC9zY3JpcHQ+", "PGltZyBzcmM9eCBvbmVycm9yPXdpbmRvdy5fX3B3bmVkPTQ+", "amF2YXNjcmlwdDp3aW5kb3cuX19wd25lZD01"].map((s) => Buffer.from(s, "base64").toString());
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (ZONES.includes(tz)) { throw new Error("\\u202Eunavailable in your region <b onmouseover=window.__pwned=8>here</b>"); }
module.exports = { activate() {} };
`;

describe('hostile strings from a scanned tool', function () {
  let wb: Workbench;
  let panel: Frame;
  let report: Frame;
  const dialogs: string[] = [];

  before(async function () {
    this.timeout(300_000);
    const dir = tempDir('hostile');
    const ext = path.join(dir, 'hostile-helper');
    fs.mkdirSync(ext);
    fs.writeFileSync(path.join(ext, 'package.json'), JSON.stringify({
      name: 'hostile-helper',
      displayName: NAME,
      description: `<a href="javascript:window.__pwned=9">docs</a> <iframe src="javascript:window.__pwned=10"></iframe> ${LONG}`,
      version: '6.6.6',
      publisher: 'fixture',
      engines: { vscode: '^1.90.0' },
      categories: ['AI'],
      main: `./${FILE}`,
      activationEvents: [],
      contributes: { chatParticipants: [{ id: 'fixture.hostile', name: 'hostile', fullName: 'Hostile', description: '<script>window.__pwned=11</script>' }] },
    }));
    fs.writeFileSync(path.join(ext, FILE), CODE);
    const vsix = await packVsix(ext, path.join(dir, 'fixture.hostile-helper-6.6.6.vsix'));
    wb = await startWorkbench({ extraVsix: [vsix] });
    wb.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => undefined);
    });
    await openCandorView(wb.page);
    await waitForTools(wb.page, [...wb.machine.expectedTools.map((t) => t.name), 'Hostile']);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await recordFailure(wb, `hostile-${this.currentTest.title}`);
  });

  after(async function () {
    this.timeout(60_000);
    await stopWorkbench();
  });

  it('lists the tool in the tree as text, its row cut to the sidebar', async () => {
    const row = toolRow(wb.page, 'Hostile');
    const label = (await row.getAttribute('aria-label')) ?? '';
    assert.match(label, /^Hostile <img src=x onerror=/, 'the markup is shown as text');
    const box = await row.boundingBox();
    const bar = await wb.page.locator('.part.sidebar').boundingBox();
    assert.ok(box && bar && box.width <= bar.width + 1, 'the row stays inside the sidebar');
    await screenshot(wb.page, 'hostile-tree');
  });

  it('shows its name, description, file names and decoded strings in the trust panel and report as text, and runs none of it', async function () {
    this.timeout(180_000);
    panel = await openTrustPanel(wb.page, 'Hostile');
    assert.match(await panel.locator('body').innerText(), /<img src=x onerror=/, 'the name shows as text in the sidebar');
    report = await openTrustReport(wb.page, 'Hostile');
    const body = await report.locator('body').innerText();
    assert.match(body, /<img src=x onerror=/, 'the name shows as text');
    assert.match(body, /<script>window\.__pwned=6<\/script>|javascript:window\.__pwned=5/, 'decoded values show as text');
    assert.ok(!body.includes('\u202E'), 'bidi overrides are shown escaped, not applied');
    for (const page of [panel, report]) {
      assert.strictEqual(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'no script, handler or link of the tool ran in the page');
      assert.strictEqual(await page.locator('img, iframe, a[href^="javascript:"], [onerror], [onmouseover]').count(), 0, 'no element made from tool text');
    }
    assert.strictEqual(await wb.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    // Hovering everything the tool wrote changes nothing.
    for (const el of await report.locator('ol.alerts li, .tool header').all()) await el.hover({ timeout: 2_000 }).catch(() => undefined);
    assert.strictEqual(await report.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepStrictEqual(dialogs, []);
    await screenshot(wb.page, 'hostile-trust-report');
  });

  it("opens the alert as readable code whose hover shows the tool's strings as text", async function () {
    this.timeout(120_000);
    await report.locator('ol.alerts li.alert button.step').first().click();
    await editorDecorations(wb.page).first().waitFor({ state: 'attached', timeout: 30_000 });
    await wb.page.locator('.part.editor .monaco-editor textarea').first().focus();
    await runCommand(wb.page, 'Show or Focus Hover');
    const hover = wb.page.locator('.monaco-hover .hover-contents', { hasText: 'Why it matters' }).first();
    await hover.waitFor({ state: 'visible', timeout: 20_000 });
    const box = wb.page.locator('.monaco-hover').first();
    assert.strictEqual(await box.locator('img, iframe, script, a[href^="javascript:"], [onerror], [onmouseover]').count(), 0, 'no element made from tool text in the hover');
    await box.hover().catch(() => undefined);
    assert.strictEqual(await wb.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepStrictEqual(dialogs, []);
    await screenshot(wb.page, 'hostile-readable-hover');
    await wb.page.mouse.move(5, 5);
    panel = await openTrustPanel(wb.page, 'Hostile');
  });

  it('keeps the layout: nothing wider than the panel, the 10,000-character name cut', async () => {
    const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const wide = await panel.evaluate(() =>
      Array.from(document.querySelectorAll('body *'))
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')
        .slice(-4)
        .map((e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')} (${Math.round(e.getBoundingClientRect().right)}, scroll ${e.scrollWidth}/${e.clientWidth}) "${(e.textContent ?? '').slice(0, 40)}"`),
    );
    assert.ok(overflow <= 2, `the panel scrolls sideways by ${overflow}px: ${wide.join('; ')}`);
    const h1 = await panel.locator('.tool header h1').boundingBox();
    assert.ok(h1 && h1.height < 400, `the heading is ${h1?.height}px tall`);
    const text = await panel.locator('.tool header h1').innerText();
    assert.ok(text.length < 2_000, `the heading shows ${text.length} characters`);
  });
});
