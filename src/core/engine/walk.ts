import * as walk from 'acorn-walk';
import type { Node } from './ast';

/*
 * Walks over a parsed tree, for the few nodes a check looks at after the parse (a finding's
 * ancestors, a decoder's body). Each one drives acorn-walk's per-type knowledge from an explicit
 * stack, so no nesting depth in third-party input can overflow the call stack.
 */

// acorn-walk's base walkers call back with an override type for positions (Statement,
// Expression, Pattern, Function …); some re-dispatch the same node under that type.
const base = walk.base as unknown as Record<string, (node: Node, st: unknown, c: (n: Node, st: unknown, override?: string) => void) => void>;

/** Children of a node in source order, through acorn-walk's per-type knowledge. */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  appendChildren(node, out);
  return out;
}

/**
 * Appends a node's children to `out` in source order: the same children acorn-walk's base walkers
 * visit, read straight from the fields for the common types (the walk after the parse asks for
 * the children of millions of nodes) and through acorn-walk for the rest.
 */
function appendChildren(n: Node, out: Node[]): void {
  switch (n.type) {
    case 'Identifier':
    case 'Literal':
    case 'ThisExpression':
    case 'Super':
    case 'EmptyStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'DebuggerStatement':
    case 'TemplateElement':
    case 'PrivateIdentifier':
    case 'MetaProperty':
      return;
    case 'MemberExpression':
      out.push(n.object);
      if (n.computed) out.push(n.property);
      return;
    case 'CallExpression':
    case 'NewExpression':
      out.push(n.callee);
      if (n.arguments) for (const a of n.arguments as Node[]) out.push(a);
      return;
    case 'ExpressionStatement':
    case 'ParenthesizedExpression':
    case 'ChainExpression':
      out.push(n.expression);
      return;
    case 'BinaryExpression':
    case 'LogicalExpression':
    case 'AssignmentExpression':
    case 'AssignmentPattern':
      out.push(n.left, n.right);
      return;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      if (n.computed) out.push(n.key);
      if (n.value) out.push(n.value);
      return;
    case 'ObjectExpression':
      for (const p of n.properties as Node[]) out.push(p);
      return;
    case 'ArrayExpression':
    case 'ArrayPattern':
      for (const e of n.elements as (Node | null)[]) if (e) out.push(e);
      return;
    case 'Program':
    case 'BlockStatement':
    case 'StaticBlock':
    case 'ClassBody':
      for (const st of n.body as Node[]) out.push(st);
      return;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      if (n.id) out.push(n.id);
      for (const p of n.params as Node[]) out.push(p);
      out.push(n.body);
      return;
    case 'ClassDeclaration':
    case 'ClassExpression':
      if (n.id) out.push(n.id);
      if (n.superClass) out.push(n.superClass);
      out.push(n.body);
      return;
    case 'VariableDeclaration':
      for (const d of n.declarations as Node[]) out.push(d);
      return;
    case 'VariableDeclarator':
      out.push(n.id);
      if (n.init) out.push(n.init);
      return;
    case 'ReturnStatement':
    case 'YieldExpression':
    case 'AwaitExpression':
      if (n.argument) out.push(n.argument);
      return;
    case 'ThrowStatement':
    case 'SpreadElement':
    case 'UnaryExpression':
    case 'UpdateExpression':
    case 'RestElement':
      out.push(n.argument);
      return;
    case 'IfStatement':
    case 'ConditionalExpression':
      out.push(n.test, n.consequent);
      if (n.alternate) out.push(n.alternate);
      return;
    case 'SequenceExpression':
      for (const e of n.expressions as Node[]) out.push(e);
      return;
    case 'TemplateLiteral':
      // acorn-walk visits the quasis, then the expressions.
      for (const q of n.quasis as Node[]) out.push(q);
      for (const e of n.expressions as Node[]) out.push(e);
      return;
    case 'TaggedTemplateExpression':
      out.push(n.tag, n.quasi);
      return;
    case 'ObjectPattern':
      // acorn-walk visits a pattern's property keys (when computed) and values, not the Property nodes.
      for (const p of n.properties as Node[]) {
        if (p.type === 'Property') {
          if (p.computed) out.push(p.key);
          out.push(p.value);
        } else if (p.type === 'RestElement') out.push(p.argument);
      }
      return;
    case 'ForStatement':
      if (n.init) out.push(n.init);
      if (n.test) out.push(n.test);
      if (n.update) out.push(n.update);
      out.push(n.body);
      return;
    case 'ForInStatement':
    case 'ForOfStatement':
      out.push(n.left, n.right, n.body);
      return;
    case 'WhileStatement':
    case 'DoWhileStatement':
      out.push(n.test, n.body);
      return;
    case 'TryStatement':
      out.push(n.block);
      if (n.handler) out.push(n.handler);
      if (n.finalizer) out.push(n.finalizer);
      return;
    case 'CatchClause':
      if (n.param) out.push(n.param);
      out.push(n.body);
      return;
    case 'SwitchStatement':
      out.push(n.discriminant);
      for (const c of n.cases as Node[]) out.push(c);
      return;
    case 'SwitchCase':
      if (n.test) out.push(n.test);
      for (const c of n.consequent as Node[]) out.push(c);
      return;
    case 'LabeledStatement':
      out.push(n.body);
      return;
  }
  genericChildren(n, out);
}

