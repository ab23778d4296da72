import { randomBytes } from 'crypto';
import * as os from 'os';
import * as vscode from 'vscode';
import { checklistVerdict } from '../core/review/checklist';
import type { Finding, Report } from '../core/model';
import { ruleMeta } from '../core/rules/meta';
import { alertDecisionOf, type ReviewsFile } from '../core/review/reviews';
import { printable } from '../core/text';
import { parsePageMessage, type AlertView, type ChecklistView, type DecodedView, type ExtensionMessage, type PageMessage, type PanelState, type ToolView } from '../webview/protocol';
import { Commands, ViewIds } from './commands';
import type { ReviewsStore } from './reviewsStore';
import type { ScanService, ToolEntry } from './scanService';
import { alertsOf, capabilityGroups, findingRefOf, occurrences, riskOf, verdictLine } from './support/summary';

const MAX_TEXT = 2000;
const t = (s: string | undefined, max = 300) => (s === undefined ? undefined : printable(s, max));

/**
 * The trust panel, a webview view beside the AI Tools tree: it follows the tree's selection, stays
 * usable at sidebar width and needs no editor tab. The page only renders what it is sent; every
 * message back is validated and its ids looked up here.
 */
export class TrustPanelProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  /** Set for a trust report in the editor area: the one tool it shows, whatever is selected. */
  protected fixedToolId?: string;
  protected readonly subs: vscode.Disposable[] = [];
  private pending?: NodeJS.Timeout;
  /** The last state sent to the page, for tests. */
  lastState?: PanelState;
  private lastSummary?: string;
  /** Messages the page sent that failed validation or lookup, for tests. */
  rejected = 0;
  private readonly posted = new vscode.EventEmitter<ExtensionMessage>();
  readonly onDidPost = this.posted.event;
  /** A decision on an alert was saved (the tree shows decisions). */
  readonly onDidDecide = new vscode.EventEmitter<void>();

  constructor(
    protected readonly extensionUri: vscode.Uri,
    protected readonly service: ScanService,
    protected readonly reviews: ReviewsStore,
    /** The tool selected in the tree, for a panel that opens after the selection changed. */
    private readonly treeSelection: () => string | undefined = () => undefined,
    protected readonly log?: vscode.LogOutputChannel,
  ) {
    this.subs.push(service.onDidChange(() => this.schedule()), service.onDidSelect(() => this.schedule()), this.posted, this.onDidDecide);
  }

  dispose(): void {
    clearTimeout(this.pending);
    for (const s of this.subs) s.dispose();
  }

  get visible(): boolean {
    return !!this.view?.visible;
  }

  async reveal(toolId: string): Promise<void> {
    this.service.select(toolId);
    if (this.view) this.view.show(true);
    else await vscode.commands.executeCommand(`${ViewIds.trust}.focus`);
    await this.push();
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.log?.info('trust panel: view resolved');
    this.view = view;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
    view.webview.html = this.html(view.webview);
    this.subs.push(
      view.webview.onDidReceiveMessage((m) => this.handleMessage(m).catch((err: Error) => this.log?.error(`trust panel: ${err.stack ?? err.message}`))),
      // A hidden view's page is dropped (no retained context); VS Code loads the same html again
      // when it is shown, and the page's 'ready' brings the current state. Setting the html here
      // too would load the page twice and swap its frame under anyone holding it.
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
      }),
    );
  }

  /** The webview the page lives in (the sidebar view's; a report's panel overrides this). */
  protected target(): vscode.Webview | undefined {
    return this.view?.webview;
  }

  protected html(webview: vscode.Webview): string {
    const nonce = randomBytes(18).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'dist', 'panel.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'panel.css'));
    const codicons = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'dist', 'codicon.css'));
    const csp = `default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${webview.cspSource}; font-src ${webview.cspSource}`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${codicons.toString()}" nonce="${nonce}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${style.toString()}" nonce="${nonce}">
