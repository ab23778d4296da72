import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { diffReports, diffToMarkdown } from '../core/review/diff';
import type { Report } from '../core/model';
import { ruleMeta } from '../core/rules/meta';
import { printable } from '../core/text';
import { scanPaths } from '../host/scanner';
import { Commands } from './commands';
import { EXPORT_FORMATS, pickFormat } from './exporting';
import type { TrustPanelProvider, TrustReports } from './panel';
import type { ReadableService } from './readable';
import type { ReviewsStore } from './reviewsStore';
import type { ScanService, ToolEntry } from './scanService';
import { alertsOf, findingRefOf, type FindingRef } from './support/summary';
import type { ToolsNode, ToolsTreeProvider } from './tree';

interface Deps {
  context: vscode.ExtensionContext;
  scanService: ScanService;
  tree: ToolsTreeProvider;
  treeView: vscode.TreeView<ToolsNode>;
  panel: TrustPanelProvider;
  reports: TrustReports;
  readable: ReadableService;
  reviews: ReviewsStore;
}

/** A tool id from whatever invoked the command: a tree node, a tool id, or nothing (then the selection). */
function toolIdOf(service: ScanService, arg: unknown): string | undefined {
  if (typeof arg === 'string' && service.tool(arg)) return arg;
  if (arg && typeof arg === 'object' && typeof (arg as ToolsNode).toolId === 'string' && service.tool((arg as ToolsNode).toolId)) return (arg as ToolsNode).toolId;
  return undefined;
}

function findingRefArg(arg: unknown): FindingRef | undefined {
  const a = arg as { kind?: string; ref?: FindingRef } & Partial<FindingRef>;
  const ref = a && typeof a === 'object' ? (a.kind === 'alert' ? a.ref : a) : undefined;
  if (ref && typeof ref.toolId === 'string' && typeof ref.fingerprint === 'string') return { toolId: ref.toolId, fingerprint: ref.fingerprint, occurrence: typeof ref.occurrence === 'number' ? ref.occurrence : 0 };
  return undefined;
}

async function pickTool(service: ScanService, title: string, filter: (e: ToolEntry) => boolean = () => true): Promise<string | undefined> {
  const entries = service.tools.filter(filter);
  if (!entries.length) {
    void vscode.window.showInformationMessage(service.scanned ? 'Candor: no tool to choose from.' : 'Candor: no tools yet. Run "Candor: Scan Installed AI Tools" first.');
    return undefined;
  }
  if (entries.length === 1) return entries[0].id;
  const pick = await vscode.window.showQuickPick(
    entries.map((e) => ({ label: printable(e.tool.identity.name, 80), description: [e.tool.identity.version, e.tool.identity.kind].filter(Boolean).map((x) => printable(x!, 30)).join(' · '), detail: printable(e.tool.identity.installPath, 200), id: e.id })),
    { title, matchOnDescription: true, matchOnDetail: true },
  );
  return pick?.id;
}

