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
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/** The path of nodes from `root` down to `target` (both included), found by offsets. */
export function pathTo(root: Node, target: Node): Node[] {
  return nodePath(root, target.start, target.end, (n) => n === target);
}

/**
 * The path from `root` down to the node that covers [start, end) and satisfies `isTarget` (or the
 * deepest node covering the range). A bundle's top level and its module wrappers hold tens of
 * thousands of statements, in order: the one that holds the range is found by bisection.
 */
export function nodePath(root: Node, start: number, end: number, isTarget: (n: Node) => boolean): Node[] {
  const path: Node[] = [root];
  let cur = root;
  for (let guard = 0; !isTarget(cur) && guard < 100_000; guard++) {
    let next: Node | undefined;
    const body = cur.type === 'Program' || cur.type === 'BlockStatement' || cur.type === 'StaticBlock' ? (cur.body as Node[]) : undefined;
    if (body && body.length > 16) {
      let lo = 0;
      let hi = body.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (body[mid].start <= start) lo = mid;
        else hi = mid - 1;
      }
      const k = body[lo];
      if (k && k.start <= start && k.end >= end) next = k;
    }
    if (!next) {
      for (const k of childrenOf(cur)) {
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
