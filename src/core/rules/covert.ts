import { isFunction, memberName, propertyKeyName, REGEX_CONTROL_ESCAPES, staticString, unwrap, inSourceOrder, type Node } from '../engine/ast';
import { leavesAt } from './effects';
import { configuredEndpoint } from './comparisons';
import { firstOf } from '../engine/account';
import { nodePath, referencesOf } from '../engine/refs';
import { controlOf, dependsOnSensed, type AV, type Resolver, type Step } from '../engine/resolve';
import type { Scope } from '../engine/scope';
import { forEachDescendant, pathTo } from '../engine/walk';
import { describeDifference, fold, isPlain, lookAlike } from './data/confusables';
import { classifyValue } from './data/keywords';
import { MapValue, SetValue } from '../engine/interpret';
import type { Decision } from './query';
import type { Check } from './types';

/*
 * Covert markers: a place where the code picks between strings a reader cannot tell apart (U+2019
 * for an apostrophe, a non-breaking hyphen, a zero-width space) — a ternary, an if/else, a chain of
 * `if … return`, a switch, a table indexed by a flag, a char code chosen by a branch, a swap by
 * replace() behind a test. The strings are resolved as values (also out of a string table), and
 * what decides the pick is followed back: a region or vendor decision makes it critical,
 * anything sensed high. A pick decided only by text or file names (an editor swapping a space, a
 * file name retried with the other kind of space) is not a marker and is not reported.
 */

function charOf(n: Node): string | undefined {
  return n.type === 'Literal' && typeof n.value === 'number' && n.value >= 0 && n.value <= 0x10ffff ? String.fromCodePoint(n.value) : undefined;
}

/**
 * The one character a regex pattern matches, or undefined: `'`, `\.`, `\n`, `\u2019`, `\x20`,
 * also with a lookahead after it or a lookbehind before it, which match nothing themselves
 * (`/ (?=[a-z])/g` swaps only the space). A class escape (`\s`, `\d`) is no one character.
 */
function unescapeRegexChar(pattern: string): string | undefined {
  const p = pattern.replace(/^\(\?<[=!](?:[^()\\]|\\.)*\)/, '').replace(/\(\?[=!](?:[^()\\]|\\.)*\)$/, '');
  if (p.length === 1) return /[.^$|?*+()[\]{}\\]/.test(p) ? undefined : p;
  if (p.length === 2 && p[0] === '\\') return /[a-zA-Z0-9]/.test(p[1]) ? REGEX_CONTROL_ESCAPES[p[1]] : p[1];
  const u = /^\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]{1,6})\})$/.exec(p);
  return u ? String.fromCodePoint(parseInt(u[1] ?? u[2] ?? u[3], 16)) : undefined;
}

/**
 * A swap marks text when what it writes has a character that is not plain ASCII and was not
 * there before: "'" to "’", or a zero-width joiner added. The other way round is normalisation.
 */
function marks(from: string, to: string): boolean {
  for (const ch of to) if (!isPlain(ch) && !from.includes(ch)) return true;
  return false;
}

/** Characters that show nothing: zero-width spaces and joiners, direction marks, the word joiner, the byte-order mark, the soft hyphen. */
const INVISIBLE = /^[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\u{E0000}-\u{E007F}]$/u;
/** Unicode's tag characters (U+E0000–E007F): invisible copies of ASCII, which spell a word no reader sees. */
const TAG = /^[\u{E0000}-\u{E007F}]$/u;
/** Direction marks and embeddings only (LRM, RLM, ALM, the embeddings and isolates). */
const BIDI = /^[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]+$/;
/** A mark: one to four invisible characters (a zero-width space, a joiner, an invisible operator). */
function invisibleMark(x: string | undefined): x is string {
  if (x === undefined || !x.length) return false;
  const chars = [...x];
  // (A tag sequence spells a word, a country's code between its opening and closing tags: up to sixteen.)
  // (A cancel tag alone, U+E007F, ends a subdivision flag's emoji sequence, 🏴 and tags: no mark of its own.)
  if (chars.every((c) => c === '\u{E007F}')) return false;
  return (chars.length <= 4 || (chars.length <= 16 && chars.every((c) => TAG.test(c)))) && chars.every((c) => INVISIBLE.test(c));
}

/** A string a branch may yield, worth resolving: a literal, a call with literal arguments (a string table), or a ternary of those. */
function maybeString(n: Node | null | undefined, depth = 0): boolean {
  if (!n) return false;
  const x = unwrap(n);
  if (x.type === 'ConditionalExpression') return depth < 3 && maybeString(x.consequent, depth + 1) && maybeString(x.alternate, depth + 1);
  if (x.type === 'Literal') return typeof x.value === 'string' && x.value.length <= 64;
  if (x.type === 'TemplateLiteral') return x.expressions.length === 0;
  if (x.type === 'CallExpression') return ((x.arguments as Node[]).length > 0 && (x.arguments as Node[]).every((a) => a.type === 'Literal' || (a.type === 'UnaryExpression' && a.argument.type === 'Literal'))) || codesWritten(x) !== undefined || codeOfName(x) !== undefined;
  return false;
}

/** `String.fromCodePoint(…)` or `String.fromCharCode(…)`: which of the two. */
function codePointCall(call: Node): 'fromCodePoint' | 'fromCharCode' | undefined {
  const c = unwrap(call.callee);
  if (c.type !== 'MemberExpression' || unwrap(c.object).type !== 'Identifier' || unwrap(c.object).name !== 'String') return undefined;
  const m = memberName(c);
  return m === 'fromCodePoint' || m === 'fromCharCode' ? m : undefined;
}

/**
 * `String.fromCodePoint(code)` of a name, or of a table's entry looked up in place
 * (`String.fromCharCode(CODES[zone])`): the expression that holds the code.
 */
function codeOfName(call: Node): Node | undefined {
  const a = call.arguments.length === 1 ? unwrap(call.arguments[0] as Node) : undefined;
  return codePointCall(call) && (a?.type === 'Identifier' || (a?.type === 'MemberExpression' && a.computed)) ? a : undefined;
}

/** The table a code is looked up in, `MARKS.get(zone)` or `CODES[zone]`: its object, else undefined. */
function tableLookedUp(n: Node | undefined): Node | undefined {
  const x = n ? unwrap(n) : undefined;
  if (x?.type === 'MemberExpression' && x.computed) return x.object;
  if (x?.type === 'CallExpression' && unwrap(x.callee).type === 'MemberExpression' && memberName(unwrap(x.callee)) === 'get') return unwrap(x.callee).object;
  return undefined;
}

/**
 * `String.fromCodePoint(0xe0001, ...Array.from(region, (c) => 0xe0000 + c.charCodeAt(0)), 0xe007f)`:
 * the characters of the codes written out as numbers, which the text made has whatever the rest
 * gives (a tag sequence spelling a country between its invisible opening and closing tags).
 * Only when some argument is not a literal (a call of literals alone is a constant).
 */
function codesWritten(call: Node): string | undefined {
  const m = codePointCall(call);
  if (!m) return undefined;
  const args = call.arguments as Node[];
  const codes = args.flatMap((a) => (a.type === 'Literal' && typeof a.value === 'number' && Number.isInteger(a.value) && a.value >= 0 && a.value <= (m === 'fromCodePoint' ? 0x10ffff : 0xffff) ? [a.value] : []));
  if (!codes.length || codes.length === args.length || codes.length > 8) return undefined;
  return String.fromCodePoint(...codes);
}

/** A small whole number written out (an indent width: `JSON.stringify(v, null, 2)`), or undefined. */
function indentWidth(n: Node): number | undefined {
  const x = unwrap(n);
  return x.type === 'Literal' && typeof x.value === 'number' && Number.isInteger(x.value) && x.value >= 1 && x.value <= 10 ? x.value : undefined;
}

/**
 * A branch between a string and an indent width (`zoned ? "\u3000\u3000" : 2`): the width stands for
 * that many spaces where it is used as one (JSON.stringify's, util.inspect's, a YAML writer's
 * indent); a string of as many look-alike spaces in its place marks every line it indents.
 */
function indentPair(x: Node, y: Node): boolean {
  const a = unwrap(x);
  const b = unwrap(y);
  // (The width may be a name, `zoned ? "\u3000\u3000" : INDENT`, when the string is only spaces: resolved after the parse.)
  return ((indentWidth(a) !== undefined || (a.type === 'Identifier' && spacesOnly(b))) && maybeString(b)) || ((indentWidth(b) !== undefined || (b.type === 'Identifier' && spacesOnly(a))) && maybeString(a));
}

/** A string literal of spaces alone (any of Unicode's, or invisible ones), as an indent is. */
function spacesOnly(n: Node): boolean {
  return n.type === 'Literal' && typeof n.value === 'string' && n.value.length > 0 && n.value.length <= 16 && /^[\s\u200b-\u200d\u2060\u3164\u115f\u1160\uffa0]+$/.test(n.value);
}

