import * as vscode from 'vscode';
import type { TraceRole } from '../core/model';
import { ruleMeta } from '../core/rules/meta';
import { Schemes } from './commands';
import { pathOfDocument, type ReadableService } from './readable';
import type { ScanService } from './scanService';

type Role = Exclude<TraceRole, 'note'>;
const ROLES: Role[] = ['source', 'transform', 'condition', 'effect'];
/** Original files: never more ranges than this per editor, whatever the bundle holds. */
export const MAX_RANGES = 300;

/**
 * Colours the steps of findings: always in readable documents, and in original files below the
 * size setting. Decoration types are rebuilt when settings change.
 */
export class DecorationService implements vscode.Disposable {
  private types = new Map<Role, vscode.TextEditorDecorationType>();
  private readonly subs: vscode.Disposable[] = [];
  /** Ranges applied per document URI and role, for tests. */
  readonly applied = new Map<string, Record<Role, number>>();
  private readonly appliedEmitter = new vscode.EventEmitter<string>();
  readonly onDidApply = this.appliedEmitter.event;

  constructor(private readonly service: ScanService, private readonly readable: ReadableService) {
    this.createTypes();
    this.subs.push(
      this.appliedEmitter,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
      service.onDidChange(() => this.refresh()),
      readable.onDidBuildModel(() => this.refresh()),
      vscode.workspace.onDidOpenTextDocument(() => setTimeout(() => this.refresh(), 0)),
    );
  }

  private createTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
    for (const role of ROLES) {
      this.types.set(
        role,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: new vscode.ThemeColor(`candor.${role}Background`),
          border: '1px solid',
          borderColor: new vscode.ThemeColor(`candor.${role}Border`),
          borderRadius: '2px',
          overviewRulerColor: new vscode.ThemeColor(`candor.${role}Border`),
          overviewRulerLane: vscode.OverviewRulerLane.Right,
          after: { contentText: ` ${role}`, color: new vscode.ThemeColor(`candor.${role}Border`), fontStyle: 'italic', margin: '0 0 0 2px' },
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  decorate(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const key = doc.uri.toString();
    const byRole = new Map<Role, vscode.DecorationOptions[]>(ROLES.map((r) => [r, []]));
    const settings = this.service.settings;
    if (doc.uri.scheme === Schemes.readable) {
      const m = this.readable.model(doc.uri);
      if (m && settings.decorationsEnabled) {
        for (const s of m.steps) if (s.role !== 'note') byRole.get(s.role)!.push({ range: new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)) });
      }
    } else {
      const p = pathOfDocument(doc.uri);
      if (!p) return;
      // Character count stands in for bytes, read from the last position rather than copying a 13 MB string.
      const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
      if (settings.decorationsEnabled && length <= settings.decorationsMaxBytes) {
        let n = 0;
        // Several alerts often share a step (the same os.hostname() call): draw it once.
        const seen = new Set<string>();
        outer: for (const e of this.service.tools) {
          for (const f of e.report?.findings ?? []) {
            if (!ruleMeta(f.ruleId)?.alert) continue;
            for (const s of f.trace) {
              if (s.role === 'note' || s.location.path !== p) continue;
              const key = `${s.role}:${s.location.offset}:${s.location.endOffset}`;
              if (seen.has(key)) continue;
              seen.add(key);
              if (++n > MAX_RANGES) break outer;
              byRole.get(s.role)!.push({ range: new vscode.Range(doc.positionAt(s.location.offset), doc.positionAt(Math.max(s.location.offset, s.location.endOffset))) });
            }
          }
        }
      }
    }
    const counts = {} as Record<Role, number>;
    for (const role of ROLES) {
      editor.setDecorations(this.types.get(role)!, byRole.get(role)!);
      counts[role] = byRole.get(role)!.length;
    }
    this.applied.set(key, counts);
    this.appliedEmitter.fire(key);
  }

  /** Settings changed: colours and limits may differ. */
  rebuild(): void {
    this.createTypes();
    this.refresh();
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    for (const t of this.types.values()) t.dispose();
  }
}
