import { calleeName, calleeOf, branchString, isFunction, memberName, staticString, unwrap, inSourceOrder, type Node } from '../engine/ast';
import { describeDifference, lookAlike } from './data/confusables';
import { classifyValue, isRegionalOffset, profileValues } from './data/keywords';
import type { SenseKind } from './data/sources';
import type { Value } from '../engine/evaluate';
import type { Severity } from '../model';
import { isSensed, type AV, type Resolver, type Step } from '../engine/resolve';
import { functionBinding, type Scope } from '../engine/scope';
import { forEachDescendant } from '../engine/walk';
import type { Check, CheckContext } from './types';

const EQUALITY = new Set(['===', '!==', '==', '!=']);
const LIST_METHODS = new Set(['includes', 'indexOf', 'lastIndexOf', 'has', 'startsWith', 'endsWith', 'match', 'search', 'test', 'get']);
/** List methods whose argument is the value tested (`set.has(x)`, `re.test(x)`); for the rest, either side may be. */
const MEMBERSHIP = new Set(['test', 'has', 'get']);
const ENCODED_ARG = /^[A-Za-z0-9+/=_-]{8,}$/;

function boundToInteresting(scope: Scope, name: string): boolean {
  const init = scope.lookup(name)?.init;
  return !!init && !init.type.startsWith('Arrow') && (interestingLiteral(init) || hasEncodedArg(init) || init.type === 'MemberExpression' || init.type === 'CallExpression');
}

// Equality tests compare with the same few strings again and again ("object", "string", …):
// their classification is kept, up to a bound.
const interesting = new Map<string, boolean>();

function interestingString(s: string): boolean {
  let v = interesting.get(s);
  if (v === undefined) {
    v = classifyValue(s).cls !== 'other';
    if (interesting.size >= 50_000) interesting.clear();
    interesting.set(s, v);
  }
  return v;
}

function interestingLiteral(n: Node): boolean {
  if (n.type === 'Literal') {
    if (typeof n.value === 'number') return isRegionalOffset(Math.abs(n.value));
    if (typeof n.value === 'string') return n.value.length <= 200 && interestingString(n.value);
    if (n.regex) return regexTokens(n.regex.pattern).some((t) => classifyValue(t).cls !== 'other');
    return false;
  }
  if (n.type === 'UnaryExpression' && n.operator === '-' && n.argument.type === 'Literal') return typeof n.argument.value === 'number' && isRegionalOffset(n.argument.value);
  return false;
}

function mayBeList(n: Node): boolean {
  const t = n.type;
  return t === 'Identifier' || t === 'MemberExpression' || t === 'CallExpression' || t === 'NewExpression' || (t === 'ArrayExpression' && n.elements.some((e: Node | null) => e && interestingLiteral(e))) || (t === 'Literal' && !!n.regex && interestingLiteral(n));
}

function hasEncodedArg(n: Node): boolean {
  return n.type === 'CallExpression' && n.arguments.some((a: Node) => {
    const s = staticString(a);
    return s !== undefined && ENCODED_ARG.test(s);
  });
}

