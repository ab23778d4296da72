import * as path from 'path';
import * as vscode from 'vscode';
import type { Finding, Location, TraceRole } from '../core/model';
import { ruleMeta } from '../core/rules/meta';
import { commentLines, printable } from '../core/text';
import { Commands, Schemes } from './commands';
import { EmbeddedFileSystem } from './embedded';
import { untrustedMarkdown } from './markdown';
import type { ScanService } from './scanService';
import type { ReadableRegion } from '../core/report/readable';
import { splitEmbedded, type FindingRef } from './support/summary';

export const READABLE_LANGUAGE = 'candor-js';


/** One trace step as it appears in a readable document. */
export interface ReadableStepRange {
  index: number;
  role: TraceRole;
  start: number;
  end: number;
  exact: boolean;
}

export interface ReadableModel {
  uri: string;
  ref: FindingRef;
  finding: Finding;
  text: string;
  steps: ReadableStepRange[];
  /** Where each printed region starts in the document and where it came from. */
  regions: { line: number; path: string; originalStart: number; firstStep?: number }[];
}

/** A hover over code: a finding's step, wherever it is shown. */
interface StepHit {
  finding: Finding;
  step: number;
}

/**
 * The readable view: a read-only document per finding with the enclosing functions of its trace
 * pretty-printed, plus the hover and "Reveal in original" that go with it. Printing runs in the
 * worker pool; this class only assembles text and ranges.
 */
export class ReadableService implements vscode.TextDocumentContentProvider, vscode.HoverProvider, vscode.CodeLensProvider, vscode.Disposable {
  private readonly models = new Map<string, ReadableModel>();
  private readonly building = new Map<string, Promise<ReadableModel>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly modelsChanged = new vscode.EventEmitter<ReadableModel>();
  readonly onDidBuildModel = this.modelsChanged.event;

  constructor(private readonly service: ScanService, readonly embedded: EmbeddedFileSystem) {}

  dispose(): void {
    this.changed.dispose();
    this.modelsChanged.dispose();
  }

  static uriFor(service: ScanService, ref: FindingRef): vscode.Uri {
    const e = service.tool(ref.toolId);
    const f = service.findFinding(ref.toolId, ref.fingerprint, ref.occurrence)?.finding;
    // The tab shows the path's last segment: `<tool> — <rule>`, short (the language is set when it opens).
    const name = `${(e?.tool.identity.name ?? 'tool').slice(0, 32)} — ${f ? f.ruleId : 'finding'}`.replace(/[\\/:*?"<>|#?%\u0000-\u001f]+/g, ' ');
    return vscode.Uri.from({ scheme: Schemes.readable, path: `/${name}`, query: new URLSearchParams({ tool: ref.toolId, fp: ref.fingerprint, n: String(ref.occurrence) }).toString() });
  }

  static refOf(uri: vscode.Uri): FindingRef | undefined {
    if (uri.scheme !== Schemes.readable) return undefined;
    const q = new URLSearchParams(uri.query);
    const toolId = q.get('tool');
    const fingerprint = q.get('fp');
    const n = Number(q.get('n') ?? '0');
    return toolId && fingerprint && Number.isInteger(n) && n >= 0 ? { toolId, fingerprint, occurrence: n } : undefined;
  }

  model(uri: vscode.Uri | string): ReadableModel | undefined {
    return this.models.get(typeof uri === 'string' ? uri : uri.toString());
  }

  /** Opens the readable document of a finding; resolves once it is shown. */
  async open(ref: FindingRef): Promise<vscode.TextEditor | undefined> {
    if (!this.service.findFinding(ref.toolId, ref.fingerprint, ref.occurrence)) {
      void vscode.window.showWarningMessage('Candor: that finding is no longer in the latest scan.');
      return undefined;
    }
    const uri = ReadableService.uriFor(this.service, ref);
    // A 26 MB bundle takes seconds to parse in the worker: say so rather than look stuck.
    if (!this.model(uri)) await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Candor: preparing the readable view…' }, () => this.ensureModel(uri).catch(() => undefined));
    // Its own language id: JavaScript colours without the TypeScript server's hovers on minified names.
    let doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== READABLE_LANGUAGE) doc = await vscode.languages.setTextDocumentLanguage(doc, READABLE_LANGUAGE);
    const model = this.model(uri);
    const first = model?.steps[0];
    const editor = await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: false });
    if (first) {
      const r = new vscode.Range(doc.positionAt(first.start), doc.positionAt(first.end));
      editor.selection = new vscode.Selection(r.start, r.start);
      editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    return editor;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    try {
      return (await this.ensureModel(uri)).text;
    } catch (err) {
      return `// Candor could not build the readable view: ${printable((err as Error).message, 300)}\n`;
    }
  }