/** The expression a branch yields: itself, `x = …`, `return …`, or a one-statement block of those. */
function branchValue(n: Node | null | undefined): Node | undefined {
  if (!n) return undefined;
  let cur = n;
  if (cur.type === 'BlockStatement' && cur.body.length === 1) cur = cur.body[0];
  if (cur.type === 'ReturnStatement') return cur.argument ?? undefined;
  if (cur.type === 'ExpressionStatement') cur = cur.expression;
  if (cur.type === 'AssignmentExpression') return cur.right;
  return cur.type.endsWith('Statement') ? undefined : cur;
}

interface Choice {
  node: Node;
  scope: Scope;
  /** What decides the pick. */
  tests: { node: Node; scope: Scope }[];
  a: string;
  b: string;
  /** An invisible character appended on one side: a mark only when something sensed decides it (text layout adds them too). */
  onlyWhenSensed?: boolean;
  /** Characters written into text under the test (`text.replace(/o/g, "\u043e")`, `text + "\u200b"`): b goes in where a was. */
  written?: boolean;
  /**
   * An invisible character kept in a variable on one side of a branch (`vendor && (mark = "\u200b")`):
   * what it is added to is not seen here, so a mark only when a region or vendor check decides it
   * (a terminal's or a platform's layout keeps a joiner too, a script's line breaking by the locale a zero-width space).
   */
  onlyWhenDecided?: boolean;
  /** Statements whose own decision (a switch over a vendor's host) wrote what is picked: decided by them too. */
  decidedIn?: Node[];
  /**
   * Typography when only the language decides it (quotes, full-width punctuation, a word joiner or
   * a direction mark by the locale's language, no list of countries, regions or vendors).
   */
  languageTypography?: boolean;
  /** A table of invisible characters indexed by a value: it writes that value into the text. */
  alphabet?: boolean;
  /** A table of invisible marks keyed by names, looked up by a value: a mark of which name it is (by a language alone, a bidi mark: typography). */
  keyed?: boolean;
  /** A swap made only where the text around it says (a regex with a lookahead or lookbehind): typography's way of setting spaces and quotes. */
  inContext?: boolean;
}

