/**
 * Candor when the user does not trust the workspace (Restricted Mode): the other UI suites turn
 * workspace trust off so its dialog cannot block them; this one answers the dialog on purpose.
 * Candor supports untrusted workspaces in a limited way: it still scans and shows the tools, but
 * reviews are read-only.
 */
import * as assert from 'assert';
import type { Frame } from 'playwright-core';
import { recordFailure, clearScreenshots, openCandorView, openTrustPanel, openTrustReport, screenshot, scrollIntoView, startWorkbench, stopWorkbench, waitForTools, Workbench } from './workbench';

describe('Candor in Restricted Mode', function () {
  let wb: Workbench;
  let panel: Frame;

  before(async function () {
    this.timeout(300_000);
    clearScreenshots();
    wb = await startWorkbench({ workspaceTrust: true });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await recordFailure(wb, `restricted-${this.currentTest.title}`);
  });

  after(async function () {
    this.timeout(60_000);
    await stopWorkbench();
  });

  it('opens the folder in Restricted Mode when its authors are not trusted', async () => {
    const dontTrust = wb.page.getByRole('button', { name: /don.t trust/i });
    await dontTrust.waitFor({ state: 'visible', timeout: 60_000 });
    await screenshot(wb.page, 'restricted-trust-dialog');
    await dontTrust.click();
    await wb.page.locator('.part.statusbar, .part.titlebar, .part.banner').getByText('Restricted Mode').first().waitFor({ timeout: 30_000 });
  });

  it('still lists the tools and opens the trust panel', async function () {
    this.timeout(240_000);
    await openCandorView(wb.page);
    await waitForTools(wb.page, ['Gemini CLI']);
    panel = await openTrustPanel(wb.page, 'Gemini CLI');
  });

  it('shows reviews as read-only in the Trust Report', async () => {
    const report = await openTrustReport(wb.page, 'Gemini CLI');
    const note = report.getByText('Restricted Mode: reviews are read-only.');
    await note.waitFor({ state: 'visible', timeout: 30_000 });
    await scrollIntoView(note);
    assert.strictEqual(await report.locator('form.review').count(), 0, 'the checklist offers a review form in Restricted Mode');
    assert.strictEqual(await report.locator('form.alert-decision').count(), 0, 'an alert offers a decision form in Restricted Mode');
    await screenshot(wb.page, 'restricted-reviews-read-only');
  });
});