<title>Candor Trust Panel</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="muted">Loading…</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  protected schedule(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.push().catch((err: Error) => this.log?.error(`trust panel: ${err.stack ?? err.message}`)), 100);
  }

  /** Builds and sends the state; also returns it so tests can read it without a page. */
  async push(): Promise<PanelState> {
    const state = await this.buildState();
    this.lastState = state;
    // One line each time what the panel shows changes (not on every progress update).
    // Tool ids come from the tools' own manifests: made printable, they cannot forge log lines.
    const id = (x: string | undefined) => (x === undefined ? 'none' : printable(x, 200));
    const summary = `trust panel: shows ${state.tool ? `${id(state.tool.id)} (${state.tool.status})` : 'no tool'}; selected ${id(this.service.selectedToolId)}, tree ${id(this.treeSelection())}; view ${this.view ? (this.view.visible ? 'visible' : 'hidden') : 'not resolved'}`;
    if (summary !== this.lastSummary) this.log?.info(summary);
    this.lastSummary = summary;
    this.post(state);
    return state;
  }

  private post(m: ExtensionMessage): void {
    this.posted.fire(m);
    void this.target()?.postMessage(m);
  }

  async buildState(): Promise<PanelState> {
    const s = this.service;
    const fromTree = this.treeSelection();
    const e =
      this.fixedToolId !== undefined
        ? s.tool(this.fixedToolId)
        : s.selected ?? (fromTree !== undefined ? s.tools.find((x) => x.id === fromTree) : undefined) ?? (s.tools.length === 1 ? s.tools[0] : undefined);
    const state: PanelState = {
      type: 'state',
      scanning: s.scanning,
      scanned: s.scanned,
      tools: s.tools.map((x) => ({ id: x.id, label: `${printable(x.tool.identity.name, 60)}${x.tool.identity.version ? ' ' + printable(x.tool.identity.version, 20) : ''}` })),
      reviewsWritable: this.reviews.writable,
      reviewsFile: this.reviews.file,
      layout: this.fixedToolId !== undefined ? 'report' : 'panel',
    };
    if (e) {
      const { view, problem } = await this.toolView(e);
      state.tool = view;
      if (problem) state.reviewProblem = printable(problem, 400);
    }
    return state;
  }

  private async toolView(e: ToolEntry): Promise<{ view: ToolView; problem?: string }> {
    const id = e.tool.identity;
    const r = e.report;
    const identity = r?.tool ?? id;
    // Read once per state: the alerts' decisions and the checklist's review come from the same file.
    const loaded = await this.reviews.load();
    const decisions = loaded.file;
    const view: ToolView = {
      id: e.id,
      name: t(id.name, 120)!,
      version: t(id.version, 40),
      vendor: t(id.vendor, 120),
      publisher: t(id.publisher, 120),
      kind: id.kind,
      installPath: t(id.installPath, 500)!,
      foundBy: t(id.foundBy, 300)!,
      contentHash: t(identity.contentHash, 80),
      status: e.status,
      verdict: t(verdictLine(r, id.name), 400)!,
      risk: riskOf(r),
      alerts: r ? alertsOf(r).map((f) => alertView(e.id, r, f, decisions, identity)) : [],
      decoded: r ? decodedViews(r) : [],
      capabilities: r ? capabilityGroups(r.inventory).map((g) => ({ label: g.label, count: g.count, groups: g.groups ? g.groups.map((x) => ({ label: printable(x.label, 80), entries: x.entries.slice(0, 300).map((y) => printable(y.label, 200)) })) : [{ label: '', entries: (g.entries ?? []).slice(0, 300).map((y) => printable(y.label + (y.detail ? ` (${y.detail})` : ''), 200)) }] })) : [],
      errors: (r?.errors ?? []).slice(0, 100).map((x) => ({ path: printable(x.path, 300), kind: x.kind, reason: printable(x.reason, 300) })),
      hasPrevious: !!e.previous,
    };
    let problem: string | undefined;
    if (r && e.checklist) {
      view.checklistVerdict = checklistVerdict(e.checklist);
      const st = await this.reviews.statusFor(identity, e.checklist, loaded);
      problem = st.problem;
      if (st.status?.stale) view.reviewStale = st.status.staleReasons.map((x) => printable(x, 200));
      view.checklist = e.checklist.map((item): ChecklistView => {
        const ri = st.status?.items[item.id];
        return {
          id: item.id,
          question: item.question,
          state: item.state,
          summary: printable(item.summary, MAX_TEXT),
          disclosure: item.disclosure,
          disclosureNote: t(item.disclosureNote, 500),
          ...(item.undocumented
            ? {
                undocumented: item.undocumented.slice(0, 50).map((u) => ({ value: printable(u.value, 200), ...(u.location ? { where: printable(`${u.location.path.split(/[\\/]/).slice(-2).join('/')}:${u.location.line}`, 200) } : {}) })),
                undocumentedTotal: item.undocumented.length,
                ...(item.documentedCount !== undefined ? { documentedCount: item.documentedCount } : {}),
              }
            : {}),
          evidence: item.evidence.slice(0, 20).flatMap((ev) => {
            const f = r.findings.find((x) => x.fingerprint === ev.fingerprint && x.location.path === ev.location.path && x.location.offset === ev.location.offset) ?? r.findings.find((x) => x.fingerprint === ev.fingerprint);
            if (!f) return [];
            const ref = findingRefOf(e.id, r.findings, f);
            return [{ fingerprint: ref.fingerprint, occurrence: ref.occurrence, label: printable(`${ruleMeta(ev.ruleId)?.name ?? ev.ruleId} (${ev.severity}) — ${ev.message}`, 200) }];
          }),
          review: ri && st.review ? { state: ri.state, note: ri.note ? printable(ri.note, LIMIT_NOTE) : undefined, current: ri.current && !st.status!.stale, reviewer: printable(st.review.reviewer, 80), date: printable(st.review.date, 40) } : undefined,
        };
      });
    }
    return { view, problem };
  }

  /** Entry point for page messages; public so extension-host tests can act as the page. */
  async handleMessage(raw: unknown): Promise<boolean> {
    const m = parsePageMessage(raw);
    if (!m) {
      this.rejected++;
      return false;
    }
    if (m.type === 'ready') {
      this.log?.info('trust panel: page ready');
      await this.push();
      return true;
    }
    const e = this.service.tool(m.toolId);
    if (!e) {
      this.rejected++;
      return false;
    }
    return this.dispatch(m, e);
  }

  private async dispatch(m: Exclude<PageMessage, { type: 'ready' }>, e: ToolEntry): Promise<boolean> {
    switch (m.type) {
      case 'selectTool':
        if (this.fixedToolId !== undefined) this.fixedToolId = e.id;
        else this.service.select(e.id);
        await this.push();
        return true;
      case 'openReport':
        void vscode.commands.executeCommand(Commands.openTrustReport, e.id);
        return true;
      case 'rescan':
        void this.service.scanTool(e.id);
        return true;
      case 'export':
        void vscode.commands.executeCommand(Commands.exportReport, e.id);
        return true;
      case 'compare':
        void vscode.commands.executeCommand(Commands.compare, e.id);
        return true;
      case 'revealInstall':
        void vscode.commands.executeCommand(Commands.revealInstallFolder, e.id);
        return true;
      case 'openReadable':
      case 'openStep': {
        const found = this.service.findFinding(e.id, m.fingerprint, m.occurrence);
        if (!found) {
          this.rejected++;
          return false;
        }
        const ref = { toolId: e.id, fingerprint: m.fingerprint, occurrence: m.occurrence };
        if (m.type === 'openReadable') await vscode.commands.executeCommand(Commands.showReadable, ref);
        else {
          if (m.step >= found.finding.trace.length) {
            this.rejected++;
            return false;
          }
          await vscode.commands.executeCommand(Commands.revealInOriginal, ref, m.step);
        }
        return true;
      }
      case 'decideAlert': {
        const found = e.report ? e.report.findings.find((f) => f.fingerprint === m.fingerprint && ruleMeta(f.ruleId)?.alert) : undefined;
        if (!found) {
          this.rejected++;
          return false;
        }
        const identity = e.report!.tool ?? e.tool.identity;
        const itemId = `alert:${m.fingerprint}` as const;
        try {
          const decision = m.state === 'clear' ? undefined : { state: m.state, reason: m.reason.trim(), ...(m.expires ? { expires: m.expires } : {}) };
          const res = await this.reviews.decideAlert(identity, m.fingerprint, decision, reviewerName());
          this.post({ type: 'saved', itemId, ok: true, message: `Saved to ${printable(res.file, 300)}` });
          this.onDidDecide.fire();
        } catch (err) {
          this.post({ type: 'saved', itemId, ok: false, message: printable((err as Error).message, 500) });
          await this.push();
          return false;
        }
        await this.push();
        return true;
      }
      case 'review': {
        if (!e.report || !e.checklist) {
          this.rejected++;
          return false;
        }
        const identity = e.report.tool ?? e.tool.identity;
        try {
          const res = await this.reviews.decide(identity, e.checklist, m.itemId, m.state, m.note, reviewerName());
          this.post({ type: 'saved', itemId: m.itemId, ok: true, message: `Saved to ${printable(res.file, 300)}${res.backup ? ` (the broken file was kept as ${printable(res.backup, 300)})` : ''}` });
        } catch (err) {
          this.post({ type: 'saved', itemId: m.itemId, ok: false, message: printable((err as Error).message, 500) });
          await this.push();
          return false;
        }
        await this.push();
        return true;
      }
    }
  }
}