export const covertMarkerCheck: Check = {
  name: 'covert-marker',
  reports: ['covert-marker'],
  create(ctx) {
    const pairs: { node: Node; test: Node; x: Node; y: Node; scope: Scope }[] = [];
    /** `flag ? STYLES.dense : STYLES.plain`: a branch between two records (styles, templates), compared field by field. */
    const recordPairs: { node: Node; test: Node; x: Node; y: Node; scope: Scope }[] = [];
    const recordish = (n: Node) => {
      const x = unwrap(n);
      return x.type === 'MemberExpression' || x.type === 'Identifier' || x.type === 'ObjectExpression';
    };
    const charPairs: { node: Node; test: Node; a: string; b: string; scope: Scope; alphabet?: boolean }[] = [];
    const replaces: { node: Node; from: string; to: string; scope: Scope; inContext: boolean }[] = [];
    const spells: { node: Node; from: string; to: string; scope: Scope }[] = [];
    /** `text.replace(" ", mark)`: one character swapped for what a name holds, resolved later. */
    const heldReplaces: { node: Node; from: string | Node; to: Node; scope: Scope }[] = [];
    const classReplaces: { node: Node; froms: string[]; to: string | Node; scope: Scope }[] = [];
    const held = (n: Node) => unwrap(n).type === 'Identifier' || unwrap(n).type === 'MemberExpression';
    const appends: { node: Node; value: Node; scope: Scope; kept?: boolean; test?: Node }[] = [];
    const returns: { node: Node; scope: Scope }[] = [];
    const arrays: { node: Node; scope: Scope }[] = [];
    const switches: { node: Node; scope: Scope }[] = [];
    return {
      visitors: {
        ConditionalExpression(node, scope) {
          const x = branchValue(node.consequent);
          const y = branchValue(node.alternate);
          if (x && y && ((maybeString(x) && maybeString(y)) || indentPair(x, y))) pairs.push({ node, test: node.test, x, y, scope });
          else if (x && y && recordish(x) && recordish(y) && recordPairs.length < 256) recordPairs.push({ node, test: node.test, x, y, scope });
          // `zoned ? text + "\u200b" : text`: a mark added to the text on one side only, as `if (…) text += mark`.
          else if (x && y && appends.length < 256) {
            const [with_, without] = unwrap(y).type === 'Identifier' ? [x, y] : [y, x];
            const added = unwrap(without).type === 'Identifier' ? appendedTo(unwrap(with_), unwrap(without).name) : undefined;
            if (added && (added.type !== 'Literal' || invisibleMark(added.value))) appends.push({ node, value: added, scope, test: node.test });
          }
        },
        IfStatement(node, scope) {
          const x = branchValue(node.consequent);
          const y = branchValue(node.alternate);
          if (x && y && ((maybeString(x) && maybeString(y)) || indentPair(x, y))) pairs.push({ node, test: node.test, x, y, scope });
        },
        ReturnStatement(node, scope) {
          if (maybeString(node.argument)) returns.push({ node, scope });
        },
        SwitchStatement(node, scope) {
          if ((node.cases as Node[]).length >= 2) switches.push({ node, scope });
        },
        // `{ true: "\u00a0", false: " " }[String(flag)]`: a table keyed by the flag's two values;
        // `{ plain: "", relay: "\u200d", lab: "\u2060" }[profile]`: by what a check picks.
        ObjectExpression(node, scope) {
          const ps = node.properties as Node[];
          // (Up to 16 entries, as a Map's: past 8 only a table of look-alikes keyed by names counts, see
          // tableChoices, so only one whose every entry is a short literal is kept.)
          const short = (p: Node) => p.value.type === 'Literal' && typeof p.value.value === 'string' && p.value.value.length <= 4;
          if (ps.length >= 2 && ps.length <= 16 && ps.every((p) => p.type === 'Property' && !p.computed && (ps.length <= 8 ? maybeString(p.value) : short(p)))) arrays.push({ node, scope });
        },
        ArrayExpression(node, scope) {
          const els = node.elements as (Node | null)[];
          if (els.length >= 2 && els.length <= 8 && els.every((e) => e && maybeString(e))) arrays.push({ node, scope });
        },
        // `new Map([["asia-east1", "\u2062"], …])`: a table read with `.get(key)`.
        NewExpression(node, scope) {
          const a = (node.arguments as Node[])[0];
          if (node.callee.type !== 'Identifier' || node.callee.name !== 'Map' || a?.type !== 'ArrayExpression') return;
          const els = a.elements as (Node | null)[];
          if (els.length >= 2 && els.length <= 16 && els.every((e) => e?.type === 'ArrayExpression' && e.elements.length === 2 && e.elements[0]?.type === 'Literal' && maybeString(e.elements[1]))) arrays.push({ node, scope });
        },
        // `if (…) text += "\u200b"`: an invisible character added on one side of a branch only.
        // `vendor && (mark = "\u200b")`: a mark kept for text built later (`line + mark`), set on one side only.
        AssignmentExpression(node, scope) {
          if ((node.operator !== '+=' && node.operator !== '=') || appends.length >= 256) return;
          const r = unwrap(node.right);
          const hidden = r.type === 'Literal' && typeof r.value === 'string' && invisibleMark(r.value);
          if (node.operator === '=') {
            if (hidden) appends.push({ node, value: node.right, scope, kept: true });
            // `text = text + "\u200b"`, `` text = `${text}\u200b` ``: as `+=` adds it.
            else if (node.left.type === 'Identifier') {
              const added = appendedTo(r, node.left.name);
              if (added && (added.type !== 'Literal' || invisibleMark(added.value))) appends.push({ node, value: added, scope });
            }
            return;
          }
          // (A literal is read here; a string table's call is resolved later, when it may be one.)
          if (hidden || (r.type === 'CallExpression' && maybeString(r))) appends.push({ node, value: node.right, scope });
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
            if (x !== undefined && y !== undefined && lookAlike(x, y)) charPairs.push({ node, test: a0.test, a: x, b: y, scope });
            // `String.fromCharCode(bit === "1" ? 8204 : 8203)`: two invisible characters, an alphabet
            // when a branch over each element picks them (see the pairs of strings below).
            else if (x !== undefined && y !== undefined && x !== y && invisibleMark(x) && invisibleMark(y) && !(BIDI.test(x) && BIDI.test(y))) charPairs.push({ node, test: a0.test, a: x, b: y, scope, alphabet: true });
          }
          // text.replace(/'/g, "’"): swaps a character for its look-alike.
          const swap = (m === 'replace' || m === 'replaceAll') && a0 && a1;
          const klass = swap && a0.type === 'Literal' && a0.regex ? regexClassChars(a0.regex.pattern) : undefined;
          if (swap && a0.type === 'Literal' && a0.regex && (klass || isFunction(a1))) {
            // `text.replace(/[ae]/g, "\u0430")`, `text.replace(/[aeo]/g, (ch) => GLYPHS[ch])`: a class of
            // characters, or a replacer, each matched character swapped for what is given back.
            const one = unescapeRegexChar(a0.regex.pattern);
            const froms = klass ?? (one !== undefined ? [one] : undefined);
            const to = isFunction(a1) ? a1 : staticString(a1);
            if (froms && to !== undefined && classReplaces.length < 256) classReplaces.push({ node, froms, to, scope });
          } else if (swap) {
            const from = a0.type === 'Literal' && a0.regex ? unescapeRegexChar(a0.regex.pattern) : staticString(a0);
            const to = staticString(a1);
            // (`/ (?=[:;!?])/`: only where the text around it says, the way typography sets its spaces.)
            const inContext = a0.type === 'Literal' && !!a0.regex && /\(\?<?[=!]/.test(a0.regex.pattern);
            if (from !== undefined && to !== undefined && from.length <= 2 && lookAlike(from, to) && marks(from, to)) replaces.push({ node, from, to, scope, inContext });
            // `bits.replace(/0/g, "\u200b").replace(/1/g, "\u200c")`: a character written as an invisible one.
            else if (from !== undefined && from.length === 1 && to !== undefined && [...to].length === 1 && invisibleMark(to) && !inContext && spells.length < 256) spells.push({ node, from, to, scope });
            else if (from !== undefined && from.length === 1 && to === undefined && !inContext && heldReplaces.length < 256 && (unwrap(a1).type === 'Identifier' || unwrap(a1).type === 'MemberExpression')) heldReplaces.push({ node, from, to: a1, scope });
            // `text.replace(v[0], v[1])` of a pair `[/a/g, "\u0430"]` a branch put in v: both held.
            else if (from === undefined && to === undefined && heldReplaces.length < 256 && held(a0) && held(a1)) heldReplaces.push({ node, from: a0, to: a1, scope });
          }
        },
      },
      finish() {
        const r = ctx.resolver();
        const root = ctx.root();
        const str = (n: Node, scope: Scope): string | undefined => {
          const c = r.constant(n, scope);
          if (c && typeof c.v === 'string') return c.v;
          const u = unwrap(n);
          // (Made of a code a table holds, `String.fromCodePoint(MARKS.get(zone))`: the first of its characters, when every one is invisible.)
          const name = u.type === 'CallExpression' ? codeOfName(u) : undefined;
          if (name) {
            const held = r.valueOf(name, scope);
            // (`const code = MARKS.get(zone)`, `const code = CODES[zone]`: the entries of the Map or
            // the table it is looked up in.)
            const table = tableLookedUp(name.type === 'Identifier' ? scope.lookup(name.name)?.init : name);
            const looked = table ? (r.valueOf(table, scope).konst ?? r.constant(table, scope))?.v : undefined;
            const t = held.konst?.v ?? held.elementOf?.konst?.v ?? (looked instanceof MapValue || (looked && typeof looked === 'object') ? looked : undefined);
            const codes = Array.isArray(t) ? t : t instanceof MapValue ? [...t.map.values()] : t && typeof t === 'object' && Object.getPrototypeOf(t) === null ? Object.values(t as Record<string, unknown>) : typeof t === 'number' ? [t] : [];
            // (A zero is the table's "none", `{ other: 0 }`, which a guard `code ? … : ""` keeps out.)
            const chars = codes.filter((x) => x !== 0 && x != null).slice(0, 64).map((x) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 0x10ffff ? String.fromCodePoint(x) : undefined));
            if (chars.length && chars.every((ch) => ch !== undefined && INVISIBLE.test(ch))) return chars[0];
          }
          // (Made of codes some of which are written out and invisible: those, the mark it certainly holds.)
          const written = u.type === 'CallExpression' ? codesWritten(u) : undefined;
          return invisibleMark(written) ? written : undefined;
        };
        // An indent width written out or held by a constant (`const INDENT = 2`).
        const widthOf = (n: Node, scope: Scope): number | undefined => {
          const w = indentWidth(n);
          if (w !== undefined || unwrap(n).type !== 'Identifier') return w;
          const c = r.constant(n, scope)?.v;
          return typeof c === 'number' && Number.isInteger(c) && c >= 1 && c <= 10 ? c : undefined;
        };
        // The strings a branch yields: itself, or each branch of a nested ternary.
        const strings = (n: Node, scope: Scope, depth = 0): string[] => {
          const x = unwrap(n);
          if (x.type === 'ConditionalExpression' && depth < 3) return [...strings(x.consequent, scope, depth + 1), ...strings(x.alternate, scope, depth + 1)];
          const v = str(x, scope);
          return v === undefined ? [] : [v];
        };
        const choices: Choice[] = [];
        const covered: Node[] = [];
        for (const p of inSourceOrder(pairs)) {
          if (covered.some((c) => c.start <= p.node.start && c.end >= p.node.end)) continue; // inside a ternary already taken whole
          // (An indent width beside a string of spaces: `JSON.stringify(v, null, w)` indents by that many spaces.)
          // (A name beside a string of spaces was kept for an indent width it may hold: only as one.)
          // (A screenshot's name swapping " " for U+202F through a constant, `o === " " ? nnbsp : " "`, is no indent.)
          const wx = widthOf(p.x, p.scope);
          const wy = widthOf(p.y, p.scope);
          if ((unwrap(p.x).type === 'Identifier' && wx === undefined) || (unwrap(p.y).type === 'Identifier' && wy === undefined)) continue;
          const xs = wx !== undefined ? [' '.repeat(wx)] : strings(p.x, p.scope);
          const ys = wy !== undefined ? [' '.repeat(wy)] : strings(p.y, p.scope);
          let pair: [string, string] | undefined;
          for (const a of xs) for (const b of ys) if (!pair && lookAlike(a, b)) pair = [a, b];
          if (pair) {
            // (A mark made of a code a table holds, `String.fromCharCode(CODES[k])`: an emoji joiner picked
            // for a terminal that draws it is layout; a mark only when a region or vendor check picks it.)
            const fromCode = [p.x, p.y].some((n) => unwrap(n).type === 'CallExpression' && codeOfName(unwrap(n)) !== undefined);
            choices.push({ node: p.node, scope: p.scope, tests: [{ node: p.test, scope: p.scope }], a: pair[0], b: pair[1], ...(fromCode ? { onlyWhenDecided: true } : {}) });
            covered.push(p.node);
            continue;
          }
          // `bits.map((d) => d === "1" ? "\u200c" : "\u200b")`: two invisible characters a branch over
          // each element picks, an alphabet that spells what it maps out in text (a mark only when
          // something sensed is what it maps, as for a table of them).
          const one = (xs: string[]) => (xs.length === 1 && invisibleMark(xs[0]) ? xs[0] : undefined);
          const [ix, iy] = [one(xs), one(ys)];
          // (Direction marks chosen per character, `isRtl(ch) ? RLM : LRM`, keep mixed scripts in order: typography.)
          if (ix && iy && ix !== iy && !(BIDI.test(ix) && BIDI.test(iy)) && perElement(root, p.test)) {
            choices.push({ node: p.node, scope: p.scope, tests: [{ node: p.test, scope: p.scope }], a: ix, b: iy, onlyWhenSensed: true, alphabet: true });
            covered.push(p.node);
          }
        }
        // The string fields of a record a side is (an object written out in the file, or a constant one).
        const fields = (n: Node, scope: Scope): Map<string, string> | undefined => {
          const v = r.valueOf(unwrap(n), scope);
          const out = new Map<string, string>();
          const k = v.konst?.v;
          if (k && typeof k === 'object' && !Array.isArray(k) && (Object.getPrototypeOf(k) === Object.prototype || Object.getPrototypeOf(k) === null)) {
            for (const [key, val] of Object.entries(k as Record<string, unknown>).slice(0, 64)) if (typeof val === 'string' && val.length <= 64) out.set(key, val);
          } else if (v.obj?.node.type === 'ObjectExpression' && (v.obj.node.properties as Node[]).length <= 64) {
            for (const prop of v.obj.node.properties as Node[]) {
              const key = prop.type === 'Property' && !prop.computed ? propertyKeyName(prop) : undefined;
              const val = key !== undefined && maybeString(prop.value) ? str(prop.value, v.obj.scope ?? scope) : undefined;
              if (key !== undefined && val !== undefined) out.set(key, val);
            }
          }
          return out.size ? out : undefined;
        };
        for (const p of inSourceOrder(recordPairs)) {
          const xs = fields(p.x, p.scope);
          const ys = xs && fields(p.y, p.scope);
          if (!xs || !ys) continue;
          // Records that differ only by look-alikes (a style whose separator is U+037E): a marker. A table
          // of glyphs or translations differs by real text too (`bullet: "•"` for `"*"`): a style.
          const differ = [...xs].filter(([key, a]) => ys.has(key) && ys.get(key) !== a);
          const alike = differ.filter(([key, a]) => lookAlike(a, ys.get(key)!));
          if (alike.length && alike.length === differ.length) choices.push({ node: p.node, scope: p.scope, tests: [{ node: p.test, scope: p.scope }], a: alike[0][1], b: ys.get(alike[0][0])! });
        }
        for (const p of inSourceOrder(charPairs)) {
          if (!p.alphabet) choices.push({ node: p.node, scope: p.scope, tests: [{ node: p.test, scope: p.scope }], a: p.a, b: p.b });
          else if (perElement(root, p.test)) choices.push({ node: p.node, scope: p.scope, tests: [{ node: p.test, scope: p.scope }], a: p.a, b: p.b, onlyWhenSensed: true, alphabet: true });
        }
        // A swap (or an append) is a marker when a branch decides it: the test that guards the call.
        const textCases = new Set<Node>();
        const guard = (node: Node): Node | undefined => {
          const path = pathTo(root, node);
          for (let i = path.length - 2; i >= 0; i--) {
            const p = path[i];
            const child = path[i + 1];
            if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.test !== child) return p.test;
            if (p.type === 'LogicalExpression' && p.right === child) return p.left;
            // `switch (provider) { case "deepseek": return text.replace(…) }`: what the switch tests.
            // `if (!code || !LISTED.has(code)) return ""; return bits.replace(/0/g, "\u200b")`: a guard clause
            // before the statement decides whether it runs.
            if (p.type === 'BlockStatement') {
              const body = p.body as Node[];
              for (let k = body.indexOf(child) - 1; k >= 0 && k >= body.indexOf(child) - 4; k--) {
                const st = body[k];
                if (st.type === 'IfStatement' && !st.alternate && leavesAt(st.consequent) === 'always') return st.test;
              }
            }
            if (p.type === 'SwitchCase' && p.test !== child && path[i - 1]?.type === 'SwitchStatement') {
              const sw = path[i - 1];
              // (`switch (true) { case p === "deepseek": … }`: the case's own test; the cases that fall into it test the rest.)
              if (unwrap(sw.discriminant).type === 'Literal' && p.test) return p.test;
              // (Cases of written-out text test text, as `p === "deepseek"` does.)
              if ((sw.cases as Node[]).every((c) => !c.test || staticString(c.test) !== undefined || r.constant(c.test, r.scopeAt(path.slice(0, i))) !== undefined)) textCases.add(sw.discriminant);
              return sw.discriminant;
            }
            if (isFunction(p)) break;
          }
          return undefined;
        };
        // (A chain of swaps behind one test, `text.replace(/ /g, "\u2009").replace(/\n/g, "\u2028")`, is one pick.)
        const swaps = new Map<Node, Choice>();
        for (const x of inSourceOrder(replaces)) {
          const test = guard(x.node);
          if (!test) continue;
          const chained = swaps.get(test);
          if (chained && chained.node.start === x.node.start && !chained.a.includes(x.from)) {
            chained.a += x.from;
            chained.b += x.to;
            if (x.node.end > chained.node.end) chained.node = x.node;
            continue;
          }
          const c: Choice = { node: x.node, scope: x.scope, tests: [{ node: test, scope: x.scope }], a: x.from, b: x.to, written: true, ...(x.inContext ? { inContext: true } : {}) };
          swaps.set(test, c);
          choices.push(c);
        }
        // A class of characters or a replacer: the first matched character that is swapped for a look-alike.
        for (const x of inSourceOrder(classReplaces)) {
          const test = guard(x.node);
          if (!test) continue;
          const pairs = typeof x.to === 'string' ? x.froms.map((f) => [f, x.to as string] as [string, string]) : replacerPairs(r, x.to, x.froms);
          const pair = pairs.find(([a, b]) => b.length <= 2 && lookAlike(a, b) && marks(a, b));
          if (pair) choices.push({ node: x.node, scope: x.scope, tests: [{ node: test, scope: x.scope }], a: pair[0], b: pair[1], written: true, languageTypography: true });
        }
        // `mark ? text.replace(" ", mark) : text` where mark is one of a table's entries (`for (const
        // [domain, mark] of MARKS)`, `MARKS[i]`): a swap for each look-alike the table holds. Only a
        // region or vendor check choosing the entry makes it a mark (a table of a locale's spaces is typography).
        for (const x of inSourceOrder(heldReplaces)) {
          // What the pattern and the replacement may be: a constant, a table's entries, or each
          // value a branch writes into the name or field (`this.#variant = [/a/g, "\u0430"]` in one
          // case of a switch, `null` in another).
          const writes = writtenChars(r, x.to, x.scope);
          const froms = typeof x.from === 'string' ? [x.from] : [...writtenChars(r, x.from, x.scope).keys()];
          const tos = [...heldStrings(r.valueOf(x.to, x.scope)), ...writes.keys()];
          let pair: [string, string] | undefined;
          for (const a of froms) for (const b of tos) if (!pair && a.length === 1 && b.length <= 2 && lookAlike(a, b) && marks(a, b)) pair = [a, b];
          if (!pair) continue;
          // (Decided where it is used, or where the look-alike was written: the branch that set the field.)
          const sites = (writes.get(pair[1]) ?? []).slice(0, 4);
          const setBy = sites.map((w) => guard(w)).filter((t): t is Node => !!t);
          const tests = [{ node: guard(x.node) ?? x.to, scope: x.scope }, ...setBy.map((t) => ({ node: t, scope: r.scopeAt(pathTo(root, t)) }))];
          // (A switch's case that wrote it: the switch is the decision, its discriminant only the value tested.)
          const decidedIn = sites.map((w) => [...pathTo(root, w)].reverse().find((p) => p.type === 'SwitchStatement' || isFunction(p))).filter((p): p is Node => p?.type === 'SwitchStatement');
          choices.push({ node: x.node, scope: x.scope, tests, a: pair[0], b: pair[1], onlyWhenDecided: true, decidedIn });
        }
        for (const x of inSourceOrder(appends)) {
          const test = x.test ?? guard(x.node);
          const added = test ? strings(x.value, x.scope).find(invisibleMark) : undefined;
          if (test && added !== undefined) choices.push({ node: x.node, scope: x.scope, tests: [{ node: test, scope: x.scope }], a: '', b: added, written: true, ...(x.kept ? { onlyWhenDecided: true } : { onlyWhenSensed: true }), ...(x.test ? { languageTypography: true } : {}) });
        }
        // Two characters each written as an invisible one, one replace on the other's result: an
        // alphabet that spells out the text it is run on (a value's bits, its letters).
        for (const x of inSourceOrder(spells)) {
          const inner = unwrap(x.node.callee).object;
          const prev = spells.find((y) => y.node === unwrap(inner));
          if (!prev || prev.to === x.to || prev.from === x.from) continue;
          const spelled = unwrap(unwrap(prev.node.callee).object);
          choices.push({ node: x.node, scope: x.scope, tests: [{ node: guard(x.node) ?? spelled, scope: x.scope }], a: prev.to, b: x.to, onlyWhenSensed: true, alphabet: true });
        }
        choices.push(...returnChains(r, root, returns));
        choices.push(...switchChoices(r, root, switches, str));
        choices.push(...tableChoices(r, root, arrays, str));

        // What decides each pick, with the gating decisions known.
        r.setDecisions(ctx.decisions.map((d) => d.node));
        const byNode = new Map<Node, Decision>(ctx.decisions.map((d) => [d.node, d]));
        const reported = new Set<string>();
        const picked = new Set<string>();
        const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
        for (const f of dedupeChoices(choices)) {
          const tested = f.tests.map((t) => ({ t, av: r.valueOf(t.node, t.scope) }));
          // (The comparison the test itself makes first: `CALLING.includes(dial)` says more than the
          // `DIAL[region] ?? ""` its value went through.)
          const within = (d: Decision) => f.tests.some((t) => d.node.start >= t.node.start && d.node.end <= t.node.end);
          const found = [...new Set([...tested.flatMap(({ av }) => controlOf(av)?.decisions ?? []), ...(f.decidedIn ?? [])])].map((n) => byNode.get(n)).filter((d): d is Decision => !!d);
          const decisions = [...found.filter(within), ...found.filter((d) => !within(d))];
          const sensed = tested.some(({ av }) => dependsOnSensed(av));
          // A pick whose every test is a constant (`MARKS[Number(STYLE.smartQuotes)]` of a frozen
          // style record, `QUOTES[1]`) is made once, when the code is written: a house style, no
          // branch on anything. (A constant only survives the resolver's unions when every
          // alternative is that constant, so a flag also set from something sensed is not one.)
          if (!decisions.length && !sensed && tested.every(({ av }) => av.konst !== undefined && !av.ref)) continue;
          // (By the locale, a joiner or a zero-width space kept for a script's line breaking is typography.)
          if (f.onlyWhenDecided && !decisions.some((d) => d.kind !== 'locale')) continue;
          // A swap set by the text around it, by the language alone, no list of regions deciding it (`fr`
          // puts a narrow no-break space before `:;!?`, `de` its own quotes, `zh`/`ja` a break hint
          // after `。`): typography.
          // (Only with the characters typography uses: an invisible separator or a joiner is no typography.)
          if (!decisions.length && sensed && f.inContext && typographic(f.a + f.b) && tested.every(({ av }) => [...(av.sensed ?? []), ...(av.control?.sensed ?? [])].every((x) => x.kind === 'locale'))) continue;
          // (A table of marks keyed by languages, a right-to-left mark for `ar` and `he`: typography.)
          if (f.keyed && !decisions.some((d) => d.kind !== 'locale') && tested.every(({ av }) => [...(av.sensed ?? []), ...(av.control?.sensed ?? [])].every((x) => x.kind === 'locale'))) continue;
          // (Quotes, full-width punctuation, a word joiner or a direction mark by the language alone: typography.)
          if (f.languageTypography && decisions.every((d) => d.values.every(isLanguage)) && tested.every(({ av }) => [...(av.sensed ?? []), ...(av.control?.sensed ?? [])].every((x) => x.kind === 'locale'))) continue;
          // A test of the configured API endpoint (`switch (new URL(cfg.apiBase).hostname)`) decides by
          // whose service the user buys, whatever its cases are written in: a marker when it writes
          // look-alikes into text (a replace, an append). A swap back to plain characters (`’` to `'`
          // for a provider that takes ASCII) cleans the text; a pick between two characters by the
          // host (`azure ? "'" : "\u2019"`) is the style a provider's endpoint takes.
          const endpoint = f.written && !decisions.length && !sensed && !onlySpacing(f.a, f.b) && [...f.a].every((c) => isPlain(c)) && ![...f.b].every((c) => isPlain(c)) ? firstOf(f.tests, (t) => endpointIn(r, t.node, t.scope)) : undefined;
          if (!decisions.length && !sensed && !endpoint && (f.onlyWhenSensed || f.tests.every((t) => textCases.has(t.node) || testsOnlyText(r, t.node, t.scope)) || onlySpacing(f.a, f.b))) continue;
          const key = `${f.node.start}:${f.a}:${f.b}`;
          if (reported.has(key)) continue;
          reported.add(key);
          picked.add(pairKey(f.a, f.b));
          const diff = describeDifference(f.a, f.b);
          const gatedBy: Step[] = decisions.slice(0, 2).flatMap((d) => [...d.trace.filter((s) => s.role === 'source').slice(0, 2), { role: 'condition' as const, node: d.node, note: `decided by a comparison with ${d.kind === 'vendor' ? 'vendors' : 'regions'} ${d.values.slice(0, 4).map((v) => JSON.stringify(v)).join(', ')}` }]);
          const sensedSteps = !decisions.length && sensed ? tested.flatMap(({ av }) => (controlOf(av)?.steps ?? []).filter((s) => s.role === 'source')).slice(0, 2) : [];
          ctx.report({
            ruleId: 'covert-marker',
            severity: decisions.length ? 'critical' : sensed || endpoint ? 'high' : 'medium',
            confidence: 'high',
            message: `${f.alphabet ? `Spells a value out in invisible characters ${JSON.stringify(f.a)} and ${JSON.stringify(f.b)}` : f.a === '' ? `Adds the invisible ${JSON.stringify(f.b)}` : `Picks between look-alike strings ${JSON.stringify(f.a)} and ${JSON.stringify(f.b)}`} (${diff.join(', ')})${decisions.length ? ` depending on a ${decisions[0].kind} check (${decisions[0].values.slice(0, 3).join(', ')})` : sensed ? ' depending on something sensed about the user' : endpoint ? ` depending on the configured endpoint (${endpoint.name})` : ''}`,
            node: f.node,
            values: [f.a, f.b],
            trace: [...gatedBy, ...sensedSteps, ...(endpoint ? [{ role: 'source' as const, node: endpoint.node, note: `reads the configured endpoint (${endpoint.name})` }] : []), ...f.tests.slice(0, 2).map((t) => ({ role: 'condition' as const, node: t.node, note: f.alphabet ? 'picks each character' : 'decides which one is used' })), { role: 'effect', node: f.node, note: f.alphabet ? `writes it as ${diff.join(', ')} — invisible to a reader` : `chooses ${diff.join(', ')} — invisible to a reader` }],
            key: ['covert', f.a, f.b],
            details: { characters: diff, decidedBy: decisions.map((d) => d.kind), ...(f.alphabet ? { encodes: true } : {}) },
          });
        }
        // Look-alike texts a region or vendor check picks between that no shape above names (`vendor
        // ? variant(PROMPT) : PROMPT`, the variant made by a function): the check's own effect.
        for (const d of ctx.decisions) {
          for (const m of (d.markers ?? []).slice(0, 4)) {
            // (A byte-order mark a check picks is no layout: it is kept.)
            if (picked.has(pairKey(m.a, m.b)) || onlySpacing(m.a, m.b, false)) continue;
            picked.add(pairKey(m.a, m.b));
            const diff = describeDifference(m.a, m.b);
            const what = m.inferred || m.made ? m.note.charAt(0).toUpperCase() + m.note.slice(1) : `Picks between look-alike strings ${JSON.stringify(m.a.slice(0, 80))} and ${JSON.stringify(m.b.slice(0, 80))} (${diff.join(', ')})`;
            ctx.report({
              ruleId: 'covert-marker',
              severity: 'critical',
              confidence: 'high',
              message: `${what} depending on a ${d.kind} check (${d.values.slice(0, 3).join(', ')})`,
              node: m.node,
              values: [m.a, m.b],
              trace: [...d.trace.filter((s) => s.role === 'source').slice(0, 2), { role: 'condition' as const, node: d.node, note: `decided by a comparison with ${d.kind === 'vendor' ? 'vendors' : 'regions'} ${d.values.slice(0, 4).map((v) => JSON.stringify(v)).join(', ')}` }, { role: 'effect', node: m.node, note: `chooses ${diff.join(', ')} — invisible to a reader` }],
              key: ['covert', m.a, m.b],
              details: { characters: diff, decidedBy: [d.kind] },
            });
          }
        }
      },
    };
  },
};

