import { accountOf, accountSide, firstOf, givenValues, joinedParts } from '../engine/account';
import { calleeName, calleeOf, isFunction, memberName, REGEX_CONTROL_ESCAPES, unwrap, inSourceOrder, type Node, propertyKeyName } from '../engine/ast';
import { Bytes, Closure, MapValue, SetValue, type Value } from '../engine/interpret';
import { pathTo } from '../engine/walk';
import { isSensed, type AV, type Resolver } from '../engine/resolve';
import type { Scope } from '../engine/scope';
import type { Visitors } from '../engine/collect';
import { classifyValue, domainRegions, isRegionalOffset, lowerCaseRegions, singledOutRegion, singledOutZone, splitDecoded } from './data/keywords';
import { statementLike } from './effects';
import type { CheckContext } from './types';
import { parseLinkedRef } from '../links';
import { knownValues } from '../engine/sources';

/*
 * The comparisons every decision query runs on: a sensed value (followed through the value flow)
 * on one side, a list of values on the other — whatever the syntax of the comparison (===, in,
 * includes, indexOf, startsWith, regex test, Set.has, Map.get, hasOwnProperty, some/find/filter,
 * a loop, a switch, a table looked up by the value) and however the list is written or hidden
 * (the interpreter evaluates it). Comparisons are grouped into the decision they are part of
 * (`a || b`, `!x`, `list.some(…)`); the queries (query.ts) say which of them matter.
 */

const EQUALITY = new Set(['===', '!==', '==', '!=']);
/** ES2025's Set methods that test or intersect two Sets (`seen.isDisjointFrom(WATCHED)`): either may be the list. */
const SET_TESTS = ['isDisjointFrom', 'isSubsetOf', 'isSupersetOf', 'intersection'];
/** Methods that compare a receiver with an argument, one of them a list or a pattern. */
const LIST_METHODS = new Set(['hasOwn', 'includes', 'indexOf', 'lastIndexOf', 'has', 'startsWith', 'endsWith', 'match', 'search', 'test', 'get', 'exec', 'matchAll', 'localeCompare', 'hasOwnProperty', ...SET_TESTS]);
/** List methods whose argument is the value tested (`set.has(x)`, `re.test(x)`); for the rest, either side may be. */
const MEMBERSHIP = new Set(['test', 'has', 'get', 'exec', 'hasOwnProperty']);
/** List methods whose argument is an element looked for (`ZONES.includes(seen)`): with both sides another module's, both are asked for. */
const ELEMENT_ARG = new Set(['includes', 'indexOf', 'lastIndexOf']);
/** String methods whose argument is a pattern the receiver is tested against (`tz.match(LIST_RE)`). */
const PATTERN_ARG = new Set(['match', 'search', 'matchAll']);
const ENCODED_ARG = /^[A-Za-z0-9+/=_-]{8,}$/;
/** Sensed kinds whose every value the engine can name (engine/sources.ts knownValues): a function of the file can be run on each. */
const NAMED_KINDS = new Set(['timezone', 'locale', 'geo-ip']);
const ITERATION = new Set(['some', 'every', 'find', 'findIndex', 'filter', 'findLast']);

function unwrapNot(n: Node): Node {
  let cur = n;
  while (cur.type === 'UnaryExpression' && cur.operator === '!') cur = cur.argument;
  return cur;
}

// Equality tests compare with the same few strings again and again ("object", "string", …):
// their classification is kept, up to a bound.
const interesting = new Map<string, boolean>();

function interestingString(s: string): boolean {
  let v = interesting.get(s);
  if (v === undefined) {
    v = classifyValue(s).cls !== 'other' || ENCODED_ARG.test(s);
    if (interesting.size >= 50_000) interesting.clear();
    interesting.set(s, v);
  }
  return v;
}

/** A literal that can never be one side of a region or vendor comparison. */
function dullLiteral(n: Node, patterns: readonly RegExp[]): boolean {
  if (n.type === 'Literal') {
    if (typeof n.value === 'string') return n.value.length > 200 || !(interestingString(n.value) || patterns.some((p) => p.test(n.value)));
    if (typeof n.value === 'number') return !isRegionalOffset(Math.abs(n.value));
    return !n.regex; // null, booleans
  }
  if (n.type === 'UnaryExpression') return n.operator === 'typeof' || n.operator === 'void' || (n.operator === '-' && n.argument.type === 'Literal' && typeof n.argument.value === 'number' && !isRegionalOffset(n.argument.value));
  if (n.type === 'TemplateLiteral') {
    const text = n.quasis[0].value.cooked ?? '';
    return n.expressions.length === 0 && !(interestingString(text) || patterns.some((p) => p.test(text)));
  }
  return false;
}

/** `TABLE[x]` of a table written out as an object literal held by a const, or a const that holds one (`const dial = DIAL[region] ?? ""`); cheap: no value flow. */
function constTableLookup(n: Node, scope: Scope, held = true): boolean {
  let x = unwrap(n);
  if (held && x.type === 'Identifier') {
    const b = scope.lookup(x.name);
    if (!b || b.kind !== 'const' || !b.init || b.path) return false;
    const init = unwrap(b.init);
    return constTableLookup(init.type === 'LogicalExpression' ? init.left : init, b.scope, false);
  }
  if (x.type !== 'MemberExpression' || !x.computed || x.property.type === 'Literal' || x.object.type !== 'Identifier') return false;
  const b = scope.lookup(x.object.name);
  return !!b && b.kind === 'const' && !!b.init && b.init.type === 'ObjectExpression' && b.init.properties.length >= 2;
}

/** Literal alternatives of a regex: `^Asia\/(Shanghai|Urumqi)$` → Asia/Shanghai, Asia/Urumqi. */
export function regexTokens(pattern: string): string[] {
  // The whole strings it matches, then the words between its metacharacters (what an unanchored
  // `zoneinfo\/(?:Asia\/(?:Shanghai|…))` finds inside a longer text is the words).
  const out = new Set<string>();
  for (const s of regexLanguage(pattern) ?? []) for (const t of s.split(REGEX_GAP)) if (t.trim().length >= 2) out.add(t.trim());
  for (const t of flatRegexTokens(pattern)) out.add(t);
  return [...out];
}

function flatRegexTokens(pattern: string): string[] {
  // (A character class of one character, `d[e]epin`, is that character, as a letter wrapped to hide the word.
  // Any other, `[.-]`, is no value of the list: it is dropped, and splits what it sits in.)
  const p = pattern
    .replace(/(?<!\\)\[(\\[./\-_@]|[^\]\\^])\]/g, (_, c: string) => c.replace(/^\\/, ''))
    .replace(/(?<!\\)\[(?:\\.|[^\]\\])*\]/g, '^').replace(/\\([./\-_@])/g, '$1').replace(/^\^|\$$/g, '').replace(/\(\?:/g, '(');
  const group = /^([^()|]*)\(([^()]*)\)([^()|]*)$/.exec(p);
  const alts = group ? group[2].split('|').map((a) => group[1] + a + group[3]) : p.split('|');
  return alts
    .flatMap((a) => a.split(/[()^$?*+[\]{}\\]+/))
    .map((t) => t.trim())
    .filter((t) => t.length >= 2);
}

/** Stands for a part of a regex that matches no one string (`.*`, `\d+`, `[a-z]`): it splits the words around it. */
const REGEX_GAP = '\u0000';

/**
 * The strings a regex matches when it is built from literals, groups, alternatives and optional
 * parts (`^(?:asia\/(?:shanghai|urumqi)|europe\/moscow|prc)$`, nested as deep as it goes), with
 * REGEX_GAP for each part that matches many strings. Undefined when the regex is not of that kind
 * or has more than 1,024 such strings.
 */
