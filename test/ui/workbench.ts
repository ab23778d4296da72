/**
 * Helpers for Candor's UI tests: a fixture machine, code-server with the packaged Candor .vsix
 * installed, the workbench open in headless Chromium, and small steps a test is made of.
 *
 * Add a step as a helper here (waiting on selectors, never on time) and use it from a
 * `*.test.ts` file in this folder; take a `screenshot()` after each step a person should see.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Frame, Locator, Page } from 'playwright-core';
import {
  CodeServer,
  installExtension,
  launchBrowser,
  REPO_ROOT,
  startCodeServer,
  stopAll,
  tempDir,
  throwawayDirs,
  writeUserSettings,
} from '../vscode-host/launch';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'ui');
/** The packaged extension `npm run package` writes. */
export const VSIX = path.resolve(process.env.CANDOR_VSIX ?? path.join(REPO_ROOT, 'dist', 'candor.vsix'));

export interface FixtureMachine {
  root: string;
  home: string;
  prefix: string;
  shim: string;
  geminiPackage: string;
  extensionsDir: string;
  userDataDir: string;
  aiVsix: string;
  workspace: string;
  env: NodeJS.ProcessEnv;
  expectedTools: Array<{ name: string; kind: string; id: string }>;
}

// Plain JS (tsconfig leaves test/fixtures/ out), loaded from the source tree.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { buildFixtureMachine } = require(path.join(REPO_ROOT, 'test', 'fixtures', 'machine', 'build.js')) as {
  buildFixtureMachine(root: string): Promise<FixtureMachine>;
};

export interface Workbench {
  machine: FixtureMachine;
  server: CodeServer;
  page: Page;
}

const log = (msg: string): void => {
  process.stderr.write(`[test:ui] ${msg}\n`);
};

// The whole UI run has a limit, so a hang anywhere (server, browser, a wait) ends with a message
// instead of running into CI's own timeout; CANDOR_UI_TIMEOUT is in seconds.
const UI_TIMEOUT_S = Number(process.env.CANDOR_UI_TIMEOUT ?? 900);
setTimeout(() => {
  log(`FAILED: the UI tests did not finish within ${UI_TIMEOUT_S}s (set CANDOR_UI_TIMEOUT to change the limit)`);
  void stopAll().finally(() => process.exit(1));
}, UI_TIMEOUT_S * 1000).unref();

/**
 * Builds a fixture machine, installs the packaged Candor and the fixture AI extension into
 * code-server's extensions folder in the fake home, starts code-server with the machine's
 * environment (HOME, PATH with the npm prefix) and opens the workbench.
 */
export async function startWorkbench(options: { settings?: Record<string, unknown>; workspaceTrust?: boolean; extraVsix?: string[] } = {}): Promise<Workbench> {
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} does not exist: run \`npm run package\` first (or set CANDOR_VSIX)`);
  const machine = await buildFixtureMachine(tempDir('machine'));
  const dirs = throwawayDirs({ userDataDir: machine.userDataDir, extensionsDir: machine.extensionsDir });
  currentUserDataDir = machine.userDataDir;
  writeUserSettings(dirs.userDataDir, {
    ...(options.workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'always' } : {}),
    ...options.settings,
  });
  let t = Date.now();
  await installExtension(VSIX, dirs, machine.env);
  await installExtension(machine.aiVsix, dirs, machine.env);
  for (const vsix of options.extraVsix ?? []) await installExtension(vsix, dirs, machine.env);
  log(`installed ${path.basename(VSIX)} and ${path.basename(machine.aiVsix)} in ${((Date.now() - t) / 1000).toFixed(1)}s`);
  t = Date.now();
  const server = await startCodeServer({ workspace: machine.workspace, dirs, env: machine.env, workspaceTrust: options.workspaceTrust });
  const { page } = await launchBrowser();
  page.on('pageerror', (err) => log(`workbench error: ${err.message}`));
  await page.goto(server.workbenchUrl(), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
  log(`workbench open at ${server.origin} in ${((Date.now() - t) / 1000).toFixed(1)}s`);
  return { machine, server, page };
}

export async function stopWorkbench(): Promise<void> {
  await stopAll();
}

let shots = 0;
/** Saves test-results/ui/NN-name.png (numbered in the order taken) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${String(++shots).padStart(2, '0')}-${name.replace(/[^a-z0-9._-]+/gi, '-').toLowerCase()}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * What Candor wrote to its "Candor" log in this workbench, for the message of a failed test: it
 * says which tool the trust panel was given and whether its page was ready.
 */