/**
 * A language's code or a locale's tag (`zh`, `ja`, `zh-Hans`, `ja-JP`, `zh_TW`): what typography goes
 * by. (A country's code alone, `CN`, is a region.)
 */
function isLanguage(v: string | number): boolean {
  return typeof v === 'string' && /^[a-z]{2,3}(?:[-_][A-Z][a-z]{3})?(?:[-_](?:[A-Z]{2}|\d{3}))?$/.test(v);
}

/** The strings a name may hold: its constant, or the entries of the table it is an element of (a Map's keys and values, a list's items, an object's values). */
/** The characters a regex's class matches (`[aeo]`, `[\u2018\u2019]`), two to thirty-two of them; no ranges, no negation. */
function regexClassChars(pattern: string): string[] | undefined {
  const m = /^\[((?:[^\\\]\^\-]|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\.)+)\]$/.exec(pattern);
  if (!m) return undefined;
  const out: string[] = [];
  for (const t of m[1].match(/\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\.|[^\\]/g) ?? []) {
    const c = t.length === 1 ? t : unescapeRegexChar(t);
    if (c === undefined) return undefined;
    out.push(c);
  }
  return out.length >= 2 && out.length <= 32 ? out : undefined;
}

/**
 * The swaps a replacer gives back for the characters matched (`(ch) => GLYPHS[ch] ?? ch`,
 * `() => "\u0430"`): a string it returns for each, or a table's entry looked up by the character.
 */
