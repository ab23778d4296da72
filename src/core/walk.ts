import * as walk from 'acorn-walk';
import { isFunction, type Node } from './ast';
import { Scope, type Binding, type BindingKind, type FunctionInfo } from './scope';

export type Visitor = (node: Node, scope: Scope) => void;
export type Visitors = Partial<Record<string, Visitor>>;

export interface CallSite {
  node: Node;
  scope: Scope;
}

/** What one traversal learns about a program, for the checks' lazy, demand-driven resolution. */
export interface ProgramFacts {
  programScope: Scope;
  functions: Map<Node, FunctionInfo>;
  /** Calls whose callee is a plain identifier named `name`. */
  callSites(name: string): CallSite[];
}

interface TypeEntry {
  special: boolean;
  visit: Visitor | undefined;
  walker: ((node: Node, st: unknown, c: (n: Node) => void) => void) | undefined;
}

/** Node types the traversal itself handles (scopes, bindings, returns, calls, assignments). */
const SPECIAL = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'BlockStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'CatchClause', 'VariableDeclaration', 'ClassDeclaration', 'ImportDeclaration', 'ReturnStatement', 'AssignmentExpression', 'UpdateExpression', 'CallExpression', 'Property', 'MethodDefinition', 'PropertyDefinition']);

// acorn-walk's base walkers call back with an override type for positions (Statement,
// Expression, Pattern, Function …); some re-dispatch the same node under that type.
const base = walk.base as unknown as Record<string, (node: Node, st: unknown, c: (n: Node, st: unknown, override?: string) => void) => void>;

/**
 * The one traversal. Drives acorn-walk's per-type child knowledge from an explicit stack, so
 * no nesting depth in third-party input can overflow the call stack. While walking it builds
 * scopes, bindings (with their initialisers and later assignments), function return lists and
 * an index of calls by callee name; every check's visitors run on the same pass.
 */
export function traverse(ast: Node, visitors: Visitors): ProgramFacts {
  const programScope = new Scope(undefined, undefined, true);
  const functions = new Map<Node, FunctionInfo>();
  // Parallel arrays per callee name: no object per call on 20 MB bundles.
  const calls = new Map<string, { nodes: Node[]; scopes: Scope[] }>();
  const fnNames = new Map<Node, { name: string; binding?: Binding }>();
  const assignScopes: Scope[] = [];
  const assignNodes: Node[] = [];

  // Two parallel stacks (node, scope) and no per-node allocation. acorn-walk's position
  // types (Expression, Statement, Pattern …) only re-dispatch a node to its own type, so
  // children are pushed as plain nodes; functions and classes are expanded here directly.
  const nodes: Node[] = [ast];
  const scopes: Scope[] = [programScope];
  let childScope: Scope = programScope;
  const push = (child: Node) => {
    nodes.push(child);
    scopes.push(childScope);
  };

  // One lookup per node type instead of a string switch, a visitor lookup and a walker lookup.
  const table = new Map<string, TypeEntry>();
  const entryFor = (type: string): TypeEntry => {
    const e: TypeEntry = { special: SPECIAL.has(type), visit: visitors[type], walker: type === 'ClassDeclaration' || type === 'ClassExpression' ? base.Class : base[type] };
    table.set(type, e);
    return e;
  };

  while (nodes.length) {
    const node = nodes.pop()!;
    const scope = scopes.pop()!;
    childScope = scope;
    const type = node.type;
    const entry = table.get(type) ?? entryFor(type);
    if (!entry.special) {
      entry.visit?.(node, scope);
      entry.walker?.(node, undefined, push);
      continue;
    }
    switch (type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const fnScope = new Scope(scope, undefined, true);
        const info: FunctionInfo = { node, scope: fnScope, returns: [] };
        (fnScope as { fn: FunctionInfo | undefined }).fn = info;
        functions.set(node, info);
        const named = fnNames.get(node);
        if (named) {
          info.name = named.name;
          info.binding = named.binding;
        }
        if (node.id) {
          info.name ??= node.id.name;
          if (type === 'FunctionDeclaration') {
            const b: Binding = { name: node.id.name, kind: 'function', scope, node };
            scope.declare(b);
            info.binding ??= b;
          } else {
            fnScope.declare({ name: node.id.name, kind: 'function', scope: fnScope, node });
          }
        }
        const params: Node[] = node.params;
        for (let i = 0; i < params.length; i++) declarePattern(params[i], fnScope, 'param', node, undefined, [], info, i);
        if (node.expression) info.returns.push(node.body);
        visitors[type]?.(node, scope);
        childScope = fnScope;
        for (let i = params.length - 1; i >= 0; i--) push(params[i]);
        if (node.body.type === 'BlockStatement') {
          const body = node.body.body as Node[];
          for (let i = body.length - 1; i >= 0; i--) push(body[i]);
        } else push(node.body);
        continue;
      }
      case 'BlockStatement':
        // A block is a scope only when it declares something block-scoped.
        for (const st of node.body as Node[]) {
          const t = st.type;
          if ((t === 'VariableDeclaration' && st.kind !== 'var') || t === 'ClassDeclaration' || t === 'FunctionDeclaration') {
            childScope = new Scope(scope, scope.fn, false);
            break;
          }
        }
        break;
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement': {
        const decl = type === 'ForStatement' ? node.init : node.left;
        if (decl && decl.type === 'VariableDeclaration' && decl.kind !== 'var') childScope = new Scope(scope, scope.fn, false);
        break;
      }
      case 'CatchClause':
        childScope = new Scope(scope, scope.fn, false);
        if (node.param) declarePattern(node.param, childScope, 'catch', node, undefined, []);
        break;
      case 'VariableDeclaration': {
        const kind = node.kind as string;
        const target = kind === 'var' ? scope.functionScope() : scope;
        const bkind: BindingKind = kind === 'var' ? 'var' : kind === 'const' ? 'const' : 'let';
        for (const d of node.declarations as Node[]) {
          declarePattern(d.id, target, bkind, d, d.init ?? undefined, []);
          const init = d.init as Node | null;
          if (init && d.id.type === 'Identifier') {
            const binding = target.vars?.get(d.id.name);
            if (isFunction(init)) fnNames.set(init, { name: d.id.name, binding });
            else if (init.type === 'CallExpression') {
              for (const a of init.arguments as Node[]) if (isFunction(a)) fnNames.set(a, { name: d.id.name, binding });
            }
          }
        }
        break;
      }
      case 'ClassDeclaration':
        if (node.id) scope.declare({ name: node.id.name, kind: 'class', scope, node });
        break;
      case 'ImportDeclaration':
        for (const s of node.specifiers as Node[]) {
          const importName = s.type === 'ImportNamespaceSpecifier' ? '*' : s.type === 'ImportDefaultSpecifier' ? 'default' : s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
          programScope.declare({ name: s.local.name, kind: 'import', scope: programScope, node: s, importSource: String(node.source.value), importName });
        }
        break;
      case 'ReturnStatement': {
        const fn = scope.functionScope().fn;
        if (fn && node.argument) fn.returns.push(node.argument);
        break;
      }
      case 'AssignmentExpression':
        if (node.left.type === 'Identifier') {
          assignScopes.push(scope);
          assignNodes.push(node);
        }
        break;
      case 'UpdateExpression':
        if (node.argument.type === 'Identifier') {
          assignScopes.push(scope);
          assignNodes.push(node);
        }
        break;
      case 'CallExpression': {
        const callee = node.callee;
        if (callee.type === 'Identifier') {
          const list = calls.get(callee.name);
          if (list) {
            list.nodes.push(node);
            list.scopes.push(scope);
          } else calls.set(callee.name, { nodes: [node], scopes: [scope] });
        }
        break;
      }
      case 'Property':
      case 'MethodDefinition':
      case 'PropertyDefinition': {
        const v = node.value as Node | null;
        if (v && isFunction(v) && !node.computed) {
          const key = node.key;
          const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
          if (name !== undefined) fnNames.set(v, { name });
        }
        break;
      }
    }
    entry.visit?.(node, scope);
    entry.walker?.(node, undefined, push);
  }

  for (let i = 0; i < assignNodes.length; i++) {
    const n = assignNodes[i];
    const b = assignScopes[i].lookup(n.type === 'AssignmentExpression' ? n.left.name : n.argument.name);
    if (b) (b.assignments ??= []).push(n);
  }

  return {
    programScope,
    functions,
    callSites: (name) => {
      const list = calls.get(name);
      return list ? list.nodes.map((node, i) => ({ node, scope: list.scopes[i] })) : [];
    },
  };
}

