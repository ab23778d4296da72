import * as vscode from 'vscode';
import { printable } from '../core/text';
import { registerCommands } from './commandHandlers';
import { Commands, ContextKeys, Schemes, ViewIds } from './commands';
import { DecorationService } from './decorations';
import { DiagnosticsService } from './diagnostics';
import { EmbeddedFileSystem } from './embedded';
import { TrustPanelProvider, TrustReports } from './panel';
import { ReadableService } from './readable';
import { ReviewsStore } from './reviewsStore';
import { ScanService } from './scanService';
import { CandorStatusBar } from './statusBar';
import { ToolsTreeProvider } from './tree';

/** What `activate()` returns: the services, for extension-host tests that inspect state without the UI. */
export interface CandorApi {
  scanService: ScanService;
  tree: ToolsTreeProvider;
  treeView: vscode.TreeView<unknown>;
  panel: TrustPanelProvider;
  reports: TrustReports;
  readable: ReadableService;
  decorations: DecorationService;
  statusBar: CandorStatusBar;
  embedded: EmbeddedFileSystem;
  diagnostics: DiagnosticsService;
}

export function activate(context: vscode.ExtensionContext): CandorApi {
  // What Candor did and why, for a user (or a test) asking why a view shows what it shows.
  const log = vscode.window.createOutputChannel('Candor', { log: true });
  const scanService = new ScanService(context, log);
  const reviews = new ReviewsStore(context);
  const tree = new ToolsTreeProvider(scanService, () => reviews.cached);
  const treeView = vscode.window.createTreeView(ViewIds.tools, { treeDataProvider: tree, showCollapseAll: true });
  const embedded = new EmbeddedFileSystem();
  const readable = new ReadableService(scanService, embedded);
  const decorations = new DecorationService(scanService, readable);
  const panel = new TrustPanelProvider(context.extensionUri, scanService, reviews, () => (treeView.selection[0] as { toolId?: string } | undefined)?.toolId, log);
  const reports = new TrustReports(context.extensionUri, scanService, reviews, log);
  const statusBar = new CandorStatusBar(scanService);
  // Decisions on alerts show in the tree: read the reviews file once, and again after each decision.
  void reviews.load().then(() => tree.refresh());
  panel.onDidDecide.event(() => tree.refresh());
  const diagnostics = new DiagnosticsService(scanService);

  context.subscriptions.push(
    log,
    scanService,
    reports,
    tree,
    treeView,
    embedded,
    readable,
    decorations,
    panel,
    statusBar,
    diagnostics,
    treeView.onDidChangeSelection((e) => {
      const n = e.selection[0];
      log.info(`tree: selection is ${n ? printable((n as { toolId: string }).toolId, 200) : 'empty'}`);
      if (n) scanService.select(n.toolId);
    }),
    vscode.window.registerWebviewViewProvider(ViewIds.trust, panel, { webviewOptions: { retainContextWhenHidden: false } }),
    vscode.workspace.registerFileSystemProvider(Schemes.embedded, embedded, { isReadonly: true, isCaseSensitive: true }),
    vscode.workspace.registerTextDocumentContentProvider(Schemes.readable, readable),
    vscode.languages.registerHoverProvider([{ scheme: Schemes.readable }, { scheme: 'file' }, { scheme: Schemes.embedded }], readable),
    vscode.languages.registerCodeLensProvider({ scheme: Schemes.readable }, readable),
    ...registerCommands({ context, scanService, tree, treeView, panel, reports, readable, reviews }),
    vscode.extensions.onDidChange(() => scanService.scheduleRescanAll()),
    scanService.onDidChange(() => {
      const alerts = scanService.alertCount;
      void vscode.commands.executeCommand('setContext', ContextKeys.alertCount, alerts);
      // The activity-bar icon counts the tools with alerts (the status bar counts the alerts), and says so.
      const flagged = scanService.toolsWithAlerts;
      treeView.badge = flagged ? { value: flagged, tooltip: `${flagged} ${flagged === 1 ? 'tool' : 'tools'} with alerts` } : undefined;
      treeView.description = scanService.scanning ? 'scanning…' : undefined;
      scanService.watchInstallPaths();
    }),
    scanService.onDidDetectUpdate(async (u) => {
      const choice = await vscode.window.showInformationMessage(u.message, 'Compare');
      if (choice === 'Compare') await vscode.commands.executeCommand(Commands.compare, u.toolId);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('candor.extraPaths')) scanService.scheduleRescanAll();
      if (e.affectsConfiguration('candor.scanTimeoutSeconds')) scanService.resetPool();
      if (e.affectsConfiguration('candor')) {
        tree.refresh();
        statusBar.update();
        decorations.rebuild();
        diagnostics.refresh();
      }
    }),
  );

  // Scanning waits until activation has returned: startup never pays for it.
  if (scanService.settings.scanOnStartup) {
    setTimeout(() => void scanService.scanAll({ silent: true }).catch(() => undefined), 1500);
  }
  return { scanService, tree, treeView: treeView as vscode.TreeView<unknown>, panel, reports, readable, decorations, statusBar, embedded, diagnostics };
}

export function deactivate(): void {
  /* every service is a subscription of the context and is disposed with it */
}
