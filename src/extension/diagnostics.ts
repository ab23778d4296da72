import * as vscode from 'vscode';
import { severityRank } from '../core/model';
import { ruleMeta } from '../core/rules/meta';
import { printable } from '../core/text';
import { EmbeddedFileSystem } from './embedded';
import type { ScanService } from './scanService';
import { alertsOf } from './support/summary';

/** Alerts in the Problems panel, only when `candor.diagnostics.enabled` is on: these files are the tools', not the user's. */
export class DiagnosticsService implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('candor');
  private readonly sub: vscode.Disposable;

  constructor(private readonly service: ScanService) {
    this.sub = service.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.collection.clear();
    const settings = this.service.settings;
    if (!settings.diagnosticsEnabled) return;
    const byUri = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    for (const e of this.service.tools) {
      for (const f of alertsOf(e.report, settings.treeSeverityThreshold)) {
        const uri = EmbeddedFileSystem.originalUri(f.location.path);
        const line = Math.max(0, f.location.line - 1);
        const col = Math.max(0, f.location.column - 1);
        const range = new vscode.Range(line, col, line, col + Math.max(1, Math.min(f.location.endOffset - f.location.offset, 10_000)));
        const sev = severityRank(f.severity) >= severityRank('high') ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
        const d = new vscode.Diagnostic(range, printable(`${e.tool.identity.name}: ${f.message}${f.values.length ? ` (${f.values.slice(0, 5).join(', ')})` : ''}`, 400), sev);
        d.source = 'Candor';
        d.code = ruleMeta(f.ruleId)?.id ?? f.ruleId;
        const slot = byUri.get(uri.toString()) ?? { uri, list: [] };
        slot.list.push(d);
        byUri.set(uri.toString(), slot);
      }
    }
    for (const { uri, list } of byUri.values()) this.collection.set(uri, list);
  }

  dispose(): void {
    this.sub.dispose();
    this.collection.dispose();
  }
}
