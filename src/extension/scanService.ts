import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { checklistVerdict, evaluateChecklist, type ChecklistItem } from '../core/review/checklist';
import { disclosureOfTool } from '../host/catalog/disclosures';
import { type ReportDiff } from '../core/review/diff';
import { type Report, type ScanError } from '../core/model';
import { RULES } from '../core/rules/meta';
import { printable } from '../core/text';
import { buildVersion, createAnalyzer, type Analyzer } from '../host/analyzer';
import { rulesVersionOf, ResultCache } from '../host/cache';
import { identifyExtension, launcherPathDirs, type DiscoveredTool } from '../host/discovery';
import { changeNotice, discoverAll, ReportStore, scanTool } from '../host/orchestrate';
import { CancelledError, WorkerPool } from '../host/pool';
import { ContextKeys, ViewIds } from './commands';
import { readSettings, type Settings } from './settings';
import { alertsOf, lookupFinding } from './support/summary';

export type ToolStatus = 'pending' | 'scanning' | 'done' | 'cancelled';

export interface ToolEntry {
  id: string;
  tool: DiscoveredTool;
  status: ToolStatus;
  report?: Report;
  checklist?: ChecklistItem[];
  /** The report of the tool's previous content, kept to compare after an update. */
  previous?: Report;
  /** Came from "Scan File or Folder…" rather than discovery. */
  adHoc?: boolean;
  stats?: { files: number; cacheHits: number; ms: number; reused?: boolean };
}

export interface ScanStats {
  started: number;
  finished?: number;
  files: number;
  cacheHits: number;
  cacheMisses: number;
  cancelled: boolean;
  tools: number;
  /** Tools none of whose files changed since their last scan: their reports were read back. */
  toolsReused: number;
}

/** What the extension-host tests and the notification watch for. */
export interface UpdateNotice {
  toolId: string;
  message: string;
  diff: ReportDiff;
}

/**
 * Owns Candor's state in the editor: the discovered tools, their reports, the running scan, the
 * cache and the worker pool. Views read from it and listen to `onDidChange`; nothing else scans.
 */