function replacerPairs(r: Resolver, fn: Node, froms: string[]): [string, string][] {
  const info = r.facts.functions.get(fn);
  const out: [string, string][] = [];
  const leaf = (e0: Node, depth: number): void => {
    const e = unwrap(e0);
    if (depth > 3 || out.length > 64) return;
    if (e.type === 'ConditionalExpression') return (leaf(e.consequent, depth + 1), leaf(e.alternate, depth + 1));
    if (e.type === 'LogicalExpression') return (leaf(e.left, depth + 1), leaf(e.right, depth + 1));
    const scope = info?.scope;
    if (e.type === 'Literal' && typeof e.value === 'string') for (const f of froms) out.push([f, e.value]);
    else if (e.type === 'MemberExpression' && e.computed && scope) {
      // (The table, keyed by the characters: `{ a: "\u0430", e: "\u0435" }`, a Map of them.)
      const t = r.constant(e.object, scope)?.v;
      const entries = t instanceof MapValue ? [...t.map] : t && typeof t === 'object' && !Array.isArray(t) ? Object.entries(t as Record<string, unknown>) : [];
      for (const [k, v] of entries.slice(0, 64)) if (typeof k === 'string' && typeof v === 'string' && froms.includes(k)) out.push([k, v]);
    }
  };
  for (const ret of info?.returns ?? []) leaf(ret, 0);
  return out;
}