  private ensureModel(uri: vscode.Uri): Promise<ReadableModel> {
    const key = uri.toString();
    const ready = this.models.get(key);
    const ref = ReadableService.refOf(uri);
    const found = ref ? this.service.findFinding(ref.toolId, ref.fingerprint, ref.occurrence) : undefined;
    // A rescan replaces findings: rebuild when the model shows an older one.
    if (ready && found && ready.finding === found.finding) return Promise.resolve(ready);
    let p = this.building.get(key);
    if (!p) {
      p = this.build(key, ref, found?.finding).finally(() => this.building.delete(key));
      this.building.set(key, p);
    }
    return p;
  }

  private async build(key: string, ref: FindingRef | undefined, f: Finding | undefined): Promise<ReadableModel> {
    if (!ref || !f) throw new Error('the finding is not in the latest scan; rescan the tool and open it again');
    const meta = ruleMeta(f.ruleId);
    const lines: string[] = [];
    lines.push(...commentLines("Candor — readable view (read-only). Reformatted from the shipped code; names are the bundle's own."));
    lines.push(...commentLines(`Rule: ${meta?.name ?? printable(f.ruleId, 80)} — ${f.severity}, ${f.confidence} confidence`));
    lines.push(...commentLines(printable(f.message, 400)));
    if (f.values.length) lines.push(...commentLines(`Values: ${f.values.slice(0, 30).map((v) => printable(v, 80)).join(', ')}`));
    lines.push('// Trace:');
    f.trace.forEach((s, i) => lines.push(...commentLines(`${i + 1}. ${s.role.padEnd(9)} ${printable(s.note, 160)}  [${printable(path.basename(s.location.path), 80)}:${s.location.line}:${s.location.column}]`, '//   ', '//              ')));
    lines.push('');
    let text = lines.join('\n') + '\n';
    const steps: ReadableStepRange[] = [];
    const regions: ReadableModel['regions'] = [];

    // Steps are grouped per file: each file is read (or re-extracted) and printed once.
    const trace = f.trace.length ? f.trace : [{ role: 'note' as TraceRole, location: f.location, note: f.message }];
    const byPath = new Map<string, number[]>();
    trace.forEach((s, i) => byPath.set(s.location.path, [...(byPath.get(s.location.path) ?? []), i]));
    for (const [p, indexes] of byPath) {
      let source: string;
      try {
        source = await this.embedded.readText(p);
      } catch (err) {
        text += `// ${printable(p, 300)}: cannot be read (${printable((err as Error).message, 200)})\n\n`;
        continue;
      }
      const result = await this.service.pool.readable(source, { steps: indexes.map((i) => ({ role: trace[i].role, offset: trace[i].location.offset, endOffset: trace[i].location.endOffset })) });
      if (result.note) text += `// ${printable(result.note, 300)}\n`;
      for (const region of result.regions) {
        const at = positionOf(source, region.originalStart);
        const firstStep = region.steps.length ? indexes[region.steps[0].index] : undefined;
        const headerLine = text.split('\n').length - 1;
        text += `// ── ${printable(path.basename(p), 80)} line ${at.line}, column ${at.column} (offset ${region.originalStart})${region.verbatim ? ', as written' : ''} ──\n`;
        regions.push({ line: headerLine, path: p, originalStart: region.originalStart, firstStep });
        const base = text.length;
        text += sanitizeRegion(region) + '\n\n';
        for (const s of region.steps) steps.push({ index: indexes[s.index], role: trace[indexes[s.index]].role, start: base + s.start, end: base + s.end, exact: s.exact });
      }
    }
    steps.sort((a, b) => a.index - b.index);
    const model: ReadableModel = { uri: key, ref, finding: f, text, steps, regions };
    this.models.set(key, model);
    this.modelsChanged.fire(model);
    return model;
  }

