import { staticString, type Node } from '../ast';
import { describeDifference, lookAlike } from '../confusables';
import type { Step } from '../resolve';
import type { Scope } from '../scope';
import { forEachDescendant } from '../walk';
import type { Check } from './types';

function branchText(n: Node | null | undefined): string | undefined {
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
 * Branches that pick between strings a reader cannot tell apart (U+2019 for an apostrophe, a
 * thin space, a zero-width joiner). Critical when the branch is decided by a region or vendor
 * check; high on its own, since ordinary code has no reason to choose between identical text.
 */
export const covertMarkerCheck: Check = {
  name: 'covert-marker',
  reports: ['covert-marker'],
  create(ctx) {
    const found: { node: Node; test: Node; a: string; b: string; scope: Scope }[] = [];
    const pair = (node: Node, test: Node, x: Node | null | undefined, y: Node | null | undefined, scope: Scope) => {
      const a = branchText(x);
      const b = branchText(y);
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
        MemberExpression(node, scope) {
          // ["'", "’"][+flag]
          if (node.computed && node.object.type === 'ArrayExpression' && node.object.elements.length === 2) pair(node, node.property, node.object.elements[0], node.object.elements[1], scope);
        },
      },
      finish() {
        const r = ctx.resolver();
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
          const diff = describeDifference(f.a, f.b);
          ctx.report({
            ruleId: 'covert-marker',
            severity: gatedBy.length ? 'critical' : 'high',
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
