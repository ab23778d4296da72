import { borrowedArrayCall, calleeName, calleeOf, isFunction, memberName, type Node } from './engine/ast';
import { hash } from './fingerprint';
import { LineIndex } from './engine/lines';
import { emptyInventory, type FileResult, type Finding, type ScanError, type Severity } from './model';
import { Resolver, type Step } from './engine/resolve';
import { CHECKS, gatingCheck, identityFlowCheck } from './rules';
import { flowCheck, type FlowQuery } from './rules/flows';
import { ruleMeta, type RuleMeta } from './rules/meta';
import { decisionCheck, type DecisionQuery } from './rules/query';
import { DECISION_QUERIES, FLOW_QUERIES } from './rules/queries';
import type { CheckContext, DraftFinding } from './rules/types';
import type { Scope } from './engine/scope';
import type { SenseKind } from './engine/sources';
import { parseAndCollect, type ProgramFacts, type Visitors } from './engine/collect';
import { pathTo } from './engine/walk';
import { answerAsks, entryFunctions, entryListeners, fromLinkConst, hiddenRequires, refinedEntries, type LinkAsk, type LinkInputs, type ModuleLinks } from './links';

export interface AnalyzeOptions {
  /** Hosts the tool's own vendor serves (from the catalog): comparing a base URL with them is ordinary. */
  firstPartyHosts?: string[];
  /**
   * Decision queries beyond the built-in ones (rules/queries/), matched after them: a rule that
   * names its sources, its lists and its effects, and brings its metadata if its id is new.
   */
  queries?: readonly DecisionQuery[];
  /** Flow queries beyond the built-in ones: sensed values followed to the sinks they name. */
  flows?: readonly FlowQuery[];
  /** What the tool's other modules pass into this one and export to it (the scan's second round). */
  links?: LinkInputs;
}

const ITERATION = new Set(['some', 'every', 'find', 'findIndex', 'filter', 'forEach', 'map', 'findLast', 'flatMap', 'reduce', 'reduceRight']);

/** Analyses one JavaScript source. Pure: no file system, network or process access; never runs the code. */
export function analyzeSource(path: string, text: string, options: AnalyzeOptions = {}): FileResult {
  const inventory = emptyInventory();
  const t0 = performance.now();
  // The checks' visitors run inside the parse (one pass); what is left after it is resolution.
  const run = prepare(path, text, options, inventory);
  const parsed = parseAndCollect(text, run.start);
  const parseMs = performance.now() - t0;
  if (!parsed.ok) {
    return { path, findings: [], inventory: emptyInventory(), error: { path, kind: parsed.kind, reason: parsed.reason }, timing: { parseMs, analyseMs: 0 } };
  }
  const t1 = performance.now();
  try {
    const findings = run.finish(parsed.ast, parsed.facts);
    const links = run.links();
    return { path, findings, inventory, ...(links.exits || links.exports || links.callbacks || links.returns || links.asks || links.answers || links.decides || links.hidden || links.writes || links.envWrites ? { links } : {}), timing: { parseMs, analyseMs: performance.now() - t1 } };
  } catch (err) {
    const stack = err instanceof RangeError && /call stack/i.test(err.message);
    const error: ScanError = { path, kind: stack ? 'stack' : 'internal', reason: stack ? 'Analysis ran out of stack on deeply nested code' : `Analysis failed: ${(err as Error).message}` };
    return { path, findings: [], inventory: emptyInventory(), error, timing: { parseMs, analyseMs: performance.now() - t1 } };
  }
}

/**
 * Sets the checks up for one file. `start` gives the visitors for one parse attempt (a module
 * that fails and is parsed again as a script starts from fresh checks); `finish` resolves what
 * they collected once the program is known.
 */
