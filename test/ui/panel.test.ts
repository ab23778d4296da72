/**
 * The editor side of Candor as a person meets it: the tree opened up to alerts and capability
 * groups, a finding's readable view with its colours and hover, "Reveal in original", and the
 * trust panel at sidebar width. Screenshots go to test-results/ui/.
 */
import * as assert from 'assert';
import type { Frame, Locator, Page } from 'playwright-core';
import { recordFailure, activeEditorTitle, runCommand, editorDecorations, openCandorView, openTrustPanel, openTrustReport, screenshot, startWorkbench, stopWorkbench, toolRow, trustPanelFrame, viewPane, waitForTools, Workbench } from './workbench';

function treeRow(page: Page, label: string | RegExp): Locator {
  return viewPane(page, 'AI Tools').locator('.monaco-list-row', { hasText: label }).first();
}

async function expandRow(row: Locator): Promise<void> {
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  if ((await row.getAttribute('aria-expanded')) === 'false') {
    await row.locator('.monaco-tl-twistie').click();
  }
}

describe('Candor editor views', function () {
  let wb: Workbench;

  before(async function () {
    this.timeout(300_000);
    wb = await startWorkbench();
    await openCandorView(wb.page);
    await waitForTools(wb.page, wb.machine.expectedTools.map((t) => t.name));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await recordFailure(wb, `editor-${this.currentTest.title}`);
  });

  after(async function () {
    this.timeout(60_000);
    await stopWorkbench();
  });

  it('says how many tools and alerts there are in the status bar', async () => {
    const item = wb.page.locator('.part.statusbar .statusbar-item', { hasText: /Candor: \d+ tools? · \d+ alerts?/ }).first();
    await item.waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('opens a tool in the tree to its alerts and what it senses', async () => {
    await expandRow(toolRow(wb.page, 'Gemini CLI'));
    const alerts = treeRow(wb.page, /^Alerts/);
    await alerts.waitFor({ state: 'visible', timeout: 30_000 });
    await treeRow(wb.page, 'Time zone / locale').waitFor({ state: 'visible', timeout: 10_000 });
    await treeRow(wb.page, 'Environment variables').waitFor({ state: 'visible', timeout: 10_000 });
    await screenshot(wb.page, 'tree-alerts-and-capabilities');
  });

  it('opens an alert as readable code with coloured steps and a hover that explains it', async function () {
    this.timeout(120_000);
    const alert = treeRow(wb.page, 'Behaviour gated on region');
    await alert.waitFor({ state: 'visible', timeout: 30_000 });
    await alert.click();
    assert.match(await activeEditorTitle(wb.page), /Gemini CLI/);
    const decorations = editorDecorations(wb.page);
    await decorations.first().waitFor({ state: 'attached', timeout: 30_000 });
    // Syntax colours come from the borrowed JavaScript grammar: keywords get a token class of their own.
    const keyword = wb.page.locator('.part.editor .view-lines span', { hasText: /^function$/ }).first();
    await keyword.waitFor({ timeout: 15_000 });
    const colour = await keyword.evaluate((e) => getComputedStyle(e).color);
    const plain = await wb.page.locator('.part.editor .view-lines span', { hasText: /^region$/ }).first().evaluate((e) => getComputedStyle(e).color).catch(() => colour);
    assert.notStrictEqual(colour, plain, 'the readable view is syntax-coloured');

    // The readable view opens with the cursor on the first step; ask for the hover there, as a keyboard user would.
    await wb.page.locator('.part.editor .monaco-editor textarea').first().focus();
    await runCommand(wb.page, 'Show or Focus Hover');
    const hover = wb.page.locator('.monaco-hover .hover-contents', { hasText: 'Why it matters' }).first();
    await hover.waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await hover.innerText(), /Step 1 of \d+: Source/);
    await screenshot(wb.page, 'readable-view-hover');
    await wb.page.mouse.move(5, 5);
  });

  it('reveals the step in the original file', async () => {
    await wb.page.locator('.part.editor .codelens-decoration a', { hasText: 'Reveal in original' }).first().click();
    await wb.page.waitForFunction(() => /\.js\b/.test(document.querySelector('.part.editor .tab.active')?.getAttribute('aria-label') ?? ''), undefined, { timeout: 30_000 });
    assert.doesNotMatch(await activeEditorTitle(wb.page), /candor-js/);
    await editorDecorations(wb.page).first().waitFor({ state: 'attached', timeout: 30_000 });
    await screenshot(wb.page, 'original-file-highlighted');
  });

  it('shows the trust panel as a summary at sidebar width: nothing wider than the panel', async () => {
    const panel = await openTrustPanel(wb.page, 'Gemini CLI');
    const line = panel.locator('p.checklist-line');
    await line.waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(wb.page, 'trust-panel-summary');
    const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the summary is ${overflow}px wider than the panel`);
    // The picker is VS Code's dropdown and names the tool shown.
    assert.match(await panel.getByRole('combobox', { name: 'Tool' }).first().innerText(), /Gemini CLI/);
    // The actions are VS Code's buttons with their codicons, drawn from the bundled font.
    const rescan = panel.getByRole('button', { name: 'Rescan' }).first();
    assert.strictEqual(await rescan.evaluate((e) => e.tagName.toLowerCase()), 'vscode-button');
    const glyph = rescan.locator('vscode-icon .codicon-refresh');
    assert.strictEqual(await glyph.evaluate((e) => getComputedStyle(e, '::before').fontFamily), 'codicon');
    assert.notStrictEqual(await glyph.evaluate((e) => getComputedStyle(e, '::before').content), 'none');
    assert.ok(await panel.locator('body').evaluate(() => document.fonts.check('16px codicon')), 'the codicon font is not loaded');
    // Keyboard: each alert line is a button, reachable with Tab.
    const link = panel.locator('ul.alert-lines button.link').first();
    await link.focus();
    assert.strictEqual(await link.evaluate((e) => e === document.activeElement), true);
  });

  it('opens the trust report in the editor area, every section open, alerts beside the checklist', async function () {
    this.timeout(90_000);
    const report = await openTrustReport(wb.page, 'Gemini CLI');
    assert.match(await activeEditorTitle(wb.page), /Trust Report — Gemini CLI/);
    const sections = report.locator('details.section');
    const n = await sections.count();
    assert.ok(n >= 4);
    for (let i = 0; i < n; i++) assert.strictEqual(await sections.nth(i).evaluate((d) => (d as HTMLDetailsElement).open), true, 'every section starts open');
    // Laid out for the editor's width: the alerts and the checklist sit in different columns.
    const alerts = await report.locator('ol.alerts').boundingBox();
    const checklist = await report.locator('ol.checklist').boundingBox();
    const width = await report.evaluate(() => document.documentElement.clientWidth);
    assert.ok(width > 800, `the report is ${width}px wide`);
    assert.ok(alerts && checklist && (Math.abs(alerts.x - checklist.x) > 100 || alerts.width > 600), 'the report uses the width');
    // Keyboard: the trace steps are buttons, reachable with Tab.
    const step = report.locator('button.step').first();
    await step.focus();
    assert.strictEqual(await step.evaluate((e) => e === document.activeElement), true);
    await screenshot(wb.page, 'trust-report-editor-area');
    await runCommand(wb.page, 'View: Close All Editors');
  });

  it('shows the same tool again after the trust panel is collapsed and expanded', async () => {
    const header = viewPane(wb.page, 'Trust Panel').locator('.pane-header').first();
    await header.click();
    await wb.page.waitForFunction((h) => h?.getAttribute('aria-expanded') === 'false', await header.elementHandle());
    await header.click();
    // the page is loaded afresh (no retained context) and must get its state back
    const panel = await trustPanelFrame(wb.page, 'Gemini CLI', 30_000);
    await panel.locator('p.checklist-line').waitFor({ state: 'visible', timeout: 30_000 });
  });
});