export class ScanService implements vscode.Disposable {
  private readonly entries = new Map<string, ToolEntry>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Tools, reports or scan state changed. */
  readonly onDidChange = this.changed.event;
  private readonly selectedChanged = new vscode.EventEmitter<void>();
  /**
   * The selected tool changed. Kept apart from onDidChange: a click in the tree must not refresh
   * the tree under the click, nor rebuild decorations and diagnostics.
   */
  readonly onDidSelect = this.selectedChanged.event;
  private readonly updates = new vscode.EventEmitter<UpdateNotice>();
  readonly onDidDetectUpdate = this.updates.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.selectedChanged, this.updates];
  private running?: { promise: Promise<void>; controller: AbortController };
  private poolInstance?: WorkerPool;
  private analyzerInstance?: Analyzer;
  readonly cache: ResultCache;
  /** Each tool's last report and the one before its last change (the orchestration's store). */
  private readonly store: ReportStore;
  scanned = false;
  lastStats?: ScanStats;
  discoveryErrors: ScanError[] = [];
  selectedToolId?: string;
  private watchers = new Map<string, vscode.Disposable>();
  private rescanTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    const storage = context.globalStorageUri.fsPath;
    this.cache = new ResultCache(path.join(storage, 'cache'), { candorVersion: buildVersion(path.join(context.extensionPath, 'dist', 'worker.js')), rulesVersion: rulesVersionOf(RULES) });
    this.store = new ReportStore(path.join(storage, 'reports'));
    void vscode.commands.executeCommand('setContext', ContextKeys.scanned, false);
  }

  get settings(): Settings {
    return readSettings();
  }

  get scanning(): boolean {
    return this.running !== undefined;
  }

  get tools(): ToolEntry[] {
    return [...this.entries.values()].sort((a, b) => a.tool.identity.name.localeCompare(b.tool.identity.name) || a.id.localeCompare(b.id));
  }

  tool(id: string): ToolEntry | undefined {
    return this.entries.get(id);
  }

  get selected(): ToolEntry | undefined {
    return this.selectedToolId ? this.entries.get(this.selectedToolId) : undefined;
  }

  select(id: string | undefined): void {
    // Kept even while discovery is still registering the tool: `selected` resolves it when it is there.
    if (this.selectedToolId === id) return;
    this.selectedToolId = id;
    this.selectedChanged.fire();
  }

  /** Alerts over all tools at the tree's threshold. */
  /** Tools whose latest report has an alert at the tree's threshold. */
  get toolsWithAlerts(): number {
    const t = this.settings.treeSeverityThreshold;
    return this.tools.filter((e) => alertsOf(e.report, t).length > 0).length;
  }

  get alertCount(): number {
    const t = this.settings.treeSeverityThreshold;
    return this.tools.reduce((n, e) => n + alertsOf(e.report, t).length, 0);
  }

  findFinding(toolId: string, fingerprint: string, occurrence = 0) {
    const e = this.entries.get(toolId);
    const f = e?.report ? lookupFinding(e.report.findings, fingerprint, occurrence) : undefined;
    return e && f ? { entry: e, finding: f } : undefined;
  }

  /** The pool is created on first use so activation stays cheap. */
  get pool(): WorkerPool {
    if (!this.poolInstance) {
      this.poolInstance = new WorkerPool({ workerPath: path.join(this.context.extensionPath, 'dist', 'worker.js'), timeoutMs: this.settings.timeoutMs });
    }
    return this.poolInstance;
  }

  /** The shared analyser over this pool and the extension's cache. */
  get analyzer(): Analyzer {
    this.analyzerInstance ??= createAnalyzer({ pool: this.pool, cache: this.cache });
    return this.analyzerInstance;
  }

  /** The next analysis starts a fresh pool (the time limit setting changed). */
  resetPool(): void {
    if (this.running) return;
    void this.poolInstance?.dispose();
    this.poolInstance = undefined;
    this.analyzerInstance = undefined;
  }

  cancel(): void {
    this.running?.controller.abort();
  }

  /** Discovers and scans every tool. A second call while one runs returns the running scan. */
  scanAll(opts: { silent?: boolean } = {}): Promise<void> {
    if (this.running) return this.running.promise;
    return this.run(opts.silent ? { viewId: ViewIds.tools } : vscode.ProgressLocation.Notification, 'Candor: scanning installed AI tools', async (signal, report) => {
      const tools = await this.discover();
      const ids = new Set(tools.map((t) => t.identity.id));
      for (const [id, e] of this.entries) if (!ids.has(id) && !e.adHoc) this.entries.delete(id);
      for (const t of tools) {
        const existing = this.entries.get(t.identity.id);
        if (existing) existing.tool = t;
        else this.entries.set(t.identity.id, { id: t.identity.id, tool: t, status: 'pending' });
      }
      await this.loadStored();
      this.changed.fire();
      await this.scanEntries(this.tools.filter((e) => !e.adHoc), signal, report);
    });
  }

  scanTool(id: string): Promise<void> {
    const e = this.entries.get(id);
    if (!e) return Promise.resolve();
    if (this.running) return this.running.promise.then(() => this.scanTool(id));
    return this.run(vscode.ProgressLocation.Notification, `Candor: scanning ${printable(e.tool.identity.name, 80)}`, (signal, report) => this.scanEntries([e], signal, report));
  }

  /** Scans a file or folder the person picked, as a tool of its own. */
  async scanPath(p: string): Promise<ToolEntry | undefined> {
    const id = `path:${p}`;
    if (!this.entries.has(id)) {
      const identity = { id, name: path.basename(p) || p, kind: 'unknown' as const, installPath: p, foundBy: 'Scan File or Folder…' };
      this.entries.set(id, { id, tool: { identity, artifacts: [p] }, status: 'pending', adHoc: true });
    }
    if (this.running) await this.running.promise;
    await this.scanTool(id);
    return this.entries.get(id);
  }

  private async run(location: vscode.ProgressLocation | { viewId: string }, title: string, body: (signal: AbortSignal, report: (message: string, increment?: number) => void) => Promise<void>): Promise<void> {
    const controller = new AbortController();
    const stats: ScanStats = { started: Date.now(), files: 0, cacheHits: 0, cacheMisses: 0, cancelled: false, tools: 0, toolsReused: 0 };
    this.lastStats = stats;
    const task = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) => {
      token?.onCancellationRequested(() => controller.abort());
      try {
        await body(controller.signal, (message, increment) => progress?.report({ message, increment }));
      } catch (err) {
        if (!(controller.signal.aborted || err instanceof CancelledError)) throw err;
      } finally {
        stats.cancelled = controller.signal.aborted;
        stats.finished = Date.now();
      }
    };
    const promise = (async () => {
      this.log?.info(`${printable(title, 200)}…`);
      await this.setScanning(true);
      try {
        await vscode.window.withProgress({ location, title, cancellable: location === vscode.ProgressLocation.Notification }, task);
      } finally {
        this.running = undefined;
        this.scanned = true;
        this.log?.info(`${printable(title, 200)}: ${stats.cancelled ? 'cancelled' : 'done'} after ${Date.now() - stats.started} ms (${stats.files} files, ${stats.cacheHits} from the cache, ${stats.toolsReused} tools unchanged)`);
        await this.setScanning(false);
        this.changed.fire();
      }
    })();
    this.running = { promise, controller };
    return promise;
  }

  private async setScanning(on: boolean): Promise<void> {
    await vscode.commands.executeCommand('setContext', ContextKeys.scanning, on);
    if (!on) {
      await vscode.commands.executeCommand('setContext', ContextKeys.scanned, true);
      await vscode.commands.executeCommand('setContext', ContextKeys.toolCount, this.entries.size);
      await vscode.commands.executeCommand('setContext', ContextKeys.alertCount, this.alertCount);
    }
    this.changed.fire();
  }

  private async discover(): Promise<DiscoveredTool[]> {
    const settings = this.settings;
    // The running host knows extensions the folders may not (remote hosts, --extensions-dir).
    const moreTools: DiscoveredTool[] = [];
    for (const ext of vscode.extensions.all) {
      if (ext.id === this.context.extension.id) continue;
      try {
        const t = identifyExtension(ext.packageJSON, ext.extensionPath, 'vscode.extensions');
        if (t) moreTools.push(t);
      } catch {
        /* a manifest discovery cannot read is not a tool we can name */
      }
    }
    // A remote or code-server extension host takes PATH from the login shell, not from the shell
    // that started the server: the folders only the latter names are searched too.
    const launcherPath = await launcherPathDirs();
    const r = await discoverAll({ extraPaths: settings.extraPaths, moreTools, launcherPath });
    this.discoveryErrors = r.errors;
    this.log?.info(`discovery: ${r.tools.length} tools; PATH ${printable(process.env.PATH ?? '(none)', 2000)}${launcherPath.length ? `; the server's PATH adds ${printable(launcherPath.join(':'), 2000)}` : ''}`);
    return r.tools;
  }

  private async scanEntries(list: ToolEntry[], signal: AbortSignal, report: (message: string, increment?: number) => void): Promise<void> {
    const stats = this.lastStats!;
    stats.tools += list.length;
    const width = Math.max(1, Math.min(list.length, this.pool.options.size));
    const queue = [...list];
    let done = 0;
    const step = list.length ? 100 / list.length : 100;
    const workers = Array.from({ length: width }, async () => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        if (signal.aborted) return;
        const before = { status: e.status, report: e.report, checklist: e.checklist };
        e.status = 'scanning';
        this.changed.fire();
        try {
          await this.scanEntry(e, signal, (file) => report(`${e!.tool.identity.name}: ${path.basename(file)}`));
        } catch (err) {
          // Partial results of a cancelled tool are dropped: what stays is what was complete.
          e.status = before.report ? 'done' : 'cancelled';
          e.report = before.report;
          e.checklist = before.checklist;
          this.changed.fire();
          if (signal.aborted || err instanceof CancelledError) return;
          throw err;
        }
        done++;
        report(`${done} of ${list.length} tools`, step);
        this.changed.fire();
      }
    });
    await Promise.all(workers);
    if (signal.aborted) {
      for (const e of list) if (e.status === 'scanning' || e.status === 'pending') e.status = e.report ? 'done' : 'cancelled';
      throw new CancelledError();
    }
  }

  private async scanEntry(e: ToolEntry, signal: AbortSignal, onFile: (file: string) => void): Promise<void> {
    const stats = this.lastStats!;
    let scan;
    try {
      scan = await scanTool(e.tool, {
        analyzer: this.analyzer,
        ...(e.adHoc ? {} : { store: this.store }),
        maxFileBytes: this.settings.maxFileBytes,
        signal,
        onProgress: (p) => {
          stats.files++;
          onFile(p.path);
        },
      });
    } catch (err) {
      if (signal.aborted) throw new CancelledError();
      throw err;
    }
    stats.cacheHits += scan.cacheHits;
    if (scan.reused) stats.toolsReused++;
    stats.cacheMisses += scan.files - scan.cacheHits;
    e.report = scan.report;
    e.checklist = safeChecklist(scan.report);
    e.status = 'done';
    e.stats = { files: scan.files, cacheHits: scan.cacheHits, ms: scan.ms, ...(scan.reused ? { reused: true } : {}) };
    if (!e.adHoc) {
      const c = await this.store.keep(e.id, scan.report, scan.statKey);
      e.previous = c.previous;
      const message = changeNotice(scan.report, c);
      if (message && c.diff) this.updates.fire({ toolId: e.id, message, diff: c.diff });
    }
  }

  private async loadStored(): Promise<void> {
    await Promise.all(
      [...this.entries.values()].map(async (e) => {
        if (e.report || e.adHoc) return;
        e.previous = await this.store.previous(e.id);
      }),
    );
  }

  /** Resolves once no scan runs and none is scheduled (tests, and commands that need settled state). */
  async whenIdle(): Promise<void> {
    while (this.running || this.rescanTimers.size) {
      if (this.running) await this.running.promise.catch(() => undefined);
      else await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Re-discovers and re-scans everything once changes settle (extensions installed or removed, settings edited). */
  scheduleRescanAll(delayMs = 2000): void {
    clearTimeout(this.rescanTimers.get('*'));
    this.rescanTimers.set(
      '*',
      setTimeout(() => {
        this.rescanTimers.delete('*');
        this.log?.info('rescanning every tool: extensions or settings changed');
        void this.scanAll({ silent: true }).catch(() => undefined);
      }, delayMs),
    );
  }

  /** Re-scans a tool shortly after its files stop changing. */
  scheduleRescan(id: string, delayMs = 3000): void {
    clearTimeout(this.rescanTimers.get(id));
    this.rescanTimers.set(
      id,
      setTimeout(() => {
        this.rescanTimers.delete(id);
        this.log?.info(`rescanning ${printable(id, 200)}: its files changed`);
        void this.scanTool(id);
      }, delayMs),
    );
  }

  /** Watches CLIs' install folders (extensions are covered by `vscode.extensions.onDidChange`). */
  watchInstallPaths(): void {
    const wanted = new Map<string, ToolEntry>();
    for (const e of this.entries.values()) if (e.tool.identity.kind !== 'extension' && !e.adHoc) wanted.set(e.tool.identity.installPath, e);
    for (const [p, d] of this.watchers) {
      if (!wanted.has(p)) {
        d.dispose();
        this.watchers.delete(p);
      }
    }
    for (const [p, e] of wanted) {
      if (this.watchers.has(p)) continue;
      let base: vscode.Uri;
      let pattern: string;
      try {
        const st = fs.statSync(p);
        base = vscode.Uri.file(st.isDirectory() ? p : path.dirname(p));
        pattern = st.isDirectory() ? '**/*' : path.basename(p);
      } catch {
        continue;
      }
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, pattern));
      const fire = () => this.scheduleRescan(e.id);
      w.onDidChange(fire);
      w.onDidCreate(fire);
      w.onDidDelete(fire);
      this.watchers.set(p, w);
    }
  }

  /**
   * Shows a report produced elsewhere for a known tool (a saved scan; tests use it to show a
   * finding of a shape the engine may not report yet).
   */
  adoptReport(id: string, report: Report): void {
    const e = this.entries.get(id);
    if (!e) throw new Error(`no tool ${id}`);
    e.report = report;
    e.checklist = safeChecklist(report);
    e.status = 'done';
    this.changed.fire();
  }

  /** For tests: forget everything cached and stored. */
  async clearStorage(): Promise<void> {
    await this.cache.clear();
    await this.store.clear();
  }

  dispose(): void {
    this.cancel();
    for (const t of this.rescanTimers.values()) clearTimeout(t);
    for (const w of this.watchers.values()) w.dispose();
    void this.poolInstance?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function safeChecklist(report: Report): ChecklistItem[] | undefined {
  try {
    const items = evaluateChecklist(report, disclosureOfTool(report.tool));
    checklistVerdict(items);
    return items;
  } catch {
    return undefined;
  }
}
