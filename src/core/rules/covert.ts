import { branchString, isFunction, staticString, inSourceOrder, type Node } from '../engine/ast';
import { describeDifference, isPlain, lookAlike } from './data/confusables';
import { isSensed, type Step } from '../engine/resolve';
import type { Scope } from '../engine/scope';
import { forEachDescendant } from '../engine/walk';
import type { Check } from './types';

function charOf(n: Node): string | undefined {
  return n.type === 'Literal' && typeof n.value === 'number' && n.value >= 0 && n.value <= 0x10ffff ? String.fromCodePoint(n.value) : undefined;
}

function unescapeRegexChar(p: string): string | undefined {
  if (p.length === 1) return p;
  if (p.length === 2 && p[0] === '\\') return p[1];
  const u = /^\\u([0-9a-fA-F]{4})$/.exec(p);
  return u ? String.fromCharCode(parseInt(u[1], 16)) : undefined;
}

/**
 * A swap marks text when what it writes has a character that is not plain ASCII and was not
 * there before: "'" to "’", or a zero-width joiner added. The other way round ("\u2212" to "-",
 * "\u202F" to " ", "\u200D" to "") is normalisation, which removes marks: terminal width
 * code, a time format's narrow space, a math renderer's minus sign.
 */
function marks(from: string, to: string): boolean {
  for (const ch of to) if (!isPlain(ch) && !from.includes(ch)) return true;
  return false;
}

/**
 * Branches that pick between strings a reader cannot tell apart (U+2019 for an apostrophe, a
 * thin space, a zero-width joiner). Critical when the branch is decided by a region or vendor
 * check; high on its own, since ordinary code has no reason to choose between identical text.
 */
export const covertMarkerCheck: Check = {
  name: 'covert-marker',
  reports: ['covert-marker'],
  create(ctx) {
    const found: { node: Node; test: Node; a: string; b: string; scope: Scope }[] = [];
    const replaces: { node: Node; from: string; to: string; scope: Scope }[] = [];
    const pair = (node: Node, test: Node, x: Node | null | undefined, y: Node | null | undefined, scope: Scope) => {
      const a = branchString(x);
      const b = branchString(y);
      if (a !== undefined && b !== undefined && lookAlike(a, b)) found.push({ node, test, a, b, scope });
    };
    return {
      visitors: {
        ConditionalExpression(node, scope) {
          pair(node, node.test, node.consequent, node.alternate, scope);
        },
        IfStatement(node, scope) {
          pair(node, node.test, node.consequent, node.alternate, scope);
        },
        CallExpression(node, scope) {
          const callee = node.callee;
          if (callee.type !== 'MemberExpression' || callee.computed) return;
          const m = callee.property.name;
          const [a0, a1] = node.arguments as Node[];
          // String.fromCharCode(flag ? 8217 : 39)
          if ((m === 'fromCharCode' || m === 'fromCodePoint') && a0 && a0.type === 'ConditionalExpression') {
            const x = charOf(a0.consequent);
            const y = charOf(a0.alternate);
            if (x !== undefined && y !== undefined && lookAlike(x, y)) found.push({ node, test: a0.test, a: x, b: y, scope });
          }
          // text.replace(/'/g, "’"): swaps a character for its look-alike.
          if ((m === 'replace' || m === 'replaceAll') && a0 && a1) {
            const from = a0.type === 'Literal' && a0.regex ? unescapeRegexChar(a0.regex.pattern) : staticString(a0);
            const to = staticString(a1);
            if (from !== undefined && to !== undefined && from.length <= 2 && lookAlike(from, to) && marks(from, to)) replaces.push({ node, from, to, scope });
          }
        },
        MemberExpression(node, scope) {
          // ["'", "’"][+flag]
          if (node.computed && node.object.type === 'ArrayExpression' && node.object.elements.length === 2) pair(node, node.property, node.object.elements[0], node.object.elements[1], scope);
        },
      },
      finish() {
        const r = ctx.resolver();
        inSourceOrder(found);
        inSourceOrder(replaces);
        // A swap is a marker when a branch decides it: find the test that guards the call.
        for (const x of replaces) {
          const path = ctx.ancestors(x.node);
          let test: Node | undefined;
          for (let i = path.length - 2; i >= 0 && !test; i--) {
            const p = path[i];
            const child = path[i + 1];
            if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.test !== child) test = p.test;
            else if (p.type === 'LogicalExpression' && p.right === child) test = p.left;
            else if (isFunction(p)) break;
          }
          if (test) found.push({ node: x.node, test, a: x.from, b: x.to, scope: x.scope });
        }
        for (const f of found) {
          // What decides the branch: a gated function's result, or sensed values directly.
          const gatedBy: Step[] = [];
          forEachDescendant(
            f.test,
            (n) => {
              if (n.type === 'CallExpression' || n.type === 'Identifier') {
                const v = r.valueOf(n.type === 'CallExpression' ? n.callee : n, f.scope);
                for (const fn of v.fns ?? []) if (ctx.gatedFunctions.has(fn.node)) gatedBy.push({ role: 'condition', node: n, note: `decided by ${fn.name ?? 'a function'}(), which compares sensed values with regions or vendors` });
                if (n.type === 'Identifier') {
                  const b = f.scope.lookup(n.name);
                  const init = b?.init;
                  if (init && init.type === 'CallExpression') {
                    const cv = r.valueOf(init.callee, b!.scope);
                    for (const fn of cv.fns ?? []) if (ctx.gatedFunctions.has(fn.node)) gatedBy.push({ role: 'condition', node: n, note: `decided by ${fn.name ?? 'a function'}(), which compares sensed values with regions or vendors` });
                  }
                }
              }
              return true;
            },
            500,
          );
          const uniq = [...new Map(gatedBy.map((g) => [g.node.start, g])).values()];
          gatedBy.length = 0;
          gatedBy.push(...uniq);
          // Without a region/vendor check, does anything sensed decide the branch?
          let sensedTest = false;
          forEachDescendant(
            f.test,
            (n) => {
              if (sensedTest) return false;
              if (n.type === 'Identifier' || n.type === 'MemberExpression' || n.type === 'CallExpression') {
                if (isSensed(r.valueOf(n, f.scope))) sensedTest = true;
              }
              return true;
            },
            300,
          );
          const diff = describeDifference(f.a, f.b);
          ctx.report({
            ruleId: 'covert-marker',
            severity: gatedBy.length ? 'critical' : sensedTest ? 'high' : 'medium',
            confidence: 'high',
            message: `Picks between look-alike strings ${JSON.stringify(f.a)} and ${JSON.stringify(f.b)} (${diff.join(', ')})${gatedBy.length ? ' depending on a region or vendor check' : ''}`,
            node: f.node,
            values: [f.a, f.b],
            trace: [...gatedBy.slice(0, 4), { role: 'condition', node: f.test, note: 'branch condition' }, { role: 'effect', node: f.node, note: `chooses ${diff.join(', ')} — invisible to a reader` }],
            key: ['covert', f.a, f.b],
            details: { characters: diff },
          });
        }
      },
    };
  },
};