function regexLanguage(pattern: string): string[] | undefined {
  const LIMIT = 1024;
  let i = 0;
  const fail = (): never => {
    throw new RangeError('regex');
  };
  const cross = (a: string[], b: string[]) => {
    if (a.length * b.length > LIMIT) fail();
    const out: string[] = [];
    for (const x of a) for (const y of b) out.push(x + y);
    return out;
  };
  const escape = (): string[] => {
    const c = pattern[i++];
    if (c === undefined) fail();
    if ('dDwWsSpP'.includes(c)) return [REGEX_GAP];
    if (c === 'b' || c === 'B') return [''];
    if (REGEX_CONTROL_ESCAPES[c] !== undefined && !(c === '0' && /[0-9]/.test(pattern[i] ?? ''))) return [REGEX_CONTROL_ESCAPES[c]];
    if (c === 'x' || c === 'u') {
      const m = (c === 'x' ? /^[0-9a-fA-F]{2}/ : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/).exec(pattern.slice(i));
      if (!m) fail();
      i += m![0].length;
      return [String.fromCodePoint(parseInt(m![0].replace(/[{}]/g, ''), 16))];
    }
    if (/[0-9kcf]/.test(c)) fail();
    return [c];
  };
  const charClass = (): string[] => {
    const chars: string[] = [];
    if (pattern[i] === '^') {
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      return [REGEX_GAP];
    }
    let wide = false;
    while (i < pattern.length && pattern[i] !== ']') {
      let c = pattern[i++];
      if (c === '\\') {
        const e = pattern[i++];
        if (e === undefined) fail();
        if ('dDwWsS'.includes(e)) wide = true;
        c = e;
      } else if (c === '-' && chars.length && pattern[i] !== ']') wide = true;
      chars.push(c);
    }
    if (pattern[i++] !== ']') fail();
    // (One character, `d[e]epin`, is that character, a letter wrapped to hide the word; more, `[.-]`
    // or `[-_]`, are the separators around the words and split them.)
    return wide || new Set(chars).size !== 1 ? [REGEX_GAP] : [chars[0]];
  };
  const atom = (): string[] => {
    const c = pattern[i++];
    if (c === '(') {
      let look = false;
      if (pattern[i] === '?') {
        const m = /^\?(?::|<[A-Za-z_$][\w$]*>|<?[=!])/.exec(pattern.slice(i));
        if (!m) fail();
        look = /[=!]$/.test(m![0]);
        i += m![0].length;
      }
      const inner = alternation();
      if (pattern[i++] !== ')') fail();
      return look ? [''] : inner;
    }
    if (c === '[') return charClass();
    if (c === '\\') return escape();
    // A dot before no quantifier is read as the dot it stands beside (`api.openai.com` written unescaped).
    if (c === '.') return '*+{'.includes(pattern[i] ?? '') ? [REGEX_GAP] : ['.'];
    if (c === '^' || c === '$') return [''];
    if (c === ')' || c === '|' || c === undefined || '*+?{'.includes(c)) fail();
    return [c];
  };
  const quantified = (): string[] => {
    let a = atom();
    const q = pattern[i];
    if (q === '?') {
      i++;
      a = [...new Set([...a, ''])];
    } else if (q === '*' || q === '+') {
      i++;
      // `(cn|hk)+`: one of them, then anything more; `x*` may be nothing.
      a = q === '+' ? cross(a, [REGEX_GAP]) : [REGEX_GAP];
    } else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(pattern.slice(i));
      if (!m) return a;
      i += m[0].length;
      const n = Number(m[1]);
      if (m[2] !== undefined || n > 3) a = [REGEX_GAP];
      else {
        let r = [''];
        for (let k = 0; k < n; k++) r = cross(r, a);
        a = r;
      }
    } else return a;
    if (pattern[i] === '?') i++; // lazy
    return a;
  };
  const sequence = (): string[] => {
    let out = [''];
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') out = cross(out, quantified());
    return out;
  };
  function alternation(): string[] {
    const out = sequence();
    while (pattern[i] === '|') {
      i++;
      out.push(...sequence());
      if (out.length > LIMIT) fail();
    }
    return out;
  }
  try {
    const all = alternation();
    return i === pattern.length ? all : undefined;
  } catch (err) {
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}

/** The literal values a list-side value stands for: a string, a list, a Set or Map's keys, an object's keys, a regex's alternatives. */
function valuesOfValue(v: Value, regexNode: boolean): (string | number)[] {
  const out: (string | number)[] = [];
  const add = (x: Value) => {
    if (typeof x === 'string' || typeof x === 'number') out.push(x);
  };
  if (typeof v === 'string') {
    const m = /^\/(.*)\/([a-z]*)$/s.exec(v);
    if (m && regexNode) out.push(...regexTokens(m[1]));
    else if (v.length <= 4096 && /[,|;\n]/.test(v) && !/\s{2}/.test(v)) out.push(v, ...splitDecoded(v));
    else out.push(v);
  } else if (typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) for (const x of v.slice(0, 2000)) Array.isArray(x) ? add(x[0] as Value) : add(x);
  else if (v instanceof SetValue) for (const x of [...v.set].slice(0, 2000)) add(x);
  else if (v instanceof MapValue) for (const x of [...v.map.keys()].slice(0, 2000)) add(x);
  else if (v instanceof Bytes || v instanceof Closure) return out;
  else if (v && typeof v === 'object' && 'pattern' in v && typeof (v as { pattern: unknown }).pattern === 'string') out.push(...regexTokens((v as { pattern: string }).pattern));
  // An object's keys are strings, but a number looks them up as its decimal form (`offset in {"-480": …}`).
  else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === null) for (const key of Object.keys(v).slice(0, 2000)) out.push(/^-?[1-9]\d{0,3}$/.test(key) ? Number(key) : key);
  return out;
}

/**
 * The one reversal a sensed value went through on its way to a comparison, `s.split(sep).reverse().join(glue)`
 * (its characters or its labels turned round): the separator and glue, read off the trace's steps.
 * (None when it was turned round more than once, or a part of the chain is not a literal.)
 */
function reversal(v: AV): { split: string; join: string; node: Node } | undefined {
  const steps = v.steps ?? [];
  const turns = steps.filter((s) => s.note === 'reverse()' && s.node.type === 'CallExpression');
  if (turns.length !== 1) return undefined;
  const turn = turns[0].node;
  const split = unwrap(turn.callee);
  const made = split.type === 'MemberExpression' ? unwrap(split.object) : undefined;
  if (made?.type !== 'CallExpression' || calleeName(made) !== 'split' || made.arguments.length !== 1) return undefined;
  const sep = made.arguments[0];
  if (sep.type !== 'Literal' || typeof sep.value !== 'string') return undefined;
  const glued = steps.find((s) => s.note === 'join()' && s.node.type === 'CallExpression' && unwrap(s.node.callee).type === 'MemberExpression' && unwrap(unwrap(s.node.callee).object) === turn);
  if (!glued || glued.node.arguments.length !== 1) return undefined;
  const glue = glued.node.arguments[0];
  if (glue.type !== 'Literal' || typeof glue.value !== 'string') return undefined;
  return { split: sep.value, join: glue.value, node: turn };
}

/** Whether a comparison tests equality with a list's items rather than containment in a string. */
function exactComparison(node: Node, sensedIsArgument: boolean): boolean {
  if (node.type === 'BinaryExpression' || node.type === 'SwitchStatement') return true;
  if (node.type !== 'CallExpression') return false;
  const m = memberName(unwrap(node.callee));
  return m === 'has' || m === 'get' || m === 'hasOwnProperty' || m === 'call' || ((m === 'includes' || m === 'indexOf' || m === 'lastIndexOf') && sensedIsArgument);
}

export interface Comparison {
  node: Node;
  scope: Scope;
  sensed: AV;
  values: (string | number)[];
  decodedVia?: string[];
  /** Equality (===, switch, Set.has, list.includes(x)): the sensed value is one of the values, not a string containing one. */
  exact: boolean;
}

/** The comparisons that make one decision (a chain of `===` over one value, `a || b`, a `some` callback). */
export interface DecisionCandidate {
  decision: Node;
  comps: Comparison[];
}

/**
 * Collects cheap candidates during the shared traversal; `finish` resolves both sides of each and
 * keeps those whose one side is sensed and whose other holds values worth classifying: regions,
 * vendors, locales, offsets, or values matching one of `patterns` (the lists queries name by pattern).
 */
