import { unwrap, type Node } from './ast';
import type { Resolver } from './resolve';
import { nodePath } from './refs';
import type { Binding, Scope } from './scope';
import { forEachDescendant, pathTo } from './walk';

/*
 * The text of a command a process API runs, with what its wrapper's callers pass put in: `git
 * config --get ${key}` in a helper, completed by `gitConfig("user.email")` where it is called (in
 * the same file, or in another that imports the helper).
 */

export type Val = string | string[] | undefined;

/** What an argument evaluates to, with some parameters bound (`env`): a string, a list of strings, or unknown. */
export function evalArg(node: Node | undefined, scope: Scope, env: Map<Binding, Val>, r: Resolver): Val {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'Literal') return typeof n.value === 'string' ? n.value : undefined;
  if (n.type === 'Identifier') {
    const b = scope.lookup(n.name);
    if (b && env.has(b)) return env.get(b);
  }
  // `git config --get ${key}`, `"git config " + key`: the text, with a caller's argument put in.
  if (n.type === 'TemplateLiteral' && n.expressions.length <= 8) {
    const parts = (n.expressions as Node[]).map((e) => evalArg(e, scope, env, r));
    if (parts.every((p) => typeof p === 'string')) return (n.quasis as Node[]).map((q, i) => `${q.value.cooked ?? ''}${i < parts.length ? parts[i] : ''}`).join('');
  }
  if (n.type === 'BinaryExpression' && n.operator === '+') {
    const [a, b] = [evalArg(n.left, scope, env, r), evalArg(n.right, scope, env, r)];
    if (typeof a === 'string' && typeof b === 'string') return a + b;
  }
  if (n.type === 'ArrayExpression') {
    const out: string[] = [];
    for (const e of (n.elements as (Node | null)[]).slice(0, 32)) {
      if (!e) continue;
      const v = evalArg(e.type === 'SpreadElement' ? e.argument : e, scope, env, r);
      if (Array.isArray(v)) out.push(...v);
      else out.push(v ?? '…');
    }
    return out;
  }
  const c = r.constant(n, scope)?.v;
  if (typeof c === 'string') return c;
  if (Array.isArray(c) && c.every((x) => typeof x === 'string')) return c as string[];
  return undefined;
}

/** The command a call to a process API runs, as text, with unknown parts as `…`. */
export function commandOf(call: Node, scope: Scope, env: Map<Binding, Val>, r: Resolver): string {
  const a0 = evalArg(call.arguments[0], scope, env, r);
  const a1 = call.arguments[1] ? evalArg(call.arguments[1], scope, env, r) : undefined;
  const head = typeof a0 === 'string' ? a0 : Array.isArray(a0) ? a0.join(' ') : '…';
  return [head, ...(Array.isArray(a1) ? a1 : typeof a1 === 'string' ? [a1] : [])].join(' ');
}


/** Marks where a wrapper's parameter goes in its command's text (the parameter's position between). */
const HOLE = '\u0001';
const PROCESS_API = /^child_process\.(exec|execFile|spawn|execSync|execFileSync|spawnSync)$/;

/**
 * The command a function runs with its parameters as holes (`git config --get \u00010\u0001` of
 * `gitConfig(key)`), when it runs one whose text its parameters complete: what a caller in another
 * file fills in. The process API's call must be in the function itself or a callback inside it.
 */
export function wrapperCommand(r: Resolver, root: Node, info: { node: Node; scope: Scope }, depth = 0): string | undefined {
  const env = new Map<Binding, Val>();
  (info.node.params as Node[]).slice(0, 4).forEach((p, i) => {
    const b = p.type === 'Identifier' ? info.scope.lookup(p.name) : undefined;
    if (b?.kind === 'param') env.set(b, `${HOLE}${i}${HOLE}`);
  });
  if (!env.size) return undefined;
  const calls: Node[] = [];
  forEachDescendant(info.node.body as Node, (x) => {
    if (x.type === 'CallExpression' && calls.length < 8) calls.push(x);
    return calls.length < 8;
  }, 400);
  for (const call of calls) {
    const path = pathTo(root, call);
    if (path[path.length - 1] !== call) continue;
    const scope = r.scopeAt(path);
    const callee = r.valueOf(unwrap(call.callee), scope);
    if (!PROCESS_API.test(callee.ref ?? '')) {
      // A wrapper of a wrapper (`configValue(key)` → `git(["config", "--get", key])` → `spawn("git", args)`):
      // the inner one's command, its holes filled with what this one passes.
      const inner = depth < 2 && callee.fns?.length === 1 && callee.fns[0].node !== info.node ? wrapperCommand(r, root, callee.fns[0], depth + 1) : undefined;
      if (!inner) continue;
      const args = (call.arguments as Node[]).slice(0, 4).map((a) => {
        const v = evalArg(a, scope, env, r);
        return Array.isArray(v) ? v.join(' ') : v;
      });
      const text = fillCommand(inner, args, '…')!;
      if (text.includes(HOLE)) return text;
      continue;
    }
    const text = commandOf(call, scope, env, r);
    if (text.includes(HOLE)) return text;
  }
  return undefined;
}

/** A wrapper's command with a call's arguments put in its holes; undefined when one is not known, unless `unknown` stands for it. */
export function fillCommand(template: string, args: readonly (string | undefined)[], unknown?: string): string | undefined {
  let missing = false;
  const text = template.replace(new RegExp(`${HOLE}(\\d)${HOLE}`, 'g'), (_, i: string) => {
    const a = args[Number(i)] ?? unknown;
    if (a === undefined) missing = true;
    return a ?? '';
  });
  return missing ? undefined : text;
}