/** Literal alternatives of a simple regex: `^Asia\/(Shanghai|Urumqi)$` → Asia/Shanghai, Asia/Urumqi. */
export function regexTokens(pattern: string): string[] {
  const p = pattern.replace(/\\([./\-])/g, '$1').replace(/^\^|\$$/g, '').replace(/\(\?:/g, '(');
  const group = /^([^()|]*)\(([^()]*)\)([^()|]*)$/.exec(p);
  const alts = group ? group[2].split('|').map((a) => group[1] + a + group[3]) : p.split('|');
  return alts
    .flatMap((a) => a.split(/[()^$?*+[\]{}\\]+/))
    .map((t) => t.trim())
    .filter((t) => t.length >= 2);
}

/** The constant a list-side value holds: its own, or that of the list it ranges over. */
function listConstant(av: AV): AV['konst'] {
  return av.konst ?? av.elementOf?.konst;
}

/** Whether `valuesOf` can find anything in a value: the side a sensed value is compared with. */
function holdsValues(av: AV): boolean {
  return listConstant(av) !== undefined;
}

/** The literal values a list-side abstract value stands for. */
function valuesOf(av: AV): { values: (string | number)[]; decodedVia?: string[] } | undefined {
  const k = listConstant(av);
  if (!k) return undefined;
  const out: (string | number)[] = [];
  const add = (v: Value) => {
    if (typeof v === 'string' || typeof v === 'number') out.push(v);
  };
  const v = k.v;
  if (typeof v === 'string') {
    const m = /^\/(.*)\/([a-z]*)$/s.exec(v);
    if (m && k.node.type === 'Literal' && k.node.regex) out.push(...regexTokens(m[1]));
    else out.push(v);
  } else if (typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) for (const x of v.slice(0, 2000)) Array.isArray(x) ? add(x[0] as Value) : add(x);
  else if (v && typeof v === 'object') for (const key of Object.keys(v).slice(0, 2000)) out.push(key);
  return out.length ? { values: out, decodedVia: k.decodedVia } : undefined;
}

interface Comparison {
  node: Node;
  scope: Scope;
  sensed: AV;
  values: (string | number)[];
  decodedVia?: string[];
  kind: 'region' | 'vendor' | 'locale';
}

interface Effect {
  kind: 'covert-marker' | 'exit' | 'throw' | 'request' | 'text' | 'value';
  node: Node;
  note: string;
}

const SENSE_NOUN: Record<SenseKind, string> = {
  env: 'an environment variable',
  timezone: 'the time zone',
  locale: 'the locale',
  'host-identity': 'the host identity',
  'machine-id': 'the machine id',
  endpoint: 'the API endpoint / proxy configuration',
  'git-identity': 'the git identity',
  system: 'system information',
};

/**
 * Sensed values compared with lists of regions or vendors — and what the comparison changes.
 * Reported once per decision (a chain of `||` over several zones is one finding) with the
 * whole trace: source, transforms, the comparison, and the effect where it can be followed.
 */
export const gatingCheck: Check = {
  name: 'gating',
  reports: ['env-gated-behavior'],
  create(ctx) {
    const binaries: { node: Node; scope: Scope }[] = [];
    const methodCalls: { node: Node; scope: Scope; method: string }[] = [];
    const switches: { node: Node; scope: Scope }[] = [];
    return {
      visitors: {
        BinaryExpression(node, scope) {
          if (!EQUALITY.has(node.operator)) return;
          const l = node.left;
          const r = node.right;
          if (l.type === 'UnaryExpression' && l.operator === 'typeof') return;
          if (interestingLiteral(l) || interestingLiteral(r) || hasEncodedArg(l) || hasEncodedArg(r)) binaries.push({ node, scope });
          else if (l.type === 'Identifier' && r.type === 'Identifier') binaries.push({ node, scope });
        },
        CallExpression(node, scope) {
          const method = calleeName(node);
          if (method === undefined || !LIST_METHODS.has(method) || node.arguments.length === 0) return;
          const callee = calleeOf(node);
          if (callee.type !== 'MemberExpression') return;
          const arg = node.arguments[0];
          const recv = callee.object;
          if (MEMBERSHIP.has(method)) {
            if (mayBeList(recv) && arg.type !== 'Literal') methodCalls.push({ node, scope, method });
            return;
          }
          if ((mayBeList(recv) && arg.type !== 'Literal') || (recv.type !== 'Literal' && (interestingLiteral(arg) || arg.type === 'Identifier' || hasEncodedArg(arg)))) methodCalls.push({ node, scope, method });
        },
        SwitchStatement(node, scope) {
          if ((node.cases as Node[]).some((c) => c.test && interestingLiteral(c.test))) switches.push({ node, scope });
        },
      },
      finish() {
        const r = ctx.resolver();
        inSourceOrder(binaries);
        inSourceOrder(methodCalls);
        inSourceOrder(switches);
        const found: Comparison[] = [];
        const consider = (node: Node, scope: Scope, sensed: AV, list: AV) => {
          if (!isSensed(sensed)) return;
          const vals = valuesOf(list);
          if (!vals) return;
          const kind = classify(sensed, vals.values, vals.decodedVia, ctx.firstPartyHosts);
          if (kind) found.push({ node, scope, sensed, values: vals.values, decodedVia: vals.decodedVia, kind });
        };
        for (const { node, scope } of binaries) {
          // `a === b` between two names: only worth resolving when one is bound to an interesting literal.
          if (node.left.type === 'Identifier' && node.right.type === 'Identifier' && !boundToInteresting(scope, node.left.name) && !boundToInteresting(scope, node.right.name)) continue;
          const l = r.valueOf(node.left, scope);
          // Unless the left side is sensed, it must hold the values a sensed right side is compared with.
          if (!isSensed(l) && !holdsValues(l)) continue;
          const rv = r.valueOf(node.right, scope);
          if (isSensed(l)) consider(node, scope, l, rv);
          else if (isSensed(rv)) consider(node, scope, rv, l);
        }
        for (const { node, scope, method } of methodCalls) {
          const arg = r.valueOf(node.arguments[0], scope);
          if (MEMBERSHIP.has(method)) {
            // Only a sensed argument makes a decision worth resolving the list.
            if (isSensed(arg)) consider(node, scope, arg, r.valueOf(unwrap(node.callee).object, scope));
            continue;
          }
          // A sensed receiver is only compared with something when the argument holds values.
          if (!isSensed(arg) && !holdsValues(arg)) continue;
          const recv = r.valueOf(unwrap(node.callee).object, scope);
          if (isSensed(arg) && !isSensed(recv)) consider(node, scope, arg, recv);
          else if (isSensed(recv)) consider(node, scope, recv, arg);
        }
        for (const { node, scope } of switches) {
          const d = r.valueOf(node.discriminant, scope);
          if (!isSensed(d)) continue;
          const values = (node.cases as Node[]).map((c) => (c.test ? r.valueOf(c.test, scope).konst?.v : undefined)).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
          const kind = classify(d, values, undefined, ctx.firstPartyHosts);
          if (kind) found.push({ node, scope, sensed: d, values, kind });
        }
        reportDecisions(ctx, r, found);
      },
    };
  },
};

function classify(sensed: AV, values: (string | number)[], decodedVia: string[] | undefined, firstParty: string[]): Comparison['kind'] | undefined {
  const kinds = new Set((sensed.sensed ?? []).map((s) => s.kind));
  const p = profileValues(values);
  if (kinds.has('timezone') && (p.timezones.length > 0 || p.offsets.length > 0)) return 'region';
  if (kinds.has('locale') && (p.countries.length > 0 || p.locales.length > 0 || p.timezones.length > 0)) return 'locale';
  if (kinds.has('endpoint') || kinds.has('host-identity') || kinds.has('git-identity')) {
    const own = new Set(firstParty.map((h) => classifyValue(h).vendor).filter(Boolean));
    const vendors = [...p.vendors.keys()].filter((v) => !own.has(v));
    if (vendors.length >= 2 || (vendors.length >= 1 && decodedVia && decodedVia.length)) return 'vendor';
    if ((p.timezones.length > 0 || p.countries.length > 1) && !kinds.has('endpoint')) return 'region';
  }
  return undefined;
}

/** Climbs from a comparison to the decision it is part of (`a || b`, `!x`, `list.some(…)`). */
function decisionOf(ctx: CheckContext, r: Resolver, node: Node): { decision: Node; path: Node[] } {
  const path = ctx.ancestors(node);
  let i = path.length - 1;
  for (; i > 0; i--) {
    const parent = path[i - 1];
    const cur = path[i];
    // `cond && act()` as a statement is an if: the decision stops at its left side.
    if (parent.type === 'LogicalExpression' && parent.left === cur && path[i - 2]?.type === 'ExpressionStatement') break;
    if (parent.type === 'LogicalExpression' || (parent.type === 'UnaryExpression' && parent.operator === '!') || parent.type === 'ParenthesizedExpression' || parent.type === 'ChainExpression') continue;
    if (parent.type === 'ReturnStatement' || (isFunction(parent) && parent.body === cur)) {
      // a callback of list.some(…)/find(…): the decision is the iteration call
      const fnNode = parent.type === 'ReturnStatement' ? path.slice(0, i).reverse().find(isFunction) : parent;
      const owner = fnNode && r.callbackOwner.get(fnNode);
      if (owner) {
        const idx = path.indexOf(owner.node);
        if (idx !== -1) {
          i = idx + 1;
          continue;
        }
      }
    }
    break;
  }
  return { decision: path[i], path: path.slice(0, i + 1) };
}

function reportDecisions(ctx: CheckContext, r: Resolver, found: Comparison[]): void {
  if (!found.length) return;
  inSourceOrder(found);
  const groups = new Map<Node, { comps: Comparison[]; path: Node[] }>();
  for (const c of found) {
    const { decision, path } = decisionOf(ctx, r, c.node);
    const g = groups.get(decision) ?? { comps: [], path };
    g.comps.push(c);
    groups.set(decision, g);
  }
  for (const [decision, { comps, path }] of groups) {
    const kinds = new Set(comps.map((c) => c.kind));
    const senses = new Set(comps.flatMap((c) => (c.sensed.sensed ?? []).map((s) => s.kind)));
    const values = [...new Set(comps.flatMap((c) => c.values.map(String)))].slice(0, 60);
    const decoded = comps.some((c) => c.decodedVia && c.decodedVia.length);
    const effects = effectsOf(ctx, r, decision, path, 0, new Set());
    const trace: Step[] = [];
    const seen = new Set<string>();
    for (const c of comps) for (const s of c.sensed.steps ?? []) {
      const k = `${s.node.start}:${s.note}`;
      if (!seen.has(k)) {
        seen.add(k);
        trace.push(s);
      }
    }
    for (const c of comps) {
      if (c.decodedVia?.length) trace.push({ role: 'transform', node: c.node, note: `compared list was decoded from ${c.decodedVia.join(' + ')}` });
    }
    trace.push({ role: 'condition', node: decision, note: `compares ${[...senses].map((s) => SENSE_NOUN[s]).join(' and ')} with ${values.slice(0, 6).map((v) => JSON.stringify(v)).join(', ')}${values.length > 6 ? ` and ${values.length - 6} more` : ''}` });
    for (const e of effects.slice(0, 6)) trace.push({ role: 'effect', node: e.node, note: e.note });

    const serious = effects.some((e) => e.kind === 'covert-marker' || e.kind === 'exit' || e.kind === 'throw' || e.kind === 'request');
    let severity: Severity;
    if (kinds.has('region') || kinds.has('vendor')) severity = decoded || serious ? 'critical' : 'high';
    else severity = serious ? 'high' : 'low'; // locale checks are mostly translations
    if (severity === 'low') continue; // ordinary i18n: inventory already records the locale read
    const what = kinds.has('vendor') ? 'vendor' : 'region';
    const viaCall = comps.some((c) => (c.sensed.steps ?? []).some((s) => s.note.startsWith('passed to')));
    ctx.report({
      ruleId: 'env-gated-behavior',
      severity,
      confidence: viaCall ? 'medium' : 'high',
      message: `Behaviour gated on ${what}: ${[...senses].map((s) => SENSE_NOUN[s]).join(' and ')} compared with ${describeValues(values)}${decoded ? ' (hidden by encoding)' : ''}${effects.length ? `; ${effects[0].note}` : ''}`,
      node: decision,
      values,
      trace,
      key: [what, ...[...senses].sort(), ...values.slice().sort(), ...effects.map((e) => e.kind).sort()],
      details: { effects: effects.map((e) => e.kind), senses: [...senses], decoded },
    });
  }
}

function describeValues(values: string[]): string {
  const p = profileValues(values.map((v) => (/^-?\d+$/.test(v) ? Number(v) : v)));
  const parts: string[] = [];
  if (p.timezones.length) parts.push(`time zones ${p.timezones.slice(0, 3).join(', ')}${p.timezones.length > 3 ? '…' : ''}`);
  if (p.offsets.length) parts.push(`UTC offsets ${p.offsets.slice(0, 3).join(', ')}`);
  if (p.vendors.size) parts.push(`vendors ${[...p.vendors.keys()].slice(0, 5).join(', ')}${p.vendors.size > 5 ? '…' : ''}`);
  if (p.countries.length || p.locales.length) parts.push(`regions ${[...p.countries, ...p.locales].slice(0, 4).join(', ')}`);
  return parts.join(' and ') || `${values.length} values`;
}

const REQUEST_NAMES = new Set(['fetch', 'request', 'post', 'put', 'sendBeacon', 'send']);

/** What a decision changes: the branches it picks between, followed through returns and variables. */
function effectsOf(ctx: CheckContext, r: Resolver, decision: Node, path: Node[], depth: number, seen: Set<Node>): Effect[] {
  if (depth > 3 || seen.has(decision)) return [];
  seen.add(decision);
  let cur = decision;
  for (let i = path.length - 2; i >= 0; i--) {
    const parent = path[i];
    switch (parent.type) {
      case 'LogicalExpression':
        if (parent.operator === '&&' && parent.left === cur && path[i - 1]?.type === 'ExpressionStatement') return branchEffects(parent.right);
        cur = parent;
        continue;
      case 'UnaryExpression':
      case 'ParenthesizedExpression':
      case 'ChainExpression':
        cur = parent;
        continue;
      case 'SequenceExpression':
        if (parent.expressions[parent.expressions.length - 1] !== cur) return [];
        cur = parent;
        continue;
      case 'IfStatement':
        if (parent.test !== cur) return [];
        return [...branchEffects(parent.consequent), ...(parent.alternate ? branchEffects(parent.alternate) : []), ...pairEffects(parent.consequent, parent.alternate)];
      case 'ConditionalExpression':
        if (parent.test !== cur) return [];
        return [...pairEffects(parent.consequent, parent.alternate), ...branchEffects(parent.consequent), ...branchEffects(parent.alternate)];
      case 'ReturnStatement':
      case 'ArrowFunctionExpression': {
        if (parent.type === 'ArrowFunctionExpression' && parent.body !== cur) return [];
        const fnNode = parent.type === 'ReturnStatement' ? path.slice(0, i).reverse().find(isFunction) : parent;
        if (!fnNode) return [];
        return callerEffects(ctx, r, fnNode, depth, seen);
      }
      case 'VariableDeclarator':
        if (parent.init !== cur || parent.id.type !== 'Identifier') return [];
        return referenceEffects(ctx, r, parent.id.name, path, i, depth, seen);
      case 'AssignmentExpression':
        if (parent.right !== cur || parent.left.type !== 'Identifier') return [];
        return referenceEffects(ctx, r, parent.left.name, path, i, depth, seen);
      default:
        return [];
    }
  }
  return [];
}

function callerEffects(ctx: CheckContext, r: Resolver, fnNode: Node, depth: number, seen: Set<Node>): Effect[] {
  const info = r.facts.functions.get(fnNode);
  if (!info) return [];
  ctx.gatedFunctions.set(fnNode, { values: [], trace: [] });
  // Only a function bound to a name has call sites to follow (a method is called as `o.f(…)`).
  const binding = functionBinding(info);
  if (!binding) return [];
  const name = binding.name;
  const out: Effect[] = [];
  for (const site of r.callsOf(binding, 8)) {
    const fnRoot = site.scope.functionScope().fn?.node;
    const p = ctx.ancestors(site.node, fnRoot);
    const effects = effectsOf(ctx, r, site.node, p, depth + 1, seen);
    if (effects.length) out.push({ kind: 'value', node: site.node, note: `result of ${name}() decides what follows` }, ...effects);
  }
  return out;
}

function referenceEffects(ctx: CheckContext, r: Resolver, name: string, path: Node[], at: number, depth: number, seen: Set<Node>): Effect[] {
  // Search the enclosing function (or program) for uses of the variable, bounded.
  const root = path.slice(0, at).reverse().find(isFunction) ?? path[0];
  const out: Effect[] = [];
  let count = 0;
  forEachDescendant(
    root,
    (n) => {
      if (count >= 6) return false;
      if (n.type === 'Identifier' && n.name === name && n.start > path[at].start) {
        count++;
        const p = ctx.ancestors(n, root);
        out.push(...effectsOf(ctx, r, n, p, depth + 1, seen));
      }
      return true;
    },
    200_000,
  );
  return out;
}

/** A pair of branches that pick visually identical strings: a covert marker. */
function pairEffects(a: Node | null | undefined, b: Node | null | undefined): Effect[] {
  if (!a || !b) return [];
  const sa = branchString(a);
  const sb = branchString(b);
  if (sa !== undefined && sb !== undefined && lookAlike(sa, sb)) {
    return [{ kind: 'covert-marker', node: a, note: `picks between look-alike strings ${JSON.stringify(sa)} and ${JSON.stringify(sb)} (${describeDifference(sa, sb).join(', ')})` }];
  }
  return [];
}

function branchEffects(n: Node): Effect[] {
  const out: Effect[] = [];
  forEachDescendant(
    n,
    (x) => {
      if (out.length >= 4) return false;
      if (isFunction(x)) return false;
      if (x.type === 'ThrowStatement') out.push({ kind: 'throw', node: x, note: 'refuses (throws an error)' });
      else if (x.type === 'CallExpression') {
        const c = unwrap(x.callee);
        const name = c.type === 'MemberExpression' ? memberName(c) : c.type === 'Identifier' ? c.name : undefined;
        if (name === 'exit' || name === 'kill' || name === 'abort') out.push({ kind: 'exit', node: x, note: `stops the program (${name}())` });
        else if (name && REQUEST_NAMES.has(name)) out.push({ kind: 'request', node: x, note: `sends a request (${name}())` });
      } else if (x.type === 'Literal' && typeof x.value === 'string' && x.value.length > 24 && /\s/.test(x.value)) {
        if (!out.some((e) => e.kind === 'text')) out.push({ kind: 'text', node: x, note: `changes text: ${JSON.stringify(x.value.slice(0, 60))}` });
      }
      return true;
    },
    2000,
  );
  return out;
}