const LIMIT_NOTE = 4000;

function reviewerName(): string {
  const configured = vscode.workspace.getConfiguration('candor').get<string>('reviewer');
  if (configured && configured.trim()) return configured.trim();
  try {
    return os.userInfo().username || 'reviewer';
  } catch {
    return 'reviewer';
  }
}

function where(l: { path: string; line: number; column: number }): string {
  return printable(`${l.path}:${l.line}:${l.column}`, 300);
}

function alertView(toolId: string, r: Report, f: Finding, decisions: ReviewsFile | undefined, tool: { id: string; contentHash?: string }): AlertView {
  const meta = ruleMeta(f.ruleId);
  const ref = findingRefOf(toolId, r.findings, f);
  const d = alertDecisionOf(decisions, tool, f.fingerprint);
  return {
    ...(d ? { decision: { state: d.decision.state, reason: printable(d.decision.reason, LIMIT_NOTE), reviewer: printable(d.decision.reviewer, 80), date: printable(d.decision.date, 40), ...(d.decision.expires ? { expires: printable(d.decision.expires, 20) } : {}), status: d.status } } : {}),
    fingerprint: ref.fingerprint,
    occurrence: ref.occurrence,
    ruleId: printable(f.ruleId, 80),
    ruleName: meta?.name ?? printable(f.ruleId, 80),
    severity: f.severity,
    confidence: f.confidence,
    message: printable(f.message, MAX_TEXT),
    rationale: meta?.rationale ?? '',
    values: f.values.slice(0, 50).map((v) => printable(v, 200)),
    where: where(f.location),
    steps: f.trace.slice(0, 50).map((s, index) => ({ index, role: s.role, note: printable(s.note, 400), where: where(s.location) })),
  };
}

