import * as path from 'path';
import * as vscode from 'vscode';
import type { Finding } from '../core/model';
import { ruleMeta } from '../core/rules/meta';
import { printable } from '../core/text';
import { Commands } from './commands';
import type { ScanService, ToolEntry } from './scanService';
import { ALERT_STATE_LABEL, alertDecisionOf, type ReviewsFile } from '../core/review/reviews';
import { alertsOf, capabilityGroups, findingRefOf, riskLabel, riskOf, type CapabilityEntry, type FindingRef } from './support/summary';
import { untrustedMarkdown } from './markdown';

export type ToolsNode =
  | { kind: 'tool'; toolId: string }
  | { kind: 'alerts'; toolId: string }
  | { kind: 'alert'; toolId: string; ref: FindingRef }
  | { kind: 'group'; toolId: string; groupId: string }
  | { kind: 'subgroup'; toolId: string; groupId: string; index: number }
  | { kind: 'entry'; toolId: string; label: string; detail?: string }
  | { kind: 'errors'; toolId: string }
  | { kind: 'error'; toolId: string; index: number };

const SEVERITY_ICON: Record<string, vscode.ThemeIcon> = {
  critical: new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')),
  high: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  medium: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  low: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  info: new vscode.ThemeIcon('info'),
};

const GROUP_ICON: Record<string, string> = {
  env: 'symbol-variable',
  hosts: 'globe',
  locale: 'clock',
  'host-identity': 'device-desktop',
  commands: 'terminal',
  files: 'file',
  network: 'plug',
};