export function candorLog(userDataDir: string | undefined = currentUserDataDir, maxChars = 4000): string {
  if (!userDataDir) return '(no workbench)';
  const found: string[] = [];
  const stack = [path.join(userDataDir, 'logs')];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (/Candor\.log$/.test(e.name)) found.push(p);
    }
  }
  return found.map((f) => `--- ${f}\n${fs.readFileSync(f, 'utf8').slice(-maxChars)}`).join('\n') || '(no Candor log found)';
}

/** After a failed test: a screenshot of the workbench and Candor's log on stderr. */
export async function recordFailure(wb: Workbench | undefined, name: string): Promise<void> {
  if (!wb) return;
  await screenshot(wb.page, `failed-${name}`).catch(() => undefined);
  log(`Candor's log after "${name}" failed:\n${candorLog(wb.machine.userDataDir)}`);
}

/** The user-data folder of the workbench started last, where its logs are. */
let currentUserDataDir: string | undefined;

let cleared = false;
/** Removes the screenshots of an earlier run; only the first call in a run does, so every suite may call it. */
export function clearScreenshots(): void {
  if (cleared) return;
  cleared = true;
  fs.rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  shots = 0;
}

/** The activity-bar item of Candor's view container. */
export function candorActivityItem(page: Page): Locator {
  return page.locator('.part.activitybar .action-item a[aria-label*="Candor"], .part.activitybar .action-item[aria-label*="Candor"]').first();
}

/** The side bar while it shows Candor. */
export function candorSideBar(page: Page): Locator {
  return page.locator('.part.sidebar').filter({ has: page.locator('.composite.title', { hasText: /candor/i }) });
}

/** Opens the Candor view container from the activity bar (unless it is already open). */
export async function openCandorView(page: Page): Promise<Locator> {
  const item = candorActivityItem(page);
  await item.waitFor({ state: 'visible', timeout: 60_000 });
  const sideBar = candorSideBar(page);
  if (!(await sideBar.isVisible())) await item.click();
  await sideBar.waitFor({ state: 'visible', timeout: 30_000 });
  return sideBar;
}

/** A view's section (pane) in the side bar, by its name, e.g. "AI Tools". */
export function viewPane(page: Page, name: string): Locator {
  return page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: name }) });
}

/** Expands a collapsed view section. */
export async function expandPane(page: Page, name: string): Promise<Locator> {
  const pane = viewPane(page, name);
  const header = pane.locator('.pane-header').first();
  await header.waitFor({ state: 'visible', timeout: 30_000 });
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  return pane;
}

/** A row of the AI Tools tree whose accessible label starts with the tool's name. */
export function toolRow(page: Page, toolName: string): Locator {
  return viewPane(page, 'AI Tools').locator(`.monaco-list-row[aria-label^="${toolName.replace(/"/g, '\\"')}"]`).first();
}

/**
 * Waits until every named tool is listed and scanned (its row no longer says "scanning…" or
 * "not scanned"). Starts a scan from the view's welcome button if Candor has not scanned yet.
 */
export async function waitForTools(page: Page, toolNames: string[], timeoutMs = 180_000): Promise<void> {
  const pane = await expandPane(page, 'AI Tools');
  const end = Date.now() + timeoutMs;
  const scanButton = pane.locator('.welcome-view-content a, .welcome-view-content .monaco-button', { hasText: 'Scan Installed AI Tools' }).first();
  for (const name of toolNames) {
    const row = toolRow(page, name);
    while (!(await row.isVisible())) {
      if (Date.now() > end) throw new Error(`the AI Tools view did not list "${name}" within ${timeoutMs / 1000}s`);
      // the view may start its own scan at any moment, which replaces the button: a missed click is fine
      if (await scanButton.isVisible()) await scanButton.click({ timeout: 2_000 }).catch(() => undefined);
      await row.waitFor({ state: 'visible', timeout: 2_000 }).catch(() => undefined);
    }
  }
  for (const name of toolNames) {
    const row = toolRow(page, name);
    for (;;) {
      const label = (await row.getAttribute('aria-label')) ?? '';
      if (!/scanning…|not scanned/.test(label)) break;
      if (Date.now() > end) throw new Error(`"${name}" was still "${label}" after ${timeoutMs / 1000}s`);
      await page.waitForTimeout(250);
    }
  }
  // A scan the button started may begin only now, after the startup scan listed the tools; when it
  // ends it rebuilds the tree, and a click on a row being rebuilt is lost. Wait until no scan has
  // run for a moment (the status bar says "scanning…" while one does).
  const status = page.locator('.part.statusbar .statusbar-item', { hasText: /Candor:/ }).first();
  let quietSince = Date.now();
  while (Date.now() - quietSince < 1_500) {
    if (Date.now() > end) throw new Error(`Candor was still scanning after ${timeoutMs / 1000}s`);
    if (/scanning…/.test((await status.textContent().catch(() => '')) ?? '')) quietSince = Date.now();
    await page.waitForTimeout(250);
  }
}