export function comparisonFinder(ctx: CheckContext, patterns: readonly RegExp[] = []): { visitors: Visitors; finish(): DecisionCandidate[] } {
  const binaries: { node: Node; scope: Scope }[] = [];
  /** `recv.method(arg)`; a borrowed method (`Array.prototype.includes.call(list, x)`, `Reflect.apply(String.prototype.startsWith, s, [p])`) names its parts. */
  const methodCalls: { node: Node; scope: Scope; borrowed?: { method: string; recv: Node; arg: Node } }[] = [];
  const switches: { node: Node; scope: Scope }[] = [];
  /** `x === "86"`, `T[x] === 7`: an equality with a literal that is no name, kept for when x is a constant table's value. */
  const codes: { node: Node; scope: Scope }[] = [];
  /** `method`: a callee whose name is hidden behind a decoder, to be an iteration method when resolved. */
  const lookups: { node: Node; cb?: Node; scope: Scope; method?: Node; truthy?: boolean; field?: string; negated?: boolean }[] = [];
  /** `if (inGrid(region))`: a function of the file that tests one value (see Resolver.acceptedBy). */
  const predicates: { node: Node; scope: Scope }[] = [];
  /** `TABLE[x] ?? fallback`, `TABLE[x] || fallback`, `if (TABLE[x])`: x looked up in the table, tested for being there. */
  /** `const t = e && TABLE?.[e]; if (t) return t`: a variable tested that holds such a lookup, told once scopes are known. */
  const held: { node: Node; scope: Scope; field?: string; negated?: boolean }[] = [];
  const presence = (test: Node, scope: Scope, depth = 0, negatedAbove = false): void => {
    const x = unwrap(unwrapNot(unwrap(test)));
    // (Whether the test is of the field's absence, `!POLICY[c]?.allowed`: the entries without it are the ones it singles out.)
    let nots = 0;
    for (let n = unwrap(test); n.type === 'UnaryExpression' && n.operator === '!'; n = n.argument) nots++;
    const negated = negatedAbove !== (nots % 2 === 1);
    // (`if (p && T[p])`: a lookup on either side of the conjunction is tested; a name there, `r && r.k`, is
    // most often only checked before use.)
    if (x.type === 'LogicalExpression' && x.operator === '&&' && depth < 3) {
      presence(x.left, scope, depth + 1, negated);
      presence(x.right, scope, depth + 1, negated);
      return;
    }
    if (x.type === 'MemberExpression' && x.computed && x.property.type !== 'Literal') lookups.push({ node: x, scope, truthy: true });
    else if (x.type === 'Identifier' && depth === 0 && held.length < 50_000) held.push({ node: x, scope });
    else if (x.type === 'MemberExpression' && !x.computed && x.property.type === 'Identifier') {
      // `POLICY[country]?.blocked`, `p && p.blocked` of `const p = POLICY[country]`: a table of records looked up, and one field of the entry tested.
      const o = unwrap(x.object);
      if (o.type === 'MemberExpression' && o.computed && o.property.type !== 'Literal') lookups.push({ node: o, scope, truthy: true, field: x.property.name, negated });
      else if (o.type === 'Identifier' && held.length < 50_000) held.push({ node: o, scope, field: x.property.name, negated });
    }
    else if (x.type === 'CallExpression' && x.arguments.length === 1 && x.arguments[0].type !== 'SpreadElement' && unwrap(x.callee).type === 'Identifier' && predicates.length < 2000) predicates.push({ node: x, scope });
  };
  return {
    visitors: {
      LogicalExpression(node, scope) {
        if (node.operator === '??' || node.operator === '||') presence(node.left, scope);
        // `p && T[p] && (c += T[p])`, as a minifier writes `if (p && T[p]) c += T[p]`: the lookup is tested.
        else if (node.operator === '&&') {
          const left = unwrap(node.left);
          if (left.type === 'LogicalExpression' && left.operator === '&&') presence(left.right, scope);
          else if (left.type === 'MemberExpression') presence(left, scope);
        }
      },
      IfStatement(node, scope) {
        presence(node.test, scope);
      },
      ConditionalExpression(node, scope) {
        presence(node.test, scope);
      },
      BinaryExpression(node, scope) {
        const op = node.operator;
        if (op === 'in') {
          if (!dullLiteral(node.right, patterns)) binaries.push({ node, scope });
          return;
        }
        if (!EQUALITY.has(op)) return;
        // (`tld === "cn"`: a region code written lower-case is dull alone, but may be one of a chain that lists regions: see chainedValues.)
        const lowerCode = (n: Node) => n.type === 'Literal' && typeof n.value === 'string' && /^[a-z]{2}$/.test(n.value) && singledOutRegion(n.value);
        if ((lowerCode(node.left) || lowerCode(node.right)) && (node.left.type === 'Literal') !== (node.right.type === 'Literal')) {
          binaries.push({ node, scope });
          return;
        }
        if (dullLiteral(node.left, patterns) || dullLiteral(node.right, patterns)) {
          // `DIAL[region] === "86"`: maybe a value a constant table gives, compared with a literal
          // that is no name itself (the keys whose values it is may be); told once scopes are known.
          // (Not a small number, `first === 6`: hours and weekdays, not codes that stand for regions.)
          const code = (n: Node) => n.type === 'Literal' && ((typeof n.value === 'number' && n.value >= 32) || (typeof n.value === 'string' && n.value !== 'undefined'));
          const looked = (n: Node) => n.type === 'Identifier' || (n.type === 'MemberExpression' && n.computed && n.property.type !== 'Literal' && n.object.type === 'Identifier');
          if (codes.length < 20_000 && ((looked(node.left) && code(node.right)) || (looked(node.right) && code(node.left)))) codes.push({ node, scope });
          // `TABLE[x] !== void 0`: not a comparison with the literal, a lookup of x in the table.
          const lookup = tableTest(node);
          if (lookup && lookup.property.type !== 'Literal') lookups.push({ node: lookup, scope });
          return;
        }
        binaries.push({ node, scope });
      },
      CallExpression(node, scope) {
        const callee = calleeOf(node);
        if (callee.type !== 'MemberExpression' || node.arguments.length === 0) return;
        const borrowed = borrowedCall(node);
        if (borrowed) {
          if (LIST_METHODS.has(borrowed.method)) methodCalls.push({ node, scope, borrowed });
          return;
        }
        const method = calleeName(node);
        // `names.find((k) => env[k])`: a table looked up with each name of a list, by truthiness.
        // The method may be named through a string decoder (`names[_0x1f(3)]((k) => env[k])`):
        // then its name is resolved later.
        const hidden = method === undefined && callee.computed && callee.property.type !== 'Literal';
        if ((hidden || (method !== undefined && ITERATION.has(method))) && isFunction(node.arguments[0])) {
          const cb = node.arguments[0];
          const ret = cb.body.type === 'BlockStatement' ? (cb.body.body.length === 1 && cb.body.body[0].type === 'ReturnStatement' ? cb.body.body[0].argument : undefined) : cb.body;
          const body = ret ? tableTest(ret) : undefined;
          if (body && body.property.type === 'Identifier' && cb.params[0]?.type === 'Identifier' && body.property.name === cb.params[0].name) lookups.push({ node: body, cb, scope, ...(hidden ? { method: callee } : {}) });
          if (!hidden) return;
        }
        // A computed method (`a[_0x1f(3)](b)`) is resolved later: obfuscated code hides names too.
        if (method === undefined ? !callee.computed || callee.property.type === 'Literal' : !LIST_METHODS.has(method) && method !== 'call') return;
        if (method === 'call' && !(callee.object.type === 'MemberExpression' && memberName(callee.object) === 'hasOwnProperty')) return;
        // `Object.hasOwn(TABLE, zone)`: as `Object.prototype.hasOwnProperty.call(TABLE, zone)`.
        if (method === 'hasOwn') {
          if (node.arguments.length === 2 && callee.object.type === 'Identifier' && callee.object.name === 'Object' && !scope.lookup('Object')) methodCalls.push({ node, scope });
          return;
        }
        if (method !== undefined && method !== 'call' && dullLiteral(node.arguments[0], patterns) && (callee.object.type === 'Literal' || MEMBERSHIP.has(method))) return;
        methodCalls.push({ node, scope });
      },
      SwitchStatement(node, scope) {
        if (node.discriminant.type !== 'Literal' && (node.cases as Node[]).some((c) => c.test && !dullLiteral(c.test, patterns))) switches.push({ node, scope });
      },
    },
    finish() {
      const r = ctx.resolver();
      const inverted = new Set<Node>();
      for (const c of codes) if (constTableLookup(c.node.left, c.scope) || constTableLookup(c.node.right, c.scope)) binaries.push(c);
      inSourceOrder(binaries);
      inSourceOrder(methodCalls);
      inSourceOrder(switches);
      const found: Comparison[] = [];
      // A side taken from another module's export, which this file cannot see into (a list kept in
      // a shared chunk, a probe's result): asked of that module when the other side makes the
      // comparison worth it (a switch's cases always do); the scan analyses this file again with
      // the answer (core/links.ts).
      const asked = new Set<string>();
      const linked = (v: AV) => !!v.ref && v.ref.startsWith('module:') && !v.konst && !isSensed(v);
      /** The other module's value a side is, or is an element of (`NAMES().every((d) => …)`). */
      // (Or of an element of one: `d` of `t.match.some((d) => …)` for each t of another file's list.)
      const linkRef = (v: AV) => (linked(v) ? v.ref : !isSensed(v) && v.elementOf && linked(v.elementOf) ? v.elementOf.ref : !isSensed(v) && !v.elementOf?.konst && v.elementOf?.elementOf && linked(v.elementOf.elementOf) ? v.elementOf.elementOf.ref : undefined);
      const ask = (v: AV) => askRef(linkRef(v));
      /** What a side made here from other modules' values needs asked (`new RegExp(KNOWN().join("|"))`); nothing for another module's value itself. */
      const madeFrom = (v: AV, n: Node, scope: Scope) => (linkRef(v) ? [] : r.linksNeeded(n, scope));
      const askRef = (ref: string | undefined) => {
        if (!ref || asked.has(ref) || asked.size >= 32) return;
        const to = parseLinkedRef(ref);
        if (!to) return;
        asked.add(ref);
        (ctx.links.out.asks ??= []).push({ module: to.module, ref });
      };
      // (Once per text: the same text is the other side of many comparisons in a bundle.)
      const wordsWorth = new Map<string, boolean>();
      /** What makes a linked other side worth asking for: a sensed value, a probe's result or a list from elsewhere, or a list of regions, vendors or locales. */
      const worth = (x: AV, node: Node | undefined, scope: Scope) => {
        if (isSensed(x)) return true;
        const ref = linkRef(x);
        if (ref) return ref.endsWith(')') || !!x.elementOf;
        if (!x.konst && !x.elementOf && !x.obj) return false;
        const vals = listValues(r, x, node, scope);
        const one = (v: string | number) => (typeof v === 'number' ? isRegionalOffset(Math.abs(v)) : classifyValue(v).cls !== 'other' || patterns.some((p) => p.test(v)));
        if (vals?.values.some(one)) return true;
        // A list kept as words of one text (`"CN HK RU".search(new RegExp(`(^| )${region}( |$)`))`): its words.
        const text = x.konst?.v;
        if (typeof text !== 'string' || text.length > 4096 || !/\S\s+\S/.test(text)) return false;
        let hit = wordsWorth.get(text);
        if (hit === undefined) wordsWorth.set(text, (hit = text.trim().split(/\s+/).slice(0, 2000).some(one)));
        return hit;
      };
      /** A side made here from other modules' values (`new URL(proxyUrl()).hostname`), compared with a list worth it: what it is made from is asked for. */
      const askInputs = (x: AV, node: Node, other: AV, otherNode: Node, scope: Scope) => {
        if (isSensed(x) || linkRef(x) || x.konst || isSensed(other) || linkRef(other) || !worth(other, otherNode, scope)) return;
        for (const ref of r.linkedInputs(node, scope)) askRef(ref);
      };
      /** Another module's function called here on constants (`decode(ENCODED)`): what it gives back for them, run there. */
      const askArgs = (v: AV, node: Node | undefined, scope: Scope) => {
        const call = node ? unwrap(node) : undefined;
        if (call?.type === 'CallExpression' && v.ref && linkRef(v) === v.ref) askRef(r.argsRef(v.ref, call, scope));
      };
      const askPair = (a: AV, aNode: Node, b: AV, bNode: Node, scope: Scope) => {
        if (linkRef(a) && worth(b, bNode, scope)) {
          ask(a);
          askArgs(a, aNode, scope);
        }
        if (linkRef(b) && worth(a, aNode, scope)) {
          ask(b);
          askArgs(b, bNode, scope);
        }
        askInputs(a, aNode, b, bNode, scope);
        askInputs(b, bNode, a, aNode, scope);
      };
      const classified = (values: readonly (string | number)[]) => values.some((v) => (typeof v === 'number' ? isRegionalOffset(Math.abs(v)) : classifyValue(v).cls !== 'other' || patterns.some((p) => p.test(v))));
      const consider = (node: Node, scope: Scope, sensed: AV, list: AV, listNode: Node | undefined, sensedIsArgument = false, sensedNode?: Node) => {
        if (!isSensed(sensed)) return;
        let vals = listValues(r, list, listNode, scope);
        if (!vals) {
          ask(list);
          askArgs(list, listNode, scope);
          // A list made at run time from another module's export (`new RegExp(KNOWN.map(esc).join("|"))`): ask for what it is made from.
          if (listNode && !linkRef(list)) for (const ref of [...r.linksNeeded(listNode, scope), ...r.linkedInputs(listNode, scope)]) askRef(ref);
        }
        // A list of hashes or packed numbers, compared with what a function of the file makes of a
        // time zone or a locale: the names that function turns into the list's values.
        // (Numbers compared with a locale or a country are no UTC offsets, whatever they are multiples of: `(c0 - 65) * 26 + (c1 - 65)` packs "IR" into 225.)
        const kind = sensed.sensed!.find((x) => NAMED_KINDS.has(x.kind))?.kind;
        const packedCodes = kind !== undefined && kind !== 'timezone' && !sensed.sensed!.some((x) => x.kind === 'timezone') && vals !== undefined && numberList(vals.values) && vals.values.length <= 300;
        if (vals && sensedNode && (packedCodes || (!classified(vals.values) && opaqueList(vals.values)))) {
          const m = kind ? r.matchedThrough(sensedNode, scope, vals.values, kind) : undefined;
          // (A small number most names are made into, a weekday or a count of plural forms, is a property of every locale, not a list of some.)
          if (m && (!packedCodes || m.names.length * 4 <= knownValues(kind!).length)) vals = { values: m.names, decodedVia: [...(vals.decodedVia ?? []), `kept as what ${m.fn}() makes of each`] };
          // (Numbers no name of the locale's is made into are not its list, and no UTC offsets either.)
          else if (packedCodes) return;
        }
        // `["cn", "ru", "ir"].includes(region.toLowerCase())`: region codes written lower-case.
        // (And `/(^|\.)(cn|ru|ir)$/i.test(domain)` of an account's e-mail: the countries whose top-level domains they are.)
        if (vals && !classified(vals.values) && sensed.sensed!.some((x) => x.kind === 'locale' || x.kind === 'timezone' || x.kind === 'account' || x.kind === 'endpoint')) {
          const codes = lowerCaseRegions(vals.values);
          if (codes) vals = { values: codes, decodedVia: vals.decodedVia };
          // (`host.endsWith(".cn") || host.endsWith(".ru")`, `tld === "cn" || tld === "ru"` of an endpoint's or an account's host: top-level domains.)
          // (`tld === "cn" || tld === "ru"`: one code per comparison, and the chain they are joined in is the list. Not for a
          // locale: a chain of region codes there picks a script or a translation, `tw`, `hk`, `mo` for Traditional Chinese.)
          else if (sensed.sensed!.some((x) => x.kind === 'endpoint' || x.kind === 'account')) {
            const joined = sensedNode && vals.values.length === 1 ? chainedValues(ctx.ancestors(node), ctx.text, sensedNode) : undefined;
            const pool: readonly (string | number)[] = joined && typeof vals.values[0] === 'string' && joined.includes(vals.values[0]) ? joined : vals.values;
            const regions = domainRegions(pool);
            if (regions) vals = { values: vals.values.map((v) => regions[pool.indexOf(v)] ?? v), decodedVia: vals.decodedVia };
          }
        }
        // `host.split("").reverse().join("") === k` over a list of reversed names ("moc.ianepo"): the
        // names the list holds, read back the way the sensed value was turned round.
        if (vals && !classified(vals.values)) {
          const rev = reversal(sensed);
          const back = rev ? vals.values.map((v) => (typeof v === 'string' ? v.split(rev.join).reverse().join(rev.split) : v)) : undefined;
          if (back && classified(back)) vals = { values: back, decodedVia: [...(vals.decodedVia ?? []), 'each name turned round, as the compared value is'] };
        }
        if (!vals || !classified(vals.values)) return;
        // Classified per decision (a chain of `===` over one value each is one decision).
        found.push({ node, scope, sensed, values: vals.values, decodedVia: vals.decodedVia, exact: exactComparison(node, sensedIsArgument) });
      };
      /**
       * `HIDDEN.some((h) => host === h || host.endsWith("." + h))` with `host` the hostname of a
       * configured base URL or proxy (`config.baseUrl`, a helper's parameter its callers give it):
       * a list of vendors hidden by an encoding, compared with where the user's requests go, is a
       * decision about whom the user buys from. The same comparison with a list written out is a
       * provider router's (not reported), and so is one vendor's host, hidden or not.
       */
      const configuredGate = (node: Node, scope: Scope, operandNode: Node, list: AV, listNode: Node): boolean => {
        // (`new RegExp(`(${decode(K)})\\.`)`: a pattern made at run time, which the interpreter evaluates.)
        if (isSensed(list) || (!list.konst && !(list.elementOf && !isSensed(list.elementOf)) && !madePattern(listNode))) return false;
        const cfg = configuredEndpoint(r, operandNode, scope);
        if (!cfg) return false;
        const vals = listValues(r, list, listNode, scope);
        // (Percent-encoding is how a URL or a query is written, not a way to hide a list.)
        if (!vals?.decodedVia?.some((d) => d !== 'percent-encoding')) return false;
        const vendors = new Set(vals.values.map((v) => (typeof v === 'string' ? classifyValue(v) : undefined)).filter((c) => c?.cls === 'vendor').map((c) => c!.vendor));
        if (vendors.size < 2) return false;
        const source = { kind: 'endpoint' as const, label: `the configured ${cfg.name}`, node: cfg.node, configured: true };
        consider(node, scope, { sensed: [source], steps: [{ role: 'source', node: cfg.node, note: `reads the configured endpoint (${cfg.name})` }] }, list, listNode, false, operandNode);
        return true;
      };
      /**
       * `LABS.has(email.split("@")[1])`, `org.includes(k)` for each k of a table: the signed-in
       * account's e-mail domain or organisation name compared with a list (see engine/account.ts;
       * vendor-by-account decides whether the list is one of rivals).
       */
      const accountGate = (node: Node, scope: Scope, operandNode: Node, list: AV, listNode: Node | undefined): boolean => {
        if (isSensed(list)) return false;
        const acc = accountOf(r, operandNode, scope);
        if (!acc) return false;
        consider(node, scope, accountSide(acc), list, listNode, false, operandNode);
        return true;
      };
      // A value looked up in a table keyed by a sensed value: the table's keys are the list.
      // (A value that is an element of a sensed list, `for (const z of zones())`, is that value, not a key of a table.)
      const keyedTable = (side: AV) => !!side.elementOf && !isSensed(side.elementOf);
      /**
       * `CALLING.includes(DIAL[region])`, `DIAL[region] === "86"`: a sensed key looked up in a constant
       * table, and what it finds compared with constants: the list is the table's keys whose values
       * those constants are (the regions whose calling codes the list holds), not the table's keys.
       */
      const keysThrough = (side: AV, other: AV, otherNode: Node | undefined, scope: Scope): AV | undefined => {
        if (!isSensed(side) || !keyedTable(side) || isSensed(other)) return undefined;
        const t = side.elementOf!;
        const c = t.konst || !t.obj ? undefined : r.constant(t.obj.node, t.obj.scope);
        const k = t.konst ?? (c ? { v: c.v, node: t.obj!.node, decodedVia: c.decodedVia } : undefined);
        const table = k?.v;
        if (!table || typeof table !== 'object' || Array.isArray(table) || table instanceof SetValue || table instanceof Bytes || table instanceof Closure) return undefined;
        const entries: [string, Value][] = table instanceof MapValue ? [...table.map].slice(0, 2000).map(([key, x]) => [String(key), x]) : Object.entries(table as Record<string, Value>).slice(0, 2000);
        if (!entries.length || !entries.every(([, x]) => typeof x === 'string' || typeof x === 'number')) return undefined;
        const vals = listValues(r, other, otherNode, scope);
        if (!vals) return undefined;
        // (Small numbers, `CLOCK[tz] === 12`, `FIRST_DAY[locale] === 6`, are hours and weekdays, not codes that stand for regions.)
        if (vals.values.every((x) => typeof x === 'number' && x < 32)) return undefined;
        const wanted = new Set(vals.values.map(String));
        const keys = entries.filter(([, x]) => wanted.has(String(x))).map(([key]) => key);
        if (!keys.length) return undefined;
        // (Decoded only when the table or the list was: a lookup written out is no encoding.)
        const via = [...(k!.decodedVia ?? []), ...(vals.decodedVia ?? [])];
        return { konst: { v: keys, node: k!.node, ...(via.length ? { decodedVia: via } : {}) } };
      };
      const tableLookup = (node: Node, scope: Scope, side: AV) => {
        // (A table of the names its keys go by, `"Asia/Shanghai" → "China Standard Time"`: the value said in other words, as Intl's display names say it.)
        if (isSensed(side) && side.elementOf?.konst && namesItsKeys(side.elementOf.konst.v)) return;
        if (isSensed(side) && side.elementOf && (side.elementOf.konst || side.elementOf.obj)) consider(node, scope, side, side.elementOf, undefined);
        else if (isSensed(side) && side.elementOf) ask(side.elementOf);
      };
      for (const { node, scope } of binaries) {
        const l = r.valueOf(node.left, scope);
        if (node.operator === 'in') {
          if (linkRef(l)) {
            // `detected in LIST`: the right side is the list, whoever defines it.
            const table = r.valueOf(node.right, scope);
            if (linkRef(table)) {
              ask(l);
              ask(table);
            } else askPair(l, node.left, table, node.right, scope);
          }
          // (Each of a sensed list's elements, `for (const label of host.split(".")) … label in node`, is as sensed.)
          const each = !isSensed(l) && l.elementOf && isSensed(l.elementOf) ? { sensed: l.elementOf.sensed, steps: l.elementOf.steps } : undefined;
          const key = each ?? l;
          // `label in node` while `node = node[label]` walks down a tree of host labels: the names its paths spell.
          const trie = isSensed(key) ? treePaths(r, node.right, scope) : undefined;
          if (trie) consider(node, scope, key, { konst: { v: trie.values, node: trie.node } }, undefined, false, node.left);
          else if (isSensed(key)) consider(node, scope, key, r.valueOf(node.right, scope), node.right, false, node.left);
          else {
            const obj = r.valueOf(node.right, scope);
            // `"DEEPSEEK_API_KEY" in process.env`: which variables are set is what is sensed.
            if (isSensed(obj)) consider(node, scope, obj, l, node.left);
            else if (obj.ref === 'process.env') consider(node, scope, { sensed: [{ kind: 'env', label: 'env (names set)', node, envName: '*' }], steps: [{ role: 'source', node, note: 'tests which environment variables are set' }] }, l, node.left);
            // `domain in LABS` of an account's e-mail domain: the table's keys are the list.
            // (A value whose only known part is an empty default, `email.split("@").pop() ?? ""`, is no constant.)
            else if ((obj.konst || obj.obj) && (!l.konst || l.konst.v === '')) accountGate(node, scope, node.left, obj, node.right);
          }
          continue;
        }
        // (A configured endpoint compared with each element of a hidden list of vendors: see configuredGate.)
        if (!isSensed(l) && (node.operator === '===' || node.operator === '==')) {
          const other = r.valueOf(node.right, scope);
          if (!isSensed(other) && (configuredGate(node, scope, node.left, other, node.right) || (l.elementOf && configuredGate(node, scope, node.right, l, node.left)))) continue;
          if (!isSensed(other) && ((other.elementOf || other.konst) && accountGate(node, scope, node.left, other, node.right) || ((l.elementOf || l.konst) && accountGate(node, scope, node.right, l, node.left)))) continue;
        }
        // Unless the left side is sensed, it must hold the values a sensed right side is compared with.
        if (!isSensed(l) && !mayHoldValues(l, node.left) && !linkRef(l)) continue;
        const rv = r.valueOf(node.right, scope);
        askPair(l, node.left, rv, node.right, scope);
        const lk = keysThrough(l, rv, node.right, scope);
        const rk = lk ? undefined : keysThrough(rv, l, node.left, scope);
        if (lk || rk) {
          consider(node, scope, lk ? l : rv, (lk ?? rk)!, undefined, false, lk ? node.left : node.right);
          // (The same `DIAL[region] === "86"` is no test of the region being in the table.)
          inverted.add(unwrap(lk ? node.left : node.right));
        }
        else if (isSensed(l) && keyedTable(l)) tableLookup(node, scope, l);
        else if (isSensed(rv) && keyedTable(rv)) tableLookup(node, scope, rv);
        else if (isSensed(l)) consider(node, scope, l, rv, node.right, false, node.left);
        else if (isSensed(rv)) consider(node, scope, rv, l, node.left, false, node.right);
      }
      // Only when the names a predicate accepts are written nowhere in the file (a bitmap, hashes): a
      // list written out is compared inside the function, and that comparison is the decision.
      const written = (n: string) => [n, n.toLowerCase()].some((x) => ctx.text.includes(`"${x}"`) || ctx.text.includes(`'${x}'`) || ctx.text.includes(`\`${x}\``));
      for (const { node, scope } of predicates) {
        // (A small function of the file first: the argument's value is the dearer question.)
        const fn = r.valueOf(unwrap(node.callee), scope).fns?.[0];
        if (!fn || fn.node.end - fn.node.start > 4000 || (fn.node.params as Node[]).length > 2) continue;
        const arg = r.valueOf(node.arguments[0], scope);
        const kind = isSensed(arg) ? arg.sensed!.find((x) => NAMED_KINDS.has(x.kind))?.kind : undefined;
        const m = kind ? r.acceptedBy(node, scope, kind) : undefined;
        if (m && m.names.filter((n) => !written(n)).length * 2 > m.names.length) found.push({ node, scope, sensed: arg, values: m.names, decodedVia: [`kept as what ${m.fn}() accepts`], exact: true });
      }
      for (const { node, scope, borrowed } of methodCalls) {
        const callee = unwrap(node.callee);
        // (`compare(a, b)` is a comparison of a with b only on an Intl.Collator: semver's or Buffer's order things.)
        if (borrowed && callee.type === 'MemberExpression' && memberName(callee) === 'compare' && !/^Intl\.Collator\(\)$/.test(r.valueOf(callee.object, scope).ref ?? '')) continue;
        let method = borrowed?.method ?? memberName(callee);
        if (method === undefined) {
          const k = r.valueOf(callee.property, scope);
          method = k.konst && typeof k.konst.v === 'string' ? k.konst.v : undefined;
          if (method === undefined || (!LIST_METHODS.has(method) && method !== 'call')) continue;
        }
        if (method === 'call' || method === 'hasOwn') {
          // Object.prototype.hasOwnProperty.call(table, v), Object.hasOwn(table, v)
          const [table, key] = node.arguments as Node[];
          if (!table || !key) continue;
          const k = r.valueOf(key, scope);
          const t = r.valueOf(table, scope);
          // (Another module's table and another module's sensed state: the call says which is which, so both are asked for.)
          if (linkRef(k) && linkRef(t)) {
            ask(k);
            ask(t);
          } else askPair(k, key, t, table, scope);
          // `Object.hasOwn(node, label)` while `node = node[label]` walks down a tree of host labels: the names its paths spell, as for `label in node`.
          const trie = isSensed(k) ? treePaths(r, table, scope) : undefined;
          if (trie) consider(node, scope, k, { konst: { v: trie.values, node: trie.node } }, undefined, false, key);
          else if (isSensed(k)) consider(node, scope, k, t, table, false, key);
          continue;
        }
        const argNode = borrowed?.arg ?? node.arguments[0];
        const arg = r.valueOf(argNode, scope);
        const recvNode = borrowed?.recv ?? callee.object;
        // `LABS.has(domain)`, `LABS.includes(domain)` of an account's e-mail domain (also one another module gives).
        // (A value whose only known part is an empty default, `email.split("@").pop() ?? ""`, is no constant.)
        if (!isSensed(arg) && (!arg.konst || arg.konst.v === '') && (method === 'has' || method === 'test' || method === 'get' || ELEMENT_ARG.has(method))) {
          const recv = r.valueOf(recvNode, scope);
          // (`GLYPHS.get(domain)` of a Map: its keys are the list.)
          if ((method === 'get' ? recv.konst?.v instanceof MapValue : recv.konst || recv.obj) && accountGate(node, scope, argNode, recv, recvNode)) continue;
        }
        if (MEMBERSHIP.has(method)) {
          // Only a sensed argument makes a decision worth resolving the list.
          if (isSensed(arg)) {
            const recv = r.valueOf(recvNode, scope);
            // `WINDOWS_TO_IANA.get(zone)`: a zone's other name, not a decision about it.
            if (method === 'get' && conversionTable(recv.konst?.v)) continue;
            consider(node, scope, arg, recv, recvNode, true, argNode);
          }
          else if (!linkRef(arg) && (method === 'has' || method === 'test')) configuredGate(node, scope, argNode, r.valueOf(recvNode, scope), recvNode);
          else if (linkRef(arg)) {
            // The method says which side is the list (`KNOWN.test(detected)`): both are asked for when both are another module's.
            const recv = r.valueOf(recvNode, scope);
            // (A pattern made here from another module's list, `new RegExp(KNOWN().join("|"))`: what it is made from.)
            const made = madeFrom(recv, recvNode, scope);
            if (linkRef(recv) || made.length) {
              ask(arg);
              ask(recv);
              askArgs(recv, recvNode, scope);
              for (const ref of made) askRef(ref);
            } else askPair(arg, argNode, recv, recvNode, scope);
          }
          continue;
        }
        // A sensed receiver is only compared with something when the argument holds values.
        if (!isSensed(arg) && !mayHoldValues(arg, argNode) && !linkRef(arg)) {
          if (ELEMENT_ARG.has(method) && configuredGate(node, scope, argNode, r.valueOf(recvNode, scope), recvNode)) continue;
          // `HOSTS.includes(new URL(baseUrl).hostname)` of an imported baseUrl: what the argument is made from is asked for.
          // (Also a pattern made from it, `LIST.search(new RegExp(`(^| )${region}( |$)`))`.)
          if ((ELEMENT_ARG.has(method) || PATTERN_ARG.has(method)) && !arg.konst) {
            const recv = r.valueOf(recvNode, scope);
            if (recv.konst) askInputs(arg, argNode, recv, recvNode, scope);
          }
          continue;
        }
        const recv = r.valueOf(recvNode, scope);
        if ((PATTERN_ARG.has(method) || ELEMENT_ARG.has(method)) && (linkRef(arg) || linkRef(recv))) {
          // `current.match(ENTRIES)`, `ZONES.includes(seen)` of two other modules' exports: the method says which side is the list, so both are worth asking for
          // (also a list made here from another module's, `NAMES().map(lower).includes(seen)`).
          const needed = [...madeFrom(arg, argNode, scope), ...madeFrom(recv, recvNode, scope)];
          if ((linkRef(arg) || needed.length) && (linkRef(recv) || needed.length)) {
            ask(arg);
            ask(recv);
            askArgs(recv, recvNode, scope);
            for (const ref of needed) askRef(ref);
            continue;
          }
        }
        askPair(arg, argNode, recv, recvNode, scope);
        const through = ELEMENT_ARG.has(method) ? keysThrough(arg, recv, recvNode, scope) : undefined;
        if (through) consider(node, scope, arg, through, undefined, true, argNode);
        else if (isSensed(arg) && !isSensed(recv)) consider(node, scope, arg, recv, recvNode, true, argNode);
        else if (isSensed(recv)) consider(node, scope, recv, arg, argNode, false, recvNode);
        // (`host.endsWith(d)` for each d of a list decoded in a loop, `domain.endsWith(d)`, `org.includes(k)`:
        // the configured endpoint's or the account's value is the receiver.)
        else if ((arg.elementOf || arg.konst) && !recv.konst) {
          if (!(arg.elementOf && configuredGate(node, scope, recvNode, arg, argNode))) accountGate(node, scope, recvNode, arg, argNode);
        }
      }
      const heldSeen = new Set<string>();
      for (const { node, scope, field, negated } of held) {
        const b = scope.lookup(node.name);
        if (!b || b.path || !b.init || (b.kind !== 'const' && b.kind !== 'let') || heldSeen.has(`${b.init.start}:${field ?? ''}`)) continue;
        // (A field tested, `p.blocked`, only of a variable that holds a lookup: checked below; each once per field.)
        if (field !== undefined && unwrap(b.init).type !== 'MemberExpression' && unwrap(b.init).type !== 'LogicalExpression' && unwrap(b.init).type !== 'ConditionalExpression') continue;
        heldSeen.add(`${b.init.start}:${field ?? ''}`);
        // (`e && T[e]`, `T?.[e]`, `T[e] ?? d`, `e ? T[e] : undefined`: the lookup the variable holds.)
        let x = unwrap(b.init);
        const lookedUp = (n: Node) => unwrap(n).type === 'MemberExpression' && unwrap(n).computed;
        while (x.type === 'LogicalExpression' || x.type === 'ConditionalExpression') {
          if (x.type === 'LogicalExpression') x = unwrap(x.operator === '&&' ? x.right : x.left);
          else x = unwrap(lookedUp(x.consequent) || !lookedUp(x.alternate) ? x.consequent : x.alternate);
        }
        // (Not `const key = process.env[name]`: which keys are set, and a provider picked by it, is no table of the file's.)
        if (x.type === 'MemberExpression' && x.computed && x.property.type !== 'Literal' && r.valueOf(x.object, b.scope).ref !== 'process.env') lookups.push({ node: x, scope: b.scope, truthy: true, ...(field !== undefined ? { field, negated } : {}) });
      }
      /** `TIERS[domain]` of an account's e-mail domain: the table's keys are the list, as for a sensed key. */
      const accountLookup = (node: Node, scope: Scope): boolean => {
        const acc = accountOf(r, node.property, scope);
        if (!acc) return false;
        const obj = r.valueOf(node.object, scope);
        const c = obj.konst ? undefined : r.constant(node.object, scope);
        const table: AV | undefined = obj.konst ? obj : c ? { konst: { v: c.v, node: node.object, decodedVia: c.decodedVia.length ? c.decodedVia : undefined } } : obj.obj ? obj : undefined;
        if (!table) return false;
        tableLookup(node, scope, { ...accountSide(acc), elementOf: table });
        return true;
      };
      for (const { node, cb, scope: outer, method, truthy, field, negated } of lookups) {
        if (inverted.has(node)) continue;
        if (method) {
          const name = r.nameOf(method, outer);
          if (name === undefined || !ITERATION.has(name)) continue;
        }
        const scope = (cb && ctx.facts().functions.get(cb)?.scope) || outer;
        // A table of texts looked up by a locale and used as it is (`{ zh_CN: "Simplified Chinese" }[tag] || "English"`) is a translation, not a policy.
        if (truthy) {
          const t = unwrap(node.object);
          if (isTextTable(t.type === 'ObjectExpression' ? t : r.valueOf(t, scope).obj?.node)) continue;
          // (A table built at run time, `{}` filled in a loop: what it holds, as the interpreter fills it.)
          if (t.type !== 'ObjectExpression' && isTextRecord(r.constant(t, scope)?.v)) continue;
        }
        let v = r.valueOf(node, scope);
        // (A field of the entry tested: the keys whose entries hold it, `{ CN: { blocked: true }, US: { blocked: false } }` → CN;
        // its absence tested, `!POLICY[c]?.allowed`, the keys whose entries lack it.)
        if (field !== undefined) {
          const entries = isSensed(v) ? v.elementOf?.konst : undefined;
          const t = entries?.v;
          if (!t || typeof t !== 'object' || Array.isArray(t) || Object.getPrototypeOf(t) !== null) continue;
          const kept: Record<string, Value> = Object.create(null);
          for (const [k, e] of Object.entries(t as Record<string, Value>)) if (e && typeof e === 'object' && !Array.isArray(e) && Object.getPrototypeOf(e) === null && !(e as Record<string, Value>)[field] === !!negated) kept[k] = e;
          // (Only a table whose entries that hold it are mostly the regions lists single out: a field
          // of time zones' or countries' conventions, daylight saving, VAT, consent, support hours, is no region's policy.)
          const keys = Object.keys(kept);
          if (keys.filter((k) => singledOutRegion(k) || singledOutZone(k)).length * 2 <= keys.length) continue;
          v = { ...v, elementOf: { konst: { ...entries!, v: kept } } };
        }
        if (isSensed(v) && v.elementOf) tableLookup(node, scope, v);
        else if (node.computed && !isSensed(v) && !cb && accountLookup(node, scope)) continue;
        else if (node.computed) {
          // `LIST[seen] !== void 0` of two other modules' exports, `NAMES.find((k) => found[k])` of
          // another module's table: the table is asked for, and the key when it is another's too.
          const key = r.valueOf(node.property, scope);
          if (!cb && !linkRef(key)) continue;
          const table = r.valueOf(node.object, scope);
          if (linkRef(table) && (linkRef(key) || (cb && worth(key, node.property, scope)))) {
            ask(key);
            ask(table);
          }
        }
      }
      for (const { node, scope } of switches) {
        let d = r.valueOf(node.discriminant, scope);
        ask(d);
        // (`switch (domain)` of an account's e-mail: as sensed, for vendor-by-account.)
        const acc = isSensed(d) ? undefined : accountOf(r, node.discriminant, scope);
        if (acc) d = accountSide(acc);
        if (!isSensed(d)) continue;
        const cases = (node.cases as Node[]).map((c) => (c.test ? r.valueOf(c.test, scope) : undefined));
        // `case Z.A:` of another module's constants: asked of that module.
        for (const c of cases.slice(0, 16)) if (c) ask(c);
        const values = cases.map((c) => c?.konst?.v).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
        const decodedVia = [...new Set(cases.flatMap((c) => c?.konst?.decodedVia ?? []))];
        found.push({ node, scope, sensed: d, values, exact: true, ...(decodedVia.length ? { decodedVia } : {}) });
      }
      return groupDecisions(ctx, r, found);
    },
  };
}

