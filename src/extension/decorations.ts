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

/** How one role's steps are drawn: a box on one line, or one block over several lines. */
interface RoleTypes {
  /** A step within one line: a box around it, the role named after it. */
  inline: vscode.TextEditorDecorationType;
  /** A step over several lines: their whole width tinted, with one bar down the left... */
  block: vscode.TextEditorDecorationType;
  /** ...closed above its first line... */
  top: vscode.TextEditorDecorationType;
  /** ...and below its last, where the role is named once. */
  bottom: vscode.TextEditorDecorationType;
}

/** A step drawn over several lines, for tests: the lines it covers. */
export interface AppliedBlock {
  role: Role;
  startLine: number;
  endLine: number;
}

/**
 * Colours the steps of findings: always in readable documents, and in original files below the
 * size setting. A step on one line gets a box; a step over several lines (a call with its
 * arguments, pretty-printed) gets one block around all of them rather than a box per line.
 * Decoration types are rebuilt when settings change.
 */
export class DecorationService implements vscode.Disposable {
  private types = new Map<Role, RoleTypes>();
  private readonly subs: vscode.Disposable[] = [];
  /** Steps drawn per document URI and role, for tests. */
  readonly applied = new Map<string, Record<Role, number>>();
  /** Steps drawn as one block over several lines, per document URI, for tests. */
  readonly blocks = new Map<string, AppliedBlock[]>();
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

  private disposeTypes(): void {
    for (const t of this.types.values()) for (const d of Object.values(t)) d.dispose();
    this.types.clear();
  }

  private createTypes(): void {
    this.disposeTypes();
    for (const role of ROLES) {
      const background = new vscode.ThemeColor(`candor.${role}Background`);
      const borderColor = new vscode.ThemeColor(`candor.${role}Border`);
      const ruler = { overviewRulerColor: borderColor, overviewRulerLane: vscode.OverviewRulerLane.Right };
      const label = { contentText: ` ${role}`, color: borderColor, fontStyle: 'italic', margin: '0 0 0 2px' };
      this.types.set(role, {
        inline: vscode.window.createTextEditorDecorationType({
          backgroundColor: background,
          border: '1px solid',
          borderColor,
          borderRadius: '2px',
          ...ruler,
          after: label,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
        block: vscode.window.createTextEditorDecorationType({
          isWholeLine: true,
          backgroundColor: background,
          borderStyle: 'solid',
          borderWidth: '0 0 0 3px',
          borderColor,
          ...ruler,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
        top: vscode.window.createTextEditorDecorationType({ isWholeLine: true, borderStyle: 'solid', borderWidth: '1px 0 0 0', borderColor }),
        bottom: vscode.window.createTextEditorDecorationType({ isWholeLine: true, borderStyle: 'solid', borderWidth: '0 0 1px 0', borderColor, after: label }),
      });
    }
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  decorate(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const key = doc.uri.toString();
    const ranges = new Map<Role, vscode.Range[]>(ROLES.map((r) => [r, []]));
    const settings = this.service.settings;
    if (doc.uri.scheme === Schemes.readable) {
      const m = this.readable.model(doc.uri);
      if (m && settings.decorationsEnabled) {
        for (const s of m.steps) if (s.role !== 'note') ranges.get(s.role)!.push(new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
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
              ranges.get(s.role)!.push(new vscode.Range(doc.positionAt(s.location.offset), doc.positionAt(Math.max(s.location.offset, s.location.endOffset))));
            }
          }
        }
      }
    }
    const counts = {} as Record<Role, number>;
    const blocks: AppliedBlock[] = [];
    for (const role of ROLES) {
      const types = this.types.get(role)!;
      const inline: vscode.Range[] = [];
      const block: vscode.Range[] = [];
      const top: vscode.Range[] = [];
      const bottom: vscode.Range[] = [];
      for (const r of ranges.get(role)!) {
        // A range that ends at the start of a line does not reach into it.
        const endLine = r.end.character === 0 && r.end.line > r.start.line ? r.end.line - 1 : r.end.line;
        if (endLine === r.start.line) {
          inline.push(r);
          continue;
        }
        block.push(new vscode.Range(r.start.line, 0, endLine, 0));
        top.push(new vscode.Range(r.start.line, 0, r.start.line, 0));
        // The role is named after the step's last character (a whole-line type puts its text at the range's end).
        const last = endLine === r.end.line ? r.end : doc.lineAt(endLine).range.end;
        bottom.push(new vscode.Range(last, last));
        blocks.push({ role, startLine: r.start.line, endLine });
      }
      editor.setDecorations(types.inline, inline);
      editor.setDecorations(types.block, block);
      editor.setDecorations(types.top, top);
      editor.setDecorations(types.bottom, bottom);
      counts[role] = ranges.get(role)!.length;
    }
    this.applied.set(key, counts);
    this.blocks.set(key, blocks);
    this.appliedEmitter.fire(key);
  }

  /** Settings changed: colours and limits may differ. */
  rebuild(): void {
    this.createTypes();
    this.refresh();
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.disposeTypes();
  }
}
