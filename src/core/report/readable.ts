import type * as acorn from 'acorn';
import { GENERATOR, generate } from 'astring';
import type { TraceRole } from '../model';
import { parseSource } from '../engine/parse';

/**
 * The readable view's printer: finds the function (or statement) around each trace step of a
 * finding in a possibly minified, single-line bundle, prints it with astring, and maps every
 * step's original offsets to a range in the printed text. No `vscode` here: it runs in the
 * analysis worker (a 13 MB parse must stay off the extension host's event loop) and in tests.
 */

export interface ReadableStep {
  role: TraceRole;
  offset: number;
  endOffset: number;
}

export interface ReadableRequest {
  steps: ReadableStep[];
  /** Enclosing nodes longer than this (in original characters) are narrowed to a statement or expression. */
  maxRegionChars?: number;
}

export interface PrintedStep {
  /** Index into the request's steps. */
  index: number;
  /** Range in the region's `text`. */
  start: number;
  end: number;
  /** The printed node covers exactly the step's original range (not an enclosing node). */
  exact: boolean;
}

export interface ReadableRegion {
  /** Original offsets of the printed node. */
  originalStart: number;
  originalEnd: number;
  /** ESTree type of the printed node. */
  nodeType: string;
  text: string;
  steps: PrintedStep[];
  /** The region is a verbatim slice of the original (the code could not be parsed or printed). */
  verbatim: boolean;
}

export interface ReadableResult {
  regions: ReadableRegion[];
  /** Why the code is shown verbatim, when it is. */
  note?: string;
}

type Node = acorn.Node & Record<string, unknown>;

const FUNCTION = /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/;
const STATEMENT = /(Statement|Declaration)$/;
const DEFAULT_MAX = 40_000;
const VERBATIM_CONTEXT = 600;

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as Node).type === 'string' && typeof (v as Node).start === 'number';
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const key in node) {
    if (key === 'type' || key === 'start' || key === 'end' || key === 'loc' || key === 'range') continue;
    const v = node[key];
    if (isNode(v)) out.push(v);
    else if (Array.isArray(v)) for (const x of v) if (isNode(x)) out.push(x);
  }
  return out;
}

/** Nodes from `root` down to the innermost one containing [start, end); iterative, so depth cannot overflow. */
export function enclosingChain(root: Node, start: number, end: number): Node[] {
  const chain: Node[] = [];
  let node: Node | undefined = root;
  while (node) {
    chain.push(node);
    let next: Node | undefined;
    for (const c of children(node)) {
      if (c.start <= start && c.end >= end && !(c.start === node.start && c.end === node.end && c.type === node.type)) {
        next = c;
        break;
      }
    }
    node = next;
  }
  return chain;
}

/** The node to print for one step: the innermost function that is not huge, else a statement, else any node. */
export function chooseRegion(chain: Node[], max: number): Node {
  const len = (n: Node) => n.end - n.start;
  const pick = (test: (n: Node) => boolean) => {
    for (let i = chain.length - 1; i >= 0; i--) if (test(chain[i]) && len(chain[i]) <= max) return i;
    return -1;
  };
  let i = pick((n) => FUNCTION.test(n.type));
  // A program-wide wrapper (webpack/bun IIFE) is a function too, but never a readable one.
  if (i >= 0 && len(chain[i]) > max) i = -1;
  if (i < 0) i = pick((n) => STATEMENT.test(n.type) && n.type !== 'Program');
  if (i < 0) i = pick((n) => n.type !== 'Program');
  if (i < 0) return chain[chain.length - 1];
  // Print `name(...) {}` and `const f = () => {}` rather than a bare function value.
  const parent = chain[i - 1];
  const grand = chain[i - 2];
  if (FUNCTION.test(chain[i].type) && parent) {
    if ((parent.type === 'MethodDefinition' || (parent.type === 'Property' && (parent.method || parent.kind !== 'init'))) && len(parent) <= max) return parent;
    if (parent.type === 'VariableDeclarator' && grand?.type === 'VariableDeclaration' && len(grand) <= max) return grand;
    if (parent.type === 'ExportDefaultDeclaration' || parent.type === 'ExportNamedDeclaration') return parent;
  }
  return chain[i];
}