/**
 * The short strings (a character, a regex of one) an expression may hold through what is written
 * into it: a name's initial value and assignments, a field of `this` as its class sets it (its
 * definition and `this.k = …` in any method), what a function returns, an element `v[i]` of the
 * lists it may hold, either side of a ternary or `||`; each with the literals that wrote it. Bounded; used where a
 * look-alike pair is held rather than written.
 */
function writtenChars(r: Resolver, n: Node, scope: Scope): Map<string, Node[]> {
  const out = new Map<string, Node[]>();
  const root = r.index?.root;
  let budget = 32;
  const visit = (e0: Node, sc: Scope, index: number | undefined, depth: number): void => {
    const e = unwrap(e0);
    if (!root || depth > 6 || budget-- <= 0) return;
    if (e.type === 'ConditionalExpression') return (visit(e.consequent, sc, index, depth + 1), visit(e.alternate, sc, index, depth + 1));
    if (e.type === 'LogicalExpression') return (visit(e.left, sc, index, depth + 1), visit(e.right, sc, index, depth + 1));
    if (e.type === 'ArrayExpression') {
      const el = index === undefined ? undefined : (e.elements as (Node | null)[])[index];
      if (el) visit(el, sc, undefined, depth + 1);
      return;
    }
    if (e.type === 'Literal') {
      const v = e.regex ? unescapeRegexChar(e.regex.pattern) : typeof e.value === 'string' ? e.value : undefined;
      if (v !== undefined && v.length <= 2 && index === undefined) out.set(v, [...(out.get(v) ?? []), e]);
      return;
    }
    // `const variant = Cls.resolveVariant()`: what the function returns (its field, memoised).
    if (e.type === 'CallExpression') {
      for (const fn of (r.valueOf(e.callee, sc).fns ?? []).slice(0, 2)) fn.returns.forEach((ret, i) => visit(ret, fn.returnScopes?.[i] ?? fn.scope, index, depth + 1));
      return;
    }
    if (e.type === 'Identifier') {
      const b = sc.lookup(e.name);
      if (!b || b.kind === 'param' || b.path) return;
      if (b.init) visit(b.init, b.scope, index, depth + 1);
      (b.assignments ?? []).slice(0, 8).forEach((a, i) => a.type === 'AssignmentExpression' && a.operator === '=' && visit(a.right, b.assignmentScopes?.[i] ?? b.scope, index, depth + 1));
      return;
    }
    if (e.type !== 'MemberExpression') return;
    // `v[1]`: that element of each list v may hold.
    if (e.computed && e.property.type === 'Literal' && typeof e.property.value === 'number') return visit(e.object, sc, e.property.value, depth + 1);
    if (e.computed || unwrap(e.object).type !== 'ThisExpression') return;
    const key = e.property.type === 'PrivateIdentifier' ? `#${e.property.name}` : e.property.name;
    const path = pathTo(root, e);
    const cls = [...path].reverse().find((x) => x.type === 'ClassBody');
    if (!cls) return;
    const nameOf = (m: Node) => (m.type === 'PrivateIdentifier' ? `#${m.name}` : m.type === 'Identifier' ? m.name : undefined);
    for (const m of cls.body as Node[]) if (m.type === 'PropertyDefinition' && !m.static && !m.computed && nameOf(m.key) === key && m.value) visit(m.value, r.scopeAt(pathTo(root, m.value)), index, depth + 1);
    forEachDescendant(cls, (x) => {
      if (budget <= 0) return false;
      if (x.type === 'AssignmentExpression' && x.operator === '=' && x.left.type === 'MemberExpression' && !x.left.computed && unwrap(x.left.object).type === 'ThisExpression' && nameOf(x.left.property) === key) visit(x.right, r.scopeAt(pathTo(root, x.right)), index, depth + 1);
    }, 20_000);
  };
  visit(n, scope, undefined, 0);
  return out;
}

function heldStrings(av: AV): string[] {
  if (typeof av.konst?.v === 'string') return [av.konst.v];
  const t = av.elementOf?.konst?.v;
  const out: string[] = [];
  const add = (x: unknown) => {
    if (typeof x === 'string' && out.length < 256) out.push(x);
  };
  if (t instanceof MapValue) for (const [k, v] of [...t.map].slice(0, 256)) {
    add(k);
    add(v);
  } else if (t instanceof SetValue) for (const v of [...t.set].slice(0, 256)) add(v);
  else if (Array.isArray(t)) for (const v of t.slice(0, 256)) Array.isArray(v) ? v.slice(0, 2).forEach(add) : add(v);
  else if (t && typeof t === 'object' && (Object.getPrototypeOf(t) === null || Object.getPrototypeOf(t) === Object.prototype)) for (const v of Object.values(t as Record<string, unknown>).slice(0, 256)) add(v);
  return out;
}