export function registerCommands(d: Deps): vscode.Disposable[] {
  const { scanService: service, panel, readable } = d;
  const reg = (id: string, fn: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, fn);

  const openPanel = async (arg?: unknown) => {
    const id = toolIdOf(service, arg) ?? service.selectedToolId ?? (await pickTool(service, 'Candor: Open Trust Panel'));
    if (!id) return;
    service.select(id);
    await panel.reveal(id);
  };

  return [
    reg(Commands.scan, () => service.scanAll()),
    reg(Commands.cancelScan, () => service.cancel()),
    reg(Commands.scanPath, async (arg?: unknown) => {
      let target = arg instanceof vscode.Uri ? arg.fsPath : typeof arg === 'string' ? arg : undefined;
      if (!target) {
        const picked = await vscode.window.showOpenDialog({ canSelectFiles: true, canSelectFolders: true, canSelectMany: false, title: 'Candor: Scan File or Folder', openLabel: 'Scan' });
        target = picked?.[0]?.fsPath;
      }
      if (!target) return;
      const entry = await service.scanPath(target);
      if (entry) await openPanel(entry.id);
      return entry?.id;
    }),
    reg(Commands.openTrustPanel, openPanel),
    reg(Commands.openTrustReport, async (arg?: unknown) => {
      const id = toolIdOf(service, arg) ?? service.selectedToolId ?? (await pickTool(service, 'Candor: Open Trust Report'));
      if (!id) return undefined;
      return d.reports.show(id);
    }),
    reg(Commands.rescanTool, async (arg?: unknown) => {
      const id = toolIdOf(service, arg) ?? (await pickTool(service, 'Candor: Rescan'));
      if (id) await service.scanTool(id);
    }),
    reg(Commands.revealInstallFolder, async (arg?: unknown) => {
      const id = toolIdOf(service, arg) ?? (await pickTool(service, 'Candor: Reveal Install Folder'));
      const e = id ? service.tool(id) : undefined;
      if (!e) return;
      const p = e.tool.identity.installPath;
      const uri = vscode.Uri.file(p);
      if (vscode.env.remoteName === undefined && vscode.env.uiKind === vscode.UIKind.Desktop) {
        await vscode.commands.executeCommand('revealFileInOS', uri);
        return;
      }
      // A remote or web window cannot open the OS file manager on the machine that has the tool.
      const choice = await vscode.window.showInformationMessage(`${printable(e.tool.identity.name, 80)} is installed in ${printable(p, 300)}`, 'Copy Path', 'Open in New Window');
      if (choice === 'Copy Path') await vscode.env.clipboard.writeText(p);
      if (choice === 'Open in New Window') {
        const dir = fs.existsSync(p) && fs.statSync(p).isDirectory() ? p : path.dirname(p);
        await vscode.commands.executeCommand('vscode.openFolder', vscode.Uri.file(dir), { forceNewWindow: true });
      }
    }),
    reg(Commands.showReadable, async (arg?: unknown) => {
      let ref = findingRefArg(arg);
      if (!ref) {
        const picks = service.tools.flatMap((e) =>
          alertsOf(e.report).map((f) => ({ label: printable(ruleMeta(f.ruleId)?.name ?? f.ruleId, 80), description: `${printable(e.tool.identity.name, 40)} · ${f.severity}`, detail: printable(f.message, 200), ref: findingRefOf(e.id, e.report!.findings, f) })),
        );
        if (!picks.length) {
          void vscode.window.showInformationMessage('Candor: no alerts to show.');
          return;
        }
        ref = (await vscode.window.showQuickPick(picks, { title: 'Candor: Show Readable View', matchOnDescription: true }))?.ref;
      }
      if (ref) return readable.open(ref);
    }),
    reg(Commands.revealInOriginal, (arg?: unknown, step?: unknown) => readable.revealInOriginal(arg, step)),
    // Optional format id and target path skip the pickers (keybindings, tasks and tests use them).
    reg(Commands.exportReport, async (arg?: unknown, formatArg?: unknown, targetArg?: unknown) => {
      const id = toolIdOf(service, arg);
      const reports: Report[] = (id ? [service.tool(id)!] : service.tools).map((e) => e.report).filter((r): r is Report => !!r);
      if (!reports.length) {
        void vscode.window.showInformationMessage('Candor: nothing scanned yet to export.');
        return;
      }
      const format = EXPORT_FORMATS.find((f) => f.id === formatArg) ?? (await pickFormat());
      if (!format) return;
      const base = id ? (service.tool(id)!.tool.identity.name.replace(/[^\w.-]+/g, '-') || 'tool') : 'candor-report';
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
      const target = typeof targetArg === 'string' && path.isAbsolute(targetArg) ? vscode.Uri.file(targetArg) : await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, `${base}.${format.extension}`), title: 'Candor: Export Report' });
      if (!target) return;
      const { file: reviewsFile } = await d.reviews.load();
      let text: string;
      try {
        text = format.render(reports, reviewsFile);
      } catch (err) {
        void vscode.window.showErrorMessage(`Candor: ${format.label} export failed: ${(err as Error).message}`);
        return;
      }
      await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
      void vscode.window.showInformationMessage(`Candor: exported ${reports.length} ${reports.length === 1 ? 'report' : 'reports'} as ${format.label}.`, 'Open').then((open) => {
        if (open) void vscode.window.showTextDocument(target);
      });
      return target.fsPath;
    }),
    reg(Commands.compare, async (arg?: unknown) => {
      const id = toolIdOf(service, arg) ?? (service.tools.some((e) => e.previous && e.report) ? await pickTool(service, 'Candor: Compare with the previous version', (e) => !!(e.previous && e.report)) : undefined);
      let before: Report | undefined;
      let after: Report | undefined;
      if (id) {
        const e = service.tool(id)!;
        before = e.previous;
        after = e.report;
        if (!before || !after) {
          void vscode.window.showInformationMessage(`Candor: no earlier scan of ${printable(e.tool.identity.name, 80)} to compare with.`);
          return;
        }
      } else {
        // No stored history: compare two folders or files the person picks.
        const a = await vscode.window.showOpenDialog({ canSelectFiles: true, canSelectFolders: true, title: 'Candor: Compare — the OLD version', openLabel: 'Old' });
        if (!a?.[0]) return;
        const b = await vscode.window.showOpenDialog({ canSelectFiles: true, canSelectFolders: true, title: 'Candor: Compare — the NEW version', openLabel: 'New' });
        if (!b?.[0]) return;
        const scan = (p: string) => vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Candor: scanning ${path.basename(p)}` }, () => scanPaths([p], { analyze: service.analyzer.analyze, concurrency: service.analyzer.concurrency, maxFileBytes: service.settings.maxFileBytes }));
        before = await scan(a[0].fsPath);
        after = await scan(b[0].fsPath);
      }
      const md = diffToMarkdown(diffReports(before, after));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: md });
      await vscode.window.showTextDocument(doc, { preview: true });
      return md;
    }),
  ];
}
