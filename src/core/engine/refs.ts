import { isFunction, type Node } from './ast';
import type { Binding, FunctionInfo } from './scope';
import { nodePath, pathTo } from './walk';

export { nodePath };

/*
 * Where a binding is used, found on demand. The parse keeps no list of every identifier (a
 * bundle has millions); the few bindings value flow follows forward are looked up in the
 * source text instead: each whole-word occurrence of the name inside the binding's region is
 * mapped back to its node, and kept when it is a reference to that binding (not a property
 * name, not a name an inner function or block declares again).
 */

const WORD = /[A-Za-z0-9_$\u0080-\uffff]/;

export interface Reference {
  /** The identifier. */
  node: Node;
  /** Nodes from the region's root down to the identifier (identifier last). */
  path: Node[];
}

export interface ProgramIndex {
  text: string;
  root: Node;
  functions: ReadonlyMap<Node, FunctionInfo>;
}

/** The node a binding's references can appear in: its function, block or the program. */
export function regionOf(b: Binding, index: ProgramIndex): Node {
  const fn = b.scope.fn;
  if (b.kind === 'param' && b.fn) return b.fn.node;
  if ((b.kind === 'let' || b.kind === 'const' || b.kind === 'class') && b.node.type !== 'Program') {
    // The innermost block around the declaration.
    const path = pathTo(index.root, b.node);
    for (let i = path.length - 2; i >= 0; i--) {
      const t = path[i].type;
      if (t === 'BlockStatement' || t === 'Program' || t === 'StaticBlock' || t === 'SwitchStatement' || t === 'ForStatement' || t === 'ForOfStatement' || t === 'ForInStatement') return path[i];
      if (isFunction(path[i])) return path[i];
    }
  }
  return fn && fn.scope === b.scope ? fn.node : index.root;
}

/**
 * The references to `b` (reads and writes) in source order, at most `limit`. Declarations of the
 * same name in a nested function or block cut their subtree out.
 */
export function referencesOf(b: Binding, index: ProgramIndex, limit = 200): Reference[] {
  const region = regionOf(b, index);
  const out: Reference[] = [];
  const name = b.name;
  // Search only the region's text: a search that ran on past it would cost the whole file each time.
  const base = region.start;
  const hay = region === index.root ? index.text : index.text.slice(region.start, region.end);
  const offset = region === index.root ? 0 : base;
  let scanned = 0;
  for (let i = hay.indexOf(name, region === index.root ? region.start : 0); i !== -1 && out.length < limit && scanned < 4000; i = hay.indexOf(name, i + name.length)) {
    const at = i + offset;
    if (at >= region.end) break;
    scanned++;
    if (i > 0 && WORD.test(hay[i - 1])) continue;
    if (i + name.length < hay.length && WORD.test(hay[i + name.length])) continue;
    const path = nodePath(region, at, at + name.length, (n) => n.type === 'Identifier' && n.start === at);
    const id = path[path.length - 1];
    if (!id || id.type !== 'Identifier' || id.start !== at || id.name !== name) continue;
    if (!isReference(path)) continue;
    if (shadowed(path, name, b, index)) continue;
    out.push({ node: id, path });
  }
  return out;
}

/** An identifier that names a value here (not a property key, a member's property or a label). */
function isReference(path: Node[]): boolean {
  const id = path[path.length - 1];
  const parent = path[path.length - 2];
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return parent.object === id || parent.computed;
    case 'Property':
      return parent.value === id || parent.computed || (parent.shorthand && parent.value === id);
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return parent.computed && parent.key === id;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return false;
    case 'ExportSpecifier':
      return parent.local === id;
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
      return false;
  }
  return true;
}

/** Whether a function or block between the region and the identifier declares the name again. */
function shadowed(path: Node[], name: string, b: Binding, index: ProgramIndex): boolean {
  for (let i = 1; i < path.length - 1; i++) {
    const n = path[i];
    if (isFunction(n)) {
      if (b.fn?.node === n || b.scope.fn?.node === n) continue;
      const info = index.functions.get(n);
      const own = info?.scope.own(name);
      if (own && own !== b) return true;
    } else if (n.type === 'BlockStatement' || n.type === 'StaticBlock') {
      for (const s of n.body as Node[]) if (declaresLexically(s, name) && !(b.node.start >= s.start && b.node.end <= s.end)) return true;
    } else if (n.type === 'CatchClause' && n.param?.type === 'Identifier' && n.param.name === name && b.node !== n) return true;
    else if ((n.type === 'ForStatement' || n.type === 'ForOfStatement' || n.type === 'ForInStatement') && declaresLexically(n.type === 'ForStatement' ? n.init : n.left, name) && !(b.node.start >= n.start && b.node.end <= n.end)) return true;
  }
  return false;
}

function declaresLexically(s: Node | null | undefined, name: string): boolean {
  if (!s) return false;
  if (s.type === 'VariableDeclaration' && s.kind !== 'var') return (s.declarations as Node[]).some((d) => patternHas(d.id, name));
  if ((s.type === 'ClassDeclaration' || s.type === 'FunctionDeclaration') && s.id?.name === name) return true;
  return false;
}

function patternHas(p: Node | null, name: string): boolean {
  if (!p) return false;
  switch (p.type) {
    case 'Identifier':
      return p.name === name;
    case 'ObjectPattern':
      return (p.properties as Node[]).some((q) => patternHas(q.type === 'RestElement' ? q.argument : q.value, name));
    case 'ArrayPattern':
      return (p.elements as (Node | null)[]).some((e) => patternHas(e && e.type === 'RestElement' ? e.argument : e, name));
    case 'AssignmentPattern':
      return patternHas(p.left, name);
    case 'RestElement':
      return patternHas(p.argument, name);
  }
  return false;
}