/** The AI Tools view: tools, their alerts and what they sense. Reads ScanService; holds no state of its own. */
export class ToolsTreeProvider implements vscode.TreeDataProvider<ToolsNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ToolsNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: vscode.Disposable;
  private readonly toolNodes = new Map<string, ToolsNode>();

  constructor(
    private readonly service: ScanService,
    /** The reviews file as last read: an alert a reviewer decided shows the decision. */
    private readonly decisions: () => ReviewsFile | undefined = () => undefined,
  ) {
    this.sub = service.onDidChange(() => this.emitter.fire(undefined));
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }

  /** One node object per tool, so `TreeView.reveal` can find it again. */
  toolNode(toolId: string): ToolsNode {
    let n = this.toolNodes.get(toolId);
    if (!n) this.toolNodes.set(toolId, (n = { kind: 'tool', toolId }));
    return n;
  }

  getParent(node: ToolsNode): ToolsNode | undefined {
    return node.kind === 'tool' ? undefined : this.toolNode(node.toolId);
  }

  getChildren(node?: ToolsNode): ToolsNode[] {
    if (!node) return this.service.tools.map((e) => this.toolNode(e.id));
    const e = this.service.tool(node.toolId);
    if (!e) return [];
    const report = e.report;
    switch (node.kind) {
      case 'tool': {
        if (!report) return [];
        const out: ToolsNode[] = [];
        if (alertsOf(report, this.service.settings.treeSeverityThreshold).length) out.push({ kind: 'alerts', toolId: e.id });
        for (const g of capabilityGroups(report.inventory)) out.push({ kind: 'group', toolId: e.id, groupId: g.id });
        if (report.errors.length) out.push({ kind: 'errors', toolId: e.id });
        return out;
      }
      case 'alerts':
        return alertsOf(report, this.service.settings.treeSeverityThreshold).map((f) => ({ kind: 'alert', toolId: e.id, ref: findingRefOf(e.id, report!.findings, f) }));
      case 'group': {
        const g = report ? capabilityGroups(report.inventory).find((x) => x.id === node.groupId) : undefined;
        if (!g) return [];
        if (g.groups) return g.groups.map((_, index) => ({ kind: 'subgroup', toolId: e.id, groupId: g.id, index }));
        return (g.entries ?? []).map((x: CapabilityEntry) => ({ kind: 'entry', toolId: e.id, label: x.label, detail: x.detail }));
      }
      case 'subgroup': {
        const g = report ? capabilityGroups(report.inventory).find((x) => x.id === node.groupId) : undefined;
        return (g?.groups?.[node.index]?.entries ?? []).map((x) => ({ kind: 'entry', toolId: e.id, label: x.label, detail: x.detail }));
      }
      case 'errors':
        return (report?.errors ?? []).slice(0, 200).map((_, index) => ({ kind: 'error', toolId: e.id, index }));
      default:
        return [];
    }
  }

  getTreeItem(node: ToolsNode): vscode.TreeItem {
    const e = this.service.tool(node.toolId);
    if (!e) return new vscode.TreeItem('(gone)');
    switch (node.kind) {
      case 'tool':
        return this.toolItem(e);
      case 'alerts': {
        const n = alertsOf(e.report, this.service.settings.treeSeverityThreshold).length;
        const item = new vscode.TreeItem('Alerts', vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(n);
        item.iconPath = new vscode.ThemeIcon('warning');
        item.id = `${e.id}/alerts`;
        return item;
      }
      case 'alert':
        return this.alertItem(e, node.ref);
      case 'group': {
        const g = capabilityGroups(e.report!.inventory).find((x) => x.id === node.groupId)!;
        const item = new vscode.TreeItem(g.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(g.count);
        item.iconPath = new vscode.ThemeIcon(GROUP_ICON[g.id] ?? 'symbol-misc');
        item.id = `${e.id}/group/${g.id}`;
        item.contextValue = 'candor.capability';
        return item;
      }
      case 'subgroup': {
        const g = capabilityGroups(e.report!.inventory).find((x) => x.id === node.groupId)!;
        const sub = g.groups![node.index];
        const item = new vscode.TreeItem(printable(sub.label, 80), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${e.id}/group/${g.id}/${node.index}`;
        return item;
      }
      case 'entry': {
        const item = new vscode.TreeItem(printable(node.label, 120), vscode.TreeItemCollapsibleState.None);
        if (node.detail) item.description = printable(node.detail, 60);
        item.tooltip = untrustedMarkdown().appendText(node.label.slice(0, 2000));
        return item;
      }
      case 'errors': {
        const n = e.report?.errors.length ?? 0;
        const item = new vscode.TreeItem('Not analysed', vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(n);
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        item.tooltip = 'Files Candor could not read, parse or finish within its limits. Not analysed is not the same as safe.';
        item.id = `${e.id}/errors`;
        return item;
      }
      case 'error': {
        const err = e.report?.errors[node.index];
        const item = new vscode.TreeItem(printable(err ? path.basename(err.path) || err.path : '?', 80));
        item.description = err ? `${err.kind}: ${printable(err.reason, 100)}` : '';
        if (err) item.tooltip = untrustedMarkdown().appendText(`${err.path}\n${err.kind}: ${err.reason}`.slice(0, 2000));
        return item;
      }
    }
  }

  private toolItem(e: ToolEntry): vscode.TreeItem {
    const t = e.tool.identity;
    const item = new vscode.TreeItem(printable(t.name, 80), e.report ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `tool/${e.id}`;
    const alerts = alertsOf(e.report, this.service.settings.treeSeverityThreshold);
    const risk = riskOf(e.report);
    const status = e.status === 'scanning' ? 'scanning…' : e.status === 'pending' ? 'not scanned' : e.status === 'cancelled' && !e.report ? 'cancelled' : riskLabel(risk, alertsOf(e.report).length);
    // A narrow sidebar cuts the end of the row: the risk comes first and short, the rest in the tooltip.
    const short = e.report && e.status !== 'scanning' && e.status !== 'pending' ? (risk === 'none' ? 'no alerts' : `${risk} risk`) : status;
    item.description = [short, t.version ? printable(t.version, 30) : undefined, t.kind === 'cli' ? 'CLI' : t.kind === 'extension' ? 'extension' : 'path'].filter(Boolean).join(' · ');
    item.iconPath =
      e.status === 'scanning'
        ? new vscode.ThemeIcon('sync~spin')
        : !e.report
          ? new vscode.ThemeIcon('circle-outline')
          : alerts.length
            ? SEVERITY_ICON[alerts[0].severity]
            : new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    const md = untrustedMarkdown();
    md.appendMarkdown('**').appendText(t.name).appendMarkdown('**');
    if (t.version) md.appendText(` ${t.version}`);
    md.appendMarkdown('\n\n').appendText(`${t.kind} · ${status}`);
    if (t.vendor || t.publisher) md.appendMarkdown('\n\n').appendText(`by ${t.vendor ?? t.publisher}`);
    md.appendMarkdown('\n\n').appendText(t.installPath);
    if (e.stats) md.appendMarkdown('\n\n').appendText(e.stats.reused ? `unchanged since the last scan · ${e.stats.ms} ms` : `${e.stats.files} files · ${e.stats.cacheHits} from cache · ${e.stats.ms} ms`);
    item.tooltip = md;
    item.contextValue = e.previous ? 'candor.tool.hasPrevious' : 'candor.tool';
    item.command = { command: Commands.openTrustPanel, title: 'Open Trust Panel', arguments: [e.id] };
    item.accessibilityInformation = { label: `${t.name} ${t.version ?? ''}, ${status}` };
    return item;
  }

  private alertItem(e: ToolEntry, ref: FindingRef): vscode.TreeItem {
    const f = this.service.findFinding(ref.toolId, ref.fingerprint, ref.occurrence)?.finding;
    if (!f) return new vscode.TreeItem('(gone)');
    const meta = ruleMeta(f.ruleId);
    const item = new vscode.TreeItem(printable(meta?.name ?? f.ruleId, 80));
    item.id = `${e.id}/alert/${ref.fingerprint}/${ref.occurrence}`;
    const tool = e.report?.tool ?? e.tool.identity;
    const decided = alertDecisionOf(this.decisions(), tool, f.fingerprint);
    const current = decided?.status === 'current' ? decided.decision : undefined;
    item.description = `${current ? `${ALERT_STATE_LABEL[current.state]} · ` : ''}${f.severity} · ${printable(valuesLine(f), 80)}`;
    // Settled (accepted, false positive): a quiet icon; to fix, or a lapsed decision: the alert's own.
    item.iconPath = current && current.state !== 'to-fix' ? new vscode.ThemeIcon('pass') : SEVERITY_ICON[f.severity];
    const md = untrustedMarkdown();
    md.appendMarkdown('**').appendText(meta?.name ?? f.ruleId).appendMarkdown(`** (${f.severity}, ${f.confidence} confidence)\n\n`);
    md.appendText(f.message.slice(0, 1000));
    if (f.values.length) md.appendMarkdown('\n\nValues: ').appendText(f.values.slice(0, 20).map((v) => printable(v, 80)).join(', '));
    md.appendMarkdown('\n\n').appendText(`${f.location.path}:${f.location.line}:${f.location.column}`);
    if (decided) {
      const d = decided.decision;
      md.appendMarkdown('\n\n').appendText(`${ALERT_STATE_LABEL[d.state]} by ${d.reviewer} on ${d.date.slice(0, 10)}${d.reason ? `: ${d.reason.slice(0, 500)}` : ''}${decided.status === 'expired' ? ` (expired ${d.expires})` : decided.status === 'changed' ? ' (the tool changed since)' : d.expires ? ` (until ${d.expires})` : ''}`);
    }
    item.tooltip = md;
    item.contextValue = 'candor.alert';
    item.command = { command: Commands.showReadable, title: 'Show Readable View', arguments: [ref] };
    return item;
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }
}

export function valuesLine(f: Finding): string {
  return f.values.length ? f.values.slice(0, 6).map((v) => printable(v, 40)).join(', ') + (f.values.length > 6 ? ', …' : '') : printable(f.message, 80);
}

