import { calleeName, calleeOf, memberName, staticString, unwrap, inSourceOrder, type Node } from '../engine/ast';
import { classifyValue, splitDecoded } from './data/keywords';
import { Bytes, type Value } from '../engine/interpret';
import type { Scope } from '../engine/scope';
import type { Check } from './types';

const ENCODED = /^[A-Za-z0-9+/_-]{12,}={0,2}$/;
const HEX = /^(?:[0-9a-f]{2}){8,}$/i;

function looksEncoded(s: string): boolean {
  // Both shapes need at least 12 characters (hex: 16); most call arguments are shorter.
  if (s.length < 12 || s.length > 65536) return false;
  if (HEX.test(s)) return true;
  // Base64 has mixed case and usually digits; identifiers and words do not look like this.
  return ENCODED.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s) && (/[0-9+/=]/.test(s) || s.length >= 24);
}

function numberArray(n: Node): boolean {
  return n.type === 'ArrayExpression' && n.elements.length >= 4 && n.elements.every((e: Node | null) => e && e.type === 'Literal' && typeof e.value === 'number');
}

function isCandidate(node: Node): boolean {
  const callee = calleeOf(node);
  const args = node.arguments as Node[];
  const name = calleeName(node);
  if (name === 'fromCharCode' || name === 'fromCodePoint') return args.length >= 3 || (args.length === 1 && args[0].type === 'SpreadElement');
  if (name === 'atob' || name === 'unescape') return args.length === 1 && (staticString(args[0])?.length ?? 0) >= 8;
  if (name === 'from' && args.length === 2) {
    const enc = staticString(args[1]);
    return enc === 'base64' || enc === 'hex' || enc === 'base64url';
  }
  if (name === 'join' && callee.type === 'MemberExpression') {
    const rev = unwrap(callee.object);
    return rev.type === 'CallExpression' && rev.callee.type === 'MemberExpression' && memberName(rev.callee) === 'reverse';
  }
  if (name === 'decode' && args.length === 1 && (args[0].type === 'NewExpression' || numberArray(args[0]))) return true;
  for (const a of args) {
    const s = staticString(a);
    if (s !== undefined && looksEncoded(s)) return true;
    if (numberArray(a)) return true;
  }
  return false;
}

function printable(s: string): boolean {
  if (!s.length) return false;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 10 && c !== 13 && c !== 9) || c === 0xfffd) bad++;
  }
  return bad / s.length < 0.02;
}

function decodedStrings(v: Value): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (v instanceof Bytes) return [new TextDecoder('utf-8').decode(v.data)];
  if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

/**
 * Hidden strings: decodes statically what the bundle encodes (base64, hex, XOR and arithmetic
 * over char codes, fromCharCode arrays, reversal, its own small decoder functions) and reports
 * what they say. Lists of vendors, labs or regions are alerts; the rest is inventory.
 */
export const obfuscationCheck: Check = {
  name: 'obfuscation',
  reports: ['obfuscated-string', 'obfuscated-vendor-list'],
  create(ctx) {
    const candidates: { node: Node; scope: Scope }[] = [];
    const literalCalls: { node: Node; scope: Scope }[] = [];
    return {
      visitors: {
        CallExpression(node, scope) {
          if (isCandidate(node)) {
            candidates.push({ node, scope });
            return;
          }
          const callee = node.callee;
          if (callee.type === 'MemberExpression' && !callee.computed) {
            // Functions that work on char codes are decoder-like: calls to them with constants get decoded.
            const m = callee.property.name;
            if (m === 'charCodeAt' || m === 'fromCharCode' || m === 'codePointAt') {
              const fn = scope.functionScope().fn;
              if (fn) fn.decoderLike = true;
            }
          } else if (callee.type === 'Identifier' && node.arguments.length > 0 && node.arguments.length <= 4) {
            let strings = 0;
            for (const a of node.arguments as Node[]) {
              if (a.type === 'Literal' && typeof a.value === 'string') strings++;
              else if (!(a.type === 'Literal' && typeof a.value === 'number') && !numberArray(a)) return;
            }
            if (strings > 0) literalCalls.push({ node, scope });
          }
        },
      },
      finish() {
        const r = ctx.resolver();
        inSourceOrder(literalCalls);
        for (const call of literalCalls) {
          if (r.valueOf(call.node.callee, call.scope).fns?.some((f) => f.decoderLike)) candidates.push(call);
        }
        candidates.sort((a, b) => a.node.start - b.node.start || b.node.end - a.node.end);
        let coveredUntil = -1;
        for (const { node, scope } of candidates) {
          if (node.end <= coveredUntil) continue; // inside a call already decoded
          const c = r.constant(node, scope);
          if (!c) continue;
          const strings = decodedStrings(c.v);
          if (!strings) continue;
          const input = (node.arguments as Node[]).map((a) => staticString(a)).filter((x): x is string => x !== undefined);
          const isUserDecoder = c.decodedVia.length === 0;
          if (isUserDecoder && strings.length === 1 && input.includes(strings[0])) continue; // identity, nothing hidden
          const joined = strings.join('\n');
          if (!printable(joined) || joined.length < 3) continue;
          coveredUntil = node.end;
          ctx.inventory.decodedStrings++;
          const items = strings.flatMap(splitDecoded).slice(0, 500);
          const classified = items.map(classifyValue).filter((x) => x.cls !== 'other');
          const vendors = new Set(classified.filter((x) => x.cls === 'vendor').map((x) => x.vendor));
          const regions = classified.filter((x) => x.cls === 'timezone' || x.cls === 'country');
          const via = c.decodedVia.length ? c.decodedVia : ['a decoder function in the bundle'];
          const step = { role: 'transform' as const, node, note: `decodes ${via.join(' + ')} → ${JSON.stringify(joined.slice(0, 120))}` };
          if (vendors.size >= 2 || regions.length >= 2 || (vendors.size >= 1 && regions.length >= 1)) {
            const values = [...new Set(classified.map((x) => x.value))].slice(0, 50);
            ctx.report({
              ruleId: 'obfuscated-vendor-list',
              severity: 'high',
              confidence: 'high',
              message: `Hidden list of ${vendors.size ? `vendors (${[...vendors].join(', ')})` : ''}${vendors.size && regions.length ? ' and ' : ''}${regions.length ? 'regions' : ''}, decoded from ${via.join(' + ')}`,
              node,
              values,
              trace: [step],
              key: ['vendor-list', ...values.slice().sort()],
              details: { decoded: strings.slice(0, 50), encoding: via },
            });
          } else {
            ctx.report({
              ruleId: 'obfuscated-string',
              confidence: 'high',
              message: `Decoded a hidden string (${via.join(' + ')}): ${JSON.stringify(joined.slice(0, 60))}${joined.length > 60 ? '…' : ''}`,
              node,
              values: strings.slice(0, 20).map((s) => s.slice(0, 500)),
              trace: [step],
              key: ['string', joined.slice(0, 200)],
              details: { encoding: via },
            });
          }
        }
      },
    };
  },
};
