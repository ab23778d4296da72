/**
 * ESTree helpers. acorn's types are precise but verbose for analysis code that inspects
 * arbitrary third-party shapes, so nodes are handled through this loose type and guards.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Node = { type: string; start: number; end: number; [key: string]: any };

export function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';
}

export function isStringLiteral(n: Node | null | undefined): n is Node & { value: string } {
  return !!n && n.type === 'Literal' && typeof n.value === 'string';
}

/** A template literal without expressions, or a string literal: its cooked text. */
export function staticString(n: Node | null | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0]?.value?.cooked ?? undefined;
  return undefined;
}

/** Name of a non-computed or literal-keyed member property (`a.b`, `a["b"]`). */
export function memberName(n: Node): string | undefined {
  const p = n.property;
  if (!n.computed) return p.type === 'Identifier' ? p.name : p.type === 'PrivateIdentifier' ? '#' + p.name : undefined;
  return staticString(p);
}

export function propertyKeyName(p: Node): string | undefined {
  if (!p.computed) {
    if (p.key.type === 'Identifier') return p.key.name;
    if (p.key.type === 'Literal') return String(p.key.value);
    // A class's private member (`#factories`), as `this.#factories` names it.
    if (p.key.type === 'PrivateIdentifier') return '#' + p.key.name;
    return undefined;
  }
  return staticString(p.key);
}

/** A class's constructor method (`class { constructor(…) {…} }`), if it declares one. */
export function constructorOf(cls: Node): Node | undefined {
  return ((cls.body?.body ?? []) as Node[]).find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor');
}

/** Strips parentheses-free wrappers that do not change a value: `(0, x)`, `x!`-like chains. */
export function unwrap(n: Node): Node {
  let cur = n;
  for (;;) {
    if (cur.type === 'SequenceExpression') cur = cur.expressions[cur.expressions.length - 1];
    else if (cur.type === 'ChainExpression' || cur.type === 'ParenthesizedExpression') cur = cur.expression;
    else if (cur.type === 'AwaitExpression' && cur.argument) cur = cur.argument;
    else return cur;
  }
}

/** `null`, `undefined`, `void 0`: a variable's start value before it is set, a callback's "no error". */
export function isNullish(n: Node | null | undefined): boolean {
  const x = n && unwrap(n);
  return !!x && ((x.type === 'Literal' && x.value === null && !x.regex) || (x.type === 'Identifier' && x.name === 'undefined') || (x.type === 'UnaryExpression' && x.operator === 'void'));
}

// Most checks look at every call's callee while the parser finishes that call, one after the
// other: the last call's answer is kept so the unwrapping and naming happen once per call.
let lastCall: Node | undefined;
let lastCallee: Node | undefined;
let lastCalleeName: string | undefined;

function readCall(call: Node): void {
  const c = unwrap(call.callee);
  lastCall = call;
  lastCallee = c;
  lastCalleeName = c.type === 'MemberExpression' ? memberName(c) : c.type === 'Identifier' ? c.name : undefined;
}

/** A call's callee without sequence, chain or parentheses wrappers: `(0, a.b)(…)` is `a.b`. */
export function calleeOf(call: Node): Node {
  if (call !== lastCall) readCall(call);
  return lastCallee!;
}

/** The name a call is made by: `f` for `f(…)`, `b` for `a.b(…)` and `(0, a.b)(…)`, else undefined. */
export function calleeName(call: Node): string | undefined {
  if (call !== lastCall) readCall(call);
  return lastCalleeName;
}

/** Drops the kept call, so a finished tree is not held on to by it. */
export function forgetLastCall(): void {
  lastCall = lastCallee = lastCalleeName = undefined;
}

export function isFunction(n: Node): boolean {
  return n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression';
}