/**
 * A method borrowed from a prototype and called on a value: `Array.prototype.includes.call(list, x)`,
 * `String.prototype.startsWith.call(s, p)`, `Reflect.apply(Array.prototype.includes, list, [x])`,
 * also `[].includes.call(list, x)` and `"".startsWith.call(s, p)`.
 */
function borrowedCall(node: Node): { method: string; recv: Node; arg: Node } | undefined {
  const c = unwrap(node.callee);
  if (c.type !== 'MemberExpression') return undefined;
  const protoMethod = (n: Node): string | undefined => {
    const m = unwrap(n);
    if (m.type !== 'MemberExpression') return undefined;
    const name = memberName(m);
    const o = unwrap(m.object);
    const proto = o.type === 'MemberExpression' && memberName(o) === 'prototype' && unwrap(o.object).type === 'Identifier' && /^(Array|String)$/.test(unwrap(o.object).name);
    const literal = (o.type === 'ArrayExpression' && o.elements.length === 0) || (o.type === 'Literal' && o.value === '');
    return name && (proto || literal) ? name : undefined;
  };
  const [a0, a1, a2] = node.arguments as Node[];
  if (memberName(c) === 'call') {
    const method = protoMethod(c.object);
    return method && a0 && a1 && a0.type !== 'SpreadElement' && a1.type !== 'SpreadElement' ? { method, recv: a0, arg: a1 } : undefined;
  }
  // `collator.compare(a, b) === 0`: as `a.localeCompare(b)` (the receiver is checked to be an Intl.Collator when it is resolved).
  if (memberName(c) === 'compare' && node.arguments.length === 2 && a0.type !== 'SpreadElement' && a1.type !== 'SpreadElement') return { method: 'localeCompare', recv: a0, arg: a1 };
  if (memberName(c) === 'apply' && unwrap(c.object).type === 'Identifier' && unwrap(c.object).name === 'Reflect' && a0 && a1 && a2?.type === 'ArrayExpression' && a2.elements[0]) {
    const method = protoMethod(a0);
    return method ? { method, recv: a1, arg: a2.elements[0] as Node } : undefined;
  }
  return undefined;
}