/** Prints `node`, recording where each sub-node landed in the output. */
export function printWithSpans(node: Node): { text: string; spans: Map<Node, [number, number]> } {
  const spans = new Map<Node, [number, number]>();
  const base = GENERATOR as unknown as Record<string, (this: unknown, n: Node, s: { output: string }) => void>;
  const generator: Record<string, (this: unknown, n: Node, s: { output: string }) => void> = {};
  for (const key of Object.keys(base)) {
    const fn = base[key];
    generator[key] = function (this: unknown, n: Node, state: { output: string }) {
      const start = state.output.length;
      fn.call(this, n, state);
      if (isNode(n)) spans.set(n, [start, state.output.length]);
    };
  }
  // A Property or MethodDefinition printed on its own is fine for astring; wrap anything exotic at the top level.
  const text = generate(node as never, { generator: generator as never, indent: '  ', lineEnd: '\n' });
  return { text, spans };
}

function printedStep(region: Node, spans: Map<Node, [number, number]>, step: ReadableStep, index: number): PrintedStep | undefined {
  const chain = enclosingChain(region, step.offset, Math.max(step.offset, step.endOffset));
  for (let i = chain.length - 1; i >= 0; i--) {
    const span = spans.get(chain[i]);
    if (span) return { index, start: span[0], end: span[1], exact: chain[i].start === step.offset && chain[i].end === step.endOffset };
  }
  return undefined;
}

function verbatim(text: string, steps: { step: ReadableStep; index: number }[]): ReadableRegion {
  const lo = Math.max(0, Math.min(...steps.map((s) => s.step.offset)) - VERBATIM_CONTEXT);
  const hi = Math.min(text.length, Math.max(...steps.map((s) => s.step.endOffset)) + VERBATIM_CONTEXT);
  return {
    originalStart: lo,
    originalEnd: hi,
    nodeType: 'verbatim',
    text: text.slice(lo, hi),
    steps: steps.map(({ step, index }) => ({ index, start: step.offset - lo, end: Math.max(step.offset, step.endOffset) - lo, exact: true })),
    verbatim: true,
  };
}

export function buildReadable(text: string, request: ReadableRequest): ReadableResult {
  const max = request.maxRegionChars ?? DEFAULT_MAX;
  const steps = request.steps
    .map((step, index) => ({ step: { ...step, offset: clamp(step.offset, text.length), endOffset: clamp(Math.max(step.offset, step.endOffset), text.length) }, index }));
  if (!steps.length) return { regions: [] };
  const parsed = parseSource(text);
  if (!parsed.ok) return { regions: groupVerbatim(text, steps), note: `Shown as written: ${parsed.reason}` };
  const root = parsed.ast as unknown as Node;

  // Group steps by the node that will be printed for them; a region inside another merges into it.
  const chosen: { node: Node; steps: typeof steps }[] = [];
  for (const s of steps) {
    const node = chooseRegion(enclosingChain(root, s.step.offset, s.step.endOffset), max);
    const same = chosen.find((c) => c.node === node);
    if (same) same.steps.push(s);
    else chosen.push({ node, steps: [s] });
  }
  const merged: typeof chosen = [];
  for (const c of [...chosen].sort((a, b) => b.node.end - b.node.start - (a.node.end - a.node.start))) {
    const outer = merged.find((m) => m.node.start <= c.node.start && m.node.end >= c.node.end);
    if (outer) outer.steps.push(...c.steps);
    else merged.push(c);
  }
  merged.sort((a, b) => a.node.start - b.node.start);

  const regions: ReadableRegion[] = [];
  let note: string | undefined;
  for (const m of merged) {
    let printed: { text: string; spans: Map<Node, [number, number]> };
    try {
      printed = printWithSpans(m.node);
    } catch (err) {
      note = `Some code is shown as written: the printer does not know ${(err as Error).message}`;
      regions.push(verbatim(text, m.steps));
      continue;
    }
    const out: PrintedStep[] = [];
    for (const s of m.steps) {
      const p = printedStep(m.node, printed.spans, s.step, s.index);
      if (p) out.push(p);
    }
    out.sort((a, b) => a.index - b.index);
    regions.push({ originalStart: m.node.start, originalEnd: m.node.end, nodeType: m.node.type, text: printed.text, steps: out, verbatim: false });
  }
  return { regions, note };
}

function groupVerbatim(text: string, steps: { step: ReadableStep; index: number }[]): ReadableRegion[] {
  const sorted = [...steps].sort((a, b) => a.step.offset - b.step.offset);
  const groups: (typeof steps)[] = [];
  for (const s of sorted) {
    const last = groups[groups.length - 1];
    if (last && s.step.offset - Math.max(...last.map((x) => x.step.endOffset)) < VERBATIM_CONTEXT * 2) last.push(s);
    else groups.push([s]);
  }
  return groups.map((g) => verbatim(text, g));
}

function clamp(n: number, len: number): number {
  return Math.max(0, Math.min(Number.isFinite(n) ? Math.floor(n) : 0, len));
}
