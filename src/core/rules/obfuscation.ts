import { calleeName, calleeOf, memberName, staticString, unwrap, inSourceOrder, type Node } from '../engine/ast';
import { classifyValue } from './data/keywords';
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

/** More strings than this behind one decoder, and the bundle's text is encoded wholesale. */
const BLANKET = 25;

/**
 * The items of a decoded list: its entries when it is one (JSON array, or short items split by
 * `,` `|` `;` or new lines), the string itself when it is one short item, nothing for prose.
 */
export function listItems(s: string): string[] {
  const t = s.trim();
  if (t.startsWith('[')) {
    try {
      const arr = JSON.parse(t);
      if (Array.isArray(arr)) return arr.filter((x): x is string => typeof x === 'string');
    } catch {
      /* not JSON */
    }
  }
  const items = t.split(/\s*[,|;\n]\s*/).filter(Boolean);
  return items.every((x) => x.length <= 80 && !/\s/.test(x)) ? items : [];
}

/** Host names in a decoded string (URLs, or a bare host). */
function hostsIn(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/\b(?:https?|wss?):\/\/([a-z0-9.-]+\.[a-z]{2,})(?=[:/?#\s"'`]|$)/gi)) out.push(m[1].toLowerCase());
  if (!out.length && /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(s) && s.length <= 253 && /[a-z]/i.test(s)) out.push(s.toLowerCase());
  return out;
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
        const decoded: { node: Node; strings: string[]; via: string[]; decoder: string }[] = [];
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
          const via = c.decodedVia.length ? c.decodedVia : ['a decoder function in the bundle'];
          // What decoded it: the bundle's own decoder function, or the chain of builtins.
          const callee = unwrap(node.callee);
          const fn = callee.type === 'Identifier' ? r.valueOf(callee, scope).fns?.[0] : undefined;
          decoded.push({ node, strings, via, decoder: fn ? `fn@${fn.node.start}` : via.join('+') });
        }
        ctx.inventory.decodedStrings += decoded.length;
        // A decoder used for many strings encodes the bundle's text wholesale: one finding says how many
        // and how; what they say goes to the inventory. Its strings are not lists hidden on purpose.
        const byDecoder = new Map<string, typeof decoded>();
        for (const d of decoded) {
          const g = byDecoder.get(d.decoder);
          if (g) g.push(d);
          else byDecoder.set(d.decoder, [d]);
        }
        const hostSet = new Set(ctx.inventory.hosts);
        for (const [, group] of byDecoder) {
          for (const d of group) for (const s of d.strings) for (const h of hostsIn(s)) if (!hostSet.has(h) && hostSet.size < 1000) hostSet.add(h);
          if (group.length >= BLANKET) {
            const first = group[0];
            const samples = group.slice(0, 8).map((d) => d.strings.join(' ').slice(0, 120));
            ctx.report({
              ruleId: 'obfuscated-string',
              severity: 'low',
              confidence: 'high',
              message: `Hides ${group.length} strings behind one decoder (${first.via.join(' + ')}), e.g. ${samples.slice(0, 3).map((x) => JSON.stringify(x.slice(0, 40))).join(', ')}`,
              node: first.node,
              values: samples,
              trace: group.slice(0, 3).map((d) => ({ role: 'transform' as const, node: d.node, note: `decodes ${d.via.join(' + ')} → ${JSON.stringify(d.strings.join('\n').slice(0, 80))}` })),
              key: ['blanket', first.via.join('+'), String(Math.round(Math.log2(group.length)))],
              details: { encoding: first.via, count: group.length, samples },
            });
            continue;
          }
          for (const { node, strings, via } of group) {
            const joined = strings.join('\n');
            const step = { role: 'transform' as const, node, note: `decodes ${via.join(' + ')} → ${JSON.stringify(joined.slice(0, 120))}` };
            const items = strings.flatMap(listItems).slice(0, 500);
            const classified = items.map(classifyValue).filter((x) => x.cls !== 'other' && x.cls !== 'cloud-region');
            const vendors = new Set(classified.filter((x) => x.cls === 'vendor').map((x) => x.vendor));
            const regions = classified.filter((x) => x.cls === 'timezone' || x.cls === 'country');
            // A list is mostly such values: two-letter codes in SQL or prose are no list of countries.
            const listy = classified.length >= 2 && classified.length * 2 >= items.length;
            if (listy && (vendors.size >= 2 || regions.length >= 2 || (vendors.size >= 1 && regions.length >= 1))) {
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
        }
        ctx.inventory.hosts = [...hostSet].sort();
      },
    };
  },
};