/** Decoded strings: from each finding's `details.decoded` when the engine gives them, else obfuscation findings' values. */
function decodedViews(r: Report): DecodedView[] {
  const out: DecodedView[] = [];
  const occ = occurrences(r.findings);
  for (const f of r.findings) {
    const ref = { fingerprint: f.fingerprint, occurrence: occ.get(f) ?? 0 };
    const decoded = f.details?.decoded;
    const encoding = f.details?.encoding;
    const how = Array.isArray(encoding) ? encoding.filter((x) => typeof x === 'string').join(' + ') : typeof encoding === 'string' ? encoding : f.ruleId;
    const strings = Array.isArray(decoded) ? decoded : f.category === 'obfuscation' ? f.values : [];
    for (const d of strings.slice(0, 50)) {
      const value = typeof d === 'string' ? d : typeof d === 'object' && d && typeof (d as { value?: unknown }).value === 'string' ? (d as { value: string }).value : undefined;
      if (value !== undefined) out.push({ value: printable(value, 300), how: printable(how || f.ruleId, 80), fingerprint: ref.fingerprint, occurrence: ref.occurrence });
    }
    if (out.length >= 300) break;
  }
  return out;
}

/** The view type of a trust report in the editor area (its serializer restores it after a reload). */
export const TRUST_REPORT_VIEW = 'candor.trustReport';