function prepare(path: string, text: string, options: AnalyzeOptions, inventory: ReturnType<typeof emptyInventory>): { start(): Visitors[]; finish(ast: Node, facts: ProgramFacts): Finding[]; links(): ModuleLinks } {
  const lines = new LineIndex(text, path);
  let drafts: DraftFinding[] = [];
  let facts: ProgramFacts | undefined;
  let resolver: Resolver | undefined;
  let root: Node | undefined;
  const ctx: CheckContext = {
    path,
    text,
    lines,
    inventory,
    firstPartyHosts: options.firstPartyHosts ?? [],
    report: (f) => drafts.push(f),
    resolver: () => resolver!,
    facts: () => facts!,
    ancestors: (target, within) => pathTo(within ?? root!, target),
    root: () => root!,
    decisions: [],
    links: { inputs: options.links, out: {} },
  };
  let instances: { visitors: Visitors; finish?(): void }[] = [];
  const extra = options.queries ?? [];
  const extraFlows = options.flows ?? [];
  const checks = CHECKS.map((c) => (c === gatingCheck && extra.length ? decisionCheck(c.name, [...DECISION_QUERIES, ...extra]) : c === identityFlowCheck && extraFlows.length ? flowCheck(c.name, [...FLOW_QUERIES, ...extraFlows]) : c));
  const metas = new Map([...extra, ...extraFlows].flatMap((q) => (q.meta ? [[q.meta.id, q.meta] as const] : [])));
  // Callback owners (`list.some(d => …)`) let a parameter range over the list it iterates.
  let callbackOwner = new Map<Node, { node: Node; scope: Scope }>();
  return {
    start() {
      drafts = [];
      callbackOwner = new Map();
      Object.assign(inventory, emptyInventory());
      ctx.decisions.length = 0;
      ctx.links.out = {};
      instances = checks.map((c) => c.create(ctx));
      const owners = callbackOwner;
      const core: Visitors = {
        CallExpression(node, scope) {
          // `Reflect.apply(Array.prototype.some, list, [(k) => …])`: as `list.some((k) => …)`.
          const borrowed = borrowedArrayCall(node);
          if (borrowed && borrowed.arguments.length && isFunction(borrowed.arguments[0]) && ITERATION.has(memberName(borrowed.callee) ?? '')) owners.set(borrowed.arguments[0], { node: borrowed, scope });
          if (node.arguments.length && isFunction(node.arguments[0]) && calleeOf(node).type === 'MemberExpression') {
            const m = calleeName(node);
            // A computed method (obfuscated code hides every name) is checked when the callback's parameter is resolved.
            if (m ? ITERATION.has(m) : calleeOf(node).computed) owners.set(node.arguments[0], { node, scope });
          }
        },
      };
      return [core, ...instances.map((i) => i.visitors)];
    },
    finish(ast, f) {
      root = ast;
      facts = f;
      resolver = new Resolver(f, { callbackOwner, text, root: ast, linked: options.links?.values });
      // Sensed values other modules pass to this one's exports: the parameters hold them, for every check.
      const constsGiven = new Set<string>();
      // (Sensed values first, 32 at most; lists handed over alone after them, 32 at most.)
      const entries = refinedEntries(options.links?.entries ?? []);
      for (const e of [...entries.filter((x) => !x.constsOnly).slice(0, 32), ...entries.filter((x) => x.constsOnly).slice(0, 32)]) {
        // (What another module's override returns enters by this module's calls of it, not a parameter: rules/flows.ts.)
        if (e.override !== undefined) continue;
        // `bus.emit("config", cfg)` of an emitter this module exports: its listeners of that event, handed what comes after the name.
        const event = e.path[e.path.length - 1] === 'emit' && e.arg >= 1 ? e.consts?.find((c) => c.arg === 0 && typeof c.value === 'string')?.value : undefined;
        const sensedAt = (at: Node) => ({ sensed: [{ kind: e.kind as SenseKind, label: e.label, node: at, ...(e.envName ? { envName: e.envName } : {}) }], steps: [{ role: 'source' as const, node: at, note: e.note }] });
        if (typeof event === 'string' && !e.constsOnly && !e.envObject) {
          for (const fn of entryListeners(resolver, ast, f.programScope, e.path, event)) resolver.giveParam(fn.node, e.arg - 1, e.field, sensedAt((fn.node.params as Node[])[e.arg - 1] ?? fn.node));
        }
        for (const fn of entryFunctions(resolver, ast, f.programScope, e.path)) {
          const at = (fn.node.params as Node[])[e.arg] ?? fn.node;
          // The constants the same call passes beside it, once per call.
          const call = `${e.origin ?? ''}:${e.at ?? ''}:${fn.node.start}`;
          if (e.consts?.length && !constsGiven.has(call)) {
            constsGiven.add(call);
            for (const c of e.consts) resolver.giveParam(fn.node, c.arg, undefined, { konst: { v: fromLinkConst(c.value), node: (fn.node.params as Node[])[c.arg] ?? fn.node } });
          }
          if (e.constsOnly) continue;
          // The environment object: its members are environment variables here as where it was passed.
          if (e.envObject) resolver.giveParam(fn.node, e.arg, e.field, { ref: 'process.env', steps: [{ role: 'source', node: at, note: e.note }] });
          else resolver.giveParam(fn.node, e.arg, e.field, sensedAt(at));
        }
      }
      for (const i of instances) i.finish?.();
      if (ctx.decisions.length) ctx.links.out.decides = true;
      const hidden = hiddenRequires(resolver, f);
      if (hidden.length) ctx.links.out.hidden = hidden;
      // What other modules asked of this one's exports (a list they compare, a value they test).
      const asks = options.links?.asks;
      if (asks?.length) {
        const onward: LinkAsk[] = [];
        const answers = answerAsks(resolver, ast, f.programScope, asks, (n) => `${path.slice(path.lastIndexOf('/') + 1)}:${lines.position(n.start).line}`, ctx.decisions, onward);
        if (answers.length) ctx.links.out.answers = answers.map(({ at: _at, ...a }) => a);
        // (Asked of the third module only when this one has not asked it already.)
        const mine = (ctx.links.out.asks ??= []);
        for (const a of onward) if (!mine.some((x) => x.ref === a.ref)) mine.push(a);
        if (!mine.length) delete ctx.links.out.asks;
        // A decision handed to the module that tests it is reported there, with what it changes:
        // its report here, which could not follow it, is left out.
        const handed = new Set(answers.flatMap((a) => (a.at ? [a.at] : [])));
        if (handed.size) drafts = drafts.filter((d) => !(handed.has(d.node) && Array.isArray(d.details?.effects) && d.details.effects.length === 0));
      }
      return finalize(drafts, lines, (id) => ruleMeta(id) ?? metas.get(id));
    },
    links: () => ctx.links.out,
  };
}

function finalize(drafts: DraftFinding[], lines: LineIndex, metaOf: (id: string) => RuleMeta | undefined): Finding[] {
  const counts = new Map<string, number>();
  const findings: Finding[] = [];
  drafts.sort((a, b) => a.node.start - b.node.start);
  const pos = lines.positions(drafts.flatMap((d) => [d.node.start, ...d.trace.map((s) => s.node.start)]));
  const loc = (start: number, end: number) => ({ path: lines.path, ...pos.get(start)!, offset: start, endOffset: end });
  for (const d of drafts) {
    const meta = metaOf(d.ruleId);
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