/** An object literal whose every value is a text (labels, translations): looking a key up in it picks a text. */
function isTextTable(n: Node | undefined): boolean {
  if (n?.type !== 'ObjectExpression' || !n.properties.length) return false;
  const props = n.properties as Node[];
  if (!props.every((p) => p.type === 'Property' && ((p.value.type === 'Literal' && typeof p.value.value === 'string') || p.value.type === 'TemplateLiteral'))) return false;
  // A table that sorts what is looked up into classes is a policy, not text: its values are short
  // codes (`{ "Asia/Shanghai": "cn", "Asia/Urumqi": "cn", "Europe/Moscow": "ru" }`), some shared by
  // several keys, and not parts of their keys (`{ "en-US": "en", "en-GB": "en" }` only shortens
  // them). Labels, formats and language names (`"China Standard Time"`, `"DD/MM/YYYY"`,
  // `"English"`) are text, shared or not.
  return textEntries(props.map((p) => ({ key: (propertyKeyName(p) ?? '').toLowerCase(), value: p.value.type === 'Literal' ? String(p.value.value) : undefined })));
}

/** A table's entries (keys lower-cased; a value not written out as a string is text) are labels or translations, not codes that sort keys into classes. */
function textEntries(entries: { key: string; value: string | undefined }[]): boolean {
  // (One sentence for every key, `{ CN: "Keep answers brief…", RU: "Keep answers brief…" }`: no
  // translation, which differs by key, but a list of the keys that get it.)
  const first = entries[0]?.value;
  if (entries.length >= 2 && first !== undefined && (first.match(/\p{L}/gu)?.length ?? 0) >= 12 && entries.every((e) => e.value === first)) return false;
  if (!entries.every((e) => e.value !== undefined && /^[a-z0-9_-]{1,16}$/.test(e.value))) return true;
  const values = entries.map((e) => e.value!);
  const shared = new Set(values).size < values.length;
  const apart = entries.filter((e) => !e.key.includes(e.value!)).length * 2 > entries.length;
  return !(shared && apart);
}