/**
 * One tool's trust report in the editor area: the same page as the sidebar panel, laid out for an
 * editor's width (every section open, alerts beside the checklist), for the tool it was opened for.
 */
export class TrustReport extends TrustPanelProvider {
  constructor(
    readonly panel: vscode.WebviewPanel,
    toolId: string,
    extensionUri: vscode.Uri,
    service: ScanService,
    reviews: ReviewsStore,
    log?: vscode.LogOutputChannel,
  ) {
    super(extensionUri, service, reviews, () => undefined, log);
    this.fixedToolId = toolId;
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
    panel.iconPath = vscode.Uri.joinPath(media, 'candor.svg');
    panel.webview.html = this.html(panel.webview);
    this.subs.push(panel.webview.onDidReceiveMessage((m) => this.handleMessage(m).catch((err: Error) => log?.error(`trust report: ${err.stack ?? err.message}`))));
  }

  get toolId(): string {
    return this.fixedToolId!;
  }

  override get visible(): boolean {
    return this.panel.visible;
  }

  protected override target(): vscode.Webview {
    return this.panel.webview;
  }
}

/** The open trust reports, one per tool: opening a tool's report again shows the one already open. */
export class TrustReports implements vscode.Disposable {
  private readonly open = new Map<string, TrustReport>();
  private readonly subs: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: ScanService,
    private readonly reviews: ReviewsStore,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    this.subs.push(
      vscode.window.registerWebviewPanelSerializer(TRUST_REPORT_VIEW, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => this.restore(panel, state),
      }),
    );
  }

  get(toolId: string): TrustReport | undefined {
    return this.open.get(toolId);
  }

  /** Opens (or shows) a tool's report beside the active editor. */
  async show(toolId: string): Promise<TrustReport | undefined> {
    const e = this.service.tool(toolId);
    if (!e) return undefined;
    const existing = this.open.get(toolId);
    if (existing) {
      existing.panel.reveal(undefined, false);
      await existing.push();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(TRUST_REPORT_VIEW, this.title(toolId), { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, { enableFindWidget: true });
    return this.adopt(panel, toolId);
  }

  /** A report VS Code restores after a reload: its page saved the tool it showed. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const toolId = state && typeof state === 'object' && typeof (state as { toolId?: unknown }).toolId === 'string' ? (state as { toolId: string }).toolId : undefined;
    if (!toolId || toolId.length > 4096) {
      panel.dispose();
      return;
    }
    panel.title = this.title(toolId);
    await this.adopt(panel, toolId);
  }

  private title(toolId: string): string {
    const name = this.service.tool(toolId)?.tool.identity.name ?? 'AI tool';
    return `Trust Report — ${printable(name, 40)}`;
  }

  private async adopt(panel: vscode.WebviewPanel, toolId: string): Promise<TrustReport> {
    const report = new TrustReport(panel, toolId, this.extensionUri, this.service, this.reviews, this.log);
    this.open.set(toolId, report);
    panel.onDidDispose(() => {
      if (this.open.get(toolId) === report) this.open.delete(toolId);
      report.dispose();
    });
    await report.push();
    return report;
  }

  dispose(): void {
    for (const r of this.open.values()) r.panel.dispose();
    for (const s of this.subs) s.dispose();
  }
}
