import * as vscode from 'vscode';
import { printable } from '../core/text';
import { Commands, SHOW_CONTAINER } from './commands';
import type { ScanService } from './scanService';
import { severityRank } from '../core/model';
import { alertsOf, riskOf } from './support/summary';

/** The tools listed with a link in the item's hover. */
const MAX_LISTED = 8;

/**
 * One item, "Candor: 5 tools · 1 alert", that opens the view; its hover lists the tools with
 * alerts, riskiest first, each a link that opens its Trust Report.
 */
export class CandorStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly sub: vscode.Disposable;

  constructor(private readonly service: ScanService) {
    this.item = vscode.window.createStatusBarItem('candor.status', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'Candor';
    this.item.command = SHOW_CONTAINER;
    this.sub = service.onDidChange(() => this.update());
    this.update();
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  update(): void {
    const s = this.service;
    const tools = s.tools.length;
    const alerts = s.alertCount;
    if (s.scanning) this.item.text = `$(sync~spin) Candor: scanning…`;
    else if (!s.scanned) this.item.text = '$(shield) Candor';
    else this.item.text = `${alerts ? '$(warning)' : '$(shield)'} Candor: ${tools} ${tools === 1 ? 'tool' : 'tools'} · ${alerts} ${alerts === 1 ? 'alert' : 'alerts'}`;
    this.item.tooltip = this.tooltip();
    this.item.backgroundColor = alerts ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: this.item.text.replace(/\$\([^)]*\)\s*/g, '') };
  }

  private tooltip(): vscode.MarkdownString {
    const s = this.service;
    // Only Candor's two commands can run from the hover; tool names are hostile text, escaped.
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [Commands.openTrustReport, SHOW_CONTAINER] };
    if (!s.scanned) {
      md.appendText('Candor has not scanned yet. Click to open the Candor view.');
      return md;
    }
    const t = s.settings.treeSeverityThreshold;
    const alerted = s.tools
      .map((e) => ({ e, alerts: alertsOf(e.report, t) }))
      .filter((x) => x.alerts.length)
      // Alerts come riskiest first: the first one's severity is the tool's risk.
      .sort((a, b) => severityRank(b.alerts[0].severity) - severityRank(a.alerts[0].severity) || b.alerts.length - a.alerts.length);
    md.appendText(alerted.length ? `${alerted.length} of ${s.tools.length} AI tools have alerts:` : `No alerts in ${s.tools.length} AI tools.`);
    md.appendMarkdown('\n\n');
    for (const { e, alerts } of alerted.slice(0, MAX_LISTED)) {
      const args = encodeURIComponent(JSON.stringify([e.id]));
      md.appendMarkdown(`- $(${severityRank(alerts[0].severity) >= severityRank('high') ? 'error' : 'warning'}) [`);
      md.appendText(printable(e.tool.identity.name, 60));
      md.appendMarkdown(`](command:${Commands.openTrustReport}?${args} "Open its Trust Report") `);
      md.appendText(`${riskOf(e.report)} risk · ${alerts.length} ${alerts.length === 1 ? 'alert' : 'alerts'}`);
      md.appendMarkdown('\n');
    }
    if (alerted.length > MAX_LISTED) md.appendText(`… and ${alerted.length - MAX_LISTED} more in the view.`);
    md.appendMarkdown(`\n\n[Open the Candor view](command:${SHOW_CONTAINER})`);
    return md;
  }

  dispose(): void {
    this.sub.dispose();
    this.item.dispose();
  }
}