/** A record built at run time whose every value is a text (labels, translations), as isTextTable tells of one written out. */
function isTextRecord(v: Value | undefined): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v) || v instanceof MapValue || v instanceof SetValue) return false;
  const entries = Object.entries(v as Record<string, unknown>);
  if (!entries.length || !entries.every(([, x]) => typeof x === 'string')) return false;
  return textEntries(entries.map(([k, x]) => ({ key: k.toLowerCase(), value: x as string })));
}

/**
 * The table lookup a callback's test is about: `env[k]`, `!env[k]`, `env[k] !== void 0`,
 * `env[k] != null`, `typeof env[k] !== "undefined"`, `Boolean(env[k])` — a name looked up in a
 * table, tested for being there. What minifiers write for `!== undefined` (`void 0`) included.
 */
function tableTest(expr: Node): Node | undefined {
  let x = unwrapNot(unwrap(expr));
  if (x.type === 'CallExpression' && x.callee.type === 'Identifier' && x.callee.name === 'Boolean' && x.arguments.length === 1) x = unwrapNot(unwrap(x.arguments[0]));
  if (x.type === 'BinaryExpression' && EQUALITY.has(x.operator)) {
    const absent = (n: Node) => literalish(n) || (n.type === 'Literal' && n.value === 'undefined') || (n.type === 'UnaryExpression' && n.operator === 'void');
    const other = absent(x.right) ? x.left : absent(x.left) ? x.right : undefined;
    if (!other) return undefined;
    x = unwrap(other);
    if (x.type === 'UnaryExpression' && x.operator === 'typeof') x = unwrap(x.argument);
  }
  return x.type === 'MemberExpression' && x.computed ? x : undefined;
}