/** The content frames of the webviews on the page now (a webview's frame is replaced when it reloads). */
export async function webviewFrames(page: Page): Promise<Frame[]> {
  const out: Frame[] = [];
  for (const frame of page.frames()) {
    const parent = frame.parentFrame();
    if (!parent || frame.isDetached()) continue;
    try {
      const isActive = await (await frame.frameElement()).evaluate((e) => (e as Element).id === 'active-frame');
      const inWebview = await (await parent.frameElement()).evaluate((e) => (e as Element).classList.contains('webview'));
      if (isActive && inWebview) out.push(frame);
    } catch {
      /* detached meanwhile */
    }
  }
  return out;
}

/**
 * The trust panel's frame once it shows the tool, scanned. The frame is looked up afresh on each
 * poll: VS Code replaces a webview's frame when its page loads again (e.g. the view was hidden and
 * shown), and a frame found earlier would then never change.
 */
export async function trustPanelFrame(page: Page, toolName: string, timeoutMs = 60_000): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of await webviewFrames(page)) {
      // The sidebar's page, not a Trust Report's (that one's body has the class `report`).
      const heading = frame.locator('body:not(.report) .tool header h1', { hasText: toolName });
      const scanned = frame.locator('.tool header .badge', { hasNotText: 'scanning…' });
      if ((await heading.isVisible().catch(() => false)) && (await scanned.first().isVisible().catch(() => false))) return frame;
    }
    if (Date.now() > end) {
      const bodies = await Promise.all((await webviewFrames(page)).map((f) => f.locator('body').innerText({ timeout: 1_000 }).catch((e: Error) => `(unreadable: ${e.message})`)));
      throw new Error(`the trust panel did not show "${toolName}", scanned, within ${timeoutMs / 1000}s; webviews showed: ${JSON.stringify(bodies.map((b) => b.slice(0, 300)))}`);
    }
    await page.waitForTimeout(250);
  }
}

/**
 * Opens a tool's trust panel by clicking its row in the AI Tools view; returns the panel's frame
 * once it shows that tool, scanned. (The tool picker lists every tool's name from the start, so
 * waiting for the name alone is not enough: wait for the tool's own heading.)
 *
 * A click that lands while the workbench re-renders the tree after a scan can select the row
 * without VS Code telling the extension (neither the selection nor the row's command arrives:
 * Candor's log shows no new state). A person clicks again; so does this, and says so.
 */
export async function openTrustPanel(page: Page, toolName: string): Promise<Frame> {
  const row = toolRow(page, toolName);
  await expandPane(page, 'Trust Panel');
  for (let attempt = 1; ; attempt++) {
    await row.click();
    try {
      return await trustPanelFrame(page, toolName, attempt < 3 ? 15_000 : 45_000);
    } catch (err) {
      if (attempt === 3) throw err;
      log(`the trust panel did not show "${toolName}" after click ${attempt}; clicking the row again. Candor's log:\n${candorLog()}`);
    }
  }
}

/**
 * Opens a tool's Trust Report in the editor area from its trust panel's button; returns the
 * report's frame once it shows that tool.
 */
export async function openTrustReport(page: Page, toolName: string, timeoutMs = 30_000): Promise<Frame> {
  const panel = await openTrustPanel(page, toolName);
  await panel.getByRole('button', { name: 'Open Trust Report' }).click();
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const f of await webviewFrames(page)) {
      if ((await f.locator('body.report .tool header h1', { hasText: toolName }).count().catch(() => 0)) > 0) return f;
    }
    if (Date.now() > end) throw new Error(`no Trust Report for "${toolName}" opened within ${timeoutMs / 1000}s`);
    await page.waitForTimeout(250);
  }
}

/**
 * Scrolls an element into view; a webview that re-renders (new state from the extension) may
 * replace the element meanwhile, so try again with the fresh one.
 */
export async function scrollIntoView(locator: Locator, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await locator.scrollIntoViewIfNeeded({ timeout: 2_000 });
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
    }
  }
}

/** Runs a command from the command palette by its title, e.g. "Candor: Scan Installed AI Tools". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** The active editor tab's label. */
export async function activeEditorTitle(page: Page): Promise<string> {
  const tab = page.locator('.part.editor .tab.active').first();
  await tab.waitFor({ state: 'visible', timeout: 30_000 });
  return (await tab.getAttribute('aria-label')) ?? (await tab.innerText());
}

/**
 * Decorations VS Code drew in the active editor from an extension's decoration types (their CSS
 * classes start with `ced-`): background ranges in the overlays, inline styles in the lines.
 */
export function editorDecorations(page: Page): Locator {
  return page.locator('.part.editor .editor-instance .monaco-editor').first().locator('.view-overlays [class*="ced-"], .view-lines [class*="ced-"]');
}