  // ---- hovers -------------------------------------------------------------------------------

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const offset = doc.offsetAt(pos);
    if (doc.uri.scheme === Schemes.readable) {
      const m = this.model(doc.uri);
      if (!m) return undefined;
      const hits = m.steps.filter((s) => s.start <= offset && offset <= s.end).sort((a, b) => a.end - a.start - (b.end - b.start));
      if (!hits.length) return undefined;
      const s = hits[0];
      return new vscode.Hover(explainStep({ finding: m.finding, step: s.index }), new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
    }
    const p = pathOfDocument(doc.uri);
    if (!p) return undefined;
    const hit = this.stepsAt(p, offset)[0];
    if (!hit) return undefined;
    const loc = hit.finding.trace[hit.step]?.location ?? hit.finding.location;
    return new vscode.Hover(explainStep(hit), new vscode.Range(doc.positionAt(loc.offset), doc.positionAt(Math.max(loc.offset, loc.endOffset))));
  }

  /** Finding steps at an offset of an original file, innermost first. */
  stepsAt(p: string, offset: number): StepHit[] {
    const out: (StepHit & { len: number })[] = [];
    for (const e of this.service.tools) {
      for (const f of e.report?.findings ?? []) {
        if (!ruleMeta(f.ruleId)?.alert) continue;
        f.trace.forEach((s, i) => {
          if (s.location.path === p && s.location.offset <= offset && offset <= s.location.endOffset) out.push({ finding: f, step: i, len: s.location.endOffset - s.location.offset });
        });
      }
    }
    return out.sort((a, b) => a.len - b.len);
  }

  // ---- code lenses --------------------------------------------------------------------------

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const m = this.model(doc.uri);
    if (!m) return [];
    return m.regions.map((r) => {
      const range = new vscode.Range(r.line, 0, r.line, 0);
      return new vscode.CodeLens(range, { title: 'Reveal in original', command: Commands.revealInOriginal, arguments: [m.ref, r.firstStep ?? 0], tooltip: 'Open the shipped file at this code' });
    });
  }

  // ---- reveal in original -------------------------------------------------------------------

  /**
   * Opens the original file at the exact offset of a step. `arg` is a FindingRef, a readable
   * document URI, or nothing (the active readable editor, at the step under the cursor).
   */
  async revealInOriginal(arg?: unknown, stepArg?: unknown): Promise<vscode.TextEditor | undefined> {
    let ref: FindingRef | undefined;
    let step = typeof stepArg === 'number' && Number.isInteger(stepArg) && stepArg >= 0 ? stepArg : undefined;
    if (arg instanceof vscode.Uri) ref = ReadableService.refOf(arg);
    else if (arg && typeof arg === 'object') {
      const a = arg as Partial<FindingRef> & { kind?: string; ref?: FindingRef };
      const r = a.kind === 'alert' ? a.ref : a;
      if (r && typeof r.toolId === 'string' && typeof r.fingerprint === 'string') ref = { toolId: r.toolId, fingerprint: r.fingerprint, occurrence: typeof r.occurrence === 'number' ? r.occurrence : 0 };
    }
    const active = vscode.window.activeTextEditor;
    if (!ref && active) {
      ref = ReadableService.refOf(active.document.uri);
      const m = this.model(active.document.uri);
      if (m && step === undefined) {
        const off = active.document.offsetAt(active.selection.active);
        step = m.steps.find((s) => s.start <= off && off <= s.end)?.index ?? [...m.regions].reverse().find((r) => r.line <= active.selection.active.line)?.firstStep;
      }
    }
    const f = ref ? this.service.findFinding(ref.toolId, ref.fingerprint, ref.occurrence)?.finding : undefined;
    if (!f) {
      void vscode.window.showInformationMessage('Candor: open a finding\'s readable view first, or pick an alert in the AI Tools view.');
      return undefined;
    }
    const loc: Location = (step !== undefined ? f.trace[step]?.location : undefined) ?? f.location;
    return openAt(loc);
  }
}

