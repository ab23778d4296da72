import * as vscode from 'vscode';
import { SHOW_CONTAINER } from './commands';
import type { ScanService } from './scanService';

/** One item, "Candor: 5 tools · 1 alert", that opens the view. */
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
    this.item.tooltip = s.scanned ? 'AI tools on this machine and what they sense. Click to open the Candor view.' : 'Candor has not scanned yet. Click to open the Candor view.';
    this.item.backgroundColor = alerts ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: this.item.text.replace(/\$\([^)]*\)\s*/g, '') };
  }

  dispose(): void {
    this.sub.dispose();
    this.item.dispose();
  }
}
