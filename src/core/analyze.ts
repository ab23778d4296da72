import { isFunction, memberName, unwrap, type Node } from './ast';
import { hash } from './fingerprint';
import { LineIndex } from './lines';
import { emptyInventory, type FileResult, type Finding, type ScanError, type Severity } from './model';
import { parseSource } from './parse';
import { Resolver, type Step } from './resolve';
import { CHECKS } from './rules';
import { ruleMeta } from './rules/meta';
import type { CheckContext, DraftFinding } from './rules/types';
import type { Scope } from './scope';
import { pathTo, traverse, type ProgramFacts, type Visitor, type Visitors } from './walk';

export interface AnalyzeOptions {
  /** Hosts the tool's own vendor serves (from the catalog): comparing a base URL with them is ordinary. */
  firstPartyHosts?: string[];
}

const ITERATION = new Set(['some', 'every', 'find', 'findIndex', 'filter', 'forEach', 'map', 'findLast', 'flatMap', 'reduce']);

/** Analyses one JavaScript source. Pure: no file system, network or process access; never runs the code. */
export function analyzeSource(path: string, text: string, options: AnalyzeOptions = {}): FileResult {
  const t0 = performance.now();
  const parsed = parseSource(text);
  const parseMs = performance.now() - t0;
  const inventory = emptyInventory();
  if (!parsed.ok) {
    return { path, findings: [], inventory, error: { path, kind: parsed.kind, reason: parsed.reason }, timing: { parseMs, analyseMs: 0 } };
  }
  const t1 = performance.now();
  try {
    const findings = analyzeProgram(parsed.ast as unknown as Node, path, text, options, inventory);
    return { path, findings, inventory, timing: { parseMs, analyseMs: performance.now() - t1 } };
  } catch (err) {
    const stack = err instanceof RangeError && /call stack/i.test(err.message);
    const error: ScanError = { path, kind: stack ? 'stack' : 'internal', reason: stack ? 'Analysis ran out of stack on deeply nested code' : `Analysis failed: ${(err as Error).message}` };
    return { path, findings: [], inventory, error, timing: { parseMs, analyseMs: performance.now() - t1 } };
  }
}

function analyzeProgram(ast: Node, path: string, text: string, options: AnalyzeOptions, inventory: ReturnType<typeof emptyInventory>): Finding[] {
  const lines = new LineIndex(text, path);
  const drafts: DraftFinding[] = [];
  let facts: ProgramFacts | undefined;
  let resolver: Resolver | undefined;
  const ctx: CheckContext = {
    path,
    text,
    lines,
    inventory,
    firstPartyHosts: options.firstPartyHosts ?? [],
    report: (f) => drafts.push(f),
    resolver: () => resolver!,
    facts: () => facts!,
    ancestors: (target, within) => pathTo(within ?? ast, target),
    gatedFunctions: new Map(),
  };
  const instances = CHECKS.map((c) => c.create(ctx));

  // Callback owners (`list.some(d => …)`) let a parameter range over the list it iterates.
  const callbackOwner = new Map<Node, { node: Node; scope: Scope }>();
  const core: Visitors = {
    CallExpression(node, scope) {
      const callee = unwrap(node.callee);
      if (callee.type === 'MemberExpression' && node.arguments.length && isFunction(node.arguments[0])) {
        const m = memberName(callee);
        if (m && ITERATION.has(m)) callbackOwner.set(node.arguments[0], { node, scope });
      }
    },
  };
  const visitors = mergeVisitors([core, ...instances.map((i) => i.visitors)]);
  facts = traverse(ast, visitors);
  resolver = new Resolver(facts);
  for (const [k, v] of callbackOwner) resolver.callbackOwner.set(k, v);
  for (const i of instances) i.finish?.();
  return finalize(drafts, lines);
}

function mergeVisitors(list: Visitors[]): Visitors {
  const byType = new Map<string, Visitor[]>();
  for (const v of list) for (const [type, fn] of Object.entries(v)) if (fn) byType.set(type, [...(byType.get(type) ?? []), fn]);
  const out: Visitors = {};
  for (const [type, fns] of byType) {
    out[type] = fns.length === 1 ? fns[0] : (node, scope) => {
      for (const f of fns) f(node, scope);
    };
  }
  return out;
}

function finalize(drafts: DraftFinding[], lines: LineIndex): Finding[] {
  const counts = new Map<string, number>();
  const findings: Finding[] = [];
  drafts.sort((a, b) => a.node.start - b.node.start);
  const pos = lines.positions(drafts.flatMap((d) => [d.node.start, ...d.trace.map((s) => s.node.start)]));
  const loc = (start: number, end: number) => ({ path: lines.path, ...pos.get(start)!, offset: start, endOffset: end });
  for (const d of drafts) {
    const meta = ruleMeta(d.ruleId);
    if (!meta) throw new Error(`unknown rule id ${d.ruleId}`);
    const base = hash([d.ruleId, ...d.key].join('\u0000'));
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    const severity: Severity = d.severity ?? meta.defaultSeverity;
    findings.push({
      ruleId: d.ruleId,
      category: meta.category,
      severity,
      confidence: d.confidence,
      message: d.message,
      location: loc(d.node.start, d.node.end),
      values: d.values,
      trace: d.trace.map((s: Step) => ({ role: s.role, note: s.note, location: loc(s.node.start, s.node.end) })),
      fingerprint: n === 0 ? base : `${base}:${n}`,
      details: d.details,
    });
  }
  return findings;
}