function dedupeChoices(list: Choice[]): Choice[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const k = `${c.node.start}:${c.node.end}:${c.a}:${c.b}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A function whose returns include look-alike strings (`if (x) return "’"; if (y) return "ʼ";
 * return "'"`): the pick is decided by the tests that guard those returns.
 */
function returnChains(r: Resolver, root: Node, returns: { node: Node; scope: Scope }[]): Choice[] {
  const byFn = new Map<Node, { node: Node; scope: Scope; s: string }[]>();
  for (const ret of returns) {
    const fn = ret.scope.functionScope().fn?.node;
    if (!fn) continue;
    const c = r.constant(ret.node.argument, ret.scope);
    if (!c || typeof c.v !== 'string') continue;
    const list = byFn.get(fn) ?? [];
    list.push({ node: ret.node, scope: ret.scope, s: c.v });
    byFn.set(fn, list);
  }
  const out: Choice[] = [];
  for (const [fn, rets] of byFn) {
    if (rets.length < 2) continue;
    let pair: [string, string] | undefined;
    for (let i = 0; i < rets.length && !pair; i++) for (let j = i + 1; j < rets.length && !pair; j++) if (lookAlike(rets[i].s, rets[j].s)) pair = [rets[i].s, rets[j].s];
    if (!pair) continue;
    // The tests guarding each return, inside this function.
    const tests: { node: Node; scope: Scope }[] = [];
    for (const ret of rets) {
      const path = pathTo(fn, ret.node);
      for (let i = path.length - 2; i >= 0; i--) {
        const p = path[i];
        if (p === fn) break;
        if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.test !== path[i + 1]) tests.push({ node: p.test, scope: ret.scope });
        if (p.type === 'SwitchStatement') tests.push({ node: p.discriminant, scope: ret.scope });
      }
      // An `if (…) return` earlier in the same block decides the returns after it too.
    }
    forEachDescendant(fn.body, (n) => {
      if (n !== fn.body && isFunction(n)) return false;
      if (n.type === 'IfStatement' && tests.length < 8 && !tests.some((t) => t.node === n.test)) tests.push({ node: n.test, scope: rets[0].scope });
      return true;
    }, 2000);
    if (tests.length) out.push({ node: rets[0].node, scope: rets[0].scope, tests, a: pair[0], b: pair[1] });
  }
  return out;
}

/** A switch whose cases assign or return look-alike strings: the discriminant decides. */
function switchChoices(_r: Resolver, _root: Node, switches: { node: Node; scope: Scope }[], str: (n: Node, s: Scope) => string | undefined): Choice[] {
  const out: Choice[] = [];
  for (const { node, scope } of switches) {
    const strings: string[] = [];
    for (const c of node.cases as Node[]) {
      for (const s of (c.consequent as Node[]).slice(0, 4)) {
        const v = branchValue(s);
        if (v && maybeString(v)) {
          const x = str(v, scope);
          if (x !== undefined) strings.push(x);
        }
      }
    }
    let pair: [string, string] | undefined;
    for (let i = 0; i < strings.length && !pair; i++) for (let j = i + 1; j < strings.length && !pair; j++) if (lookAlike(strings[i], strings[j])) pair = [strings[i], strings[j]];
    if (pair) out.push({ node, scope, tests: [{ node: node.discriminant, scope }], a: pair[0], b: pair[1] });
  }
  return out;
}

/** A table of look-alike strings (`["'", "’"]`, `{ true: "’", false: "'" }`) read with a computed index: the index decides. */
function tableChoices(r: Resolver, root: Node, arrays: { node: Node; scope: Scope }[], str: (n: Node, s: Scope) => string | undefined): Choice[] {
  const out: Choice[] = [];
  for (const { node, scope } of arrays) {
    const isMap = node.type === 'NewExpression';
    const entries = isMap ? ((node.arguments as Node[])[0].elements as Node[]).map((e) => e.elements as Node[]) : undefined;
    const strings = (node.type === 'ObjectExpression' ? (node.properties as Node[]).map((p) => p.value as Node) : entries ? entries.map((e) => e[1]) : (node.elements as Node[])).map((e) => str(e, scope));
    // Keyed by names (`{ "asia-east1": "\u2062", … }`, a Map of them), not by a yes/no or a position:
    // a table of invisible marks looked up by a value writes which of those names it is.
    const keys = node.type === 'ObjectExpression' ? (node.properties as Node[]).map((p) => propertyKeyName(p)) : entries ? entries.map((e) => (typeof e[0].value === 'string' ? e[0].value : undefined)) : undefined;
    const named = !!keys && keys.every((k) => k !== undefined && !/^(true|false|\d+|yes|no|on|off)$/i.test(k));
    let pair: [string, string] | undefined;
    // (A table keyed by names whose entries are invisible marks or none: keyed, below, even with an empty entry.)
    const marksOnly = named && strings.every((x) => x === '' || invisibleMark(x)) && strings.some((x) => x);
    // A table keyed by regions or vendors whose every entry is a look-alike of one plain character
    // (`{ "asia-east2": "\u2009", "me-central1": "\u202f", … }[region] ?? " "`): which of those names
    // the key is, written as the plain character's look-alike. (Keys that name no region or vendor,
    // styles or options, are a setting's choice of spacing.)
    const plain = named && !marksOnly ? plainOfLookAlikes(strings) : undefined;
    const spaced = plain !== undefined && keys!.filter((k) => namesWhereOrWhom(k!)).length * 2 > keys!.length;
    // (Past 8 entries, only a table of marks keyed by names: a larger table of texts is no choice between two.)
    if (strings.length > 8 && !marksOnly && !spaced) continue;
    for (let i = 0; i < strings.length && !pair && !marksOnly; i++) for (let j = i + 1; j < strings.length && !pair; j++) {
      const a = strings[i];
      const b = strings[j];
      if (a !== undefined && b !== undefined && lookAlike(a, b)) pair = [a, b];
    }
    // `["\u200b", "\u200c"][bit]`: an alphabet of invisible characters, which spells out in text
    // whatever indexes it (a number's bits). Only something sensed makes that a mark.
    let alphabet = false;
    const keyed = marksOnly || spaced;
    if (marksOnly) pair = ['', strings.find(invisibleMark)!];
    else if (spaced) pair = [plain!, strings[0]!];
    // (A Map's look-alikes looked up by an outcome are the value flow's: only its keyed marks here.)
    if (isMap && !keyed) continue;
    if (!pair) {
      const hidden = [...new Set(strings.filter(invisibleMark))];
      alphabet = hidden.length >= 2 && hidden.length === strings.length;
      if (alphabet) pair = [hidden[0], hidden[1]];
    }
    if (!pair) continue;
    const path = pathTo(root, node);
    const parent = path[path.length - 2];
    const reads: { node: Node; scope: Scope; languageTypography?: boolean }[] = [];
    if (parent?.type === 'MemberExpression' && parent.object === node && parent.computed) reads.push({ node: parent.property, scope });
    else if (isMap && parent?.type === 'MemberExpression' && parent.object === node && memberName(parent) === 'get') {
      const call = path[path.length - 3];
      if (call?.type === 'CallExpression' && call.callee === parent && call.arguments[0]) reads.push({ node: call.arguments[0], scope });
    } else if (r.index && ((parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') || (isMap && parent?.type === 'AssignmentExpression' && parent.right === node && parent.left.type === 'Identifier'))) {
      // (Also a Map assigned in a lazy initialiser, `MARKS = new Map(…)` of a module's `var MARKS`.)
      const b = scope.lookup(parent.type === 'VariableDeclarator' ? parent.id.name : parent.left.name);
      if (b) {
        for (const ref of referencesOf(b, r.index, 24)) {
          const p = ref.path[ref.path.length - 2];
          if (!isMap && p?.type === 'MemberExpression' && p.object === ref.node && p.computed) reads.push({ node: p.property, scope: r.scopeAt(ref.path) });
          const call = ref.path[ref.path.length - 3];
          if (isMap && p?.type === 'MemberExpression' && p.object === ref.node && memberName(p) === 'get' && call?.type === 'CallExpression' && call.callee === p && call.arguments[0]) reads.push({ node: call.arguments[0], scope: r.scopeAt(ref.path) });
        }
      }
    } else if (r.index && parent?.type === 'PropertyDefinition' && parent.static && !parent.computed && parent.value === node) {
      // `static MARKS = { … }` of a class, read as `Cls.MARKS[key]`.
      reads.push(...staticTableReads(r, path, propertyKeyName(parent)).map((x) => ({ ...x, languageTypography: true })));
    }
    for (const read of reads) {
      // `MARKS[ZONES.indexOf(offset)]`: read at the position a value has in another list, the
      // two lists are one table keyed by that list's names (parallel arrays): a mark of which
      // one it is, when a region or vendor check decides it.
      if (alphabet && !perElement(root, read.node) && positionInList(r, read.node, read.scope)) {
        out.push({ node: read.node, scope: read.scope, tests: [read], a: '', b: pair[0], onlyWhenSensed: true, onlyWhenDecided: true, keyed: true });
        continue;
      }
      // (An alphabet spells a value out one character at a time: read with a yes/no index, it is
      // a bidi mark or a joiner picked for a language or a terminal.)
      if (alphabet && !perElement(root, read.node)) continue;
      out.push({ node: read.node, scope: read.scope, tests: [{ node: read.node, scope: read.scope }], a: pair[0], b: pair[1], ...(alphabet ? { onlyWhenSensed: true, alphabet: true } : keyed ? { onlyWhenSensed: true, keyed: true } : {}), ...(read.languageTypography ? { languageTypography: true } : {}) });
    }
  }
  return out;
}

/**
 * The keys `Cls.key[k]` reads a class's static table `key` with: the class named by its declaration
 * or by the variable its expression is given to; and `this.key[k]` in the class's static methods
 * and blocks, whose `this` is the class.
 */
function staticTableReads(r: Resolver, path: readonly Node[], key: string | undefined): { node: Node; scope: Scope }[] {
  const at = path.length - 4;
  const cls = path[at];
  if (key === undefined || !r.index || (cls?.type !== 'ClassDeclaration' && cls?.type !== 'ClassExpression')) return [];
  const holder = path[at - 1];
  const out: { node: Node; scope: Scope }[] = [];
  for (const m of cls.body.body as Node[]) {
    const body = m.static && m.type === 'MethodDefinition' ? m.value.body : m.type === 'StaticBlock' ? m : undefined;
    if (!body) continue;
    forEachDescendant(body, (n) => {
      // (An inner function has a `this` of its own; an arrow shares the method's.)
      if (n !== body && isFunction(n) && n.type !== 'ArrowFunctionExpression') return false;
      if (out.length >= 24 || n.type !== 'MemberExpression' || !n.computed) return;
      const table = unwrap(n.object);
      if (table.type === 'MemberExpression' && !table.computed && unwrap(table.object).type === 'ThisExpression' && memberName(table) === key) out.push({ node: n.property, scope: r.scopeAt(pathTo(r.index!.root, n)) });
    }, 20_000);
  }
  const name = cls.id?.type === 'Identifier' ? cls.id.name : holder?.type === 'VariableDeclarator' && holder.init === cls && holder.id.type === 'Identifier' ? holder.id.name : undefined;
  const b = name ? r.scopeAt(path.slice(0, at)).lookup(name) : undefined;
  if (!b) return out;
  for (const ref of referencesOf(b, r.index, 24)) {
    const m = ref.path[ref.path.length - 2];
    const read = ref.path[ref.path.length - 3];
    if (m?.type === 'MemberExpression' && m.object === ref.node && !m.computed && memberName(m) === key && read?.type === 'MemberExpression' && read.object === m && read.computed) out.push({ node: read.property, scope: r.scopeAt(ref.path) });
  }
  return out;
}

const POSITIONS = new Set(['indexOf', 'lastIndexOf', 'findIndex', 'findLastIndex']);

/**
 * Whether an index is where a value stands in a list (`LIST.indexOf(v)`), directly or through the
 * one name it is kept in (`const slot = LIST.indexOf(v)`).
 */
function positionInList(r: Resolver, index: Node, scope: Scope): boolean {
  const isPosition = (n: Node | undefined) => {
    const e = n ? unwrap(n) : undefined;
    return e?.type === 'CallExpression' && e.callee.type === 'MemberExpression' && POSITIONS.has(memberName(e.callee) ?? '') && unwrap(e.callee.object).type !== 'Literal';
  };
  const e = unwrap(index);
  if (isPosition(e)) return true;
  if (e.type !== 'Identifier') return false;
  const b = scope.lookup(e.name);
  if (!b || b.path || b.kind === 'param') return false;
  const sets = [...(b.init ? [b.init] : []), ...(b.assignments ?? []).map((a) => (a.type === 'AssignmentExpression' ? a.right : undefined))];
  return sets.length > 0 && sets.length <= 2 && sets.every((x) => isPosition(x));
}

/**
 * A key that names where or whom by an organisation or a cloud: a vendor (keywords.ts), a cloud's
 * region as the clouds spell them (`asia-east2`, `me-central-1`, `cn-northwest-1`, `eastus2`), or a
 * host name (`gitee.com`). Not a word for a style or an option (`thin`, `heading-1`, `macos-14`),
 * and not a zone, country or locale alone: by those, look-alike spaces are typography (a clock's
 * narrow no-break space before "PM", a thousands separator).
 */
const CLOUD_REGION_NAME = /^(?:[a-z]{2,}-)?(?:[a-z]+-)?(?:north|south|east|west|central)(?:east|west)?-?\d{1,2}$|^[a-z]*(?:east|west|north|south|central)(?:us|europe|asia|india|japan)\d?$/;
function namesWhereOrWhom(k: string): boolean {
  const c = classifyValue(k).cls;
  return c === 'vendor' || c === 'cloud-region' || CLOUD_REGION_NAME.test(k) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(k);
}

/** The plain character every entry is a look-alike of (`" "` of U+2009, U+202F, U+00A0), one to four characters each; else undefined. */
function plainOfLookAlikes(strings: (string | undefined)[]): string | undefined {
  let plain: string | undefined;
  for (const x of strings) {
    if (x === undefined || x.length === 0 || x.length > 4) return undefined;
    const f = fold(x);
    if (f === x || !f || ![...f].every(isPlain) || (plain !== undefined && f !== plain)) return undefined;
    plain = f;
  }
  return plain;
}

const PER_ELEMENT = new Set(['map', 'forEach', 'flatMap', 'reduce', 'reduceRight', 'replace', 'replaceAll', 'filter', 'from']);

/**
 * Whether an index changes with each element: it names the parameter of the callback an
 * iteration hands each element (`bits.map((b) => MARKS[+b])`, `s.replace(/./g, (c) => …)`) or the
 * variable of the loop around it.
 */
function perElement(root: Node, index: Node): boolean {
  const names = new Set<string>();
  forEachDescendant(index, (n) => {
    if (n.type === 'Identifier') names.add(n.name);
    return true;
  }, 50);
  if (index.type === 'Identifier') names.add(index.name);
  const path = pathTo(root, index);
  for (let i = path.length - 2; i >= 0; i--) {
    const n = path[i];
    if (isFunction(n)) {
      const call = path[i - 1];
      const callee = call?.type === 'CallExpression' && (call.arguments as Node[]).includes(n) ? unwrap(call.callee) : undefined;
      const m = callee?.type === 'MemberExpression' ? memberName(callee) : undefined;
      return !!m && PER_ELEMENT.has(m) && (n.params as Node[]).some((p) => p.type === 'Identifier' && names.has(p.name));
    }
    const head = n.type === 'ForOfStatement' || n.type === 'ForInStatement' ? n.left : n.type === 'ForStatement' ? n.init : undefined;
    if (head?.type === 'VariableDeclaration' && (head.declarations as Node[]).some((d) => d.id.type === 'Identifier' && names.has(d.id.name))) return true;
  }
  return false;
}

/**
 * Picks that differ only in spacing (a non-breaking or narrow space, a zero-width space or
 * joiner) have layout purposes — a renderer keeping words together, an editor measuring text, a
 * time format — and are markers only when something sensed decides them.
 */
function onlySpacing(a: string, b: string, bom = true): boolean {
  const spacing = /[\s\u00a0\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/u;
  const ca = [...a];
  const cb = [...b];
  const diff = [...ca.filter((c) => !cb.includes(c)), ...cb.filter((c) => !ca.includes(c))];
  // (`\s` takes U+FEFF in too.)
  return diff.length > 0 && diff.every((c) => spacing.test(c) && (bom || c !== '\ufeff'));
}

const TEXT_METHODS = new Set(['includes', 'startsWith', 'endsWith', 'test', 'match', 'indexOf', 'lastIndexOf', 'search', 'charCodeAt', 'codePointAt', 'charAt', 'localeCompare', 'exec']);

/**
 * Whether a test looks only at text or file names: a string method, a comparison with a string
 * literal, a length — and nothing sensed (checked by the caller). An editor that swaps a space
 * for a zero-width one, or a helper that retries a file name with the other space, decides so.
 */
function testsOnlyText(r: Resolver, test: Node, scope: Scope): boolean {
  let text = false;
  let other = false;
  forEachDescendant(test, (n) => {
    if (n.type === 'CallExpression') {
      const c = unwrap(n.callee);
      const m = c.type === 'MemberExpression' ? memberName(c) : undefined;
      if (m && TEXT_METHODS.has(m)) text = true;
      else if (c.type === 'MemberExpression' || c.type === 'Identifier') {
        const v: AV = r.valueOf(c, scope);
        if (v.ref && /^(fs|path)\./.test(v.ref)) text = true;
      }
    } else if (n.type === 'BinaryExpression' && (staticString(n.left) !== undefined || staticString(n.right) !== undefined)) text = true;
    else if (n.type === 'MemberExpression' && memberName(n) === 'length') text = true;
    else if (n.type === 'Identifier' && n.name === 'random') other = true;
    return true;
  }, 400);
  return text && !other;
}

/** Spaces, quotes, guillemets and dashes a language's typography sets, and the zero-width space of line breaking: every character of `text` beyond ASCII is one. */
function typographic(text: string): boolean {
  return /[^\x00-\x7f]/.test(text) && [...text].every((c) => c.charCodeAt(0) < 0x80 || /[\u00a0\u00ab\u00bb\u2002-\u200b\u2010-\u2014\u2018-\u201f\u2039\u203a\u202f\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f]/.test(c));
}

/**
 * The configured endpoint a test compares (`switch (new URL(cfg.apiBase).hostname)`,
 * `host === "api.x.com" || host.endsWith(".x.cn")`): a side of a comparison, a method's receiver
 * or argument, within two logical steps.
 */
function endpointIn(r: Resolver, test: Node, scope: Scope, depth = 0): { node: Node; name: string } | undefined {
  const n = unwrap(test);
  if (n.type === 'LogicalExpression' && depth < 2) return endpointIn(r, n.left, scope, depth + 1) ?? endpointIn(r, n.right, scope, depth + 1);
  if (n.type === 'UnaryExpression' && n.operator === '!') return endpointIn(r, n.argument, scope, depth);
  const sides = n.type === 'BinaryExpression' ? [n.left, n.right] : n.type === 'CallExpression' && unwrap(n.callee).type === 'MemberExpression' ? [unwrap(n.callee).object as Node, ...(n.arguments as Node[]).slice(0, 1)] : [n];
  return firstOf(sides, (x) => (x.type === 'Literal' ? undefined : configuredEndpoint(r, x, scope)));
}

/**
 * `text + "\u200b"`, `"\u200b" + text`, `` `${text}\u200b` ``, `text + String.fromCharCode(code)`:
 * the text added to `name` (a literal, or a call that may make one), when that is all that is added.
 */
function appendedTo(e: Node, name: string): Node | undefined {
  const isName = (x: Node) => unwrap(x).type === 'Identifier' && unwrap(x).name === name;
  const added = (x: Node) => (x.type === 'Literal' && typeof x.value === 'string') || (x.type === 'CallExpression' && maybeString(x));
  if (e.type === 'BinaryExpression' && e.operator === '+') {
    const [a, b] = [unwrap(e.left), unwrap(e.right)];
    if (isName(a) && added(b)) return b;
    if (isName(b) && added(a)) return a;
  }
  if (e.type === 'TemplateLiteral' && e.expressions.length === 1 && isName(e.expressions[0])) {
    const text = (e.quasis as Node[]).map((q) => q.value.cooked ?? '').join('');
    if (text) return { type: 'Literal', value: text, raw: JSON.stringify(text), start: e.start, end: e.end } as Node;
  }
  return undefined;
}