/** Children through acorn-walk's base walkers: the types the switch above leaves out. */
export function genericChildren(node: Node, out: Node[] = []): Node[] {
  const pending: { n: Node; o?: string }[] = [{ n: node }];
  while (pending.length) {
    const { n, o } = pending.pop()!;
    // Some walkers re-dispatch the same node under a position type ("Function", "Class").
    const collect = (child: Node, _st: unknown, override?: string) => {
      if (child === n) pending.push({ n: child, o: override });
      else out.push(child);
    };
    const walker = base[o ?? n.type];
    if (walker) walker(n, undefined, collect);
  }
  // acorn-walk does not enter an export list (`export { a, b as c }`); its local names are
  // references of the bindings they export (Bun's chunks export everything that way).
  if (node.type === 'ExportNamedDeclaration' && !node.source) for (const sp of node.specifiers as Node[]) out.push(sp);
  else if (node.type === 'ExportSpecifier' && node.local.type === 'Identifier') out.push(node.local);
  return out;
}

/** Visits `root`'s subtree (explicit stack) until `visit` returns false or `limit` nodes are seen. */
export function forEachDescendant(root: Node, visit: (n: Node) => boolean | void, limit = 100_000): void {
  const stack: Node[] = [root];
  let seen = 0;
  while (stack.length && seen++ < limit) {
    const n = stack.pop()!;
    if (visit(n) === false) continue;
    // The children go on the stack last first, so they come off it in source order.
    const from = stack.length;
    appendChildren(n, stack);
    for (let i = from, j = stack.length - 1; i < j; i++, j--) {
      const t = stack[i];
      stack[i] = stack[j];
      stack[j] = t;
    }
  }
}

// Paths asked again and again (the function a parameter belongs to, a call site's statement),
// kept per tree: frozen, since every asker shares them.
const pathCache = new WeakMap<Node, Map<Node, readonly Node[]>>();

/** The path of nodes from `root` down to `target` (both included), found by offsets. */
export function pathTo(root: Node, target: Node): Node[] {
  let paths = pathCache.get(root);
  if (!paths) pathCache.set(root, (paths = new Map()));
  let path = paths.get(target);
  if (!path) paths.set(target, (path = Object.freeze(nodePath(root, target.start, target.end, (n) => n === target))));
  return path as Node[];
}

/** The list that holds all of a node's children, in order, for the nodes that can hold thousands. */
function soleList(n: Node): Node[] | undefined {
  switch (n.type) {
    case 'Program':
    case 'BlockStatement':
    case 'StaticBlock':
    case 'ClassBody':
      return n.body as Node[];
    case 'ObjectExpression':
      return n.properties as Node[];
    case 'SequenceExpression':
      return n.expressions as Node[];
    case 'VariableDeclaration':
      return n.declarations as Node[];
  }
  return undefined;
}

/**
 * The path from `root` down to the node that covers [start, end) and satisfies `isTarget` (or the
 * deepest node covering the range). A bundle's top level, its module wrappers and its long lists
 * (a table's properties, a sequence, a declaration list) hold tens of thousands of children, in
 * order: the one that holds the range is found by bisection.
 */
export function nodePath(root: Node, start: number, end: number, isTarget: (n: Node) => boolean): Node[] {
  const path: Node[] = [root];
  const scratch: Node[] = [];
  let cur = root;
  for (let guard = 0; !isTarget(cur) && guard < 100_000; guard++) {
    let next: Node | undefined;
    // A node whose children are one list is searched in that list, not in a copy of it.
    let kids = soleList(cur);
    if (!kids) {
      scratch.length = 0;
      appendChildren(cur, scratch);
      kids = scratch;
    }
    // (A template literal's children are its quasis, then its expressions: not in source order.)
    if (kids.length > 16 && cur.type !== 'TemplateLiteral') {
      // The last child that starts at or before `start`: the only one that can cover the range,
      // or, for an empty range where two siblings meet, the later of the two, as the scan below.
      let lo = 0;
      let hi = kids.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (kids[mid].start <= start) lo = mid;
        else hi = mid - 1;
      }
      const k = kids[lo];
      if (k.start <= start && k.end >= end) {
        next = k;
        // An empty range at the seam of two siblings: the earlier one when it is the target.
        const before = lo > 0 ? kids[lo - 1] : undefined;
        if (!isTarget(k) && before && before.end >= end && before.start <= start && isTarget(before)) next = before;
      }
    } else {
      for (const k of kids) {
        if (k.start <= start && k.end >= end) {
          next = k;
          if (isTarget(k)) break;
        }
      }
    }
    if (!next) break;
    path.push(next);
    cur = next;
  }
  return path;
}
