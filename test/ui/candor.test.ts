/**
 * Candor in the real workbench (code-server 4.100.3 in Debian Chromium): the packaged .vsix is
 * installed on a fixture machine with the Gemini CLI installed through npm and an AI extension
 * installed from a .vsix, and the tests use it the way a person would. Every step leaves a
 * screenshot in test-results/ui/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Frame } from 'playwright-core';
import {
  recordFailure,
  activeEditorTitle,
  candorActivityItem,
  clearScreenshots,
  editorDecorations,
  openCandorView,
  openTrustPanel,
  openTrustReport,
  runCommand,
  screenshot,
  scrollIntoView,
  startWorkbench,
  stopWorkbench,
  toolRow,
  viewPane,
  waitForTools,
  Workbench,
} from './workbench';

describe('Candor in the workbench', function () {
  let wb: Workbench;
  let panel: Frame;
  let report: Frame;

  before(async function () {
    this.timeout(300_000);
    clearScreenshots();
    wb = await startWorkbench();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await recordFailure(wb, `${this.currentTest.title}`);
  });

  after(async function () {
    this.timeout(60_000);
    await stopWorkbench();
  });

  it('shows Candor in the activity bar', async () => {
    await candorActivityItem(wb.page).waitFor({ state: 'visible', timeout: 60_000 });
    await screenshot(wb.page, 'activity-bar');
  });

  it('opens the Candor view from the activity bar', async () => {
    await openCandorView(wb.page);
    await viewPane(wb.page, 'AI Tools').waitFor({ state: 'visible' });
    await screenshot(wb.page, 'candor-view');
  });

  it('lists the AI tools installed on the machine: an npm-installed CLI and a .vsix extension', async function () {
    this.timeout(240_000);
    const names = wb.machine.expectedTools.map((t) => t.name);
    await waitForTools(wb.page, names);
    for (const name of names) assert.ok(await toolRow(wb.page, name).isVisible(), `${name} is not listed`);
    await screenshot(wb.page, 'installed-tools');
  });

  it("opens a tool's trust panel: a summary of its alerts and checklist, with the button to its Trust Report", async () => {
    panel = await openTrustPanel(wb.page, 'Gemini CLI');
    const line = panel.locator('ul.alert-lines > li').first();
    await line.waitFor({ state: 'visible', timeout: 30_000 });
    // One line per alert: its severity and rule, the message in the tooltip.
    assert.match(await line.innerText(), /critical\s+Behaviour gated on region/);
    assert.match((await line.locator('button.link').getAttribute('title')) ?? '', /time ?zone|Asia\/Shanghai/i);
    assert.match(await panel.locator('p.checklist-line').innerText(), /Disclosure checklist: .*\d+ pass, \d+ concern, \d+ fail, \d+ unknown; 0 of 10 reviewed/);
    assert.strictEqual(await panel.locator('ol.trace, form').count(), 0, 'traces and forms are in the Trust Report, not the sidebar');
    await screenshot(wb.page, 'trust-panel-gemini-cli');
  });

  it('opens the Trust Report and records a review of a checklist item there', async () => {
    report = await openTrustReport(wb.page, 'Gemini CLI');
    const first = report.locator('ol.checklist > li.item').first();
    await first.waitFor({ state: 'visible', timeout: 30_000 });
    // the page re-renders when the review is saved: find the item again by its id afterwards
    const id = await first.getAttribute('id');
    assert.ok(id, 'a checklist item has no id');
    const item = report.locator(`li.item[id="${id}"]`);
    await scrollIntoView(item);
    const form = item.locator('form.review');
    // VS Code's own controls (vscode-elements), used as a person would: the radio by its label, the note by typing.
    await form.getByRole('radio', { name: 'Accept' }).click();
    await form.locator('vscode-textarea textarea').fill('Checked by the UI test');
    await form.getByRole('button', { name: 'Save review' }).click();
    await item.locator('p.reviewed', { hasText: 'accepted' }).filter({ hasText: 'Checked by the UI test' }).waitFor({ timeout: 30_000 });
    await scrollIntoView(item);
    await screenshot(wb.page, 'checklist-review-saved');
    const reviews = path.join(wb.machine.workspace, '.candor', 'reviews.json');
    assert.ok(fs.existsSync(reviews), `saving a review did not write ${reviews}`);
    assert.match(fs.readFileSync(reviews, 'utf8'), /Checked by the UI test/);
  });

  it("reports the fixture CLI's time-zone gate as an alert with its trace", async () => {
    const alert = report.locator('ol.alerts > li.alert').first();
    await alert.waitFor({ state: 'visible', timeout: 30_000 });
    await scrollIntoView(alert);
    assert.match(await alert.innerText(), /time ?zone|Asia\/Shanghai/i);
    assert.ok((await alert.locator('ol.trace button.step').count()) >= 2, 'the alert shows its trace');
    await screenshot(wb.page, 'alert-time-zone-gate');
  });

  it('records a decision on the alert, found in .candor/reviews.json afterwards', async () => {
    const alert = report.locator('ol.alerts > li.alert').first();
    await scrollIntoView(alert);
    await alert.locator('details.decide > summary').click();
    const form = alert.locator('form.alert-decision');
    await form.getByRole('combobox', { name: 'Decision' }).click();
    await form.getByRole('option', { name: 'False positive' }).click();
    await form.locator('vscode-textfield[label="Reason"] input').fill('Translation table, checked by the UI test');
    await form.getByRole('button', { name: 'Save decision' }).click();
    const shown = report.locator('ol.alerts > li.alert').first().locator('p.decision', { hasText: 'false positive' });
    await shown.waitFor({ timeout: 30_000 });
    await scrollIntoView(shown);
    await screenshot(wb.page, 'alert-decision-saved');
    // The form shown again after the save says what was decided.
    const again = report.locator('ol.alerts > li.alert').first().locator('form.alert-decision').getByRole('combobox', { name: 'Decision' });
    assert.match(await again.innerText(), /False positive/);
    const reviews = JSON.parse(fs.readFileSync(path.join(wb.machine.workspace, '.candor', 'reviews.json'), 'utf8'));
    assert.deepStrictEqual(
      reviews.alerts.map((a: { state: string; reason: string }) => [a.state, a.reason]),
      [['false-positive', 'Translation table, checked by the UI test']],
    );
    // The sidebar's summary says so too.
    panel = await openTrustPanel(wb.page, 'Gemini CLI');
    await panel.locator('ul.alert-lines > li', { hasText: 'false positive' }).first().waitFor({ timeout: 30_000 });
  });

  it('opens the finding in the editor and highlights it', async () => {
    await report.locator('ol.alerts > li.alert').first().getByRole('button', { name: 'Show readable code' }).click();
    const title = await activeEditorTitle(wb.page);
    assert.match(title, /gemini/i, `the editor that opened is "${title}"`);
    await editorDecorations(wb.page).first().waitFor({ state: 'attached', timeout: 30_000 });
    await screenshot(wb.page, 'finding-highlighted');
    await runCommand(wb.page, 'View: Close All Editors');
  });
});