/** Whether a side may hold literal values (cheap: before the other side is resolved). */
function mayHoldValues(av: AV, node: Node): boolean {
  return !!(av.konst || av.elementOf || av.obj || node.type === 'CallExpression' || node.type === 'NewExpression');
}

/** The values a list side holds, through the interpreter when the flow gave no constant. */
/**
 * A Map from names of one kind to other names of the same kind (Windows' zone names to IANA's,
 * locale aliases to tags): looking a sensed name up in it converts it, and decides nothing. Most
 * of its values name a zone or a locale.
 */
function conversionTable(v: Value | undefined): boolean {
  if (!(v instanceof MapValue) || v.map.size < 3) return false;
  const values = [...v.map.values()];
  if (!values.every((x) => typeof x === 'string')) return false;
  const named = values.filter((x) => {
    const c = classifyValue(x as string).cls;
    return c === 'timezone' || c === 'locale';
  });
  return named.length >= values.length * 0.8 || namesItsKeys(v);
}

/**
 * The strings a chain of tests of one operand compares it with (`tld === "cn" || tld === "ru"`,
 * `host.endsWith(".cn") || host.endsWith(".ru")`, their `!==`/`&&` negations), from the
 * comparison's ancestors up: each test holds one, the chain is the list. Undefined when the
 * comparison is in no such chain or a test in it is of something else.
 */
function chainedValues(path: readonly Node[], text: string, operand: Node): string[] | undefined {
  let top: Node | undefined;
  for (let i = path.length - 2; i >= 0; i--) {
    const n = path[i];
    if (n.type === 'LogicalExpression' && (n.operator === '||' || n.operator === '&&')) top = n;
    else if (n.type !== 'ParenthesizedExpression' && !(n.type === 'UnaryExpression' && n.operator === '!')) break;
  }
  if (!top) return undefined;
  const said = text.slice(operand.start, operand.end);
  const out: string[] = [];
  const stack: Node[] = [top];
  while (stack.length && out.length <= 32) {
    const n = unwrapNot(stack.pop()!);
    if (n.type === 'LogicalExpression' && (n.operator === '||' || n.operator === '&&')) {
      stack.push(n.right, n.left);
      continue;
    }
    let lit: Node | undefined;
    if (n.type === 'BinaryExpression' && EQUALITY.has(n.operator)) {
      const [l, r] = [unwrap(n.left), unwrap(n.right)];
      if (r.type === 'Literal' && text.slice(l.start, l.end) === said) lit = r;
      else if (l.type === 'Literal' && text.slice(r.start, r.end) === said) lit = l;
    } else if (n.type === 'CallExpression' && n.arguments.length === 1 && unwrap(n.arguments[0]).type === 'Literal') {
      const c = unwrap(n.callee);
      const m = memberName(c);
      if (c.type === 'MemberExpression' && (m === 'endsWith' || m === 'startsWith' || m === 'includes') && text.slice(unwrap(c.object).start, unwrap(c.object).end) === said) lit = unwrap(n.arguments[0]);
    }
    if (!lit || typeof lit.value !== 'string') return undefined;
    out.push(lit.value);
  }
  return out.length >= 2 && out.length <= 32 ? out : undefined;
}

/** Integers only, none of them a name: what a locale or a country is packed or numbered into (ISO 3166 numeric codes, two letters in base 26). */
function numberList(values: readonly (string | number)[]): boolean {
  return values.length >= 2 && values.length <= 2000 && values.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0);
}

/**
 * A list none of whose values can be read as a name: numbers that are no UTC offsets (32-bit
 * hashes, codes packed two letters to a number), or strings of hex or base64 digits (digests).
 */
function opaqueList(values: readonly (string | number)[]): boolean {
  if (values.length < 2 || values.length > 2000) return false;
  if (values.every((v) => typeof v === 'number')) return values.every((v) => Number.isInteger(v) && !isRegionalOffset(Math.abs(v as number)) && Math.abs(v as number) > 840);
  return values.every((v) => typeof v === 'string' && (/^[0-9a-f]{8,}$/i.test(v) || /^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(v)));
}

/**
 * A variable that walks down a constant tree one key at a time (`let node = tree; … node =
 * node[label]`): the names the tree's paths spell, joined with dots (reversed when its top keys
 * are top-level domains: `{ com: { deepseek: … } }` is deepseek.com). At most 4 levels and 512 names.
 */
function treePaths(r: Resolver, n: Node, scope: Scope): { values: string[]; node: Node } | undefined {
  const x = unwrap(n);
  const b = x.type === 'Identifier' ? scope.lookup(x.name) : undefined;
  if (!b || (b.kind !== 'let' && b.kind !== 'var') || !b.init || b.path || !b.assignments?.length) return undefined;
  const descends = (a: Node) => a.type === 'AssignmentExpression' && a.operator === '=' && unwrap(a.right).type === 'MemberExpression' && unwrap(a.right).computed && unwrap(unwrap(a.right).object).type === 'Identifier' && unwrap(unwrap(a.right).object).name === b.name;
  if (!b.assignments.every(descends)) return undefined;
  // (Written out where the walk starts, or handed in: `lookup(UPSTREAMS, labels)`.)
  let tree = r.constant(b.init, b.scope)?.v;
  if (tree === undefined) {
    const o = r.valueOf(b.init, b.scope).obj;
    if (o) tree = r.constant(o.node, o.scope)?.v;
  }
  const isTree = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
  if (!isTree(tree)) return undefined;
  const top = Object.keys(tree);
  const reversed = top.length > 0 && top.every((k) => /^[a-z]{2,6}$/.test(k));
  const values: string[] = [];
  const walk = (v: Record<string, unknown>, at: string[]) => {
    for (const [k, child] of Object.entries(v)) {
      if (values.length >= 512) return;
      const path = [...at, k];
      if (path.length >= 2) values.push((reversed ? [...path].reverse() : path).join('.'));
      if (isTree(child) && path.length < 4) walk(child, path);
    }
  };
  walk(tree, []);
  return values.length ? { values, node: b.init } : undefined;
}