/** Opens a file (real or embedded) and selects [offset, endOffset); bundles are one long line, so offsets, not lines. */
export async function openAt(loc: Location): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(EmbeddedFileSystem.originalUri(loc.path));
  const start = doc.positionAt(loc.offset);
  const end = doc.positionAt(Math.max(loc.offset, loc.endOffset));
  const editor = await vscode.window.showTextDocument(doc, { preview: true });
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenter);
  return editor;
}

/** The finding path a document shows: a real file, or an embedded source. */
export function pathOfDocument(uri: vscode.Uri): string | undefined {
  if (uri.scheme === 'file') return uri.fsPath;
  if (uri.scheme === Schemes.embedded && splitEmbedded(uri.path)) return uri.path;
  return undefined;
}

const ROLE_TEXT: Record<TraceRole, string> = {
  source: 'Source — what the code senses',
  transform: 'Transform — how the value is encoded, decoded or reshaped',
  condition: 'Condition — what the sensed value is compared with',
  effect: 'Effect — what the code does differently because of it',
  note: 'Note',
};

/** Untrusted Markdown: every tool string goes through appendText (escaped), never appendMarkdown. */
export function explainStep(hit: StepHit): vscode.MarkdownString {
  const f = hit.finding;
  const s = f.trace[hit.step];
  const meta = ruleMeta(f.ruleId);
  const md = untrustedMarkdown();
  md.appendMarkdown(`**Candor: ${escapeMd(meta?.name ?? f.ruleId)}** — ${f.severity}\n\n`);
  if (s) {
    md.appendMarkdown(`*Step ${hit.step + 1} of ${f.trace.length}: ${ROLE_TEXT[s.role]}*\n\n`);
    md.appendText(printable(s.note, 400)).appendMarkdown('\n\n');
  }
  md.appendText(printable(f.message, 600)).appendMarkdown('\n\n');
  if (f.values.length) {
    md.appendMarkdown(s?.role === 'condition' ? '**Compared with:** ' : '**Values:** ');
    md.appendText(f.values.slice(0, 30).map((v) => printable(v, 100)).join(', '));
    md.appendMarkdown('\n\n');
  }
  const decoded = f.details?.decoded;
  if (Array.isArray(decoded) && decoded.length) {
    md.appendMarkdown('**Decoded:** ');
    md.appendText(decoded.slice(0, 20).map((d) => printable(typeof d === 'string' ? d : typeof (d as { value?: unknown })?.value === 'string' ? (d as { value: string }).value : JSON.stringify(d), 100)).join(', '));
    md.appendMarkdown('\n\n');
  }
  if (meta) md.appendMarkdown('**Why it matters:** ').appendText(meta.rationale);
  return md;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (c) => `\\${c}`);
}

/** Bidi overrides and invisible characters would make the printed code lie about what it says. */
function sanitizeRegion(region: ReadableRegion): string {
  // Replacing one code unit by one keeps every recorded offset valid.
  return region.text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}