/** The string a branch yields: a literal, `x = "…"`, `return "…"`, or a one-statement block of those. */
export function branchString(n: Node | null | undefined): string | undefined {
  if (!n) return undefined;
  const s = staticString(n);
  if (s !== undefined) return s;
  let cur = n;
  if (cur.type === 'AssignmentExpression') return staticString(cur.right);
  if (cur.type === 'BlockStatement' && cur.body.length === 1) cur = cur.body[0];
  if (cur.type === 'ReturnStatement' && cur.argument) return staticString(cur.argument);
  if (cur.type === 'ExpressionStatement' && cur.expression.type === 'AssignmentExpression') return staticString(cur.expression.right);
  return undefined;
}

/**
 * Sorts candidates into source order (outer node first at equal starts). Visitors run as the
 * parser finishes nodes, inner before outer; what a check reports first, and the order of the
 * values it lists, follow the source.
 */
export function inSourceOrder<T extends { node: Node }>(list: T[]): T[] {
  return list.sort((a, b) => a.node.start - b.node.start || b.node.end - a.node.end);
}

const borrowedCalls = new WeakMap<Node, Node>();
/**
 * An array method borrowed from its prototype and applied to a list (`Reflect.apply(Array.prototype.some,
 * list, [cb])`, `Array.prototype.find.call(list, cb)`, `[].some.call(list, cb)`), written as the call it
 * stands for: `list.some(cb)` (a node made once per call, at the call's place in the text).
 */
export function borrowedArrayCall(node: Node): Node | undefined {
  // (Asked of every call the parser finishes: only `….call(…)` and `….apply(…)` go further.)
  if (node.type !== 'CallExpression') return undefined;
  const c = unwrap(node.callee);
  if (c.type !== 'MemberExpression' || c.computed || c.property.type !== 'Identifier' || (c.property.name !== 'call' && c.property.name !== 'apply')) return undefined;
  const hit = borrowedCalls.get(node);
  if (hit) return hit;
  const protoMethod = (n: Node): Node | undefined => {
    const m = unwrap(n);
    if (m.type !== 'MemberExpression' || m.computed) return undefined;
    const o = unwrap(m.object);
    const proto = o.type === 'MemberExpression' && memberName(o) === 'prototype' && unwrap(o.object).type === 'Identifier' && unwrap(o.object).name === 'Array';
    return proto || (o.type === 'ArrayExpression' && o.elements.length === 0) ? m.property : undefined;
  };
  const args = (node.arguments ?? []) as Node[];
  let method: Node | undefined;
  let recv: Node | undefined;
  let rest: Node[] | undefined;
  if (memberName(c) === 'call' && args[0] && args[0].type !== 'SpreadElement') {
    method = protoMethod(c.object);
    recv = args[0];
    rest = args.slice(1);
  } else if (memberName(c) === 'apply' && unwrap(c.object).type === 'Identifier' && unwrap(c.object).name === 'Reflect' && args[0] && args[1]?.type !== 'SpreadElement' && args[2]?.type === 'ArrayExpression') {
    method = protoMethod(args[0]);
    recv = args[1];
    rest = (args[2].elements as (Node | null)[]).filter((e): e is Node => !!e);
  }
  if (!method || !recv || !rest) return undefined;
  // (One node per call, kept: the engine's memos are keyed by node.)
  const callee = { type: 'MemberExpression', object: recv, property: method, computed: false, optional: false, start: node.start, end: node.end } as Node;
  const made = { type: 'CallExpression', callee, arguments: rest, optional: false, start: node.start, end: node.end } as Node;
  borrowedCalls.set(node, made);
  return made;
}

/** What a regex's control-character escapes stand for (`\n`, `\t`, `\0`…), read where a regex is a list or a swap. */
export const REGEX_CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** The strings an array literal holds when it holds nothing else (`["event", "ts"]`, as JSON.stringify's allow-list of keys). */
export function stringListLiteral(n: Node | undefined): string[] | undefined {
  const a = n && unwrap(n);
  if (a?.type !== 'ArrayExpression' || !a.elements.length || !(a.elements as (Node | null)[]).every(isStringLiteral)) return undefined;
  return (a.elements as (Node & { value: string })[]).map((e) => e.value);
}