/**
 * A field or getter that holds a configured endpoint: `config.baseUrl`, `t.openaiBaseUrl`,
 * `this.apiBase`, `settings.proxy`, `config.getProxy()` (not `noProxy`, the hosts that bypass one).
 */
const ENDPOINT_NAME = /(?:^|[a-z0-9_])(?:base_?ur[li]|api_?base|api_?ur[li]|endpoint|api_?host|proxy(?:_?ur[li])?)$/i;
/** String methods that keep what a host or URL is (`.toLowerCase()`, `.trim()`). */
const KEEPS_TEXT = new Set(['toLowerCase', 'toLocaleLowerCase', 'trim', 'trimEnd', 'trimStart', 'replace', 'toString', 'normalize']);

/**
 * The configured endpoint a value is made from, when it is one: followed back through variables,
 * the parameters of a helper to its callers' arguments, `new URL(…).hostname` and text methods,
 * within a small bound. Settings are not sensed by themselves (every provider router compares its
 * configured base URL with its own table); only a list hidden on purpose makes that comparison a
 * decision about whom the user buys from.
 */
export function configuredEndpoint(r: Resolver, node: Node, scope: Scope, budget = { left: 24 }, depth = 0): { node: Node; name: string } | undefined {
  if (--budget.left < 0 || depth > 10) return undefined;
  const n = unwrap(node);
  const next = (x: Node | undefined, s = scope) => (x ? configuredEndpoint(r, x, s, budget, depth + 1) : undefined);
  switch (n.type) {
    case 'MemberExpression': {
      const name = memberName(n);
      if (name === undefined) return undefined;
      if (ENDPOINT_NAME.test(name) && !/^no_?proxy$/i.test(name)) return { node: n, name };
      return /^(hostname|host|origin|href)$/.test(name) ? next(n.object) : undefined;
    }
    case 'NewExpression':
      return n.callee.type === 'Identifier' && n.callee.name === 'URL' && !scope.lookup('URL') ? next((n.arguments as Node[])[0]) : undefined;
    case 'CallExpression': {
      const c = unwrap(n.callee);
      if (c.type !== 'MemberExpression') return undefined;
      const name = memberName(c);
      if (name === undefined) return undefined;
      if (/^get(?:Proxy|ProxyUrl|Base_?Ur[li]|ApiBase|ApiUrl|Endpoint)$/i.test(name)) return { node: n, name: `${name}()` };
      return KEEPS_TEXT.has(name) ? next(c.object) : undefined;
    }
    case 'ConditionalExpression':
    case 'LogicalExpression':
    case 'BinaryExpression':
    case 'TemplateLiteral':
      return firstOf(joinedParts(n), next);
    case 'Identifier': {
      const b = scope.lookup(n.name);
      if (!b) return undefined;
      // `function discover({ baseUrl, apiKey })`, `const { proxy } = settings`: the field destructured.
      const field = b.path?.[b.path.length - 1];
      if (b.path) return typeof field === 'string' && ENDPOINT_NAME.test(field) && !/^no_?proxy$/i.test(field) ? { node: n, name: field } : undefined;
      return firstOf(givenValues(r, b), (x) => next(x.node, x.scope));
    }
    default:
      return undefined;
  }
}

/** `new RegExp(…)` or `RegExp(…)`: a pattern made when the code runs. */
function madePattern(n: Node): boolean {
  const u = unwrap(n);
  return (u.type === 'NewExpression' || u.type === 'CallExpression') && u.callee.type === 'Identifier' && u.callee.name === 'RegExp';
}

function listValues(r: Resolver, list: AV, listNode: Node | undefined, scope: Scope): { values: (string | number)[]; decodedVia?: string[] } | undefined {
  let k = list.konst ?? list.elementOf?.konst;
  if (!k && listNode) {
    const c = r.constant(listNode, scope);
    if (c) k = { v: c.v, decodedVia: c.decodedVia.length ? c.decodedVia : undefined, node: listNode };
  }
  if (!k && list.elementOf?.obj) {
    const c = r.constant(list.elementOf.obj.node, list.elementOf.obj.scope);
    if (c) k = { v: c.v, node: list.elementOf.obj.node };
  }
  if (!k && list.obj) {
    const c = r.constant(list.obj.node, list.obj.scope);
    if (c) k = { v: c.v, node: list.obj.node };
  }
  if (!k) return undefined;
  const values = valuesOfValue(k.v, k.node.type === 'Literal' && !!k.node.regex);
  return values.length ? { values, decodedVia: k.decodedVia } : undefined;
}

/** What a minifier writes for the body of an if in expression position (`c && (warn(), exit(1))`, `c && (o.k = v)`): an action, not a further test. */
function actionLike(n: Node): boolean {
  let e = n;
  while (e.type === 'ParenthesizedExpression') e = e.expression;
  if (e.type === 'SequenceExpression' || e.type === 'AssignmentExpression') return true;
  // `() => blocked(tz) && process.exit(1)`: ending the process is no further test.
  const c = e.type === 'CallExpression' ? e.callee : undefined;
  return c?.type === 'MemberExpression' && !c.computed && c.object.type === 'Identifier' && c.object.name === 'process' && /^(exit|abort|kill)$/.test(c.property.name);
}

/** Climbs from a comparison to the decision it is part of (`a || b`, `!x`, `list.some(…)`). */
function decisionOf(r: Resolver, root: Node, node: Node, scope: Scope): { decision: Node; path: Node[] } {
  const path = pathTo(root, node);
  let i = path.length - 1;
  for (; i > 0; i--) {
    const parent = path[i - 1];
    const cur = path[i];
    // `cond && act()` as a statement is an if: the decision stops at its left side.
    if (parent.type === 'LogicalExpression' && parent.left === cur && (statementLike(path, i - 1) || actionLike(parent.right))) break;
    if (parent.type === 'LogicalExpression' || (parent.type === 'UnaryExpression' && parent.operator === '!') || parent.type === 'ParenthesizedExpression' || parent.type === 'ChainExpression') continue;
    if ((parent.type === 'BinaryExpression' && (parent.operator === '!==' || parent.operator === '===' || parent.operator === '>' || parent.operator === '>=' || parent.operator === '!=') && (literalish(parent.right) || literalish(parent.left)))) continue; // indexOf(x) !== -1, find(…) !== undefined
    if (parent.type === 'MemberExpression' && parent.object === cur && r.nameOf(parent, scope) === 'length') continue; // filter(…).length
    if (parent.type === 'CallExpression' && parent.callee.type === 'Identifier' && parent.callee.name === 'Boolean' && parent.arguments[0] === cur) continue; // Boolean(env[k])
    if (parent.type === 'ReturnStatement' || (isFunction(parent) && parent.body === cur)) {
      // a callback of list.some(…)/find(…): the decision is the iteration call
      const fnNode = parent.type === 'ReturnStatement' ? path.slice(0, i).reverse().find(isFunction) : parent;
      const owner = fnNode && r.callbackOwner.get(fnNode);
      if (owner && r.iterates(owner.node, owner.scope)) {
        const idx = path.indexOf(owner.node);
        if (idx !== -1) {
          i = idx + 1;
          continue;
        }
      }
    }
    break;
  }
  // `switch (true) { case org.includes("openai"): case org.includes("deepseek"): … }`: the cases'
  // tests are one decision, the switch's (as the tests of an `||` are).
  const sw = path[i - 2];
  if (path[i - 1]?.type === 'SwitchCase' && path[i - 1].test === path[i] && sw?.type === 'SwitchStatement' && unwrap(sw.discriminant).type === 'Literal') return { decision: sw, path: path.slice(0, i - 1) };
  return { decision: path[i], path: path.slice(0, i + 1) };
}

function literalish(n: Node): boolean {
  return n.type === 'Literal' || (n.type === 'UnaryExpression' && n.argument.type === 'Literal') || (n.type === 'Identifier' && n.name === 'undefined');
}

/** Groups comparisons by the decision they are part of, in source order. */
function groupDecisions(ctx: CheckContext, r: Resolver, found: Comparison[]): DecisionCandidate[] {
  if (!found.length) return [];
  inSourceOrder(found);
  const root = ctx.root();
  const groups = new Map<Node, { comps: Comparison[]; path: Node[] }>();
  for (const c of found) {
    const { decision, path } = decisionOf(r, root, c.node, c.scope);
    const g = groups.get(decision) ?? { comps: [], path };
    g.comps.push(c);
    groups.set(decision, g);
  }
  return [...groups].map(([decision, g]) => ({ decision, comps: g.comps }));
}

/**
 * A table whose entries name its keys in other words: most entries are of the keys' own class (a
 * time zone's long name for its IANA name, a locale's other tag). Looked up by a sensed value, it
 * says that value, as a display name does; it decides nothing.
 */
function namesItsKeys(t: Value): boolean {
  const pairs: [string, Value][] = t instanceof MapValue ? [...t.map].filter((e): e is [string, Value] => typeof e[0] === 'string') : t && typeof t === 'object' && !Array.isArray(t) && Object.getPrototypeOf(t) === null ? Object.entries(t as Record<string, Value>) : [];
  if (pairs.length < 2 || pairs.length > 400 || !pairs.every(([, v]) => typeof v === 'string' && /^[\p{L}][\p{L} .,'()/-]{1,60}$/u.test(v))) return false;
  // (Zones and locales only: a table of countries' names is as often the list of those served, `NAMES[c] !== undefined`.)
  const same = pairs.filter(([k, v]) => {
    const c = classifyValue(k).cls;
    return (c === 'timezone' || c === 'locale') && classifyValue(v as string).cls === c;
  }).length;
  return same * 2 >= pairs.length && new Set(pairs.map(([, v]) => v)).size * 2 > pairs.length;
}