/** Declares every name a (possibly nested) pattern binds, with the access path to its value. */
function declarePattern(
  pattern: Node,
  scope: Scope,
  kind: BindingKind,
  owner: Node,
  init: Node | undefined,
  path: (string | number)[],
  fn?: FunctionInfo,
  paramIndex?: number,
): void {
  if (pattern.type === 'Identifier' && path.length === 0) {
    scope.declare({ name: pattern.name, kind, scope, node: owner, init, fn, paramIndex });
    return;
  }
  const work: { p: Node; path: (string | number)[] }[] = [{ p: pattern, path }];
  while (work.length) {
    const { p, path: at } = work.pop()!;
    switch (p.type) {
      case 'Identifier':
        scope.declare({ name: p.name, kind, scope, node: owner, init, path: at.length ? at : undefined, fn, paramIndex: at.length ? undefined : paramIndex });
        break;
      case 'ObjectPattern':
        for (const prop of p.properties as Node[]) {
          if (prop.type === 'RestElement') work.push({ p: prop.argument, path: [...at, '...'] });
          else {
            const key = !prop.computed ? (prop.key.type === 'Identifier' ? prop.key.name : String(prop.key.value)) : prop.key.type === 'Literal' ? String(prop.key.value) : '?';
            work.push({ p: prop.value, path: [...at, key] });
          }
        }
        break;
      case 'ArrayPattern':
        (p.elements as (Node | null)[]).forEach((el, i) => {
          if (el) work.push({ p: el.type === 'RestElement' ? el.argument : el, path: [...at, el.type === 'RestElement' ? '...' : i] });
        });
        break;
      case 'AssignmentPattern':
        work.push({ p: p.left, path: at });
        break;
      case 'RestElement':
        work.push({ p: p.argument, path: [...at, '...'] });
        break;
    }
  }
}

/** Children of a node in source order, through acorn-walk's per-type knowledge. */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
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
  return out;
}

/** Visits `root`'s subtree (explicit stack) until `visit` returns false or `limit` nodes are seen. */
export function forEachDescendant(root: Node, visit: (n: Node) => boolean | void, limit = 100_000): void {
  const stack: Node[] = [root];
  let seen = 0;
  while (stack.length && seen++ < limit) {
    const n = stack.pop()!;
    if (visit(n) === false) continue;
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/** The path of nodes from `root` down to `target` (both included), found by offsets. */
export function pathTo(root: Node, target: Node): Node[] {
  const path: Node[] = [root];
  let cur = root;
  for (let guard = 0; cur !== target && guard < 100_000; guard++) {
    let next: Node | undefined;
    for (const k of childrenOf(cur)) {
      if (k === target) {
        next = k;
        break;
      }
      if (!next && k.start <= target.start && k.end >= target.end) next = k;
    }
    if (!next) break;
    path.push(next);
    cur = next;
  }
  return path;
}
