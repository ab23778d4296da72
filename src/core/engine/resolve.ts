import * as posix from 'path/posix';
import { borrowedArrayCall, calleeName, constructorOf, isFunction, isNullish, memberName, propertyKeyName, staticString, stringListLiteral, unwrap, type Node } from './ast';
import { fillCommand } from './commands';
import { Bytes, Closure, collectNames, DecoderObject, Interpreter, MapValue, RegexValue, safeRegex, SetValue, UNKNOWN, type Value } from './interpret';
import { referencesOf, nodePath, type ProgramIndex, type Reference } from './refs';
import { CACHE_LOOKUPS, CACHE_READS, cacheOptions, effectFnBody, effectGenBody, isDataFirstOperator, isOperatorPipe, mapsValue, operatorCallback, sourceKind, stageOf } from './pipes';
import { assignedBinding, functionBinding, type Binding, type FunctionInfo, type Scope } from './scope';
import { ACCOUNT_URL, CALL_SOURCES, CLOUD_REGION_URL, DISCOVERY_COMMANDS, envKind, GEO_IP_URL, gitApiConfigCall, gitConfigKind, knownValues, MACHINE_ID_FILES, MEMBER_SOURCES, memberSource, NETWORK_CONFIG_ENV, NETWORK_CONFIG_FILES, normaliseModule, STORED_ID_FILE, type SenseKind } from './sources';
import type { TraceRole } from '../model';
import { siteArgs, type CallSite, type ProgramFacts } from './collect';
import { argsStep, callbackStep, emitStep, toLinkConst, type LinkConst, exportValue, keyStep, fromLinkConst, importBinding, sampleRef, type LinkValue } from '../links';
import { forEachDescendant, pathTo } from './walk';

/*
 * Value flow, demand-driven: an analysis asks for the abstract value of the few expressions it
 * cares about, and the answer follows the value back through bindings, assignments (also those
 * a lazy initialiser makes), function returns, parameters at their call sites, callbacks over
 * lists, loop variables, closures, object and class fields, getters, `this`, and the module
 * systems bundles are made of (CommonJS and ESM interop, esbuild's export objects, webpack's
 * numeric module table, Bun's wrapper). Sensed-ness (something read about the user) flows
 * through every pure string, array, URL and hash operation; constants come from the
 * interpreter. Answers are memoised per node and per binding; recursion is bounded and cycles
 * resolve to "unknown".
 */

export interface Sensed {
  kind: SenseKind;
  label: string;
  node: Node;
  weak?: boolean;
  /** For env reads: the variable name. */
  envName?: string;
  /** For a command's output: the command line. */
  command?: string;
  /**
   * A setting read by its name (`config.baseUrl`), sensed only for one comparison with a hidden
   * list of vendors: its decision stands only where what it changes is followed.
   */
  configured?: boolean;
}

export interface Step {
  role: TraceRole;
  node: Node;
  note: string;
}

/** What decided a value without being its content: a sensed test, a comparison with a list. */
export interface Control {
  sensed: Sensed[];
  /** Comparisons the analyses have classified as decisions (gating), by their node. */
  decisions: Node[];
  steps: Step[];
}

export interface Konst {
  v: Value;
  decodedVia?: string[];
  node: Node;
}

/**
 * OpenTelemetry's semantic-conventions constants of who and where (`ATTR_HOST_NAME`,
 * `SEMRESATTRS_HOST_NAME`, `SemanticResourceAttributes.HOST_NAME`), required or imported from the
 * package (stable or incubating entry): the attribute keys they stand for. A bundled copy of the
 * package defines them as constants, which the flow follows anyway.
 */
const SEMCONV = /^module:@opentelemetry\/semantic-conventions(?:\/incubating)?(?:\.default)?\.(?:ATTR_|SEMRESATTRS_|SEMATTRS_|SemanticResourceAttributes\.|SemanticAttributes\.)([A-Z][A-Z0-9_]*)$/;
const SEMCONV_KEYS: Record<string, string> = {
  HOST_NAME: 'host.name',
  HOST_ID: 'host.id',
  USER_NAME: 'user.name',
  USER_ID: 'user.id',
  USER_EMAIL: 'user.email',
  USER_FULL_NAME: 'user.full_name',
  ENDUSER_ID: 'enduser.id',
  PROCESS_OWNER: 'process.owner',
};

/** Effect's readers of one configuration value, by the name of the environment variable the default provider reads. */
const CONFIG_READS = new Set(['string', 'nonEmptyString', 'number', 'integer', 'boolean', 'url', 'redacted', 'secret', 'port', 'literal', 'duration']);
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** `Config` or `x.Config`: the namespace of Effect's configuration readers, by its name. */
const isConfigModule = (n: Node): boolean => {
  const o = unwrap(n);
  return (o.type === 'Identifier' && o.name === 'Config') || (o.type === 'MemberExpression' && memberName(o) === 'Config');
};

/**
 * The abstract value of an expression, as far as Candor cares: a known object (`process.env`,
 * the `os` module, `Intl.DateTimeFormat()`), what is sensed in it, what decided it, a constant
 * (possibly decoded), function values, and objects whose properties can be followed.
 */
export interface AV {
  ref?: string;
  sensed?: Sensed[];
  steps?: Step[];
  control?: Control;
  fns?: FunctionInfo[];
  konst?: Konst;
  /** An object literal (its properties), with the binding that holds it when there is one. */
  obj?: { node: Node; scope: Scope; binding?: Binding };
  /** A class (what `new` makes an instance of). */
  cls?: { node: Node; scope: Scope };
  /** An instance of a class; `self`: `this` inside the class, which may be a subclass's instance. */
  instance?: { cls: Node; scope: Scope; self?: boolean };
  /** An object a plain function made as a constructor (`new Pool(…)` of `function Pool() {…}`, as ES5, Babel and TypeScript's ES5 output write classes). */
  proto?: { fn: FunctionInfo };
  /** A module whose exports its factory defines (webpack's table, CommonJS). */
  module?: { factory: Node; scope: Scope; cjs?: boolean };
  /** Elements of a list this value ranges over (callback parameter of `.some`, a loop variable). */
  elementOf?: AV;
  /** An array literal whose elements are not all constants: `[a, b][0]`, `const [x] = await Promise.all([…])`. */
  arr?: { node: Node; scope: Scope; /** Each element is an effect taken by `yield*` (`Effect.all([…])`): its value, not the effect. */ delegated?: boolean };
  /** Fields of a record another module passed in (`{ context: { value: process.env } }`), by their path in it. */
  given?: { field: string; value: AV }[];
  /** The `new` expression that made this object, when it is one object. */
  made?: Node;
  /** The alternatives of a union that holds several object literals (a function that returns `{ a: 1 }` or `{ a: x }`): a member is each one's. */
  alts?: AV[];
  /** What a React hook keeps (`useRef(x)`: `.current`; `useState(x)`: `[0]`), with the binding that holds it. */
  hook?: { kind: 'ref' | 'state'; call: Node; scope: Scope; binding?: Binding };
  /** A Proxy (`new Proxy(target, { get(t, key) { … } })`): a member is what its get trap returns, besides the target's own. */
  proxy?: { get: FunctionInfo[]; call: Node };
}

/** Where a module factory defines an export: all of them at once, one by name, or through a define call (`d(exports, { k: () => … })`). */
type ExportSite = { kind: 'whole'; value: Node } | { kind: 'named'; name: string | undefined; value: Node } | { kind: 'define'; value: Node };

/** A write into `this` a class makes: the value written, or (`keyed`) the assignment `this[k] = v` as a write of that key. */
type FieldWrite = { node: Node; scope: Scope; keyed?: string };

const EMPTY: AV = Object.freeze({}) as AV;

/** A value the flow knows nothing of: no constant, nothing sensed, no object, function, reference or decision. */
const isBlank = (v: AV): boolean => Object.keys(v).length === 0;
/** Globals a template's filler may use without reaching anything sensed (`String(v ?? "")`, `JSON.stringify(v)`). */
const HARMLESS_GLOBALS: ReadonlySet<string> = new Set(['String', 'Number', 'Boolean', 'JSON', 'Object', 'Array', 'Math', 'undefined', 'NaN', 'Infinity', 'encodeURIComponent', 'encodeURI', 'escape', 'isNaN', 'parseInt', 'parseFloat']);
/** The name a call's receiver is given when the call is evaluated with it (no program can write it). */
const RECEIVER = '\u0000receiver';
const IN_PROGRESS: AV = Object.freeze({}) as AV;
/**
 * The sites of a name that can refer to binding `b`: those inside the function its scope belongs
 * to. A minified name (`e`, `A`) is declared again in every module of a bundle; looking each of
 * its thousands of sites up would cost more than the rest of the resolution. Sites are kept in
 * the order the parser finished them, which is the order of their end offsets.
 */
function sitesWithin(sites: readonly CallSite[], b: Binding): readonly CallSite[] {
  const fnNode = b.scope.functionScope().fn?.node;
  if (!fnNode || sites.length < 16) return sites;
  const first = lowerBound(sites, fnNode.start);
  const last = lowerBound(sites, fnNode.end + 1);
  return first === 0 && last === sites.length ? sites : sites.slice(first, last);
}

const isIdentChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
const isIdentStart = (c: number) => isIdentChar(c) && !(c >= 48 && c <= 57);
function identEnd(text: string, at: number): number {
  let e = at;
  while (e < text.length && isIdentChar(text.charCodeAt(e))) e++;
  return e;
}

/**
 * `A = B,` `A=B;` and `A = B` at a line's end (a name given another name, as bundles alias
 * components): each left name with where its right name starts. One pass over the \`=\` signs, with
 * the same matches as \`/(?<![\\w$])([A-Za-z_$][\\w$]*) ?= ?([A-Za-z_$][\\w$]*) ?[,;\\n]/g\`, which
 * costs a tenth of a second or more on a large bundle.
 */
function* simpleAssignments(text: string): Generator<[string, number]> {
  for (let j = text.indexOf('='); j !== -1; j = text.indexOf('=', j + 1)) {
    const next = text.charCodeAt(j + 1);
    if (next === 61 || next === 62) continue; // `==`, `=>`
    let k = j - 1;
    if (text.charCodeAt(k) === 32) k--;
    const end = k + 1;
    while (k >= 0 && isIdentChar(text.charCodeAt(k))) k--;
    const start = k + 1;
    if (start >= end || !isIdentStart(text.charCodeAt(start))) continue;
    let m = j + 1;
    if (text.charCodeAt(m) === 32) m++;
    if (!isIdentStart(text.charCodeAt(m))) continue;
    let e = identEnd(text, m);
    if (text.charCodeAt(e) === 32) e++;
    const c = text.charCodeAt(e);
    if (c === 44 || c === 59 || c === 10) yield [text.slice(start, end), m];
  }
}

/** Every string in a constant value (a table's entry), a few levels and a few hundred strings deep. */
function stringsIn(v: Value, out: Set<string>, depth = 0): void {
  if (typeof v === 'string') out.add(v);
  else if (depth < 4 && out.size < 512 && v && typeof v === 'object' && (Array.isArray(v) || Object.getPrototypeOf(v) === null)) {
    for (const x of Array.isArray(v) ? v : Object.values(v as Record<string, Value>)) stringsIn(x, out, depth + 1);
  }
}

/**
 * The part at `path` of each element of a constant list (`[1]` of each `[key, value]` pair, `.env`
 * of each record), when every element has it: what a destructuring loop variable ranges over.
 */
/** What `for (… of v)` takes from a constant: a list's elements, a Map's entries, a Set's values. */
function iterated(v: Value | undefined): Value[] | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof MapValue && v.map.size <= 1000) return [...v.map].map(([k, x]) => [k, x]);
  if (v instanceof SetValue && v.set.size <= 1000) return [...v.set];
  return undefined;
}

function partsOfElements(items: readonly Value[], path: readonly (string | number)[]): Value[] | undefined {
  if (!items.length || items.length > 1000 || path.some((k) => k === '...')) return undefined;
  const out: Value[] = [];
  for (const item of items) {
    let cur: Value | undefined = item;
    for (const k of path) {
      if (Array.isArray(cur)) cur = cur[Number(k)];
      else if (cur && typeof cur === 'object' && Object.getPrototypeOf(cur) === null) cur = Object.hasOwn(cur, String(k)) ? (cur as Record<string, Value>)[String(k)] : undefined;
      else cur = undefined;
      if (cur === undefined) return undefined;
    }
    out.push(cur);
  }
  return out;
}

/**
 * What `f.call(x, …)` may take as `this` (anything but a string or number written out: `rpc.call("track", v)`
 * is an object's own method, not Function.prototype.call). A call without arguments calls with none.
 */
function thisArgLike(n: Node | undefined): boolean {
  if (!n) return true;
  return !((n.type === 'Literal' && (typeof n.value === 'string' || typeof n.value === 'number')) || n.type === 'TemplateLiteral');
}

/** The elements of a list written out in full (`[a, b]`, no holes or spreads): the arguments an `apply` passes. */
function listedArgs(n: Node | undefined): Node[] | undefined {
  return n?.type === 'ArrayExpression' && (n.elements as (Node | null)[]).every((e) => e && e.type !== 'SpreadElement') ? (n.elements as Node[]) : undefined;
}

/**
 * A key that is a symbol the program makes once (`const K = Symbol("zone")`, `Symbol.for("zone")`):
 * a name of its own for that symbol (the one made where it is made; `Symbol.for`'s by its
 * description), so that `o[K] = v` and `o[K]` name the same field and no other.
 */
function symbolKey(k: Node, scope: Scope): string | undefined {
  if (k.type !== 'Identifier') return undefined;
  const b = scope.lookup(k.name);
  if (!b || b.path || (b.kind !== 'const' && b.kind !== 'let' && b.kind !== 'var')) return undefined;
  // (Made where it is declared, or by the one assignment a lazy initialiser gives it.)
  const only = b.assignments?.length === 1 && b.assignments[0].type === 'AssignmentExpression' && b.assignments[0].operator === '=' ? b.assignments[0].right : undefined;
  const made = b.assignments ? (b.init ? undefined : only) : b.init;
  return made ? symbolMade(unwrap(made), b.scope) : undefined;
}

/**
 * `m.bag[m.kState]` with both from the same other module, the key a name it exports: the
 * reference that asks that module for the member (`module:./probe.js.bag.@key:kState`).
 */
function keyedRef(obj: AV, k: AV): string | undefined {
  if (!obj.ref?.startsWith('module:') || obj.konst || isSensed(obj) || !k.ref?.startsWith('module:') || k.konst || isSensed(k)) return undefined;
  const dot = k.ref.lastIndexOf('.');
  const name = k.ref.slice(dot + 1);
  const module = k.ref.slice(0, dot);
  if (!/^[\w$]+$/.test(name) || !obj.ref.startsWith(`${module}.`)) return undefined;
  return `${obj.ref}.${keyStep(name)}`;
}

/** `Symbol("zone")` (a symbol of its own, named by where it is made) or `Symbol.for("zone")` (by its description). */
function symbolMade(init: Node, scope: Scope): string | undefined {
  if (init.type !== 'CallExpression') return undefined;
  const c = unwrap(init.callee);
  if (c.type === 'Identifier' && c.name === 'Symbol' && !scope.lookup('Symbol')) return `@@symbol@${init.start}`;
  if (c.type === 'MemberExpression' && memberName(c) === 'for' && unwrap(c.object).type === 'Identifier' && unwrap(c.object).name === 'Symbol' && !scope.lookup('Symbol')) {
    const d = init.arguments[0] ? staticString(init.arguments[0]) : undefined;
    return d === undefined ? undefined : `@@symbol.for:${d}`;
  }
  return undefined;
}

/** Methods of a shell template's process that set it up or read its output (Bun Shell, zx, execa): the output still. */
export const SHELL_CHAIN: ReadonlySet<string> = new Set(['cwd', 'env', 'quiet', 'nothrow', 'throws', 'timeout', 'text', 'json', 'lines', 'verbose']);
/** The names shell-template tags go by, as references: Bun Shell's `$` (global `Bun.$` or imported from "bun"), zx's and execa's. */
const SHELL_TAGS = /^module:(bun|zx|execa|zx\/core)\.\$$/;
/** execa's functions that run a program with its arguments (`execa("git", […])`) or a command line (`execaCommand("git …")`). */
const EXECA_CALL = /^module:execa(\.default)?(\.(execa|execaSync|sync|execaCommand|execaCommandSync|command|commandSync))?$/;

/**
 * The shell template a value is, through its setting-up methods (`` Bun.$`…`.cwd(d).quiet() ``):
 * the tagged template, when its tag runs a shell command.
 */
export function shellTemplateOf(n: Node, refOf: (n: Node) => string | undefined, scope: Scope): Node | undefined {
  let cur = unwrap(n);
  for (let i = 0; i < 8; i++) {
    if (cur.type === 'AwaitExpression' && cur.argument) cur = unwrap(cur.argument);
    else if (cur.type === 'CallExpression' && unwrap(cur.callee).type === 'MemberExpression' && SHELL_CHAIN.has(memberName(unwrap(cur.callee)) ?? '')) cur = unwrap(unwrap(cur.callee).object);
    else break;
  }
  if (cur.type !== 'TaggedTemplateExpression') return undefined;
  const tag = unwrap(cur.tag);
  // (`` $({ cwd })`…` ``: zx's and execa's options.)
  const head = tag.type === 'CallExpression' ? unwrap(tag.callee) : tag;
  if (head.type === 'MemberExpression' && memberName(head) === '$' && unwrap(head.object).type === 'Identifier' && unwrap(head.object).name === 'Bun' && !scope.lookup('Bun')) return cur;
  return SHELL_TAGS.test(refOf(head) ?? '') ? cur : undefined;
}

/** The command a shell template runs, its interpolations as the constants they are (or "…"). */
export function shellCommandText(t: Node, constantOf: (n: Node) => unknown): string {
  const q = t.quasi;
  return (q.quasis as Node[]).map((x, i) => {
    const e = (q.expressions as Node[])[i];
    const c = e ? constantOf(e) : '';
    return (x.value.cooked ?? '') + (typeof c === 'string' || typeof c === 'number' ? String(c) : e ? '…' : '');
  }).join('');
}

/** String methods that cut a piece out of a text, and those that split it into pieces (of which `[i]` is one). */
const TEXT_CUTS: ReadonlySet<string> = new Set(['slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase']);
const TEXT_SPLITS: ReadonlySet<string> = new Set(['split', 'match', 'exec']);

/** Environment variables that name a file of CA certificates to trust. */
const CA_FILE_ENV = /^(NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|[A-Z0-9_]*_CA_(FILE|CERTS?|BUNDLE|PATH))$/;

/** What identifies the machine or its user: a field of a record these give is identity too. */
const IDENTITY_KINDS: ReadonlySet<string> = new Set(['host-identity', 'machine-id', 'git-identity']);

/** Fields of os.userInfo() that are paths, not who the user is. */
export const USER_PATHS: ReadonlySet<string> = new Set(['homedir', 'shell']);

/** Whether a value is os.userInfo()'s record (or holds it). */
export function isUserInfo(v: AV): boolean {
  return !!v.sensed?.some((s) => s.label === 'os.userInfo()');
}

/** `v`, member `key` of `obj`: weak like os.homedir() when it is a path of os.userInfo()'s record (`.homedir`, `.shell`). */
function userPath(obj: AV, key: string, v: AV): AV {
  if (!v.sensed || !USER_PATHS.has(key) || !isUserInfo(obj)) return v;
  return { ...v, sensed: v.sensed.map((s) => (s.label === 'os.userInfo()' ? { ...s, label: `os.userInfo().${key}`, weak: true } : s)) };
}

/** The first site whose node ends at or after `offset`. */
function lowerBound(sites: readonly CallSite[], offset: number): number {
  let lo = 0;
  let hi = sites.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sites[mid].node.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The name of the header that carries the languages a browser asks for. */
function acceptLanguage(n: Node): boolean {
  return n.type === 'Literal' && typeof n.value === 'string' && n.value.toLowerCase() === 'accept-language';
}

/** Numeric functions whose result is decided by their arguments. */
const ARITHMETIC = new Set(['Math.imul', 'Math.round', 'Math.floor', 'Math.ceil', 'Math.trunc', 'Math.min', 'Math.max', 'Math.abs', 'Number', 'parseInt', 'parseFloat', 'Number.parseInt', 'Number.parseFloat']);

/** Methods whose result carries what their receiver carries (strings, arrays, URLs). */
const PURE_METHODS = new Set([
  'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'split', 'replace', 'replaceAll', 'slice', 'substring', 'substr', 'normalize', 'toString', 'valueOf', 'at',
  'concat', 'padStart', 'padEnd', 'toLocaleLowerCase', 'toLocaleUpperCase', 'match', 'matchAll', 'exec', 'then', 'get', 'join', 'map', 'filter', 'flat', 'flatMap', 'find', 'findLast', 'sort',
  'reverse', 'pop', 'shift', 'keys', 'values', 'entries', 'charAt', 'toJSON', 'toISOString', 'maximize', 'minimize', 'charCodeAt', 'codePointAt', 'json', 'text',
]);
const KNOWN_GLOBALS = new Set(['process', 'Intl', 'navigator', 'Buffer', 'require', 'Date', 'String', 'JSON', 'Object', 'fetch', 'atob', 'btoa', 'URL', 'Reflect', 'WebSocket', 'XMLHttpRequest', 'EventSource', 'globalThis', 'window', 'global', 'self', '__require', 'module', 'Set', 'Map', 'Array', 'Math', 'Number', 'decodeURIComponent', 'encodeURIComponent', 'TextDecoder', 'Uint8Array', 'Proxy', 'crypto', 'Promise', 'structuredClone', 'Headers', 'URLSearchParams', 'Boolean', 'parseInt', 'parseFloat', 'encodeURI', 'WeakMap', 'Symbol', 'console', 'unescape', 'decodeURI']);
/** Array methods whose result holds (some of) the receiver's elements as they are. */
const KEEPS_ELEMENTS = new Set(['filter', 'slice', 'sort', 'reverse', 'toSorted', 'toReversed']);
/** Node's calls that hand what they read to a callback's second parameter, `(err, result) => …`. */
const NODE_CALLBACK_READS = new Set(['child_process.exec', 'child_process.execFile', 'fs.readFile']);
const NODE_CALLBACK_NAMES = new Set(['exec', 'execFile', 'readFile']);
/** Node's HTTP calls whose callback is handed the response. */
const NODE_HTTP_CALLS = new Set(['https.get', 'http.get', 'https.request', 'http.request']);
/** Expressions a compiler's temporary is set and used within (`(_a = f) === null || _a === void 0 ? void 0 : _a.call(o)`). */
const EXPRESSION_AROUND = new Set(['BinaryExpression', 'LogicalExpression', 'ConditionalExpression', 'SequenceExpression', 'ParenthesizedExpression', 'AssignmentExpression', 'UnaryExpression', 'ChainExpression']);
/** Nodes that may make a block scope of their own (when they declare names). */
const BLOCK_SCOPES = new Set(['BlockStatement', 'ForStatement', 'ForOfStatement', 'ForInStatement', 'SwitchStatement', 'CatchClause', 'StaticBlock']);
/** Calls whose result is their argument, fields and all (a promise of it, a frozen or cloned copy). */
export const KEEPS_ARGUMENT = new Set(['Promise.resolve', 'Promise.all', 'Promise.allSettled', 'Object.freeze', 'structuredClone', 'Headers', 'util.promisify', 'URLSearchParams']);
/** Node's built-in modules a scanned tool senses or sends with. */
const NODE_BUILTINS = /^(node:)?(child_process|os|fs|fs\/promises|crypto|http|https|http2|net|tls|dgram|dns|path|url|util|zlib|stream|events|buffer|process|worker_threads|readline|tty)$/;
/** Functions called with literal arguments are interpreted when they are this small (decoders, string tables and their wrappers are) or work on char codes. */
const MAX_INTERPRETED_FUNCTION = 4000;
/** Methods that register an event listener (Node's EventEmitter and its look-alikes). */
const LISTENS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
const EMITS: ReadonlySet<string> = new Set(['emit']);
const PURE_GLOBALS = new Set(['JSON', 'Buffer', 'String', 'Math', 'Object', 'Array', 'Number', 'Uint8Array']);
const ITERATION_METHODS = new Set(['some', 'every', 'find', 'findIndex', 'filter', 'forEach', 'map', 'findLast', 'flatMap', 'reduce', 'reduceRight']);
/** Methods whose result is a test of their receiver or argument. */
const TESTS = new Set(['includes', 'indexOf', 'lastIndexOf', 'has', 'test', 'startsWith', 'endsWith', 'some', 'every', 'find', 'findIndex', 'findLast', 'filter', 'match', 'search', 'get', 'localeCompare', 'exec', 'hasOwnProperty', 'isDisjointFrom', 'isSubsetOf', 'isSupersetOf', 'intersection']);
/** A name another file of the tool exports, imported by a relative path (no call or member of a call in it). */
const RELATIVE_IMPORT = /^module:\.{1,2}\/[^()]+$/;
/** The result of calling one (what the wrapper above gives back). */
const WRAPPED_CALL = /^module:\.{1,2}\/[^()]+\(\)$/;
/** A serializing function of another module, by its name (`module:./chunk-X.js.safeJsonStringify`, `module:safe-stable-stringify.default`). */
export const SERIALIZER_REF = /^module:[^()]*(?<!de)(?:stringify|serialize)(?:\.default)?$/i;

/** React's element factories: `createElement(type, props, …children)`, the automatic runtime's `jsx(type, props)`. */
const ELEMENT_FACTORIES = new Set(['createElement', 'jsx', 'jsxs', 'jsxDEV', '_jsx', '_jsxs']);
export function isElementFactory(call: Node): boolean {
  const name = calleeName(call);
  return name !== undefined && ELEMENT_FACTORIES.has(name) && call.arguments.length >= 2;
}

/**
 * React's hooks, known by their names and shapes (Ink terminal UIs are React): bundled React's
 * own `useCallback` hands its callback to a dispatcher installed at render time, which no reading
 * of the bundle follows. `useCallback(f, deps)` is f; `useMemo(f, deps)` is what f returns;
 * `useRef(x).current` is x and whatever is written there; `useState(x)[0]` is x and whatever its
 * setter is given; `useContext(Ctx)` is what its providers are given. The dependency list must be an array literal, as React's own lint rule asks.
 */
export function reactHook(call: Node): 'useRef' | 'useState' | 'useCallback' | 'useMemo' | 'useContext' | undefined {
  if (call.type !== 'CallExpression') return undefined;
  const args = call.arguments as Node[];
  switch (calleeName(call)) {
    case 'useContext':
      return args.length === 1 && unwrap(args[0]).type === 'Identifier' ? 'useContext' : undefined;
    case 'useRef':
      return args.length <= 1 && args[0]?.type !== 'SpreadElement' ? 'useRef' : undefined;
    case 'useState':
      return args.length <= 1 && args[0]?.type !== 'SpreadElement' ? 'useState' : undefined;
    case 'useCallback':
      return args.length === 2 && args[1].type === 'ArrayExpression' && isFunction(unwrap(args[0])) ? 'useCallback' : undefined;
    case 'useMemo':
      return args.length === 2 && args[1].type === 'ArrayExpression' && isFunction(unwrap(args[0])) ? 'useMemo' : undefined;
  }
  return undefined;
}
/**
 * The other name of `const [state, setState] = useState(…)`: the setter beside the state
 * (`index` 1) or the state beside its setter (`index` 0).
 */
export function statePartner(b: Binding, index: 0 | 1): Binding | undefined {
  if (!b.init || reactHook(unwrap(b.init)) !== 'useState' || b.node.type !== 'VariableDeclarator' || b.node.id.type !== 'ArrayPattern') return undefined;
  const el = b.node.id.elements[index];
  const other = el?.type === 'Identifier' ? b.scope.lookup(el.name) : undefined;
  return other && other !== b ? other : undefined;
}

/** Array methods whose callback is handed each element (the second parameter of a fold's). */
const ITERATES_ELEMENTS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findLast', 'reduce', 'reduceRight']);
const COMPARISON_OPS = new Set(['===', '!==', '==', '!=', '<', '>', '<=', '>=', 'in', 'instanceof']);
const MAX_DEPTH = 60;
/**
 * A value the depth limit cut is computed again for an asker at least this many steps higher up
 * (or at the top): each time reaches that much further, so a node is computed at most
 * MAX_DEPTH / RECOMPUTE_STEP + 1 times. One step at a time cost a tenth more CPU on a 26 MB bundle.
 */
const RECOMPUTE_STEP = 8;
const MAX_CALLSITES = 24;
/** Calls by a name examined for the ones that reach a given binding. */
const MAX_SITES_SCANNED = 512;
const MAX_STEPS = 12;
/** Occurrences of a word in the source kept at most (positionsOf). */
const MAX_POSITIONS = 1_000_000;

function addStep(av: AV, step: Step): AV {
  const steps = av.steps ? av.steps.slice(0, MAX_STEPS - 1) : [];
  if (!steps.some((s) => s.node === step.node && s.note === step.note)) steps.push(step);
  return { ...av, steps };
}

/**
 * One of each (offset, label) in the order first met, the last of them kept. Short lists (nearly
 * all) are searched in place rather than keyed by a text made for each element.
 */
function uniqueSensed(list: Sensed[]): Sensed[] {
  if (list.length > 32) return [...new Map(list.map((x) => [`${x.node.start}:${x.label}`, x])).values()];
  const out: Sensed[] = [];
  for (const x of list) {
    let j = 0;
    while (j < out.length && !(out[j].node.start === x.node.start && `${out[j].label}` === `${x.label}`)) j++;
    out[j] = x;
  }
  return out;
}
function uniqueSteps(list: Step[]): Step[] {
  if (list.length > 32) return [...new Map(list.map((x) => [`${x.node.start}:${x.note}`, x])).values()].slice(0, MAX_STEPS);
  const out: Step[] = [];
  for (const x of list) {
    let j = 0;
    while (j < out.length && !(out[j].node.start === x.node.start && `${out[j].note}` === `${x.note}`)) j++;
    out[j] = x;
  }
  return out.length > MAX_STEPS ? out.slice(0, MAX_STEPS) : out;
}

function mergeControl(a: Control | undefined, b: Control | undefined): Control | undefined {
  if (!a) return b;
  if (!b) return a;
  return { sensed: uniqueSensed([...a.sensed, ...b.sensed]), decisions: [...new Set([...a.decisions, ...b.decisions])], steps: uniqueSteps([...a.steps, ...b.steps]) };
}

/** What an AV tells about a decision made from it: its content becomes what decided. */
export function controlOf(av: AV): Control | undefined {
  const own: Control | undefined = av.sensed?.length ? { sensed: av.sensed, decisions: [], steps: av.steps ?? [] } : undefined;
  return mergeControl(own, av.control);
}

/** `{}` or `X || {}`: the start of an object filled elsewhere. */
function emptyObjectOrDefault(n: Node): boolean {
  if (n.type === 'ObjectExpression') return (n.properties as Node[]).length === 0;
  return n.type === 'LogicalExpression' && n.right.type === 'ObjectExpression' && (n.right.properties as Node[]).length === 0;
}

function union(values: AV[]): AV {
  const nonEmpty = values.filter((v) => v !== EMPTY && v !== IN_PROGRESS);
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return nonEmpty[0];
  const out: AV = {};
  for (const v of nonEmpty) {
    if (v.sensed) {
      // (Gathered in arrays of the union's own, copied once at the end.)
      out.sensed ??= [];
      for (const s of v.sensed) out.sensed.push(s);
      out.steps ??= [];
      if (v.steps) for (const s of v.steps) out.steps.push(s);
    }
    if (v.control) out.control = mergeControl(out.control, v.control);
    if (v.fns) {
      out.fns ??= [];
      for (const f of v.fns) out.fns.push(f);
    }
    if (v.ref && !out.ref) out.ref = v.ref;
    if (v.elementOf && !out.elementOf) out.elementOf = v.elementOf;
    if (v.obj && !out.obj) out.obj = v.obj;
    if (v.instance && !out.instance) out.instance = v.instance;
    if (v.module && !out.module) out.module = v.module;
    if (v.cls && !out.cls) out.cls = v.cls;
    if (v.arr && !out.arr) out.arr = v.arr;
    if (v.made && !out.made) out.made = v.made;
    if (v.proto && !out.proto) out.proto = v.proto;
    if (v.hook && !out.hook) out.hook = v.hook;
    if (v.given) for (const g of v.given) if ((out.given ??= []).length < 16 && !out.given.some((x) => x.field === g.field && x.value === g.value)) out.given.push(g);
  }
  // Several records (`return { lang: "en", country: "" }` early, `return { lang, country }` later): each kept for its members.
  const objs = nonEmpty.filter((v) => v.obj || v.alts);
  if (objs.length > 1 && new Set(objs.flatMap((v) => (v.alts ?? [v]).map((a) => a.obj?.node))).size > 1) {
    out.alts = nonEmpty.flatMap((v) => v.alts ?? [v]).slice(0, 6);
  }
  if (out.sensed) out.sensed = uniqueSensed(out.sensed);
  if (out.steps) out.steps = uniqueSteps(out.steps);
  if (out.fns) out.fns = [...new Set(out.fns)];
  // (`o.apiBase ?? fallback` of a sensed field and a parameter that ranges over its callers' defaults:
  // sensed beside a list is not an entry of that list looked up by the sensed value.)
  if (out.sensed && out.elementOf && !nonEmpty.some((v) => v.elementOf === out.elementOf && isSensed(v))) delete out.elementOf;
  // A constant only survives a union when every alternative is that constant.
  const consts = nonEmpty.filter((v) => v.konst);
  if (consts.length === nonEmpty.length && consts.every((c) => c.konst!.v === consts[0].konst!.v)) out.konst = consts[0].konst;
  return out;
}

/** An SSH public key's file: `id_ed25519.pub` and its kin, or any `.pub` in a `.ssh` folder. */
const SSH_PUBLIC_KEY = /(^|[\\/])id_(rsa|dsa|ecdsa|ed25519)(_sk)?\.pub$|[\\/]\.ssh[\\/][^\\/]+\.pub$/;

export function isSensed(av: AV): boolean {
  return !!av.sensed && av.sensed.length > 0;
}

/** Sensed in its content or in what decided it. */
export function dependsOnSensed(av: AV): boolean {
  return isSensed(av) || (!!av.control && av.control.sensed.length > 0);
}

/** The abstract value of a condition: what it decides from. */
function asControl(av: AV, extra?: Partial<AV>): AV {
  const c = controlOf(av);
  return c ? { control: c, ...extra } : { ...(extra ?? {}) };
}

export interface ResolverOptions {
  /** Calls whose callback argument is a function literal (`list.some(d => …)`), by that function: a parameter ranges over the list the call iterates. */
  callbackOwner?: ReadonlyMap<Node, { node: Node; scope: Scope }>;
  text?: string;
  root?: Node;
  /** What other modules' exports hold, as this module asked (core/links.ts): by the resolver's name for them. */
  linked?: readonly LinkValue[];
}

/** The separator of `x.split("\0")` (a call, or a name bound once to one). */
export function splitSeparator(at: Node, scope: Scope | undefined): string | undefined {
  let split = unwrap(at);
  if (split.type === 'Identifier') {
    const b = scope?.lookup(split.name);
    if (!b || b.path || b.assignments || !b.init) return undefined;
    split = unwrap(b.init);
  }
  const c = split.type === 'CallExpression' ? unwrap(split.callee) : undefined;
  const a = split.arguments?.[0];
  return c?.type === 'MemberExpression' && memberName(c) === 'split' && a?.type === 'Literal' && typeof a.value === 'string' && a.value !== '' ? (a.value as string) : undefined;
}

/**
 * Whether the field at `index` of a command's output split on `sep` (`git log -1
 * --format=%H%x00%an%x00%ae%x00%s` on `"\0"`) is who wrote a commit (`%an`, `%ae`, `%cn`, `%ce`…)
 * rather than a hash, a date or a subject; undefined when the command sets no format.
 */
export function formatFieldIsIdentity(cmd: string, sep: string, index: number): boolean | undefined {
  const m = /--(?:format|pretty)=(?:t?format:)?("[^"]*"|'[^']*'|\S+)/.exec(cmd);
  if (!m) return undefined;
  const format = m[1].replace(/^["']|["']$/g, '').replace(/%x([0-9a-fA-F]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/%n/g, '\n');
  const fields = format.split(sep);
  return fields.length > 1 ? /%[ac][neNElL]/.test(fields[index] ?? '') : undefined;
}

/** Of a command's output split into fields, the field at `index`: the git identity only where the format puts it. */
function gitField(v: AV, whole: AV, index: number, at: Node, scope: Scope | undefined): AV {
  if (!v.sensed?.some((s) => s.kind === 'git-identity')) return v;
  const sep = splitSeparator(at, scope);
  const cmds = (whole.sensed ?? []).filter((s) => s.kind === 'git-identity').map((s) => s.command);
  if (!sep || cmds.some((x) => x === undefined || formatFieldIsIdentity(x, sep, index) !== false)) return v;
  const rest = v.sensed.filter((s) => s.kind !== 'git-identity');
  if (rest.length) return { ...v, sensed: rest };
  const { sensed: _s, steps: _t, ...plain } = v;
  return plain;
}

/** `(_a = x) != null ? _a : y`, `x !== null && x !== void 0 ? x : y`: `??` as compilers lower it. */
function loweredNullish(n: Node): boolean {
  const t = unwrap(n.test);
  const nullish = (e: Node) => { const x = unwrap(e); return (x.type === 'Literal' && x.value === null) || (x.type === 'UnaryExpression' && x.operator === 'void') || (x.type === 'Identifier' && x.name === 'undefined'); };
  const tests = (e: Node) => e.type === 'BinaryExpression' && (e.operator === '!=' || e.operator === '!==') && (nullish(e.right) || nullish(e.left));
  return tests(t) || (t.type === 'LogicalExpression' && t.operator === '&&' && tests(unwrap(t.left)) && tests(unwrap(t.right)));
}

/** Whether the function a parameter belongs to returns that parameter itself (at the end of a sequence too). */
function givesBack(p: Binding): boolean {
  const fn = p.fn;
  if (!fn || p.path) return false;
  return fn.returns.length > 0 && fn.returns.every((r) => {
    let e = unwrap(r);
    while (e.type === 'SequenceExpression') e = unwrap(e.expressions[e.expressions.length - 1]);
    return e.type === 'Identifier' && e.name === p.name && fn.scope.own(e.name) === p;
  });
}

export class Resolver {
  private memo = new Map<Node, AV>();
  private linked?: ReadonlyMap<string, LinkValue>;
  private givenParams = new Map<Node, Map<number, { field?: string; value: AV }[]>>();
  private subclasses?: Map<Node, { node: Node; scope: Scope }[]>;
  private bindingMemo = new Map<Binding, AV>();
  /** Values computed while the depth limit cut part of them, with the depth they were computed at. */
  private cutAt = new Map<Node, number>();
  private bindingCutAt = new Map<Binding, number>();
  /** Set when the depth limit cut something since the value being computed began. */
  private cut = false;
  private constMemo = new Map<Node, { v: Value; decodedVia: string[] } | null>();
  /** Other modules' exports each constant read without knowing them (see linksNeeded). */
  private constNeeds = new Map<Node, string[]>();
  private needTracker: Set<string> | undefined;
  private depth = 0;
  readonly interpreter: Interpreter;
  readonly callbackOwner: ReadonlyMap<Node, { node: Node; scope: Scope }>;
  readonly index: ProgramIndex | undefined;
  /** Comparisons the analyses have classified as decisions: values they decide carry them. */
  private decisions = new Set<Node>();
  private helperCache = new Map<Node, 'interop' | 'webpack' | 'cjs' | 'none'>();
  private loops: Map<Node, Node> | undefined;
  private methodSites = new Map<FunctionInfo, CallSite[]>();
  private refCache = new Map<Binding, Reference[]>();
  private iifeCache = new Map<FunctionInfo, CallSite | undefined>();
  private guardMemo = new Map<Node, Control | undefined>();
  private ctorFields = new Map<Node, Map<string, FieldWrite[]>>();
  private thisOfFunction = new Map<Node, AV>();
  private interopCache = new Map<Node, AV | null>();
  private dispatchCache = new Map<FunctionInfo, CallSite[]>();
  private ctorSites = new Map<Node, CallSite[]>();
  private hiddenMembersByName: Map<string, Node[]> | undefined;
  /** Where each word asked about occurs in the source, as far as it was scanned, and the next occurrence (-1 at the end). */
  private positions = new Map<string, { at: number[]; next: number }>();
  private sites = new Map<string, { value: Node; scope: Scope }[]>();
  private passedCache = new Map<FunctionInfo, CallSite[]>();
  private blockMemo = new Map<Node, Scope | undefined>();
  private exportSitesCjs = new Map<Node, ExportSite[]>();
  private exportSitesOther = new Map<Node, ExportSite[]>();
  private namespaceCache = new Map<Binding, Binding[]>();
  private hiddenByName: Map<string, CallSite[]> | undefined;

  constructor(
    readonly facts: ProgramFacts,
    options: ResolverOptions | ReadonlyMap<Node, { node: Node; scope: Scope }> = {},
  ) {
    const o: ResolverOptions = options instanceof Map ? { callbackOwner: options } : (options as ResolverOptions);
    this.callbackOwner = o.callbackOwner ?? new Map();
    if (o.linked?.length) this.linked = new Map(o.linked.map((l) => [l.ref, l]));
    for (const l of o.linked ?? []) {
      const at = l.ref.indexOf('.@args:');
      if (at > 0) (this.argsAnswered ??= new Set()).add(`${l.ref.slice(0, at)}()`);
    }
    const root = o.root ?? facts.root;
    this.index = root && o.text !== undefined ? { text: o.text, root, functions: facts.functions } : root && facts.text !== undefined ? { text: facts.text, root, functions: facts.functions } : undefined;
    this.interpreter = new Interpreter({
      functions: facts.functions,
      root: root ?? ({ type: 'Program', start: 0, end: 0, body: [] } as Node),
      text: this.index?.text,
      // A member the interpreter cannot follow (another module's export) is what the flow says it is, when that is a constant.
      constantOf: (node, scope) => {
        const v = this.valueOf(node, scope);
        // An import the interpreter needed (`KNOWN` of `KNOWN.map(…)`), by the name its binding
        // looks answers up under: its answer makes the rest a constant here.
        if (this.needTracker && !v.konst && v.ref?.startsWith('module:') && !isSensed(v) && importedName(node, scope)) this.needTracker.add(v.ref);
        if (!v.konst || isSensed(v)) return UNKNOWN;
        for (const d of v.konst.decodedVia ?? []) this.interpreter.decoded.add(d);
        return v.konst.v;
      },
      moduleFunctionOf: (node, scope) => {
        const ref = this.valueOf(node, scope).ref;
        return ref?.replace(/^module:/, '');
      },
      filledElsewhere: (b) => {
        const init = b.init;
        return sitesWithin(this.facts.propertyDefinitions?.(b.name) ?? [], b).some((site) => (!init || site.node.start < init.start || site.node.start >= init.end) && site.scope.lookup(b.name) === b);
      },
    });
  }

  scopeOf(fn: Node): Scope | undefined {
    return this.facts.functions.get(fn)?.scope;
  }

  /** Marks comparisons as decisions; values computed afterwards carry them. Clears what was computed before. */
  setDecisions(nodes: Iterable<Node>): void {
    const next = new Set(nodes);
    // Unchanged (most files have no decision at all): what was computed still holds.
    if (next.size === this.decisions.size && [...next].every((n) => this.decisions.has(n))) return;
    this.decisions = next;
    this.fnMemberMemo.clear();
    this.tagMemo.clear();
    this.memo.clear();
    this.bindingMemo.clear();
    this.cutAt.clear();
    this.bindingCutAt.clear();
    // (What decides an assignment is a test's control, which holds decisions only once they are known.)
    this.guardMemo.clear();
  }

  isDecision(n: Node): boolean {
    return this.decisions.has(n);
  }

  /**
   * The constant of an expression written in a function, with what the calls give its parameters
   * when they give constants (`clientTag("avocet-cli", pooled)`: `Array.from(name).join("\u2064")`
   * in it is a text). At most three parameters, none sensed; undefined when any is not constant.
   */
  constantWithParams(node: Node, scope: Scope): Value | undefined {
    const c = this.constant(node, scope);
    if (c) return c.v;
    const params = new Map<string, Value>();
    let ok = true;
    forEachDescendant(node, (x) => {
      if (!ok || isFunction(x)) return false;
      if (x.type !== 'Identifier' || params.has(x.name)) return;
      const b = scope.lookup(x.name);
      if (b?.kind !== 'param') return;
      const v = params.size < 3 ? this.valueOf(x, scope) : undefined;
      if (!v?.konst || isSensed(v)) ok = false;
      else params.set(x.name, v.konst.v);
    });
    if (!ok || !params.size) return undefined;
    const v = this.interpreter.evaluateWithAll(node, scope, params);
    return v === UNKNOWN ? undefined : v;
  }

  /**
   * An expression evaluated with its parameters, when the calls give each a constant and one of
   * them ranges over a few constants (a callback's element of a list of records): the constant, or
   * an element of the list of what it is for each. At most three parameters, eight alternatives.
   */
  private withEachParam(node: Node, scope: Scope, given?: ReadonlyMap<string, Value>): AV | undefined {
    const fixed = new Map<string, Value>(given);
    let ranging: { name: string; values: Value[]; decodedVia?: string[] } | undefined;
    let ok = true;
    forEachDescendant(node, (x) => {
      if (!ok || isFunction(x)) return false;
      if (x.type === 'MemberExpression' && !x.computed) return true;
      if (x.type !== 'Identifier' || fixed.has(x.name) || ranging?.name === x.name) return;
      const b = scope.lookup(x.name);
      // (A loop's variable, `for (const [hex, model] of HIDDEN)`, ranges over the list's elements as a callback's parameter does.)
      const looped = b !== undefined && b.kind !== 'param' && this.loopOf(b.node) !== undefined;
      if (b?.kind !== 'param' && !looped) return;
      const v = fixed.size + (ranging ? 1 : 0) < 3 ? this.valueOf(x, scope) : undefined;
      const each = v?.elementOf?.konst?.v;
      if (!v || isSensed(v) || v.control) ok = false;
      else if (v.konst) fixed.set(x.name, v.konst.v);
      else if (!ranging && Array.isArray(each) && each.length >= 1 && each.length <= (looped ? 64 : 8)) ranging = { name: x.name, values: each, decodedVia: v.elementOf!.konst!.decodedVia };
      else ok = false;
    });
    if (!ok || (!ranging && !fixed.size)) return undefined;
    const out: Value[] = [];
    // (What the evaluation decoded too: `Buffer.from(hex, "hex")` of each element.)
    const decoded = new Set(ranging?.decodedVia ?? []);
    for (const value of ranging?.values ?? [undefined]) {
      const v = this.interpreter.evaluateWithAll(node, scope, ranging ? new Map([...fixed, [ranging.name, value]]) : fixed);
      if (v === UNKNOWN) return undefined;
      for (const d of this.interpreter.lastDecoded) decoded.add(d);
      out.push(v);
    }
    const decodedVia = decoded.size ? [...decoded] : undefined;
    return out.length === 1 ? { konst: { v: out[0], node, decodedVia } } : { elementOf: { konst: { v: out, node, decodedVia } } };
  }

  /** A name a `for … of` or `for … in` loop binds. */
  private loopVariable(n: Node, scope: Scope): boolean {
    if (n.type !== 'Identifier') return false;
    const b = scope.lookup(n.name);
    return b !== undefined && b.kind !== 'param' && this.loopOf(b.node) !== undefined;
  }

  /**
   * A chain of calls on a spread of a name ranging over a constant list (`[...key]`,
   * `[...key].reverse()`, `Array.from(key).map(f)`): a copy of each element to work on.
   */
  private spreadsRanging(n: Node, scope: Scope): boolean {
    for (let i = 0; i < 6; i++) {
      if (n.type === 'ArrayExpression') {
        const els = n.elements as (Node | null)[];
        return els.length === 1 && els[0]?.type === 'SpreadElement' && unwrap(els[0].argument).type === 'Identifier' && this.ranging(unwrap(els[0].argument), scope);
      }
      if (n.type !== 'CallExpression' || unwrap(n.callee).type !== 'MemberExpression') return false;
      const o = unwrap(unwrap(n.callee).object);
      if (o.type === 'Identifier' && o.name === 'Array' && memberName(unwrap(n.callee)) === 'from') return !!n.arguments[0] && unwrap(n.arguments[0]).type === 'Identifier' && this.ranging(unwrap(n.arguments[0]), scope);
      n = o;
    }
    return false;
  }

  /** Arguments that are literals, and at least one name ranging over a list (each asked once). */
  private rangingArgs(node: Node, scope: Scope): boolean {
    let any = false;
    for (const a of node.arguments as Node[]) {
      if (a.type === 'Identifier' && this.ranging(a, scope)) any = true;
      else if (!literalData(a)) return false;
    }
    return any;
  }

  /**
   * A name that ranges over a constant list's elements: a loop's variable, or the parameter of a
   * callback the calls give each element of one (`HOSTS.some((h) => host.endsWith(atob(h)))`).
   */
  private ranging(n: Node, scope: Scope): boolean {
    if (this.loopVariable(n, scope)) return true;
    const b = scope.lookup(n.name);
    const fn = b?.kind === 'param' && !b.path ? b.fn?.node : undefined;
    if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return false;
    // (Only a callback of an iteration: asking what any arrow's parameter holds costs a walk to its callers.)
    const owner = this.callbackOwner.get(fn);
    if (!owner || !this.iterates(owner.node, owner.scope)) return false;
    const v = this.valueOf(n, scope);
    return !isSensed(v) && !v.control && Array.isArray(v.elementOf?.konst?.v);
  }

  /** Constant value of an expression (decoding as needed), or undefined. */
  constant(node: Node, scope: Scope | undefined): { v: Value; decodedVia: string[] } | undefined {
    const hit = this.constMemo.get(node);
    if (hit !== undefined) {
      const needs = this.constNeeds.get(node);
      if (needs && this.needTracker) for (const x of needs) this.needTracker.add(x);
      return hit ?? undefined;
    }
    const outer = this.needTracker;
    const mine = new Set<string>();
    this.needTracker = mine;
    let v: Value | typeof UNKNOWN;
    try {
      v = this.interpreter.evaluate(node, scope);
    } finally {
      this.needTracker = outer;
      if (mine.size) {
        this.constNeeds.set(node, [...mine].slice(0, 4));
        if (outer) for (const x of mine) outer.add(x);
      }
    }
    const out = v === UNKNOWN ? null : { v, decodedVia: [...this.interpreter.lastDecoded] };
    this.constMemo.set(node, out);
    return out ?? undefined;
  }

  /**
   * Other modules' exports an expression's constant needed and this module does not know
   * (`new RegExp(KNOWN.map(escape).join("|"))` of an imported KNOWN): what to ask of them, so
   * the expression can be evaluated when the file is analysed again with their answers.
   */
  linksNeeded(node: Node, scope: Scope): readonly string[] {
    this.constant(node, scope);
    return this.constNeeds.get(node) ?? [];
  }

  /**
   * Other modules' values an expression is made from here, when it is neither sensed nor one of
   * them itself: `new URL(p).hostname` of `const p = proxyUrl()` imported, `email.slice(at)` of an
   * imported helper's result. Followed back through the expression and the constants and single
   * assignments of its names, a few steps deep; what to ask of those modules, so the expression is
   * sensed when the file is analysed again with their answers.
   */
  linkedInputs(node: Node, scope: Scope): string[] {
    const out = new Set<string>();
    let budget = 40;
    const seen = new Set<Node>();
    const visit = (raw: Node | null | undefined, s: Scope, depth: number): void => {
      if (!raw || budget-- <= 0 || out.size >= 4) return;
      const n = unwrap(raw);
      if (seen.has(n)) return;
      seen.add(n);
      const v = this.valueOf(n, s);
      if (v.ref?.startsWith('module:') && !v.konst && !isSensed(v)) {
        out.add(v.ref);
        return;
      }
      // An element of another module's list (`for await (const [ssid] of events.on(watcher, "ssid"))`).
      const e = v.elementOf;
      if (e?.ref?.startsWith('module:') && !e.konst && !isSensed(e) && !isSensed(v) && !v.konst) {
        out.add(e.ref);
        return;
      }
      if (isSensed(v) || v.konst || v.fns || v.cls) return;
      switch (n.type) {
        case 'Identifier': {
          const b = s.lookup(n.name);
          if (!b || depth <= 0 || b.path) return;
          if (b.kind === 'param') {
            // The element a callback is handed (`Object.keys(TABLE).find((k) => …)`): the list it iterates.
            const owner = b.fn && b.paramIndex === 0 ? this.callbackOwner.get(b.fn.node) : undefined;
            const c = owner ? unwrap(owner.node.callee) : undefined;
            if (c?.type === 'MemberExpression') visit(c.object, owner!.scope, depth - 1);
            return;
          }
          visit(soleValue(b), b.init ? b.scope : b.assignmentScopes?.[0] ?? b.scope, depth - 1);
          return;
        }
        case 'MemberExpression':
          visit(n.object, s, depth);
          return;
        case 'CallExpression':
        case 'NewExpression': {
          const c = unwrap(n.callee);
          if (c.type === 'MemberExpression') visit(c.object, s, depth);
          for (const a of (n.arguments as Node[]).slice(0, 3)) visit(a, s, depth);
          return;
        }
        case 'BinaryExpression':
        case 'LogicalExpression':
          visit(n.left, s, depth);
          visit(n.right, s, depth);
          return;
        case 'ConditionalExpression':
          visit(n.consequent, s, depth);
          visit(n.alternate, s, depth);
          return;
        case 'TemplateLiteral':
          for (const e of n.expressions as Node[]) visit(e, s, depth);
          return;
        case 'AwaitExpression':
        case 'UnaryExpression':
          visit(n.argument, s, depth);
          return;
      }
    };
    visit(node, scope, 4);
    return [...out];
  }

  // --- Abstract values -------------------------------------------------------------------------

  /**
   * `p.then(normalise)`, `p.catch(recover)`: the calls of a promise's then() or catch() a function
   * of the file is handed to by its name (at most 16): it is called with what the promise settles
   * to, and what it returns is what the promise then() gives back settles to.
   */
  thenSites(fn: FunctionInfo): CallSite[] {
    let hit = this.thenMemo.get(fn.node);
    if (!hit) this.thenMemo.set(fn.node, (hit = this.findThenSites(fn)));
    return hit;
  }
  private thenMemo = new Map<Node, CallSite[]>();

  private findThenSites(fn: FunctionInfo): CallSite[] {
    const named = functionBinding(fn) ?? assignedBinding(fn);
    const handed = named && named.kind !== 'param' ? this.facts.methodHandedSites?.(named.name) : undefined;
    const out: CallSite[] = [];
    if (!named || !handed?.length) return out;
    for (const site of sitesWithin(handed, named)) {
      const arg = site.node.arguments[0] as Node | undefined;
      const callee = unwrap(site.node.callee);
      if (arg?.type !== 'Identifier' || arg.name !== named.name || callee.type !== 'MemberExpression') continue;
      const m = memberName(callee);
      if ((m !== 'then' && m !== 'catch') || site.scope.lookup(named.name) !== named) continue;
      out.push(site);
      if (out.length >= 16) break;
    }
    return out;
  }

  /** Whether a value the depth limit cut at `cut` stays cut for this asker; if so, so is what the asker makes of it. */
  private stillCut(cut: number): boolean {
    if (this.depth <= cut - RECOMPUTE_STEP || this.depth === 0) return false;
    this.cut = true;
    return true;
  }

  valueOf(node: Node, scope: Scope): AV {
    const hit = this.memo.get(node);
    if (hit !== undefined) {
      if (hit === IN_PROGRESS) return EMPTY;
      // A value the depth limit cut short is kept for askers about as deep as the one that
      // computed it, and so is what they make of it: cut too, to be computed again when asked from
      // higher up, where more of it fits (RECOMPUTE_STEP higher, or from the top).
      const cut = this.cutAt.get(node);
      if (cut === undefined || this.stillCut(cut)) return hit;
      this.cutAt.delete(node);
    }
    if (this.depth > MAX_DEPTH) {
      this.cut = true;
      return EMPTY;
    }
    this.memo.set(node, IN_PROGRESS);
    const outerCut = this.cut;
    this.cut = false;
    const at = this.depth++;
    let v: AV = EMPTY;
    try {
      v = this.compute(node, scope);
      if (this.decisions.has(node)) v = { ...v, control: mergeControl(v.control, { sensed: [], decisions: [node], steps: [] }) };
    } finally {
      this.depth--;
      this.memo.set(node, v);
      if (this.cut) this.cutAt.set(node, at);
      this.cut ||= outerCut;
    }
    return v;
  }

  private compute(node: Node, scope: Scope): AV {
    switch (node.type) {
      case 'Literal':
        if (node.regex) return { konst: { v: node.raw, node } };
        return { konst: { v: node.value as Value, node } };
      case 'TemplateLiteral': {
        if (node.expressions.length === 0) return { konst: { v: node.quasis[0].value.cooked, node } };
        const parts = (node.expressions as Node[]).map((e) => this.valueOf(e, scope));
        const carried = union(parts.filter((p) => isSensed(p) || p.control).map((p) => ({ sensed: p.sensed, steps: p.steps, control: p.control })));
        if (isSensed(carried) || carried.control) return carried;
        const folded = this.tryConst(node, scope);
        if (folded.konst) return folded;
        // `git remote get-url ${name}` with `name = "origin"` a parameter's default (or what every call
        // passes): the interpreter does not know parameters, the flow does; the text its constants make.
        const texts = parts.map((p) => p.konst?.v);
        if (texts.every((t) => typeof t === 'string' || typeof t === 'number' || typeof t === 'boolean')) {
          const quasis = node.quasis as Node[];
          return { konst: { v: quasis.map((q, i) => (q.value.cooked ?? '') + (i < texts.length ? String(texts[i]) : '')).join(''), node } };
        }
        return folded;
      }
      case 'Identifier':
        return this.identifier(node, scope);
      case 'ThisExpression':
        return this.thisValue(node, scope);
      case 'Super': {
        // `super.m()` inside a method: the method of the class this one extends, on the same instance.
        const self = this.thisValue(node, scope).instance;
        const base = self?.cls.superClass ? this.valueOf(self.cls.superClass, self.scope).cls : undefined;
        return base ? { instance: { cls: base.node, scope: base.scope } } : EMPTY;
      }
      case 'MemberExpression': {
        const v = this.member(node, scope);
        // `out.split("\0")[1]` of `git log --format=%H%x00%an`: the field at that place.
        const i = node.computed && node.property.type === 'Literal' && typeof node.property.value === 'number' ? node.property.value : undefined;
        if (i === undefined || !isSensed(v)) return v;
        return gitField(v, v, i, node.object, scope);
      }
      case 'CallExpression':
        return this.call(node, scope);
      case 'NewExpression': {
        // An object made here: the `new` is its identity (the same emitter, wherever it is reached from).
        const v = this.call(node, scope);
        // (An empty Map or Set the interpreter can make is still one object, filled elsewhere.)
        return v.ref || v.instance || v.konst?.v instanceof MapValue || v.konst?.v instanceof SetValue ? { ...v, made: node } : v;
      }
      case 'TaggedTemplateExpression': {
        // A shell template (Bun Shell's `` Bun.$`cmd` ``, zx's and execa's `` $`cmd` ``): what the command prints.
        const cmd = shellTemplateOf(node, (n) => this.valueOf(n, scope).ref, scope) ? shellCommandText(node, (n) => this.constant(n, scope)?.v) : undefined;
        const hit = cmd !== undefined ? DISCOVERY_COMMANDS.find((x) => x.re.test(cmd)) : undefined;
        if (!hit || cmd === undefined) return EMPTY;
        return { sensed: [{ kind: hit.kind, label: hit.label, node, command: cmd }], steps: [{ role: 'source', node, note: `runs \`${cmd.slice(0, 80)}\` through a shell template` }] };
      }
      case 'ChainExpression':
      case 'ParenthesizedExpression':
        return this.valueOf(node.expression, scope);
      case 'AwaitExpression':
        return node.argument ? this.valueOf(node.argument, scope) : EMPTY;
      case 'ImportExpression': {
        // `await import("node:os")`, `import("os").then(({ hostname }) => …)`: Node's module, as a
        // static import names it (a promise of it; awaiting and then() give it).
        const source = staticString(node.source);
        const mod = source === undefined ? undefined : normaliseModule(source);
        return mod && !mod.startsWith('module:') ? { ref: mod } : EMPTY;
      }
      // `const v = yield* probe()`: what the delegated generator returns. (`yield x` gives what
      // the caller's next() sends in, unknown here.)
      case 'YieldExpression': {
        // `const [name, email] = yield [git(a), git(b)]` in a generator a runner drives (tsc's
        // `__awaiter(this, void 0, void 0, function* () {…})`, `co(function* () {…})`,
        // `co.wrap(function* () {…})`): the runner sends back what the yielded promise gives, as `await`.
        if (!node.delegate) return node.argument && this.drivenByRunner(scope) ? this.valueOf(node.argument, scope) : EMPTY;
        if (!node.argument) return EMPTY;
        return this.delegated(node.argument, scope);
      }
      case 'SequenceExpression': {
        // `(t = void 0, (t = "…", t.split("").reverse().join("")))`: a call terser inlined, its
        // parameter now a variable assigned on the way. Evaluated in order, it may be a constant.
        const exprs = node.expressions as Node[];
        if (exprs.slice(0, -1).some((e) => e.type === 'AssignmentExpression' && e.left.type === 'Identifier') && inlinedData(node)) {
          const c = this.tryConst(node, scope);
          if (c.konst) return c;
        }
        return this.valueOf(exprs[exprs.length - 1], scope);
      }
      case 'AssignmentExpression':
        return this.valueOf(node.right, scope);
      case 'ConditionalExpression': {
        const t = this.valueOf(node.test, scope);
        // (`(_a = cache.get(k)) != null ? _a : make()`, as `??` is lowered: a memo of what the other side makes.)
        const sides = [this.valueOf(node.consequent, scope), this.valueOf(node.alternate, scope)];
        const both = loweredNullish(node) ? withDefault(sides) : union(sides);
        const c = controlOf(t);
        if (t.konst) return this.valueOf(truthyKonst(t.konst.v) ? node.consequent : node.alternate, scope);
        return c ? { ...both, control: mergeControl(both.control, c) } : both;
      }
      case 'LogicalExpression': {
        const l = this.valueOf(node.left, scope);
        const r = this.valueOf(node.right, scope);
        // `settings.zones ?? DEFAULT_ZONES`, `cache.get(k) || build()`: a read of data or of a cache keeps the other side's constant.
        let u = node.operator === '&&' ? union([l, r]) : withDefault([l, r]);
        // `uri && api.getRepository(uri)`: an object the right side gives, when the left is only its guard.
        if (node.operator === '&&' && r.ref && l.ref && u.ref === l.ref && !isSensed(l)) u = { ...u, ref: r.ref };
        // `s.constraints ?? []` of each of a list of records: each one's, or the default where it has none.
        const items = node.operator !== '&&' && !l.konst && !isSensed(l) && !l.control && r.konst ? l.elementOf?.konst : undefined;
        if (items && Array.isArray(items.v)) {
          const fallback = node.operator === '??' ? (x: Value) => x === undefined || x === null : (x: Value) => !x;
          return { elementOf: { konst: { v: (items.v as Value[]).map((x) => (fallback(x) ? r.konst!.v : x)), node, decodedVia: items.decodedVia } } };
        }
        if (l.konst && r.konst) {
          const c = this.tryConst(node, scope);
          if (c.konst) return c;
        }
        return u;
      }
      case 'BinaryExpression': {
        const l = this.valueOf(node.left, scope);
        const r = this.valueOf(node.right, scope);
        if (COMPARISON_OPS.has(node.operator)) {
          // A comparison's result is decided by both sides; it carries neither.
          const c = mergeControl(controlOf(l), controlOf(r));
          if (c) return { control: c };
          return l.konst && r.konst ? this.tryConst(node, scope) : EMPTY;
        }
        if (isSensed(l) || isSensed(r) || l.control || r.control) return union([l, r].map((x) => ({ sensed: x.sensed, steps: x.steps, control: x.control })));
        if (l.konst && r.konst) return this.tryConst(node, scope);
        // `"@" + domain`, `"." + host` over a list's entries: still each entry, behind a separator.
        const separator = (x: AV) => typeof x.konst?.v === 'string' && /^[^\w\s]{1,3}$/.test(x.konst.v);
        if (node.operator === '+' && separator(l) && r.elementOf) return { elementOf: r.elementOf };
        if (node.operator === '+' && separator(r) && l.elementOf) return { elementOf: l.elementOf };
        return EMPTY;
      }
      case 'ArrayExpression': {
        const parts = (node.elements as (Node | null)[]).filter((e): e is Node => !!e).slice(0, 64).map((e) => this.valueOf(e.type === 'SpreadElement' ? e.argument : e, scope));
        const carried = parts.filter((p) => isSensed(p) || p.control);
        if (carried.length) return { ...union(carried.map((p) => ({ sensed: p.sensed, steps: p.steps, control: p.control }))), arr: { node, scope } };
        const c = this.tryConst(node, scope);
        return c.konst ? c : { arr: { node, scope } };
      }
      case 'ObjectExpression': {
        // An object literal carries what its properties carry (request bodies, event payloads).
        const parts: AV[] = [];
        for (const p of (node.properties as Node[]).slice(0, 64)) {
          const v = p.type === 'Property' ? (p.kind === 'init' && !isFunction(p.value) ? this.valueOf(p.value, scope) : EMPTY) : p.type === 'SpreadElement' ? this.valueOf(p.argument, scope) : EMPTY;
          if (isSensed(v) || v.control) parts.push({ sensed: v.sensed, steps: v.steps, control: v.control });
        }
        const carried = union(parts);
        return { obj: { node, scope }, sensed: carried.sensed, steps: carried.steps, control: carried.control };
      }
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const info = this.facts.functions.get(node);
        return info ? { fns: [info] } : EMPTY;
      }
      case 'ClassExpression':
        return { cls: { node, scope } };
      case 'UnaryExpression': {
        if (node.operator === 'void') return { konst: { v: undefined, node } };
        if (node.operator === 'delete') return EMPTY;
        if (node.operator === 'typeof') {
          // A type is no value the code senses; but a decision it tests (`typeof env[name] === "string"`,
          // whether a vendor's variable is set) is the decision (only asked once decisions are known).
          if (!this.decisions.size) return EMPTY;
          const d = this.valueOf(node.argument, scope).control?.decisions;
          return d?.length ? { control: { sensed: [], decisions: d, steps: [] } } : EMPTY;
        }
        const a = this.valueOf(node.argument, scope);
        if (a.konst) {
          const c = this.tryConst(node, scope);
          if (c.konst) return c;
        }
        if (node.operator === '!') return asControl(a);
        return isSensed(a) || a.control ? { sensed: a.sensed, steps: a.steps, control: a.control } : EMPTY;
      }
    }
    return EMPTY;
  }

  /** Whether code writes elements of what `b` holds (`b[i] = …`, `b[i] ^= …`) outside its initialiser. */
  private elementsWritten(b: Binding): boolean {
    const init = b.init;
    return sitesWithin(this.facts.propertyDefinitions?.(b.name) ?? [], b).some((site) => {
      const n = site.node;
      if (n.type !== 'AssignmentExpression' || n.left.type !== 'MemberExpression' || !n.left.computed) return false;
      if (init && n.start >= init.start && n.end <= init.end) return false;
      return site.scope.lookup(b.name) === b;
    });
  }

  private tryConst(node: Node, scope: Scope): AV {
    const c = this.constant(node, scope);
    return c ? { konst: { v: c.v, decodedVia: c.decodedVia.length ? c.decodedVia : undefined, node } } : EMPTY;
  }

  private identifier(node: Node, scope: Scope): AV {
    const b = scope.lookup(node.name);
    // `var t; … (class t { static get x() { return t.v; } })`: inside a named class expression its
    // name is the class, whatever an outer scope declares under it (terser reuses short names).
    if (b && this.facts.namedClassExpressions?.length) {
      const own = this.selfClass(node, b);
      if (own) return own;
    }
    if (!b) {
      if (node.name === 'undefined') return { konst: { v: undefined, node } };
      if (node.name === 'arguments') return this.argumentsObject(scope);
      if (KNOWN_GLOBALS.has(node.name)) return { ref: globalRef(node.name) };
      // `class _A { static get x() { return _A.v; } }` written as an expression: its own name inside it.
      return this.selfClass(node) ?? EMPTY;
    }
    return this.binding(b);
  }

  /** The named class expression `node` is the name of, inside it (unless `b`, declared inside it, is another thing of that name). */
  private selfClass(node: Node, b?: Binding): AV | undefined {
    const own = this.classSelfNames().get(node.name)?.find((c) => c.start <= node.start && node.end <= c.end && !(b && b.node.start >= c.start && b.node.end <= c.end));
    return own ? { cls: { node: own, scope: this.scopeAt(pathTo(this.index?.root ?? own, own)) } } : undefined;
  }

  /** What a call of generators yields (`samples()` of `function* samples() { yield v }`), or undefined when it calls no generator. */
  private generatorYields(init: Node, scope: Scope): AV | undefined {
    const call = unwrap(init);
    if (call.type !== 'CallExpression') return undefined;
    const fns = this.valueOf(call.callee, scope).fns;
    if (!fns?.length || !fns.every((f) => f.node.generator)) return undefined;
    const parts: AV[] = [];
    for (const fn of fns.slice(0, 4)) {
      for (const y of (fn.yields ?? []).slice(0, 12)) {
        const v = this.valueOf(y.node, y.scope);
        parts.push(isSensed(v) ? addStep(v, { role: 'transform', node: call, note: `yielded by ${fn.name ?? 'a generator'}()` }) : v);
      }
    }
    return union(parts);
  }

  /** Named class expressions by their name (indexed once). */
  private classSelfNames(): Map<string, Node[]> {
    if (!this.classSelf) {
      this.classSelf = new Map();
      for (const c of this.facts.namedClassExpressions ?? []) {
        const list = this.classSelf.get(c.id.name);
        if (list) list.push(c);
        else this.classSelf.set(c.id.name, [c]);
      }
    }
    return this.classSelf;
  }

  private classSelf?: Map<string, Node[]>;

  /**
   * axios bundled inline (`var eY = lu0(Vi); eY.Axios = dQ1; eY.AxiosError = n2; eY.isAxiosError = Zi1; …`):
   * the instance its entry makes from its defaults, known by the static members axios gives its
   * default export (what its own `createInstance` returns is made by copying the prototype at run
   * time, which the flow cannot follow). The names given `isAxiosError` are found once per file.
   */
  private bundledAxios(b: Binding): boolean {
    if (b.path || !b.init || unwrap(b.init).type !== 'CallExpression' || !this.index) return false;
    if (!this.axiosNames) {
      this.axiosNames = new Set();
      const text = this.index.text;
      for (let at = text.indexOf('.isAxiosError'); at >= 0 && this.axiosNames.size < 8; at = text.indexOf('.isAxiosError', at + 13)) {
        if (!/^\s*=(?!=)/.test(text.slice(at + 13, at + 20))) continue;
        let s = at;
        while (s > 0 && isIdentChar(text.charCodeAt(s - 1))) s--;
        if (s < at && isIdentStart(text.charCodeAt(s))) this.axiosNames.add(text.slice(s, at));
      }
    }
    if (!this.axiosNames.has(b.name)) return false;
    const keys = new Set<string>();
    for (const site of sitesWithin(this.facts.propertyDefinitions?.(b.name) ?? [], b).slice(0, 256)) {
      const n = site.node;
      if (n.type !== 'AssignmentExpression' || n.left.type !== 'MemberExpression' || n.left.computed || site.scope.lookup(b.name) !== b) continue;
      keys.add(n.left.property.name as string);
    }
    return keys.has('isAxiosError') && (keys.has('AxiosError') || keys.has('AxiosHeaders') || keys.has('Axios'));
  }

  private axiosNames?: Set<string>;

  binding(b: Binding): AV {
    const hit = this.bindingMemo.get(b);
    if (hit !== undefined) {
      if (hit === IN_PROGRESS) return EMPTY;
      const cut = this.bindingCutAt.get(b);
      if (cut === undefined || this.stillCut(cut)) return hit;
      this.bindingCutAt.delete(b);
    }
    this.bindingMemo.set(b, IN_PROGRESS);
    const outerCut = this.cut;
    this.cut = false;
    const at = this.depth;
    let v: AV = EMPTY;
    try {
      v = this.computeBinding(b);
    } finally {
      this.bindingMemo.set(b, v);
      if (this.cut) this.bindingCutAt.set(b, at);
      this.cut ||= outerCut;
    }
    return v;
  }

  private computeBinding(b: Binding): AV {
    switch (b.kind) {
      case 'import': {
        const mod = normaliseModule(b.importSource!);
        // (`import { URL } from "node:url"` is the global URL.)
        const ref = b.importName === '*' || b.importName === 'default' ? mod : mod === 'url' && (b.importName === 'URL' || b.importName === 'URLSearchParams') ? b.importName : `${mod}.${b.importName}`;
        return this.linkedValue(ref, b.node) ?? { ref };
      }
      case 'function': {
        const info = this.facts.functions.get(b.node);
        return info ? { fns: [info] } : EMPTY;
      }
      case 'class':
        return { cls: { node: b.node, scope: b.scope } };
      case 'param':
        return this.param(b);
      case 'catch':
        return EMPTY;
    }
    const parts: AV[] = [];
    /** A nullish start value a lazy initialiser replaces (not a value of its own for the constant). */
    let unset: AV | undefined;
    const loop = this.loopOf(b.node);
    if (loop) {
      // `for (const d of LIST)`: d ranges over the list.
      const list = this.valueOf(loop.right, b.scope);
      if (loop.type === 'ForOfStatement') {
        // `for (const [name, spec] of Object.entries(OPTIONS))`: name and spec range over the parts of the elements.
        // (A Map yields its entries, `[key, value]`, and a Set its values.)
        const items = iterated(list.konst?.v);
        const parted = b.path && items ? partsOfElements(items, b.path) : undefined;
        const whole = !b.path && items && !Array.isArray(list.konst!.v) ? items : undefined;
        parts.push(parted || whole ? { elementOf: { konst: { v: (parted ?? whole)!, node: loop.right, decodedVia: list.konst!.decodedVia } } } : { elementOf: list, sensed: list.sensed, steps: list.steps, control: list.control });
      } else {
        // `for (const key in REGIONS)`: key ranges over the table's names.
        const table = list.konst?.v ?? (list.obj ? this.constant(loop.right, b.scope)?.v : undefined);
        const keys = table && typeof table === 'object' && !Array.isArray(table) && Object.getPrototypeOf(table) === null ? Object.keys(table) : undefined;
        parts.push(keys ? { elementOf: { konst: { v: keys, node: loop.right }, ref: list.ref }, control: controlOf(list) } : { control: controlOf(list) });
      }
    }
    // `const [item] = samples()` of a generator: what it yields, each taken whole.
    const yielded = b.init && b.path && /^\d+$/.test(String(b.path[0])) ? this.generatorYields(b.init, b.scope) : undefined;
    // `const { baseUrl } = thisCommand.opts()` of `new Option("--base-url <url>").env("OPENAI_BASE_URL")`: the variable.
    const key = b.init && b.path?.length === 1 && typeof b.path[0] === 'string' ? b.path[0] : undefined;
    const option = key !== undefined && this.envOptions().has(key) ? this.optionOf(b.init!, b.scope, key, b.node) : undefined;
    if (option) parts.push(option);
    else if (yielded) parts.push(b.path!.length > 1 ? this.applyAVPath(yielded, b.path!.slice(1), b.init!) : yielded);
    else if (b.init && this.bundledAxios(b)) parts.push({ ref: 'module:axios' });
    else if (b.init) {
      let v = this.valueOf(b.init, b.scope);
      // `const bytes = Buffer.from(S, "hex"); for (…) bytes[i] ^= K[i % 3];`: elements written after
      // it is made, so not what it starts as; what the interpreter makes of it, when it can.
      if (v.konst && (Array.isArray(v.konst.v) || v.konst.v instanceof Bytes) && !b.path && b.node.type === 'VariableDeclarator' && b.node.id.type === 'Identifier' && this.elementsWritten(b)) {
        const c = this.tryConst(b.node.id, b.scope);
        v = c.konst ? { ...v, konst: { ...c.konst, node: b.init } } : { ...v, konst: undefined };
      }
      // `const seen = new Set(); seen.add(process.env.TERM_PROGRAM)`: what is collected into an empty list, Set or Map.
      const collected = emptyContainer(b.init) ? this.collected(b) : undefined;
      if (collected) v = { ...union([v, collected]), konst: undefined };
      if (b.path) v = this.applyAVPath(v.hook && !v.hook.binding ? { ...v, hook: { ...v.hook, binding: b } } : v, b.path, b.init);
      else if (v.hook && !v.hook.binding) v = { ...v, hook: { ...v.hook, binding: b } };
      else if (v.obj && !v.obj.binding) {
        const own = v.obj;
        const bound = { ...own, binding: b };
        v = { ...v, obj: bound, ...(v.alts ? { alts: v.alts.map((a) => (a.obj === own ? { ...a, obj: bound } : a)) } : {}) };
      }
      // `let { fetch: t = globalThis.fetch } = options`: the default the pattern writes, when the
      // record may lack the field (its value there is not a constant it is known to hold).
      const dflt = b.path && b.node.type === 'VariableDeclarator' && (v.konst === undefined || v.konst.v === undefined) ? patternDefault(b.node.id, b.path) : undefined;
      if (dflt && v.konst) v = EMPTY;
      parts.push(v);
      if (dflt) parts.push(this.valueOf(dflt, b.scope));
      // `let cache = null`, later `cache = decode(…)` once: the same lazy initialiser as `let cache;`.
      if (b.assignments?.length && (b.kind === 'let' || b.kind === 'var') && isNullish(b.init)) unset = v;
    }
    if (b.destructured) {
      // `({ TZ: x = "" } = process.env)`: the part of the right side the pattern puts in x.
      for (const d of b.destructured.slice(0, 8)) parts.push(this.applyAVPath(this.valueOf(d.node.right, d.scope), d.path, d.node.right));
      if (!b.assignments) {
        const u = union(parts);
        return parts.length > 1 ? { ...u, konst: undefined } : u;
      }
    }
    if (b.assignments) {
      const scopes = b.assignmentScopes ?? [];
      const guards = new Set<AV>();
      b.assignments.slice(0, 16).forEach((a, i) => {
        if (a.type !== 'AssignmentExpression') return;
        const scope = scopes[i] ?? b.scope;
        let v = this.valueOf(a.right, scope);
        const whole = a.operator === '=' || a.operator.length === 3;
        // `if (!list) { let c = 0; list = K.map((d) => …(c += d)); }`: a memo made with locals set up
        // just before it (a running sum the decoder moves), which only running the block gives.
        if (a.operator === '=' && b.assignments!.length === 1 && !b.init && !b.path && b.node.type === 'VariableDeclarator' && b.node.id.type === 'Identifier' && isBlank(v) && a.right.type === 'CallExpression') {
          const c = this.tryConst(b.node.id, b.scope);
          if (c.konst) v = { konst: { ...c.konst, node: a.right } };
        }
        // `ns ||= {}` then `ns.k = …` (or a namespace function filling it): the object is this binding's.
        if (whole && v.obj && !v.obj.binding) v = { ...v, obj: { ...v.obj, binding: b } };
        parts.push(whole ? v : isSensed(v) ? { sensed: v.sensed, steps: v.steps } : EMPTY);
        // `if (x === d) { hit = true; break; }`: the tests a flag's assignment sits under decide its value.
        // (Also `if (host === d) { mark = m; break; }` of `for (const [d, m] of MARKS)`: an entry of a constant table kept.)
        if (isFlag(a.right) || (!!v.elementOf?.konst && !isSensed(v))) {
          const c = this.guardControl(a, scope);
          if (c) guards.add(parts[parts.push({ control: c }) - 1]);
        }
      });
      // A reassigned variable is not a constant, unless it is only given its value once (a lazy initialiser).
      // What a guard adds is not a value; an assigned comparison (`limited = LIST.test(v)`) is one.
      const values = parts.filter((p) => !guards.has(p) && p !== unset);
      const u = union(parts);
      const v = union(values);
      if (v.konst && values.length === 1 && !b.assignments.some((a) => a.type !== 'AssignmentExpression')) return { ...u, konst: v.konst };
      // `let out = ""; for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] ^ K)`:
      // a value the statements right after its declaration build from constants (a decoder's
      // loop written inline): what the interpreter makes of it once they have run.
      // (Only text appended to, which nothing reads but what follows: a counter or a cursor is read inside its loop too.)
      const init = b.init ? unwrap(b.init) : undefined;
      if (init && (init.type === 'Literal' ? typeof init.value === 'string' : init.type === 'TemplateLiteral' && !init.expressions.length) && !isSensed(u) && !u.control && !b.path && b.node.type === 'VariableDeclarator' && b.node.id.type === 'Identifier' && b.assignments.length <= 16 && b.assignments.every((a) => a.type === 'AssignmentExpression' && a.operator === '+=')) {
        const c = this.tryConst(b.node.id, b.scope);
        if (typeof c.konst?.v === 'string') return { ...u, konst: { ...c.konst, node: b.node } };
      }
      if (u.konst && (parts.length > 1 || b.assignments.some((a) => a.type !== 'AssignmentExpression'))) return { ...u, konst: undefined };
      return u;
    }
    return union(parts);
  }

  /**
   * What sensed values the calls `b.push(v)`, `b.unshift(v)`, `b.add(v)` and `b.set(k, v)` put into the
   * list, Set or Map a variable starts as (found among the file's calls of those methods).
   */
  private collected(b: Binding): AV | undefined {
    // Only what the code collects of its own, not what it is handed: a helper that fills a list
    // from its parameter (`uniq(list)`) is called by everyone, and would give every caller's
    // result what one of them passed. (A module's wrapper takes parameters too, `(exports, module)`,
    // that what it collects does not come from.)
    const owner = b.scope.functionScope().fn?.node;
    // (A helper called from one place only gives that caller what it was handed: `mostCommon(values)`.)
    let one: boolean | undefined;
    const oneCaller = () => {
      const info = owner ? this.facts.functions.get(owner) : undefined;
      return (one ??= !!info && this.callSitesOf(info).length === 1);
    };
    let keys: boolean | undefined;
    const keysRead = () => (keys ??= this.keysRead(b));
    const parts: AV[] = [];
    for (const m of COLLECTS) {
      const sites = sitesWithin(this.facts.methodCallSites?.(m) ?? [], b);
      for (let i = 0; i < sites.length && i < MAX_SITES_SCANNED && parts.length < 16; i++) {
        const { node, scope } = sites[i];
        const callee = unwrap(node.callee);
        const obj = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
        if (obj?.type !== 'Identifier' || obj.name !== b.name || scope.lookup(b.name) !== b) continue;
        // (A Map's keys are read too, `for (const [k, n] of counts)`: a count kept per sensed value.)
        for (const a of (node.arguments as Node[]).slice(m === 'set' && !keysRead() ? 1 : 0, m === 'set' ? 2 : 4)) {
          // (A record pushed whole, `providers.push({ name, apiKey: env[k] })`, would lend every field
          // what one of them holds: only values themselves are collected.)
          if (a.type === 'SpreadElement' || a.type === 'ArrayExpression') continue;
          if (owner && (owner.params as Node[]).length && this.fromParams(a, scope, owner, 3) && !oneCaller()) continue;
          // A record built here with a sensed field (`remotes.push({ name, url: m[1] })` of a parsed
          // .git/config): an element of the list, each field keeping its own value.
          if (a.type === 'ObjectExpression') {
            if (m !== 'push' && m !== 'unshift') continue;
            const props = (a.properties as Node[]).slice(0, 12);
            if (props.some((p) => p.type === 'Property' && !p.computed && isSensed(this.valueOf(p.value, scope)))) parts.push({ elementOf: this.valueOf(a, scope) });
            continue;
          }
          const v = this.valueOf(a, scope);
          if (isSensed(v) && !v.obj && !v.arr) parts.push(addStep({ sensed: v.sensed, steps: v.steps }, { role: 'transform', node, note: `collected into ${b.name}` }));
          // (A record parsed from a sensed text, `issuers.push(rdn(cert.issuer))`: every field is of that text.)
          else if (!isSensed(v) && v.obj?.binding && !(v.obj.node.properties as Node[]).length) {
            const parsed = this.parsedRecord(v.obj.binding);
            if (parsed) parts.push(addStep(parsed, { role: 'transform', node, note: `collected into ${b.name}` }));
          }
        }
      }
    }
    return parts.length ? union(parts) : undefined;
  }

  /** Whether the Map a variable holds is read for its keys: iterated (`for (const [k, n] of counts)`, spread, `Array.from`) or asked for `keys()`/`entries()`/`forEach`. */
  private keysRead(b: Binding): boolean {
    return this.references(b).some((ref) => {
      const node = ref.path[ref.path.length - 1];
      const parent = ref.path[ref.path.length - 2];
      if (!parent) return false;
      if (parent.type === 'ForOfStatement' && parent.right === node) return true;
      if (parent.type === 'SpreadElement') return true;
      if (parent.type === 'MemberExpression' && parent.object === node && /^(keys|entries|forEach)$/.test(memberName(parent) ?? '')) return true;
      const call = parent.type === 'CallExpression' ? parent : undefined;
      return !!call && call.arguments[0] === node && call.callee.type === 'MemberExpression' && memberName(call.callee) === 'from';
    });
  }

  /**
   * Whether an expression is made from a parameter of `owner` or of a function inside it: its
   * names, and what the variables among them were set to or range over, `depth` hops back.
   */
  private fromParams(expr: Node, scope: Scope, owner: Node, depth: number): boolean {
    let found = false;
    const check = (root: Node): void =>
      forEachDescendant(root, (n) => {
        if (found || isFunction(n)) return false;
        // (A member's name and a key are no variables.)
        if ((n.type === 'MemberExpression' || n.type === 'Property') && !n.computed) {
          check(n.type === 'Property' ? n.value : n.object);
          return false;
        }
        if (n.type !== 'Identifier') return true;
        const b = scope.lookup(n.name);
        if (b?.kind === 'param') {
          const fn = b.fn?.node;
          found = !!fn && fn.start >= owner.start && fn.end <= owner.end;
        } else if (b && depth > 0 && (b.kind === 'const' || b.kind === 'let' || b.kind === 'var')) {
          const loop = this.loopOf(b.node);
          const from = [b.init, loop?.right, ...(b.assignments ?? []).slice(0, 4).map((x) => (x.type === 'AssignmentExpression' ? x.right : undefined))];
          for (const f of from) if (!found && f) found = this.fromParams(f, b.scope, owner, depth - 1);
        }
        return false;
      }, 200);
    check(expr);
    return found;
  }

  /** The loop a declarator is the variable of (`for (const x of …)`). */
  private loopOf(declarator: Node): Node | undefined {
    if (declarator.type !== 'VariableDeclarator' || declarator.init) return undefined;
    if (!this.loops) {
      this.loops = new Map();
      for (const l of this.facts.loops ?? []) if (l.left.type === 'VariableDeclaration') this.loops.set(l.left.declarations[0], l);
    }
    return this.loops.get(declarator);
  }

  /**
   * Whether a template filler (`template.replace(/\{([\w.]+)\}/g, (_, k) => lookup(view, k))`) may put
   * something sensed into the text: false only when every template it may be given is known, the
   * pattern is, and no placeholder they hold names a sensed field of the record the callback looks
   * keys up in (`{repo.root}` of a view whose `repo.author` is the user's identity). True otherwise.
   */
  placeholdersSensed(recv: AV, call: Node, scope: Scope): boolean {
    const cb = call.arguments[1] ? unwrap(call.arguments[1]) : call;
    const info = this.facts.functions.get(cb);
    const texts = typeof recv.konst?.v === 'string' ? [recv.konst.v] : !recv.konst && Array.isArray(recv.elementOf?.konst?.v) ? (recv.elementOf!.konst!.v as Value[]) : undefined;
    const re = this.constant(call.arguments[0], scope)?.v;
    if (!info || !texts?.length || texts.length > 64 || !texts.every((t) => typeof t === 'string') || !(re instanceof RegexValue) || !re.flags.includes('g')) return true;
    // The callback's parameters that are captured groups, and the records it looks them up in
    // (`view[k]`, `lookup(view, k)`): no other way for it to reach a sensed value.
    const keys = new Set<Binding>();
    for (const p of (info.node.params as Node[]).slice(1)) if (p.type === 'Identifier') keys.add(info.scope.lookup(p.name)!);
    const isKey = (n: Node) => n.type === 'Identifier' && keys.has(info.scope.lookup(n.name)!);
    const views: Node[] = [];
    let other = false;
    // (Nor any other name of the code around it: `(_, k) => (k === "user" ? os.userInfo().username : view[k])`
    // reaches one by itself. Its own names and a few harmless globals are all it may use besides.)
    const skip = new Set<Node>();
    const unbound = new Set<string>();
    const declared: string[] = [];
    let seen = 0;
    const inside = (b: Binding) => {
      for (let s: Scope | undefined = b.scope; s; s = s.parent) if (s === info.scope) return true;
      return false;
    };
    forEachDescendant(info.node.body as Node, (x) => {
      if (++seen > 200) other = true;
      if (other || skip.has(x)) return false;
      if (x.type === 'MemberExpression' && x.computed && isKey(unwrap(x.property))) {
        views.push(unwrap(x.object));
        return false;
      }
      if (x.type === 'CallExpression' && (x.arguments as Node[]).some((a) => isKey(unwrap(a)))) {
        const rest = (x.arguments as Node[]).map(unwrap).filter((a) => !isKey(a));
        if (rest.length !== 1 || (rest[0].type !== 'Identifier' && rest[0].type !== 'MemberExpression' && rest[0].type !== 'ThisExpression')) other = true;
        else views.push(rest[0]);
        return false;
      }
      if (x.type === 'MemberExpression' && !x.computed) skip.add(x.property);
      else if (x.type === 'Property' && !x.computed && !x.shorthand) skip.add(x.key);
      else if (x.type === 'VariableDeclarator') collectNames(x.id, declared);
      else if (x.type === 'CatchClause' && x.param) collectNames(x.param, declared);
      else if (isFunction(x)) {
        if (x.id) declared.push(x.id.name);
        for (const p of x.params as Node[]) collectNames(p, declared);
      }
      if (x.type === 'ThisExpression' || x.type === 'Super') other = true;
      else if (x.type === 'Identifier' && !isKey(x)) {
        const b = info.scope.lookup(x.name);
        if (b ? !inside(b) : !HARMLESS_GLOBALS.has(x.name)) unbound.add(x.name);
      }
      return !other && views.length <= 4;
    }, 400);
    if (other || !views.length || views.length > 4) return true;
    if ([...unbound].some((n) => !declared.includes(n))) return true;
    const names = new Set<string>();
    for (const t of texts as string[]) {
      const rx = safeRegex(re, t);
      if (!rx) return true;
      for (const m of t.matchAll(rx)) {
        for (const g of m.slice(1)) if (g !== undefined) names.add(g);
        if (names.size > 64) return true;
      }
    }
    for (const v of views) {
      const view = this.valueOf(v, info.scope);
      for (const name of names) {
        const path = name.split('.');
        if (path.length > 6) return true;
        if (isSensed(this.applyAVPath(view, path, call))) return true;
      }
    }
    return false;
  }

  private applyAVPath(v: AV, path: (string | number)[], at: Node): AV {
    let cur = v;
    for (const key of path) {
      if (key === '...') return isSensed(cur) || cur.ref === 'process.env' ? cur : EMPTY;
      // (`const { homedir } = os.userInfo()`: a path, as `.homedir` is.)
      const whole = cur;
      cur = userPath(cur, String(key), this.memberOf(cur, String(key), at));
      // `const [sha, author] = out.split("\0")` of `git log --format=%H%x00%an`: the field at that place.
      if (typeof key === 'number') cur = gitField(cur, whole, key, at, undefined);
      if (cur === EMPTY) return EMPTY;
    }
    return cur;
  }

  /** A parameter's value: list elements for iteration callbacks, else the union over call sites. */
  private param(b: Binding): AV {
    const fn = b.fn;
    if (!fn || b.paramIndex === undefined) return EMPTY;
    const fnNode = fn.node;
    // Callback of `list.some(x => …)`: x ranges over the list.
    let parentCall = this.callbackOwner.get(fnNode);
    // (Unless the call is an operator of a pipeline, `obs.pipe(filter((z) => …))`: see pipeInput below.)
    if (parentCall && b.paramIndex === 0 && this.index && parentCall.node.arguments.length === 1) {
      const path = pathTo(this.index.root, fnNode);
      if (stageOf(fnNode, path)) parentCall = undefined;
    }
    // `list.reduce((acc, x) => …, init)`: acc is the start or what a step returned; x ranges over the list.
    if (parentCall && this.reduces(parentCall.node, parentCall.scope)) {
      const list = unwrap(unwrap(parentCall.node.callee).object);
      if (b.paramIndex === 0) {
        if (b.path) return EMPTY;
        const init = parentCall.node.arguments[1] as Node | undefined;
        return union([init ? this.accumulator(this.valueOf(init, parentCall.scope), b) : EMPTY, this.returnsOf([fn], parentCall.node)]);
      }
      if (b.paramIndex !== 1) return EMPTY;
      const recv = this.valueOf(list, parentCall.scope);
      // `Object.entries(rec)`'s pairs: the key is a property's name (the environment's names are sensed as such).
      if (b.path?.[0] === 0 && list.type === 'CallExpression' && this.calleeValue(unwrap(list.callee), parentCall.scope).ref === 'Object.entries') {
        const rec = list.arguments[0] ? this.valueOf(list.arguments[0], parentCall.scope) : EMPTY;
        if (rec.ref !== 'process.env') return EMPTY;
      }
      const el: AV = { elementOf: recv, sensed: recv.sensed, steps: recv.steps, control: recv.control };
      return b.path ? this.applyAVPath(el, b.path, fnNode) : el;
    }
    if (parentCall && b.paramIndex === 0 && this.iterates(parentCall.node, parentCall.scope)) {
      if (b.path) {
        // `Object.entries(POLICY).find(([, zones]) => zones.includes(zone))`: the part of each
        // element the pattern takes; lists taken from each element are searched as one list.
        const listNode = unwrap(parentCall.node.callee).object;
        const k = this.valueOf(listNode, parentCall.scope).konst ?? this.tryConst(listNode, parentCall.scope).konst;
        const key = b.path.length === 1 ? b.path[0] : undefined;
        if (!k || !Array.isArray(k.v) || key === undefined) return EMPTY;
        const items = (k.v as Value[]).map((x) => (Array.isArray(x) && typeof key === 'number' ? x[key] : x && typeof x === 'object' && Object.getPrototypeOf(x) === null ? (x as Record<string, Value>)[String(key)] : undefined));
        if (items.some((x) => x === undefined)) return EMPTY;
        if (items.every(Array.isArray)) return { konst: { v: (items as Value[][]).flat().slice(0, 2000), node: fnNode, decodedVia: k.decodedVia } };
        return { elementOf: { konst: { v: items, node: fnNode, decodedVia: k.decodedVia } } };
      }
      let recv = this.valueOf(unwrap(parentCall.node.callee).object, parentCall.scope);
      // `SECTIONS.filter((s) => s.when(facts)).map((s) => …)`: the elements of a list filtered, sliced
      // or sorted by what is not known here are some of the list's own.
      if (recv === EMPTY || (!recv.konst && !recv.elementOf && !recv.obj && !recv.arr && !isSensed(recv) && !recv.control && !recv.ref)) {
        let inner: Node = unwrap(parentCall.node.callee).object;
        for (let i = 0; i < 3 && inner.type === 'CallExpression' && unwrap(inner.callee).type === 'MemberExpression' && KEEPS_ELEMENTS.has(memberName(unwrap(inner.callee)) ?? ''); i++) {
          inner = unwrap(unwrap(inner.callee).object);
          const under = this.valueOf(inner, parentCall.scope);
          if (Array.isArray(under.konst?.v) && !isSensed(under)) {
            recv = under;
            break;
          }
        }
      }
      // `group.some((d) => …)` with group one of a list of lists (`GROUPS[i]`, `this` given by
      // `check.call(GROUPS[i])`): an element of any of them.
      const lists = !recv.konst && !isSensed(recv) ? recv.elementOf?.konst : undefined;
      if (lists && Array.isArray(lists.v) && lists.v.length && lists.v.every(Array.isArray)) return { elementOf: { konst: { v: (lists.v as Value[][]).flat().slice(0, 2000), node: fnNode, decodedVia: lists.decodedVia } } };
      return { elementOf: recv, sensed: recv.sensed, steps: recv.steps, control: recv.control };
    }
    // An AMD module's factory (`define("env/clock", ["node:process", "util/morse"], function (proc, morse) {…})`):
    // each parameter is the module its dependency names.
    const amd = !b.path ? this.amdDependency(fn, b.paramIndex) : undefined;
    if (amd) return amd;
    // Bun's and Node's CommonJS wrapper: `require` is the runtime's, passed in.
    const params = fnNode.params as Node[];
    if (b.name === 'require' || b.name === '__require') {
      if (params.some((p) => p.type === 'Identifier' && (p.name === 'module' || p.name === 'exports'))) return { ref: 'require' };
    }
    let thenGiven: AV | undefined;
    if (b.paramIndex === 0 && this.index) {
      // (Where the function is written, found once for both questions below.)
      const path = pathTo(this.index.root, fnNode);
      // `set locale(v) { … }`: v is what is assigned to that key of the class's instances.
      const m = path[path.length - 2];
      const cls = path[path.length - 4];
      if (!b.path && m?.type === 'MethodDefinition' && m.kind === 'set' && !m.static && cls && /^Class/.test(cls.type)) {
        const key = this.keyOf(m, this.scopeAt(path.slice(0, -2)));
        const written = key === undefined ? undefined : this.instanceWrites(cls, key, true);
        if (written) return written;
      }
      // `new Proxy(target, { apply(t, thisArg, args) { … } })`: every trap is handed the proxy's target first.
      const handler = m?.type === 'Property' && m.value === fnNode ? path[path.length - 3] : undefined;
      const made = path[path.length - 4];
      if (!b.path && handler?.type === 'ObjectExpression' && made?.type === 'NewExpression' && made.arguments[1] === handler && made.arguments[0] && made.arguments[0].type !== 'SpreadElement') {
        const scope = this.scopeAt(path.slice(0, -4));
        if (this.calleeValue(unwrap(made.callee), scope).ref === 'Proxy') return this.valueOf(made.arguments[0], scope);
      }
      // `class A extends https.Agent { addRequest(req, options) { … } }`: Node hands an agent each
      // request made with it, still open for headers, before it is sent.
      if (!b.path && m?.type === 'MethodDefinition' && m.kind === 'method' && !m.static && cls?.superClass && /^Class/.test(cls.type)) {
        const key = this.keyOf(m, this.scopeAt(path.slice(0, -2)));
        const base = key === 'addRequest' ? this.valueOf(cls.superClass, this.scopeAt(path.slice(0, -4))).ref : undefined;
        const mod = base && /^(https?)\.Agent$/.exec(base)?.[1];
        if (mod) return { ref: `${mod}.request()` };
      }
      // `source.pipe(map((v) => …))`: v is what the stage before hands on.
      const stage = stageOf(fnNode, path);
      if (stage) {
        const v = this.pipeInput(stage.pipe, stage.k, this.scopeAt(path.slice(0, -2)));
        return b.path ? this.applyAVPath(v, b.path, fnNode) : v;
      }
      // `Effect.map(self, (v) => …)`, also handed there through a parameter: v is what self gives.
      const given = this.operatorInput(fnNode, path);
      if (given) return b.path ? this.applyAVPath(given, b.path, fnNode) : given;
      // `p.then((v) => …)`: v is what the promise resolves to.
      const h = this.handedTo(fn, 0, path);
      if (h?.method === 'then') {
        const v = this.valueOf(h.callee.object, h.scope);
        return b.path ? this.applyAVPath(v, b.path, fnNode) : v;
      }
      // `Option.match(proxy, { onNone: () => "", onSome: (raw) => … })`: a handler of a match
      // gets the value matched (Effect's Option, Either, Exit and Result all name theirs `on…`).
      const matched = matchOf(path);
      // (Only a success's handler: `onLeft`, `onFailure` are handed the error.)
      if (matched && /^on(Some|Success|Right|Ok|Value)$/.test(matched.key)) {
        const v = this.valueOf(matched.call.arguments[0], this.scopeAt(path.slice(0, -3)));
        const given = isSensed(v) ? addStep(v, { role: 'transform', node: fnNode, note: `handed to ${matched.key}() by match()` }) : v;
        return b.path ? this.applyAVPath(given, b.path, fnNode) : given;
      }
      // `p.then(normalise)`: a function handed by its name to a promise's then() gets what it resolves to.
      const handed = this.thenSites(fn);
      if (handed.length) {
        const got: AV[] = [];
        for (const site of handed) {
          // (catch() hands it the error.)
          if (memberName(unwrap(site.node.callee)) !== 'then') continue;
          const v = this.valueOf(unwrap(site.node.callee).object, site.scope);
          got.push(isSensed(v) ? addStep(v, { role: 'transform', node: site.node, note: `handed to ${fn.name ?? 'a function'}() when the promise resolves` }) : v);
        }
        if (got.length) thenGiven = b.path ? this.applyAVPath(union(got), b.path, fnNode) : union(got);
      }
    }
    if ((b.paramIndex === 1 || b.paramIndex === 0) && this.index && !b.path) {
      const path = pathTo(this.index.root, fnNode);
      const call = path[path.length - 2];
      // `req.on("upgrade", (res, socket) => …)` of an HTTP request: the connection to its server.
      const listens = call?.type === 'CallExpression' && call.arguments[1] === fnNode && unwrap(call.callee).type === 'MemberExpression' && LISTENS.has(memberName(unwrap(call.callee)) ?? '');
      const event = listens ? staticString(call.arguments[0]) : undefined;
      if (event === 'upgrade' || event === 'connect' ? b.paramIndex === 1 : event === 'socket' && b.paramIndex === 0) {
        const req = this.valueOf(unwrap(call.callee).object, this.scopeAt(path.slice(0, -1))).ref;
        if (req && /^(https?\.(request|get)|http2\.connect)\(\)$/.test(req)) return { ref: `${req}.socket` };
      }
      // `res.on("data", (chunk) => …)` of the response an HTTP request hands its callback
      // (`https.get(url, (res) => …)`, `req.on("response", (res) => …)`): the answer, a chunk at a time.
      if (event === 'data' && b.paramIndex === 0) {
        const answer = this.responseOf(unwrap(call.callee).object, this.scopeAt(path.slice(0, -1)));
        if (answer) return answer;
      }
      // `exec(cmd, opts, (err, stdout) => …)`, `fs.readFile(p, (err, data) => …)`: Node's callback
      // gets what the call reads second, after the error.
      // (Imported from Node's child-process module under another name, `import { execFile as wvi }`,
      // or taken out of it, `const { execFile: x } = …`: the name it has there.)
      const callee = call?.type === 'CallExpression' ? unwrap(call.callee) : undefined;
      const alias = b.paramIndex === 1 && callee?.type === 'Identifier' ? this.scopeAt(path.slice(0, -1)).lookup(callee.name) : undefined;
      const aliased = alias?.kind === 'import' ? alias.importName : alias?.path?.length === 1 && typeof alias.path[0] === 'string' ? alias.path[0] : undefined;
      const name = b.paramIndex === 1 && call?.type === 'CallExpression' ? (aliased !== undefined && NODE_CALLBACK_NAMES.has(aliased) ? aliased : calleeName(call)) : undefined;
      if (name && NODE_CALLBACK_NAMES.has(name) && call.arguments.length >= 2 && call.arguments[call.arguments.length - 1] === fnNode) {
        const scope = this.scopeAt(path.slice(0, -1));
        const ref = this.calleeValue(unwrap(call.callee), scope).ref;
        if (ref && NODE_CALLBACK_READS.has(ref)) {
          const v = this.refCall(ref, call, scope);
          if (isSensed(v)) return addStep(v, { role: 'transform', node: fnNode, note: `handed to its callback` });
        }
      }
    }
    const parts: AV[] = [];
    const sites = this.callSitesOf(fn);
    if (!sites.length) sites.push(...this.dispatchSites(fn));
    if (!sites.length) sites.push(...this.returnedSites(fn));
    // `obs.pipe(map(parseTrace))`: a function named as a pipeline stage's callback gets what the stage is handed.
    if (!sites.length && b.paramIndex === 0 && this.index) {
      const named = functionBinding(fn);
      for (const stage of named ? this.namedStages().get(named.name) ?? [] : []) {
        if (stage.scope.lookup(named!.name) === named) parts.push(this.pipeInput(stage.pipe, stage.k, stage.scope));
      }
    }
    if (!sites.length && !b.path) {
      const elsewhere = this.emittedElsewhere(fn, b.paramIndex) ?? this.calledBackElsewhere(fn, b.paramIndex);
      if (elsewhere) parts.push(elsewhere);
    }
    // `function matchesAny(v, ...patterns)`: the list of what each call passes from there on.
    const rest = (fnNode.params as Node[])[b.paramIndex]?.type === 'RestElement' && b.path?.[0] === '...';
    for (const site of sites) {
      if (rest) {
        const list = this.argumentList(site, b.paramIndex + (site.shift ?? 0), fn);
        parts.push(b.path!.length > 1 ? this.applyAVPath(list, b.path!.slice(1), site.node) : list);
        continue;
      }
      const arg = siteArgs(site)[b.paramIndex + (site.shift ?? 0)];
      if (!arg || arg.type === 'SpreadElement') continue;
      let v = this.valueOf(arg, site.scope);
      if (b.path) v = this.applyAVPath(v, b.path, arg);
      if (isSensed(v)) parts.push(addStep(v, { role: 'transform', node: site.node, note: `passed to ${fn.name ?? 'a function'}()` }));
      else parts.push(v);
    }
    // A value another module passes to this exported function (core/links.ts).
    // (In a field of the argument: the name a destructuring pattern takes it to.)
    if (rest) {
      const given = this.givenList(fnNode, b.paramIndex);
      if (given !== EMPTY) parts.push(b.path!.length > 1 ? this.applyAVPath(given, b.path!.slice(1), fnNode) : given);
    } else for (const g of this.givenParams.get(fnNode)?.get(b.paramIndex) ?? []) {
      // (`{ context }` given `context.value`: the record it names holds it, taken as a whole.)
      const at = b.path?.join('.');
      // (The environment object is not: a member of it is a variable, not the field that holds it.)
      // (A record passed whole, `constructor(o) { this.o = o }` given `ctx.tz`, holds it in that field only.)
      if (g.field === undefined ? !b.path : at !== undefined && (g.field === at || (isSensed(g.value) && g.field.startsWith(`${at}.`)))) parts.push(g.value);
      else if (g.field !== undefined && (at === undefined || g.field.startsWith(`${at}.`))) parts.push({ given: [{ field: at === undefined ? g.field : g.field.slice(at.length + 1), value: g.value }] });
    }
    if (thenGiven) parts.push(thenGiven);
    // `function send(host = os.hostname())`: the default, when a call leaves it out (after what
    // the calls pass: a union keeps the first record it meets).
    const declared = (fnNode.params as Node[])[b.paramIndex];
    const omitted = !sites.length || sites.some((site) => siteArgs(site).length <= b.paramIndex! + (site.shift ?? 0));
    if (declared?.type === 'AssignmentPattern' && omitted) {
      // (`function f({ zone, locale: lang } = sense())`: the part of the default the pattern takes.)
      const v = this.valueOf(declared.right, fn.scope);
      if (declared.left.type === 'Identifier') parts.push(v);
      else if (b.path) parts.push(this.applyAVPath(v, b.path, declared.right));
    }
    // `function build({ cwd, env = process.env })`: a default written in the pattern, when a call
    // leaves that field out (no call here, or one passing a record written without it).
    const inner = b.path?.length ? patternDefault(declared?.type === 'AssignmentPattern' ? declared.left : declared, b.path) : undefined;
    if (inner) {
      const key = b.path![0];
      const lacks = (site: CallSite) => {
        const arg = siteArgs(site)[b.paramIndex! + (site.shift ?? 0)];
        if (!arg) return true;
        if (arg.type !== 'ObjectExpression' || b.path!.length !== 1) return false;
        return !(arg.properties as Node[]).some((p) => p.type === 'SpreadElement' || (p.type === 'Property' && (p.computed || propertyKeyName(p) === key)));
      };
      if (!sites.length || sites.some(lacks)) parts.push(this.valueOf(inner, fn.scope));
    }
    // `oneOf(zone, "Asia/Shanghai", …)` and `oneOf(mode, "fast", "slow")`: the lists of the calls that
    // pass something sensed beside them, as one list (a list only matters next to a sensed value).
    if (rest && parts.length > 1 && parts.every((p) => Array.isArray(p.konst?.v))) {
      const beside = sites.filter((site) => siteArgs(site).slice(0, b.paramIndex! + (site.shift ?? 0)).some((a) => a.type !== 'SpreadElement' && isSensed(this.valueOf(a, site.scope))));
      // (What another module passed comes with a sensed value: after the calls here, always kept.)
      const lists = (beside.length ? parts.filter((_, i) => i >= sites.length || beside.includes(sites[i])) : parts).map((p) => p.konst!.v as Value[]);
      return { konst: { v: [...new Set(lists.flat())].slice(0, 2000), node: fnNode } };
    }
    // A parameter is a constant only when every call passes that constant (union keeps it so).
    const u = union(parts);
    // Different texts at different calls (`eq(lang, "zh-CN") || eq(lang, "zh-Hans")`): one of
    // them, as an element of the list of what the calls pass.
    // (Only when the calls pass the same other arguments, `eq(lang, "zh-CN") || eq(lang, "zh-Hans")`: `eq(mode, "a")` and `eq(tz, "b")` are two comparisons, not one.)
    const others = (site: CallSite) => siteArgs(site).filter((_, i) => i !== b.paramIndex! + (site.shift ?? 0)).map((a) => (this.index ? this.index.text.slice(a.start, a.end) : '')).join('\u0000');
    if (!u.konst && parts.length >= 2 && parts.length <= 64 && parts.length === sites.length && this.index && sites.every((site) => others(site) === others(sites[0])) && parts.every((p) => typeof p.konst?.v === 'string' && !p.sensed && !p.control)) {
      const values = [...new Set(parts.map((p) => p.konst!.v as string))];
      if (values.length >= 2) return { elementOf: { konst: { v: values, node: (fnNode.params as Node[])[b.paramIndex] ?? fnNode } } };
    }
    return u;
  }

  /**
   * The arguments a call passes from position `from` on, as one list: a constant list when each
   * is a constant (`matchesAny(loc, /^zh_CN/, "ru_RU")`), else what any of them carries.
   */
  private argumentList(site: CallSite, from: number, fn: FunctionInfo): AV {
    const args = siteArgs(site).slice(from);
    const values = args.map((a) => (a.type === 'SpreadElement' ? undefined : this.valueOf(a, site.scope)));
    if (values.length && values.every((v) => v?.konst && !v.sensed && !v.control)) return { konst: { v: values.map((v) => v!.konst!.v), node: site.node, decodedVia: values.flatMap((v) => v!.konst!.decodedVia ?? []) } };
    const parts = args.map((a, i) => values[i] ?? this.valueOf(a.argument, site.scope));
    const u = union(parts);
    return isSensed(u) ? addStep(u, { role: 'transform', node: site.node, note: `passed to ${fn.name ?? 'a function'}()` }) : u;
  }

  /** What other modules pass to a function's parameters from `from` on, as one list (whole values only). */
  private givenList(fnNode: Node, from: number): AV {
    const m = this.givenParams.get(fnNode);
    if (!m) return EMPTY;
    const values: AV[] = [];
    for (const i of [...m.keys()].filter((i) => i >= from).sort((a, b) => a - b)) for (const g of m.get(i)!) if (g.field === undefined) values.push(g.value);
    if (values.length && values.every((v) => v.konst && !isSensed(v))) return { konst: { v: values.map((v) => v.konst!.v), node: fnNode } };
    return union(values);
  }

  /** `arguments` in a function: what its calls pass, as one list. */
  private argumentsObject(scope: Scope): AV {
    let s: Scope | undefined = scope.functionScope();
    while (s?.fn && s.fn.node.type === 'ArrowFunctionExpression') s = s.parent?.functionScope();
    const fn = s?.fn;
    if (!fn) return EMPTY;
    return union([...this.callSitesOf(fn).map((site) => this.argumentList(site, site.shift ?? 0, fn)), this.givenList(fn.node, 0)]);
  }

  /**
   * A sensed value another module passes to parameter `index` of this module's function `fn` (an
   * export), or in `field` of it: the parameter (or the name a pattern takes the field to) holds
   * it too. Clears what was computed before.
   */
  /** Whether a function's result is what its parameter `index` returns when it calls it (`remember(key, ttl, compute)` returning `compute()`). */
  callsParam(fn: FunctionInfo, index: number): boolean {
    const mark = '\u0000called';
    return this.returnsGiven(fn, index, { ref: mark }).ref === `${mark}()`;
  }

  /** Whether a function's result is made from its parameter `index` (`hostOf(url)` returning `new URL(url).hostname`). */
  carriesParam(fn: FunctionInfo, index: number): boolean {
    const mark: Sensed = { kind: 'env', label: '\u0000carried', node: fn.node };
    // (A lookup keyed by the argument, `MESSAGES[key]`, is a table's entry, not the argument carried.)
    const out = this.returnsGiven(fn, index, { sensed: [mark], steps: [] });
    return !out.elementOf && !!out.sensed?.some((s) => s.label === mark.label);
  }

  /** What a function returns when its parameter `index` holds `value` (for that question only: what was computed with it is forgotten after). */
  private returnsGiven(fn: FunctionInfo, index: number, value: AV): AV {
    this.giveParam(fn.node, index, undefined, value);
    try {
      return this.returnsOf([fn], fn.node);
    } finally {
      this.givenParams.get(fn.node)?.get(index)?.pop();
      this.resetValueMemos();
    }
  }

  /**
   * A sensed value that the code compares only in a form a function of its own makes
   * (`PROFILE.has(fnv1a(zone))`, `PACKED.indexOf(pack(loc))`, `const h = hash(tz)` then
   * `h in TABLE`): which names of that kind the function turns into values of the list, found by
   * running it on each name the value may be (at most a few hundred runs, once per comparison).
   */
  matchedThrough(operand: Node, scope: Scope, values: readonly (string | number)[], kind: SenseKind): { names: string[]; fn: string } | undefined {
    const known = this.throughMemo.get(operand);
    if (known !== undefined || this.throughMemo.size >= 16) return known ?? undefined;
    this.throughMemo.set(operand, null);
    // The call that makes the compared form: the operand, or what a variable was set to (two hops).
    let call = unwrap(operand);
    let s = scope;
    for (let hop = 0; hop < 2 && call.type === 'Identifier'; hop++) ({ node: call, scope: s } = this.constInit(call, s));
    if (call.type !== 'CallExpression' || call.arguments.length !== 1 || call.arguments[0].type === 'SpreadElement' || !isSensed(this.valueOf(call.arguments[0], s))) return undefined;
    const fn = this.interpreter.evaluate(unwrap(call.callee), s);
    if (!(fn instanceof Closure)) return undefined;
    const want = new Set<string | number>(values);
    const names: string[] = [];
    for (const { name, forms } of namesToTry(kind)) {
      if (this.interpreter.exhausted) break;
      for (const form of forms) {
        const v = this.interpreter.callValue(fn, [form]);
        if ((typeof v === 'number' || typeof v === 'string') && want.has(v)) {
          names.push(name);
          break;
        }
      }
    }
    const out = names.length ? { names, fn: calleeName(call) ?? 'a function' } : undefined;
    this.throughMemo.set(operand, out ?? null);
    return out;
  }
  private throughMemo = new Map<Node, { names: string[]; fn: string } | null>();

  /**
   * `if (inGrid(region))`, `isRestricted(zone) && …`: a test made by a function of the file over a
   * sensed value, whatever list it keeps (a bitmap, a Bloom filter, a switch): the names of that
   * kind it accepts, found by running it on each (once per function, within the interpreter's
   * budget). A function that accepts most names is a validity check, not a list.
   */
  acceptedBy(call: Node, scope: Scope, kind: SenseKind): { names: string[]; fn: string } | undefined {
    const callee = unwrap(call.callee);
    const info = this.valueOf(callee, scope).fns?.[0];
    if (!info || info.node.end - info.node.start > 4000) return undefined;
    const key = `${info.node.start}:${kind}`;
    const known = this.acceptMemo.get(key);
    if (known !== undefined || this.acceptMemo.size >= 16) return known ?? undefined;
    this.acceptMemo.set(key, null);
    const fn = this.interpreter.evaluate(callee, scope);
    if (!(fn instanceof Closure)) return undefined;
    const values = namesToTry(kind);
    const names: string[] = [];
    for (const { name, forms } of values) {
      if (this.interpreter.exhausted) return undefined;
      for (const form of forms) {
        const v = this.interpreter.callValue(fn, [form]);
        if (v === true || (typeof v === 'number' && v !== 0) || (typeof v === 'string' && v !== '')) {
          names.push(name);
          break;
        }
      }
    }
    const out = names.length && names.length <= Math.min(200, values.length / 4) ? { names, fn: calleeName(call) ?? 'a function' } : undefined;
    this.acceptMemo.set(key, out ?? null);
    return out;
  }
  private acceptMemo = new Map<string, { names: string[]; fn: string } | null>();

  /** What a function of this file makes of `sample` given as its first argument (`variant(text)`, asked by another module). */
  sampleThrough(fn: FunctionInfo, sample: string): string | undefined {
    const out = this.interpreter.callFunction(fn.node, [sample]);
    return typeof out === 'string' ? out : undefined;
  }

  /** What another module's function makes of the sample text, as it answered (core/links.ts sampleRef). */
  linkedSample(ref: string): string | undefined {
    return this.linked?.get(sampleRef(ref))?.sample;
  }

  /** What an expression makes of `sample` put in place of the name `name` (`value.replace(re, swap)`). */
  applyAt(node: Node, scope: Scope, name: string, sample: string): string | undefined {
    const out = this.interpreter.evaluateWith(node, scope, name, sample);
    return typeof out === 'string' ? out : undefined;
  }

  /** The calls of a method written out as `.name(` in the file (at most `limit`), with the path down to each. */
  private callsWritten(name: string, limit: number): { call: Node; path: Node[] }[] {
    const out: { call: Node; path: Node[] }[] = [];
    if (!this.index) return out;
    const root = this.index.root;
    for (const at of this.positionsUpTo(`.${name}(`, limit)) {
      const path = nodePath(root, at, at + name.length + 2, (n) => n.type === 'CallExpression' && unwrap(n.callee).type === 'MemberExpression' && unwrap(n.callee).property.start === at + 1);
      const call = path[path.length - 1];
      if (call?.type === 'CallExpression') out.push({ call, path });
    }
    return out;
  }

  private stagesByName: Map<string, { pipe: Node; k: number; scope: Scope }[]> | undefined;
  /**
   * The functions named as the callbacks of operator pipelines' stages (`pipe(map(parseTrace))`),
   * by name: found once per file from the places `.pipe(` is written.
   */
  private namedStages(): Map<string, { pipe: Node; k: number; scope: Scope }[]> {
    if (this.stagesByName) return this.stagesByName;
    const out = new Map<string, { pipe: Node; k: number; scope: Scope }[]>();
    this.stagesByName = out;
    if (!this.index) return out;
    for (const { call: pipe, path } of this.callsWritten('pipe', 512)) {
      if (!isOperatorPipe(pipe)) continue;
      (pipe.arguments as Node[]).forEach((op, k) => {
        const cb = operatorCallback(unwrap(op));
        if (cb?.type !== 'Identifier') return;
        const list = out.get(cb.name) ?? [];
        if (list.length < 8) list.push({ pipe, k, scope: this.scopeAt(path) });
        out.set(cb.name, list);
      });
    }
    return out;
  }

  private optionEnvs: Map<string, string> | undefined;
  /**
   * commander's options bound to environment variables in this file (`new Option("--base-url
   * <url>").env("OPENAI_BASE_URL")`), by the name their value is read under (`baseUrl`): found
   * once per file from the places `.env(` is written.
   */
  private envOptions(): Map<string, string> {
    if (this.optionEnvs) return this.optionEnvs;
    const out = new Map<string, string>();
    this.optionEnvs = out;
    if (!this.index) return out;
    for (const { call } of this.callsWritten('env', 256)) {
      if (call.arguments.length !== 1) continue;
      const name = staticString(call.arguments[0]);
      if (!name || !/^[A-Z][A-Z0-9_]*$/.test(name)) continue;
      // The option the chain began with: `new Option(flags, …)` or `createOption(flags, …)`.
      let o: Node = unwrap(unwrap(call.callee).object);
      for (let k = 0; k < 6 && o.type === 'CallExpression' && unwrap(o.callee).type === 'MemberExpression'; k++) o = unwrap(unwrap(o.callee).object);
      const made = (o.type === 'NewExpression' || o.type === 'CallExpression') && /^(Option|createOption)$/.test(calleeName(o) ?? '') ? staticString(o.arguments[0]) : undefined;
      const long = made ? /--(?:no-)?([a-z][\w-]*)/.exec(made)?.[1] : undefined;
      if (long) out.set(long.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase()), name);
    }
    return out;
  }

  /**
   * yargs' options, found once per file where the calls are written (a file that names yargs):
   * by the camel-cased key a parsed argv holds them under, each option's `default`, the
   * environment variable `.env(PREFIX)` binds it to (PREFIX_KEY), and its `.coerce(key, fn)`.
   */
  private yargsOptions(): ReadonlyMap<string, { defaults: { node: Node; scope: Scope }[]; env?: string; coerce?: Node }> {
    if (this.yargsTable) return this.yargsTable;
    const table = new Map<string, { defaults: { node: Node; scope: Scope }[]; env?: string; coerce?: Node }>();
    this.yargsTable = table;
    if (!this.index || !/\byargs\b/.test(this.index.text.slice(0, 200_000))) return table;
    const camel = (k: string) => k.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    const entry = (k: string) => table.get(camel(k)) ?? (table.set(camel(k), { defaults: [] }).get(camel(k))!);
    let prefix: string | undefined;
    for (const { call } of this.callsWritten('env', 16)) {
      const x = call.arguments.length === 1 ? staticString(call.arguments[0]) : undefined;
      if (x && /^[A-Z][A-Z0-9_]*$/.test(x)) prefix = x;
    }
    for (const name of ['option', 'positional']) {
      for (const { call, path } of this.callsWritten(name, 64)) {
        const k = call.arguments[0] ? staticString(call.arguments[0]) : undefined;
        const o = call.arguments[1] ? unwrap(call.arguments[1]) : undefined;
        if (typeof k !== 'string' || !/^[a-z][\w-]*$/i.test(k)) continue;
        const e = entry(k);
        if (prefix) e.env = `${prefix}_${k.replace(/-/g, '_').toUpperCase()}`;
        const d = o?.type === 'ObjectExpression' ? (o.properties as Node[]).find((p) => p.type === 'Property' && propertyKeyName(p) === 'default') : undefined;
        if (d && e.defaults.length < 4) e.defaults.push({ node: d.value, scope: this.scopeAt(path) });
        const c = o?.type === 'ObjectExpression' ? (o.properties as Node[]).find((p) => p.type === 'Property' && propertyKeyName(p) === 'coerce') : undefined;
        if (c) e.coerce = c.value;
      }
    }
    for (const { call } of this.callsWritten('coerce', 32)) {
      const k = call.arguments[0] ? staticString(call.arguments[0]) : undefined;
      if (typeof k === 'string' && call.arguments[1] && table.has(camel(k))) table.get(camel(k))!.coerce = call.arguments[1];
    }
    return table;
  }
  private yargsTable: Map<string, { defaults: { node: Node; scope: Scope }[]; env?: string; coerce?: Node }> | undefined;

  /**
   * Whether an expression is yargs' parsed argv: the parameter of a function handed to `.check`,
   * `.middleware` or a command's handler, or what `.parseSync()`, `.parse()` or `.argv` of a chain gives.
   */
  private yargsArgv(object: Node, scope: Scope): boolean {
    const o = unwrap(object);
    const b = o.type === 'Identifier' ? scope.lookup(o.name) : undefined;
    if (b?.kind === 'param') {
      if (!b.fn || b.path || b.paramIndex !== 0) return false;
      const h = this.handedTo(b.fn, 0) ?? this.handedTo(b.fn, 3);
      return !!h && (h.call.arguments[0] === b.fn.node ? /^(check|middleware)$/ : /^command$/).test(h.method ?? '');
    }
    const c = unwrap(this.constInit(o, scope).node);
    if (c.type === 'MemberExpression' && !c.computed && memberName(c) === 'argv') return true;
    if (c.type === 'AwaitExpression' || c.type === 'CallExpression') {
      const call = c.type === 'AwaitExpression' ? unwrap(c.argument) : c;
      return call.type === 'CallExpression' && unwrap(call.callee).type === 'MemberExpression' && /^(parseSync|parse|parseAsync)$/.test(memberName(unwrap(call.callee)) ?? '');
    }
    return false;
  }

  /** `args.baseUrl` of yargs' argv: the option's default and the variable `.env()` binds it to, through its coerce function. */
  private yargsOptionOf(object: Node, scope: Scope, key: string, node: Node): AV | undefined {
    const e = this.yargsOptions().get(key);
    if (!e || !this.yargsArgv(object, scope)) return undefined;
    const parts: AV[] = e.defaults.map((d) => this.valueOf(d.node, d.scope));
    if (e.env) {
      const src = envKind(e.env);
      parts.push({ sensed: [{ kind: src.kind, label: src.label, node, envName: e.env }], steps: [{ role: 'source', node, note: `reads the option ${key}, which yargs takes from ${e.env} (.env())` }] });
    }
    const v = union(parts);
    if (!isSensed(v)) return v;
    const fn = e.coerce ? unwrap(e.coerce) : undefined;
    // (What the option holds, not the variable itself: `.hostname` of it is a part of that value.)
    return addStep({ sensed: v.sensed, steps: v.steps, ...(v.control ? { control: v.control } : {}) }, { role: 'transform', node, note: fn ? `yargs' option ${key}, coerced by ${fn.type === 'Identifier' ? fn.name : 'a function'}()` : `yargs' option ${key}` });
  }

  /**
   * A read at `node` of option `key`, which commander takes from an environment variable, on what
   * `object` is: commander's options (commanderOptions), read as a member or destructured.
   */
  private optionOf(object: Node, scope: Scope, key: string, node: Node): AV | undefined {
    if (!this.commanderOptions(object, scope)) return undefined;
    const name = this.envOptions().get(key)!;
    const src = envKind(name);
    return { sensed: [{ kind: src.kind, label: src.label, node, envName: name }], steps: [{ role: 'source', node, note: `reads the option ${key}, which commander takes from ${name} (.env())` }] };
  }

  /**
   * Whether an expression is commander's options: what `opts()` / `optsWithGlobals()` give (also
   * kept in a variable), or the options an `action()` handler is given (its last parameter but
   * one, or its only one).
   */
  commanderOptions(object: Node, scope: Scope, depth = 0): boolean {
    const o = unwrap(object);
    const b = o.type === 'Identifier' ? scope.lookup(o.name) : undefined;
    if (b?.kind === 'param') {
      if (!b.fn || b.path || b.paramIndex === undefined) return false;
      const params = b.fn.node.params as Node[];
      // (commander calls a handler with the command's arguments, its options, then the command: a
      // handler that leaves the command out has the options last.)
      if (this.handedTo(b.fn, 0)?.method === 'action') return b.paramIndex === params.length - 1 || b.paramIndex === params.length - 2;
      // (`gate(opts)` in a handler: a helper's parameter that its calls give the options.)
      if (depth >= 2) return false;
      const sites = this.callSitesOf(b.fn).slice(0, 4);
      return sites.length > 0 && sites.every((site) => {
        const a = siteArgs(site)[b.paramIndex!];
        return !!a && a.type !== 'SpreadElement' && this.commanderOptions(a, site.scope, depth + 1);
      });
    }
    const c = this.constInit(o, scope).node;
    const made = c.type === 'CallExpression' && unwrap(c.callee).type === 'MemberExpression' ? memberName(unwrap(c.callee)) : undefined;
    return made === 'opts' || made === 'optsWithGlobals';
  }

  /**
   * What a program sets an option to (`cmd.setOptionValue("tier", v)`, a preAction hook's
   * `actionCommand.setOptionValueWithSource(…)`): commander's options hold it under that key.
   */
  private optionSets(key: string): AV | undefined {
    const sets = this.optionSetTable().get(key);
    return sets ? union(sets.map((x) => this.valueOf(x.node, x.scope))) : undefined;
  }

  /** The values set by key, found once per file by the places the calls are written. */
  private optionSetTable(): ReadonlyMap<string, readonly { node: Node; scope: Scope }[]> {
    if (this.optionValues) return this.optionValues;
    const table = new Map<string, { node: Node; scope: Scope }[]>();
    this.optionValues = table;
    for (const name of ['setOptionValue', 'setOptionValueWithSource']) {
      for (const site of this.methodCalls(name, 64)) {
        // (A key written out: asking the value flow here, inside another value's computation, would change what that computes.)
        const k = site.node.arguments[0] ? staticString(site.node.arguments[0]) : undefined;
        const v = site.node.arguments[1] as Node | undefined;
        if (typeof k !== 'string' || !v || v.type === 'SpreadElement') continue;
        const list = table.get(k) ?? [];
        if (list.length < 8) list.push({ node: v, scope: site.scope });
        table.set(k, list);
      }
    }
    return table;
  }
  private optionValues: Map<string, { node: Node; scope: Scope }[]> | undefined;

  /** `createHash(…).update(v)`, `….digest()`: the digest identifies what was hashed. */
  private hashed(method: string, recv: AV, node: Node, scope: Scope): AV {
    const args = (node.arguments as Node[]).slice(0, 1).map((a) => this.valueOf(a, scope)).filter(isSensed);
    const u = union([recv, ...args]);
    return isSensed(u) ? addStep({ sensed: u.sensed, steps: u.steps }, { role: 'transform', node, note: method === 'digest' ? 'hashes it' : 'feeds it to a hash' }) : EMPTY;
  }

  /** Forgets every value computed so far: what a parameter holds changed. */
  private fnMemberMemo = new Map<Binding, Map<string, AV | null>>();
  private resetValueMemos(): void {
    this.fnMemberMemo.clear();
    this.tagMemo.clear();
    this.memo.clear();
    this.bindingMemo.clear();
    this.cutAt.clear();
    this.bindingCutAt.clear();
    this.ctorWriteMemo.clear();
    this.ownersMemo.clear();
    this.protoMemo.clear();
    this.ownExportMemo.clear();
    this.mixinMemo.clear();
    this.thisOfFunction.clear();
    this.guardMemo.clear();
    this.constMemo.clear();
  }

  giveParam(fn: Node, index: number, field: string | undefined, value: AV): void {
    let m = this.givenParams.get(fn);
    if (!m) this.givenParams.set(fn, (m = new Map()));
    const list = m.get(index) ?? [];
    list.push({ field, value });
    m.set(index, list);
    this.resetValueMemos();
  }

  /**
   * Where a function is called: by its name (a minified `e(…)` is a different function in every
   * other module, so the name must resolve to this binding), or, for a method, by its property
   * name (`o.f(…)`, `this.f(…)`).
   */
  callSitesOf(fn: FunctionInfo): CallSite[] {
    if (fn.name === 'constructor') {
      const made = this.constructorSites(fn);
      if (made.length) return [...made];
    }
    const binding = functionBinding(fn) ?? assignedBinding(fn);
    const out = binding ? this.callsOf(binding, MAX_CALLSITES) : [];
    // `check.call(ctx, v)`, `check.apply(null, [v])`, `Reflect.apply(check, null, [v])`: calls too.
    if (binding && out.length < MAX_CALLSITES) out.push(...this.indirectSites(binding).slice(0, MAX_CALLSITES - out.length));
    if (!binding && fn.node.type !== 'FunctionDeclaration') {
      const iife = this.immediateCall(fn);
      if (iife) return [iife];
      const passed = this.passedSites(fn);
      if (passed.length) return passed;
    }
    // `const c = new Container().register("client", (c) => …)`: named as if wrapped, but handed to a
    // method that keeps it; when the name is never called, where the method calls it.
    if (binding && !out.length && binding.init !== fn.node && binding.node !== fn.node) {
      const passed = this.passedSites(fn);
      if (passed.length) return passed;
    }
    // A function called by its name is rarely also a method: only those with no such call are looked up as `o.f(…)`.
    if (out.length > 0) return out;
    // `compose([senseRegion, gate])`: called where the list's elements are.
    if (binding && binding.kind !== 'param') {
      const listed = this.listedSites(binding);
      if (listed.length) return [...listed];
    }
    // A React component: called by React with the props of each element made of it.
    if (binding && fn.node.params.length <= 2) {
      const rendered = this.elementSites(binding);
      if (rendered.length) return rendered;
    }
    // Called as a method (`o.f(…)`, an exported function `m.f(…)`, also under the name it is
    // exported by): only calls whose callee resolves to it.
    const cached = this.methodSites.get(fn);
    if (cached) return [...cached];
    const sites: CallSite[] = [];
    this.methodSites.set(fn, sites);
    // Handed by its name to a function that calls the parameter it lands in (`createState(setState, getState)`
    // → `get()`); the method calls below are looked up as well (`store.getState()`).
    if (binding && binding.kind !== 'param') sites.push(...this.handedByName(binding));
    // A method whose name is computed (`[_0x4712(0x1b7)]() {…}`, as obfuscators write every one) is called by what it evaluates to.
    const name = fn.name ?? (binding ? undefined : this.computedMethodName(fn));
    if (!name) return [...sites];
    // (A one-letter name of its own says little in minified code; one it is exported under, `module.exports = { q }`, is how importers call it.)
    const names = new Set([...(name.length >= 2 ? [name] : []), ...(binding ? this.exportNames(binding) : [])]);
    for (const name of names) {
      // (A private method's calls, `this.#device()`, are indexed under the name without its `#`.)
      for (const site of this.methodCalls(name.replace(/^#/, ''), MAX_CALLSITES * 4)) {
        if (sites.length >= MAX_CALLSITES) break;
        if (this.valueOf(unwrap(site.node.callee), site.scope).fns?.includes(fn)) sites.push(site);
      }
      // `m.f.call(t, a)`, `m.f.apply(t, [a])`.
      for (const site of this.indirectIndex(`.${name}`).slice(0, MAX_CALLSITES * 4)) {
        if (sites.length >= MAX_CALLSITES) break;
        const object = unwrap(unwrap(site.node.callee).object);
        const target = object.type === 'Identifier' && object.name === 'Reflect' ? site.node.arguments[0] : object;
        if (this.valueOf(target, site.scope).fns?.includes(fn)) sites.push(site);
      }
    }
    // Not called by its key: a handler in a table picked at run time.
    if (!binding && !sites.length) sites.push(...this.tableSites(fn));
    return [...sites];
  }

  /**
   * A closure a factory returns (`function makeMatcher() { return (z) => ZONES.includes(z); }`):
   * called where the factory's result is (`const isBlocked = makeMatcher(); isBlocked(tz)`, or
   * `makeMatcher()(tz)`).
   */
  private returnedSites(fn: FunctionInfo): CallSite[] {
    if (!this.index) return [];
    const root = this.index.root;
    const path = pathTo(root, fn.node);
    const p = path[path.length - 2];
    let outer: Node | undefined;
    if (p && isFunction(p) && p.body === fn.node) outer = p;
    else if (p?.type === 'ReturnStatement') for (let i = path.length - 3; i >= 0 && !outer; i--) if (isFunction(path[i])) outer = path[i];
    const info = outer ? this.facts.functions.get(outer) : undefined;
    if (!info) return [];
    const out: CallSite[] = [];
    for (const site of this.callSitesOf(info).slice(0, 8)) {
      const sp = pathTo(root, site.node);
      let k = sp.length - 2;
      while (k > 0 && (sp[k].type === 'AwaitExpression' || sp[k].type === 'ParenthesizedExpression')) k--;
      const parent = sp[k];
      if (parent?.type === 'CallExpression' && unwrap(parent.callee) === site.node) out.push({ node: parent, scope: site.scope });
      else if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') {
        const b = site.scope.lookup(parent.id.name);
        if (b && !b.assignments) out.push(...this.callsOf(b, MAX_CALLSITES));
      }
      if (out.length >= MAX_CALLSITES) break;
    }
    return out.slice(0, MAX_CALLSITES);
  }

  /**
   * What a call's callee is, as the callee of a call: `checks[kind]`, a member of another
   * module's export picked at run time, is a call of any of its functions (`module:./a.js.checks.*`).
   */
  calleeValue(callee: Node, scope: Scope): AV {
    const f = this.valueOf(callee, scope);
    const c = unwrap(callee);
    if (!f.fns && !f.ref && c.type === 'MemberExpression' && c.computed && f.elementOf?.ref?.startsWith('module:') && !f.elementOf.konst && !f.elementOf.ref.includes('(')) return { ref: `${f.elementOf.ref}.*` };
    return f;
  }

  /** Any function of a table of handlers (`{ region: (v) => …, debug: … }`), for a member picked at run time (`*`). */
  anyMemberOf(v: AV): AV {
    const fns = this.tableFunctions(v);
    return fns.length ? { fns } : EMPTY;
  }

  /**
   * The setter a write of `key` into an instance calls (`s.locale = v` runs `set locale(v)`), in
   * its class or the classes it extends; none when the key is a plain field there.
   */
  setterOf(v: AV, key: string): AV {
    let cls: { node: Node; scope: Scope } | undefined = v.instance ? { node: v.instance.cls, scope: v.instance.scope } : undefined;
    for (let depth = 0; cls && depth < 8; depth++) {
      let shadowed = false;
      for (const m of (cls.node.body?.body ?? []) as Node[]) {
        if ((m.type !== 'MethodDefinition' && m.type !== 'PropertyDefinition') || m.static || this.keyOf(m, cls.scope) !== key) continue;
        // (A field of that name is the instance's own: the write does not reach a setter.)
        if (m.type === 'PropertyDefinition') return EMPTY;
        // (A getter alone shadows the setters of the classes it extends; its own setter may follow.)
        if (m.kind === 'get') {
          shadowed = true;
          continue;
        }
        const info = m.kind === 'set' ? this.facts.functions.get(m.value) : undefined;
        return info ? { fns: [info] } : EMPTY;
      }
      if (shadowed) return EMPTY;
      const sup = cls.node.superClass ? this.valueOf(cls.node.superClass, cls.scope).cls : undefined;
      cls = sup ? { node: sup.node, scope: sup.scope } : undefined;
    }
    return EMPTY;
  }

  /** The functions the object literal a value is holds as its values (a handler table), up to 16. */
  private tableFunctions(v: AV): FunctionInfo[] {
    return this.tableFunctionsOf(v, 16);
  }

  /** The functions the object literal a value is holds as its values, up to `max` (under `keys` only, when given). */
  tableFunctionsOf(v: AV, max: number, keys?: ReadonlySet<string>): FunctionInfo[] {
    const out: FunctionInfo[] = [];
    if (v.obj?.node.type !== 'ObjectExpression') return out;
    for (const p of v.obj.node.properties as Node[]) {
      if (p.type !== 'Property') continue;
      // (A value naming a function, `{ email: gitEmail }`, is that function.)
      const info = isFunction(p.value) ? this.facts.functions.get(p.value) : p.value.type === 'Identifier' ? this.namedFunction(p.value.name, v.obj.scope) : undefined;
      if (!info) continue;
      if (keys && !keys.has(this.keyOf(p, v.obj.scope) ?? '')) continue;
      out.push(info);
      if (out.length >= max) break;
    }
    return out;
  }

  /**
   * `table[k](…)` where the table is the object literal a function is a value of, bound to a name,
   * and k is not a constant naming another entry: a call of each of its functions.
   */
  private tableSites(fn: FunctionInfo): CallSite[] {
    if (!this.index) return [];
    const path = pathTo(this.index.root, fn.node);
    const k = path.length;
    const prop = path[k - 2];
    const obj = path[k - 3];
    const holder = path[k - 4];
    if (prop?.type !== 'Property' || prop.value !== fn.node || obj?.type !== 'ObjectExpression') return [];
    const name = boundName(holder, obj);
    const own = this.keyOf(prop, this.scopeAt(path.slice(0, k - 3)));
    const sites: CallSite[] = [];
    const pick = (m: Node, call: Node | undefined, at: Node[], known?: Scope) => {
      if (m.type !== 'MemberExpression' || !m.computed || call?.type !== 'CallExpression' || call.callee !== m) return;
      const scope = known ?? this.scopeAt(at);
      const key = this.valueOf(m.property, scope).konst?.v;
      if ((typeof key === 'string' || typeof key === 'number') && String(key) !== own) return;
      sites.push({ node: call, scope });
    };
    // `{ … }[k](…)`: a table a minifier put where its one use is.
    if (holder?.type === 'MemberExpression' && holder.object === obj) {
      pick(holder, path[k - 5], path.slice(0, k - 4));
      return sites;
    }
    const binding = name === undefined ? undefined : this.scopeAt(path.slice(0, k - 4)).lookup(name);
    if (!binding) return [];
    // By its name (`checks[k](v)`), and through a module object under the names it is exported by
    // (`probe_.checks[k](v)`, `probe_[_0x1f(3)][k](v)`): kept when the object is this table.
    for (const site of sitesWithin(this.facts.tableCalls?.(binding.name) ?? [], binding)) {
      if (sites.length >= MAX_CALLSITES) break;
      const m = unwrap(site.node.callee);
      if (m.object.type === 'Identifier' && site.scope.lookup(binding.name) === binding) pick(m, site.node, [], site.scope);
    }
    // `const rule = checks[k]; … rule(v)`: the calls of the variable the picked entry is put in.
    // (Assignments `x = t[k]` are everywhere in minified code under a short table name: the first
    // 64 of this table followed, of the first 1024 under its name looked up.)
    let assigned = 0;
    let looked = 0;
    for (const site of sitesWithin(this.facts.tablePicks?.(binding.name) ?? [], binding)) {
      if (sites.length >= MAX_CALLSITES) break;
      const d = site.node;
      // (A default in a pattern, `{ a = t[k] } = o`, that acorn made of an assignment it had recorded: no pick.)
      if (d.type !== 'VariableDeclarator' && d.type !== 'AssignmentExpression') continue;
      if (d.type === 'AssignmentExpression' && (assigned >= 64 || ++looked > 1024)) continue;
      if (site.scope.lookup(binding.name) !== binding) continue;
      if (d.type === 'AssignmentExpression') assigned++;
      const key = this.valueOf((d.type === 'AssignmentExpression' ? d.right : d.init).property, site.scope).konst?.v;
      if ((typeof key === 'string' || typeof key === 'number') && String(key) !== own) continue;
      if (d.type === 'AssignmentExpression') {
        // `(_a = checks[k]) == null ? void 0 : _a.call(checks)`: the temporary is called in the expression that sets it.
        sites.push(...this.tempCalls(d, site.scope, MAX_CALLSITES - sites.length));
        continue;
      }
      const picked = site.scope.lookup(d.id.name);
      if (!picked || picked.assignments) continue;
      for (const call of this.callsOf(picked, MAX_CALLSITES - sites.length)) sites.push(call);
    }
    const { root } = this.index;
    for (const n of this.exportNames(binding)) {
      for (const site of this.facts.tableCalls?.(n) ?? []) {
        if (sites.length >= MAX_CALLSITES) break;
        const m = unwrap(site.node.callee);
        if (m.object.type === 'MemberExpression' && this.valueOf(m.object, site.scope).obj?.node === obj) pick(m, site.node, [], site.scope);
      }
      // `mod[_0x1f(3)][k](v)`: the module object's member named through a string decoder.
      for (const target of this.hiddenMembers(n).slice(0, 64)) {
        if (sites.length >= MAX_CALLSITES) break;
        const at = pathTo(root, target);
        const m = at[at.length - 2];
        if (m?.type !== 'MemberExpression' || m.object !== target) continue;
        if (this.valueOf(target, this.scopeAt(at.slice(0, -1))).obj?.node !== obj) continue;
        pick(m, at[at.length - 3], at.slice(0, -1));
      }
    }
    return sites;
  }

  /**
   * The calls of the variable `set` assigns (`_a = v`) made in the expression around that assignment
   * (`(_a = v) === null || _a === void 0 ? void 0 : _a.call(t)`, `_a(x)`): what a compiler's temporary
   * holds where it is used, however often the function assigns it elsewhere. Bounded by the
   * expression's size.
   */
  private tempCalls(set: Node, scope: Scope, limit: number): CallSite[] {
    if (!this.index || limit <= 0 || set.left.type !== 'Identifier') return [];
    const name = set.left.name as string;
    const b = scope.lookup(name);
    const path = pathTo(this.index.root, set);
    let k = path.length - 1;
    while (k > 0 && EXPRESSION_AROUND.has(path[k - 1].type)) k--;
    const top = path[k];
    if (top === set || top.end - top.start > 2000) return [];
    const out: CallSite[] = [];
    forEachDescendant(top, (n) => {
      if (out.length >= limit || n.type !== 'CallExpression' || n.start < set.end) return;
      const c = unwrap(n.callee);
      const method = c.type === 'MemberExpression' && !c.computed && /^(call|apply)$/.test(c.property.name) ? (c.property.name as string) : undefined;
      const target = method ? unwrap(c.object) : c;
      if (target.type !== 'Identifier' || target.name !== name) return;
      const at = this.scopeAt(pathTo(this.index!.root, n));
      if (at.lookup(name) !== b) return;
      const site = method ? this.throughFunction(n, at, method)?.site : { node: n, scope: at };
      if (site) out.push(site);
    });
    return out;
  }

  /** A method's name: the one it is written with, or its computed key evaluated (`async [_0x5b(0x193)](…)`). */
  methodName(fn: FunctionInfo): string | undefined {
    return fn.name ?? (functionBinding(fn) ? undefined : this.computedMethodName(fn));
  }

  /** The name a method or property written with a computed key gives its function, evaluated. */
  private computedMethodName(fn: FunctionInfo): string | undefined {
    if (!this.index || fn.node.type === 'FunctionDeclaration') return undefined;
    const path = pathTo(this.index.root, fn.node);
    const owner = path[path.length - 2];
    if ((owner?.type !== 'MethodDefinition' && owner?.type !== 'Property') || !owner.computed || owner.value !== fn.node) return undefined;
    return this.keyOf(owner, this.scopeAt(path.slice(0, -2)));
  }

  /** The names a binding is exported or stored under: `{ k: f }`, `{ k: () => f }`, `o.k = f`. */
  private exportNames(b: Binding): string[] {
    const out: string[] = [];
    for (const site of sitesWithin(this.facts.aliasSites?.(b.name) ?? [], b)) {
      const n = site.node;
      if (n.type === 'AssignmentExpression') {
        if (site.scope.lookup(b.name) !== b) continue;
        const k = this.nameOf(n.left, site.scope);
        if (k) out.push(k);
      } else if (n.type === 'Property') {
        // `{ k: name }` is in the object's scope; `{ k: () => name }` looks the name up from the arrow.
        const scope = n.value.type === 'ArrowFunctionExpression' ? this.scopeOf(n.value) ?? site.scope : site.scope;
        if (scope.lookup(b.name) !== b) continue;
        const k = this.keyOf(n, site.scope);
        if (k) out.push(k);
      }
      if (out.length >= 4) break;
    }
    return out;
  }

  /** Whether a call is an iteration over its receiver (`some`, `map`, … also when the name is computed). */
  iterates(call: Node, scope: Scope): boolean {
    const m = this.methodOf(call, scope);
    return m !== undefined && ITERATION_METHODS.has(m);
  }

  /** Whether a call is a fold of its receiver (`reduce`, `reduceRight`). */
  private reduces(call: Node, scope: Scope): boolean {
    const m = this.methodOf(call, scope);
    return m === 'reduce' || m === 'reduceRight';
  }

  /** The method a call calls, also when its name is computed from a constant. */
  private methodOf(call: Node, scope: Scope): string | undefined {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const m = memberName(callee);
    if (m !== undefined || !callee.computed) return m;
    const k = this.valueOf(callee.property, scope).konst?.v;
    return typeof k === 'string' ? k : undefined;
  }

  /**
   * A function handed to an immediately called one and called there through its parameter (a UMD
   * wrapper's `factory(require("a"), …)`): those calls.
   */
  private passedSites(fn: FunctionInfo): CallSite[] {
    if (!this.index) return [];
    const hit = this.passedCache.get(fn);
    if (hit) return hit;
    const out = this.findPassedSites(fn);
    this.passedCache.set(fn, out);
    return out;
  }

  private findPassedSites(fn: FunctionInfo): CallSite[] {
    const path = pathTo(this.index!.root, fn.node);
    // `var o; … o = (e, t) => { … }`: a function assigned once to a name (as a minifier merges
    // declarations), called by that name.
    const holder = path[path.length - 2];
    if (holder?.type === 'AssignmentExpression' && holder.operator === '=' && holder.right === fn.node && holder.left.type === 'Identifier') {
      const b = this.scopeAt(path.slice(0, -1)).lookup(holder.left.name);
      const calls = b && !b.init && b.assignments?.length === 1 && (b.kind === 'var' || b.kind === 'let') ? this.callsOf(b, MAX_CALLSITES) : [];
      if (calls.length) return calls;
    }
    const b = this.parameterFor(path[path.length - 2], fn.node);
    if (b) return this.callsOf(b, MAX_CALLSITES);
    const named = this.namedParameterFor(path[path.length - 2], fn.node, path);
    const calledBack = named ? this.forwardedCalls(named, 3) : [];
    if (calledBack.length) return calledBack;
    // `registry.register("clock", () => …)`: called where the method that takes it calls its
    // parameter, or calls what a Map it stores the parameter in gives back.
    const taken = this.methodParameterFor(path[path.length - 2], fn.node, path);
    if (taken) {
      const calls = this.forwardedCalls(taken, 3);
      const found = calls.length ? calls : this.storedSites(taken);
      if (found.length) return found;
    }
    const outer = path[path.length - 2];
    // `useMemo(() => v, [])`: run by the hook, whose call gives what it returns.
    if (outer?.type === 'CallExpression' && unwrap(outer.arguments[0]) === fn.node && reactHook(outer) === 'useMemo') return [{ node: outer, scope: this.scopeAt(path.slice(0, -1)) }];
    // `const save = useCallback((v) => …, [])`: called where `save` is.
    if (outer?.type === 'CallExpression' && unwrap(outer.arguments[0]) === fn.node && reactHook(outer) === 'useCallback') {
      const holder = path[path.length - 3];
      const id = holder?.type === 'VariableDeclarator' ? holder.id : holder?.type === 'AssignmentExpression' && holder.right === outer ? holder.left : undefined;
      const hb = id?.type === 'Identifier' ? this.scopeAt(path.slice(0, -2)).lookup(id.name) : undefined;
      return hb ? this.callsOf(hb, MAX_CALLSITES) : [];
    }
    if (path[path.length - 2]?.type === 'ArrayExpression') return this.listSites(path);
    // `checks.push(function () { … })`: called where the list's elements are.
    const adder = path[path.length - 2];
    if (adder?.type === 'CallExpression' && (adder.arguments as Node[]).includes(fn.node) && unwrap(adder.callee).type === 'MemberExpression') {
      const callee = unwrap(adder.callee);
      const m = memberName(callee);
      const list = (m === 'push' || m === 'unshift') && unwrap(callee.object).type === 'Identifier' ? this.scopeAt(path.slice(0, -1)).lookup(unwrap(callee.object).name) : undefined;
      if (list && !list.path) return this.elementCalls(list, MAX_CALLSITES);
    }
    const listen = path[path.length - 2];
    return listen?.type === 'CallExpression' && listen.arguments[1] === fn.node ? this.emitsFor(listen, this.scopeAt(path.slice(0, -1))) : [];
  }

  /**
   * An event emitter's listener (`bus.on("ready", (id) => …)`, `once`, `addListener`): it is
   * called by the emits of that event on the same emitter (`bus.emit("ready", id)`), with the
   * arguments after the event's name.
   */
  emitsFor(listen: Node, scope: Scope): CallSite[] {
    const on = this.eventOf(listen, scope, LISTENS);
    if (!on) return [];
    const out: CallSite[] = [];
    for (const site of this.methodCalls('emit', MAX_CALLSITES * 4)) {
      const e = this.eventOf(site.node, site.scope, EMITS);
      if (!sameIdentity(e?.emitter, on.emitter) || e!.event !== on.event) continue;
      out.push({ node: site.node, scope: site.scope, shift: 1 });
      if (out.length >= MAX_CALLSITES) break;
    }
    return out;
  }

  /** The method call a function literal is argument `at` of (`p.then(fn)`, `bus.on("e", fn)`), with the method's name. */
  private handedTo(fn: FunctionInfo, at: number, known?: Node[]): { call: Node; callee: Node; method: string | undefined; scope: Scope } | undefined {
    if (!this.index) return undefined;
    const path = known ?? pathTo(this.index.root, fn.node);
    const call = path[path.length - 2];
    if (call?.type !== 'CallExpression' || call.arguments[at] !== fn.node) return undefined;
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const scope = this.scopeAt(path.slice(0, -1));
    return { call, callee, method: this.nameOf(callee, scope), scope };
  }

  /**
   * The listeners of `event` on an emitter (`bus.on("config", (cfg) => …)`, `once`, …), the
   * emitter known by the `new` that made it, else by the variable that holds it: what another
   * module's `bus.emit("config", cfg)` calls. At most eight.
   */
  listenersOn(emitter: AV, holder: Binding | undefined, event: string): FunctionInfo[] {
    const id = emitterIdentity(emitter, holder);
    if (!id) return [];
    const out: FunctionInfo[] = [];
    for (const name of LISTENS) {
      for (const site of this.methodCalls(name, MAX_CALLSITES * 4)) {
        const e = this.eventOf(site.node, site.scope, LISTENS);
        const fn = site.node.arguments[1] as Node | undefined;
        if (!e || !sameIdentity(e.emitter, id) || e.event !== event || !fn || fn.type === 'SpreadElement') continue;
        const f = unwrap(fn);
        const info = isFunction(f) ? this.facts.functions.get(f) : this.valueOf(fn, site.scope).fns?.[0];
        if (info && !out.includes(info)) out.push(info);
        if (out.length >= 8) return out;
      }
    }
    return out;
  }

  /**
   * What the emits of `event` on an emitter pass its listeners' parameter `index`: the emitter known
   * by the `new` that made it, else by the variable that holds it (for another module's listener).
   */
  emitted(emitter: AV, holder: Binding | undefined, event: string, index: number | '*'): AV {
    const id = emitterIdentity(emitter, holder);
    if (!id) return EMPTY;
    const parts: AV[] = [];
    for (const site of this.methodCalls('emit', MAX_CALLSITES * 4)) {
      const e = this.eventOf(site.node, site.scope, EMITS);
      if (!e || !sameIdentity(e.emitter, id) || e.event !== event) continue;
      // (`*`: what `events.on` yields each emit's arguments as, one list: only an emit with one value
      // after the name, whose list is that value, since which element a listener takes apart is not
      // kept; only what is sensed of it.)
      const args = (index === '*' ? (site.node.arguments.length === 2 ? [site.node.arguments[1]] : []) : [site.node.arguments[index + 1]]) as (Node | undefined)[];
      for (const arg of args) {
        if (!arg || arg.type === 'SpreadElement') continue;
        const v = this.valueOf(arg, site.scope);
        if (index !== '*') parts.push(v);
        else if (isSensed(v)) parts.push(addStep({ sensed: v.sensed, steps: v.steps }, { role: 'transform', node: site.node, note: `emitted as "${event}"` }));
      }
      if (parts.length >= MAX_CALLSITES) break;
    }
    return union(parts);
  }

  /**
   * A listener on another module's emitter (`import { bus } …; bus.on("ready", (id) => …)`): what
   * that module's emits pass it, as it answered, else the reference to ask it by.
   */
  private emittedElsewhere(fn: FunctionInfo, index: number): AV | undefined {
    const h = this.handedTo(fn, 1);
    if (!h || !LISTENS.has(h.method ?? '')) return undefined;
    const { call: listen, callee, scope } = h;
    const event = this.constant(listen.arguments[0], scope)?.v;
    const ref = typeof event === 'string' ? this.valueOf(unwrap(callee.object), scope).ref : undefined;
    if (!ref || !ref.startsWith('module:') || ref.includes('(')) return undefined;
    const asked = `${ref}.${emitStep(event as string, index)}()`;
    return this.linkedValue(asked, listen) ?? { ref: asked };
  }

  /**
   * A callback handed to another module's function (`import { probe } …; probe((err, v) => …)`):
   * what that function passes it, as that module answered, else the reference to ask it by.
   */
  private calledBackElsewhere(fn: FunctionInfo, index: number): AV | undefined {
    if (!this.index) return undefined;
    const path = pathTo(this.index.root, fn.node);
    const call = path[path.length - 2];
    if (call?.type !== 'CallExpression') return undefined;
    const at = (call.arguments as Node[]).indexOf(fn.node);
    if (at < 0 || at > 7) return undefined;
    const ref = this.calleeValue(unwrap(call.callee), this.scopeAt(path.slice(0, -1))).ref;
    // (A function another module exports, not something a call of it gave.)
    if (!ref || !ref.startsWith('module:') || ref.includes('(')) return undefined;
    const asked = `${ref}.${callbackStep(at, index)}()`;
    return this.linkedValue(asked, call) ?? { ref: asked };
  }

  /** What the functions of `v` pass, as argument `index`, to the function they are handed as argument `at` (`callback(null, value)`). */
  calledBack(v: AV, at: number, index: number): AV {
    const parts: AV[] = [];
    if (!this.index) return EMPTY;
    for (const fn of (v.fns ?? []).slice(0, 3)) {
      const p = (fn.node.params as Node[])[at];
      const b = p?.type === 'Identifier' ? fn.scope.own(p.name) : undefined;
      if (!b) continue;
      for (const ref of this.references(b)) {
        const call = ref.path[ref.path.length - 2];
        if (call?.type !== 'CallExpression' || call.callee !== ref.node) continue;
        const arg = (call.arguments as Node[])[index];
        if (!arg || arg.type === 'SpreadElement') continue;
        parts.push(this.valueOf(arg, this.scopeAt(pathTo(this.index!.root, call))));
        if (parts.length >= MAX_CALLSITES) break;
      }
    }
    return union(parts);
  }

  /** The listeners an emit calls (`bus.emit("ready", id)` → the functions of `bus.on("ready", fn)`). */
  listenersFor(emit: Node, scope: Scope): Node[] {
    const at = this.eventOf(emit, scope, EMITS);
    if (!at) return [];
    const out: Node[] = [];
    for (const name of LISTENS) {
      for (const site of this.methodCalls(name, MAX_CALLSITES * 4)) {
        const fn = site.node.arguments[1];
        const on = fn ? this.eventOf(site.node, site.scope, LISTENS) : undefined;
        if (!on || !sameIdentity(on.emitter, at.emitter) || on.event !== at.event) continue;
        out.push(fn);
        if (out.length >= 8) return out;
      }
    }
    return out;
  }

  /** `x.m("event", …)` with m one of `methods`: the emitter it is called on and the event's name. */
  private eventOf(call: Node, scope: Scope, methods: ReadonlySet<string>): { emitter: Identity; event: string } | undefined {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || !call.arguments[0] || !methods.has(this.nameOf(callee, scope) ?? '')) return undefined;
    const event = this.constant(call.arguments[0], scope)?.v;
    const emitter = typeof event === 'string' ? this.identityOf(unwrap(callee.object), scope) : undefined;
    return emitter === undefined ? undefined : { emitter, event: event as string };
  }

  /** What the emits of `event` on `emitter` give as their arguments, when one of them is sensed (each emit's list of them, as `events.on` yields it). */
  private emittedTo(emitter: Node, event: Node, scope: Scope): AV | undefined {
    const name = this.constant(event, scope)?.v;
    const on = typeof name === 'string' ? this.identityOf(unwrap(emitter), scope) : undefined;
    if (!on) return undefined;
    const parts: AV[] = [];
    for (const site of this.methodCalls('emit', MAX_CALLSITES * 4)) {
      const e = this.eventOf(site.node, site.scope, EMITS);
      if (!sameIdentity(e?.emitter, on) || e!.event !== name) continue;
      // (An emit with one value after the name: which element of several a listener takes apart is not kept.)
      for (const a of site.node.arguments.length === 2 ? [site.node.arguments[1] as Node] : []) {
        const v = a.type === 'SpreadElement' ? EMPTY : this.valueOf(a, site.scope);
        if (isSensed(v)) parts.push(addStep({ sensed: v.sensed, steps: v.steps }, { role: 'transform', node: site.node, note: `emitted as "${name}"` }));
      }
      if (parts.length >= 8) break;
    }
    if (parts.length) return union(parts);
    // An emitter of another module: one it exports, or an instance of a class it exports
    // (`new NetworkWatcher().start()` whose method does `this.emit("ssid", name)`): what its emits
    // there give, as that module answered, else the reference to ask it by.
    const ref = this.valueOf(unwrap(emitter), scope).ref;
    if (!ref?.startsWith('module:')) return undefined;
    const asked = `${ref}.${emitStep(name as string, '*')}()`;
    return this.linkedValue(asked, event) ?? { ref: asked };
  }

  /**
   * `als.getStore()` of a Node AsyncLocalStorage: what `als.run(store, fn)` and `als.enterWith(store)`
   * put in that same storage (the code run inside reads it).
   */
  contextStores(getStore: Node, scope: Scope): CallSite[] {
    const callee = unwrap(getStore.callee);
    const id = callee.type === 'MemberExpression' ? this.identityOf(unwrap(callee.object), scope) : undefined;
    if (id === undefined) return [];
    const out: CallSite[] = [];
    for (const name of ['run', 'enterWith']) {
      for (const site of this.methodCalls(name, MAX_CALLSITES * 4)) {
        const c = unwrap(site.node.callee);
        if (!site.node.arguments[0] || c.type !== 'MemberExpression' || !sameIdentity(this.identityOf(unwrap(c.object), site.scope), id)) continue;
        out.push(site);
        if (out.length >= 8) return out;
      }
    }
    return out;
  }

  /** The reads (`als.getStore()`) of the storage `als.run(store, fn)` or `als.enterWith(store)` puts a store in. */
  contextReads(put: Node, scope: Scope): CallSite[] {
    const callee = unwrap(put.callee);
    const id = callee.type === 'MemberExpression' ? this.identityOf(unwrap(callee.object), scope) : undefined;
    if (id === undefined) return [];
    const out: CallSite[] = [];
    for (const site of this.methodCalls('getStore', MAX_CALLSITES * 4)) {
      const c = unwrap(site.node.callee);
      if (c.type !== 'MemberExpression' || !sameIdentity(this.identityOf(unwrap(c.object), site.scope), id)) continue;
      out.push(site);
      if (out.length >= 16) break;
    }
    return out;
  }

  /** What names an object, for telling whether two calls are on the same one (an emitter, a storage): the `new` that made it, its class, its variable, or the field that holds it (`this.events`). */
  private identityOf(recv: Node, scope: Scope): Identity | undefined {
    const v = this.valueOf(recv, scope);
    const field = recv.type === 'MemberExpression' ? this.nameOf(recv, scope) : undefined;
    const other = recv.type === 'Identifier' ? scope.lookup(recv.name) : field !== undefined ? `.${field}` : undefined;
    return v.made || v.instance || other ? { made: v.made, cls: v.instance?.cls, other } : undefined;
  }

  /**
   * A function in a list of functions (`const contributors = [function base() {…}, …]`): called
   * where the list is iterated, through the callback's element parameter
   * (`contributors.reduce((acc, f) => ({ ...acc, ...f(env) }), {})`) or a for…of loop's variable.
   */
  private listSites(path: Node[]): CallSite[] {
    const decl = path[path.length - 3];
    if (decl?.type !== 'VariableDeclarator' || decl.id.type !== 'Identifier' || decl.init !== path[path.length - 2]) return [];
    const list = this.scopeAt(path.slice(0, -3)).lookup(decl.id.name);
    return list ? this.elementCalls(list, MAX_CALLSITES) : [];
  }

  private listedCache = new Map<Binding, CallSite[]>();
  /**
   * A named function kept in a list literal (`compose([senseRegion, gate, handler])`, `const steps =
   * [fill, gate]`): called where the list's elements are, the list held by a name or by the
   * parameter of the function it is passed to.
   */
  private listedSites(fn: Binding): CallSite[] {
    const hit = this.listedCache.get(fn);
    if (hit) return hit;
    const out: CallSite[] = [];
    this.listedCache.set(fn, out);
    // (Found from the lists the parse recorded by the names in them: most functions are in none.)
    for (const site of sitesWithin(this.facts.listSites?.(fn.name) ?? [], fn).slice(0, 16)) {
      if (!this.index || site.scope.lookup(fn.name) !== fn) continue;
      const arr = site.node;
      const path = pathTo(this.index.root, arr);
      const holder = path[path.length - 2];
      let list: Binding | undefined;
      if (holder?.type === 'VariableDeclarator' && holder.init === arr && holder.id.type === 'Identifier') list = this.scopeAt(path.slice(0, -2)).lookup(holder.id.name);
      else if (holder?.type === 'CallExpression' && (holder.arguments as Node[]).includes(arr)) list = this.namedParameterFor(holder, arr, path);
      if (list && list !== fn) out.push(...this.elementCalls(list, MAX_CALLSITES - out.length));
      if (out.length >= MAX_CALLSITES) break;
    }
    return out;
  }

  /** Where a list's elements are called: `list[i](…)`, `for (const f of list) f(…)`, `list.forEach((f) => f(…))`. */
  private elementCalls(list: Binding, limit: number): CallSite[] {
    const out: CallSite[] = [];
    for (const ref of this.references(list).slice(0, 32)) {
      const parent = ref.path[ref.path.length - 2];
      let each: Binding | undefined;
      if (parent?.type === 'MemberExpression' && parent.object === ref.node && parent.computed) {
        const call = ref.path[ref.path.length - 3];
        if (call?.type === 'CallExpression' && call.callee === parent && out.length < limit) out.push({ node: call, scope: this.scopeAt(ref.path.slice(0, -2)) });
        // `let fn = middleware[i]; … fn(ctx, next)`, as koa-compose writes it: the name's calls.
        if (call?.type === 'VariableDeclarator' && call.init === parent && call.id.type === 'Identifier') each = this.scopeAt(ref.path.slice(0, -3)).lookup(call.id.name);
        // `list[i].call(group, …)`, `list[i].apply(group, […])`: called with a `this` of its own.
        const outer = ref.path[ref.path.length - 4];
        if (call?.type === 'MemberExpression' && call.object === parent && outer?.type === 'CallExpression' && outer.callee === call && out.length < limit) {
          const through = this.throughFunction(outer, this.scopeAt(ref.path.slice(0, -3)));
          if (through && unwrap(through.target) === parent) out.push(through.site);
        }
      } else if (parent?.type === 'MemberExpression' && parent.object === ref.node && !parent.computed) {
        const call = ref.path[ref.path.length - 3];
        const m = memberName(parent);
        const cb = call?.type === 'CallExpression' && call.callee === parent ? unwrap(call.arguments[0] ?? call) : undefined;
        const info = cb && isFunction(cb) ? this.facts.functions.get(cb) : undefined;
        const param = info && m && ITERATES_ELEMENTS.has(m) ? (cb!.params as Node[])[m === 'reduce' || m === 'reduceRight' ? 1 : 0] : undefined;
        if (param?.type === 'Identifier') each = info!.scope.lookup(param.name);
      } else if (parent?.type === 'ForOfStatement' && parent.right === ref.node) {
        const left = parent.left.type === 'VariableDeclaration' ? parent.left.declarations[0]?.id : parent.left;
        if (left?.type === 'Identifier') each = this.scopeAt([...ref.path.slice(0, -1), parent.body]).lookup(left.name);
      }
      // (`checks.forEach((c, i) => c.call(GROUPS[i]))`: called with a `this` of its own too.)
      if (each) out.push(...this.callsOf(each, limit - out.length), ...this.indirectSites(each).slice(0, Math.max(0, limit - out.length)));
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Calls of a parameter, also when the function only hands it on to another function of the file
   * (`createStore(fn)` → `createStoreImpl(fn)` → `fn(set, get)`), up to `depth` hops.
   */
  private forwardedCalls(b: Binding, depth: number): CallSite[] {
    const calls = this.callsOf(b, MAX_CALLSITES);
    if (calls.length || depth <= 0 || !this.index) return calls;
    const out: CallSite[] = [];
    for (const ref of referencesOf(b, this.index, 16)) {
      const call = ref.path[ref.path.length - 2];
      if (call?.type !== 'CallExpression' || !(call.arguments as Node[]).includes(ref.node)) continue;
      const next = this.paramAt(call, this.scopeAt(ref.path.slice(0, -1)), (call.arguments as Node[]).indexOf(ref.node));
      if (next && next !== b) out.push(...this.forwardedCalls(next, depth - 1));
      if (out.length >= MAX_CALLSITES) break;
    }
    return out.slice(0, MAX_CALLSITES);
  }

  /**
   * Where a function handed by its name to another function of the file is called: the calls of the
   * parameter it lands in (`createState(setState, getState)` → `set({ zone })`, `get()`), also when
   * that function hands it on. Only calls of a plain name: a method (`.then(f)`, `.map(f)`) is a
   * library's, whose calls are not in the file.
   */
  private handedByName(b: Binding): CallSite[] {
    const handed = this.facts.handedSites?.(b.name);
    if (!handed?.length) return [];
    const out: CallSite[] = [];
    const sites = sitesWithin(handed, b);
    for (let i = 0; i < sites.length && i < 16; i++) {
      const { node: call, scope } = sites[i];
      if (scope.lookup(b.name) !== b) continue;
      const next = this.paramAt(call, scope, (call.arguments as Node[]).findIndex((a) => a.type === 'Identifier' && a.name === b.name));
      if (next) out.push(...this.forwardedCalls(next, 2));
      // Handed to a function that gives it back (esbuild's `__privateMethod(this, _m, fn).call(this)`,
      // any `(o, k, f) => (check(o, k), f)`): called where that call's value is.
      if (next && givesBack(next)) out.push(...this.callsOfValue(call, scope));
      if (out.length >= MAX_CALLSITES) break;
    }
    return out.slice(0, MAX_CALLSITES);
  }

  /** Where the function a call gives is called at once: `g(…)(a)`, `g(…).call(t, a)`, `g(…).apply(t, [a])`. */
  private callsOfValue(call: Node, scope: Scope): CallSite[] {
    if (!this.index) return [];
    const path = pathTo(this.index.root, call);
    let at = path.length - 1;
    while (at > 0 && (path[at - 1].type === 'ParenthesizedExpression' || (path[at - 1].type === 'SequenceExpression' && path[at - 1].expressions.at(-1) === path[at]))) at--;
    const parent = path[at - 1];
    if (parent?.type === 'CallExpression' && parent.callee === path[at]) return [{ node: parent, scope }];
    const grand = path[at - 2];
    if (parent?.type === 'MemberExpression' && parent.object === path[at] && grand?.type === 'CallExpression' && grand.callee === parent) {
      const through = this.throughFunction(grand, scope);
      if (through) return [through.site];
    }
    return [];
  }

  /** The parameter that receives `arg` when `call` calls a function literal (`(function (p) { … })(arg)`). */
  private parameterFor(call: Node | undefined, arg: Node): Binding | undefined {
    if (call?.type !== 'CallExpression') return undefined;
    const at = (call.arguments as Node[]).indexOf(arg);
    const callee = unwrap(call.callee);
    if (at < 0 || !isFunction(callee)) return undefined;
    const param = (callee.params as Node[])[at];
    const info = this.facts.functions.get(callee);
    const b = param?.type === 'Identifier' && info ? info.scope.lookup(param.name) : undefined;
    return b?.kind === 'param' ? b : undefined;
  }

  /**
   * The parameter of a function of this file, called by its name, that a call passes `arg` to
   * (`probe((err, v) => …)` with `function probe(callback) { … callback(null, v) }`): a Node-style
   * callback, called where that parameter is.
   */
  private namedParameterFor(call: Node | undefined, arg: Node, path: Node[]): Binding | undefined {
    if (call?.type !== 'CallExpression' || unwrap(call.callee).type !== 'Identifier') return undefined;
    const at = (call.arguments as Node[]).indexOf(arg);
    if (at < 0) return undefined;
    const fn = this.valueOf(call.callee, this.scopeAt(path.slice(0, -1))).fns?.[0];
    const param = fn ? (fn.node.params as Node[])[at] : undefined;
    const b = param?.type === 'Identifier' ? fn!.scope.own(param.name) : undefined;
    return b?.kind === 'param' ? b : undefined;
  }

  /** The parameter of a method of this file that a call passes `arg` to (`c.register(name, factory)`). */
  private methodParameterFor(call: Node | undefined, arg: Node, path: Node[]): Binding | undefined {
    if (call?.type !== 'CallExpression' || unwrap(call.callee).type !== 'MemberExpression') return undefined;
    const at = (call.arguments as Node[]).indexOf(arg);
    if (at < 0) return undefined;
    return this.paramAt(call, this.scopeAt(path.slice(0, -2)), at);
  }

  /** The parameter at position `at` of the one function of the file `call` calls (none for a parameter taken apart by a pattern). */
  private paramAt(call: Node, scope: Scope, at: number): Binding | undefined {
    const fns = this.calleeValue(unwrap(call.callee), scope).fns;
    if (fns?.length !== 1) return undefined;
    const param = (fns[0].node.params as Node[])[at];
    const b = param?.type === 'Identifier' ? fns[0].scope.lookup(param.name) : undefined;
    return b?.kind === 'param' ? b : undefined;
  }

  /**
   * A parameter a function stores in a Map (`this.#factories.set(name, factory)`): called where
   * what the same Map gives back is (`this.#factories.get(name)(this)`).
   */
  private storedSites(b: Binding): CallSite[] {
    if (!this.index) return [];
    const root = this.index.root;
    const out: CallSite[] = [];
    for (const ref of this.references(b).slice(0, 16)) {
      const set = ref.path[ref.path.length - 2];
      const c = set?.type === 'CallExpression' ? unwrap(set.callee) : undefined;
      if (c?.type !== 'MemberExpression' || set.arguments[1] !== ref.node || memberName(c) !== 'set') continue;
      const holder = unwrap(c.object);
      const map = this.mapMade(holder, this.scopeAt(pathTo(root, set)));
      if (!map) continue;
      // (Every get() of the file, the ones on a holder written the same way first: a bundle has thousands.)
      const text = this.index.text;
      const written = text.slice(holder.start, holder.end);
      let looked = 0;
      for (const site of this.methodCalls('get', Infinity)) {
        const g = unwrap(site.node.callee);
        if (g.type !== 'MemberExpression') continue;
        const o = unwrap(g.object);
        if (o.end - o.start !== written.length || text.slice(o.start, o.end) !== written) continue;
        if (++looked > 64) break;
        if (this.mapMade(o, site.scope) !== map) continue;
        const gp = pathTo(root, site.node);
        const parent = gp[gp.length - 2];
        if (parent?.type === 'CallExpression' && unwrap(parent.callee) === site.node) out.push({ node: parent, scope: site.scope });
        if (out.length >= MAX_CALLSITES) return out;
      }
    }
    return out;
  }

  /** The `new Map()` a variable or a field holds, when one `new` made it. */
  private mapMade(n: Node, scope: Scope): Node | undefined {
    let made: Node | undefined;
    if (n.type === 'Identifier') {
      const vb = scope.lookup(n.name);
      made = vb ? soleValue(vb) : undefined;
    } else if (n.type === 'MemberExpression') made = this.valueOf(n, scope).made;
    return made?.type === 'NewExpression' && unwrap(made.callee).type === 'Identifier' && /^(Map|WeakMap)$/.test(unwrap(made.callee).name) ? made : undefined;
  }

  /** `(function (x) { … })(arg)`, also through `.call(this, arg)`: the function's one call. */
  private immediateCall(fn: FunctionInfo): CallSite | undefined {
    if (!this.index) return undefined;
    if (this.iifeCache.has(fn)) return this.iifeCache.get(fn);
    let site: CallSite | undefined;
    const path = pathTo(this.index.root, fn.node);
    let i = path.length - 2;
    while (i > 0 && (path[i].type === 'ParenthesizedExpression' || (path[i].type === 'SequenceExpression' && path[i].expressions[path[i].expressions.length - 1] === path[i + 1]))) i--;
    const p = path[i];
    if (p?.type === 'CallExpression' && unwrap(p.callee) === fn.node) site = { node: p, scope: this.scopeAt(path.slice(0, i + 1)) };
    else if (p?.type === 'MemberExpression' && p.object === path[i + 1] && (memberName(p) === 'call' || memberName(p) === 'apply') && path[i - 1]?.type === 'CallExpression') {
      // `.call(thisArg, a, b)`: the arguments after thisArg (apply's array is not spread here).
      const call = path[i - 1];
      if (memberName(p) === 'call') site = { node: { ...call, arguments: call.arguments.slice(1) }, scope: this.scopeAt(path.slice(0, i)) };
      // `.apply(thisArg, [a, b])` with its list written out (as a minifier leaves an inlined helper).
      else site = this.throughFunction(call, this.scopeAt(path.slice(0, i)), 'apply')?.site;
    } else if (p?.type === 'CallExpression' && p.arguments[0] === path[i + 1] && unwrap(p.callee).type === 'MemberExpression' && memberName(unwrap(p.callee)) === 'apply') {
      // `Reflect.apply(function (v) { … }, thisArg, [a])`.
      const through = this.throughFunction(p, this.scopeAt(path.slice(0, i + 1)), 'apply');
      if (through?.target === path[i + 1]) site = through.site;
    }
    this.iifeCache.set(fn, site);
    return site;
  }

  /**
   * A function kept in a table and called through it (`table[id](module, exports, require)`,
   * webpack's module factories, handler maps): the calls that index the table.
   */
  private dispatchSites(fn: FunctionInfo): CallSite[] {
    if (!this.index) return [];
    const hit = this.dispatchCache.get(fn);
    if (hit) return hit;
    const sites = this.findDispatchSites(fn);
    this.dispatchCache.set(fn, sites);
    return sites;
  }

  /**
   * A class constructor is called by `new C(…)`: the sites where its class, by the name it is
   * declared or assigned under, is constructed (`constructor({ provider, context })` takes what
   * each passes).
   */
  private constructorSites(fn: FunctionInfo): CallSite[] {
    if (!this.index) return [];
    const path = pathTo(this.index.root, fn.node);
    const k = path.length;
    const method = path[k - 2];
    const cls = path[k - 4];
    if (method?.type !== 'MethodDefinition' || method.kind !== 'constructor' || (cls?.type !== 'ClassDeclaration' && cls?.type !== 'ClassExpression')) return [];
    return this.instanceSites(cls);
  }

  /** Where a class is constructed (`new C(…)`, `new mod_.C(…)`, an inlined `new class {…}(…)`), up to MAX_CALLSITES. */
  instanceSites(cls: Node): CallSite[] {
    let sites = this.ctorSites.get(cls);
    if (sites) return sites;
    sites = [];
    this.ctorSites.set(cls, sites);
    if (!this.index) return sites;
    const path = pathTo(this.index.root, cls);
    const k = path.length;
    const outer = this.scopeAt(path.slice(0, k - 1));
    const holder = path[k - 2];
    // `new class { constructor(…) {…} }(…)`: a minifier's inlined single use.
    if (holder?.type === 'NewExpression' && holder.callee === cls) {
      sites.push({ node: holder, scope: outer });
      return sites;
    }
    // (Also a plain function used as a class: `function Client(user) { this.user = user }`.)
    const name = cls.type === 'ClassDeclaration' || cls.type === 'FunctionDeclaration' ? cls.id?.name : boundName(holder, cls);
    const binding = name === undefined ? undefined : outer.lookup(name);
    if (!binding) return sites;
    for (const site of sitesWithin(this.facts.constructions?.(binding.name) ?? [], binding)) {
      if (sites.length >= MAX_CALLSITES) break;
      if (site.scope.lookup(binding.name) === binding) sites.push(site);
    }
    // Exported, and made through the module object (`new probe_.Client(…)`, webpack's, esbuild's).
    for (const k of new Set([name!, ...this.exportNames(binding)])) {
      for (const site of [...(this.facts.memberConstructions?.(k) ?? []), ...this.hiddenMethodCalls(k).filter((s) => s.node.type === 'NewExpression')]) {
        if (sites.length >= MAX_CALLSITES) break;
        const made = this.valueOf(site.node.callee, site.scope);
        if (made.cls?.node === cls || made.fns?.[0]?.node === cls) sites.push(site);
      }
    }
    return sites;
  }

  /** A yes-or-no question about a node, answered once (whether a literal is a module table: once per table, not per module in it). */
  private cachedTest(answers: Map<Node, boolean>, n: Node, test: () => boolean): boolean {
    let v = answers.get(n);
    if (v === undefined) answers.set(n, (v = test()));
    return v;
  }
  private tables = new Map<Node, boolean>();
  private findDispatchSites(fn: FunctionInfo): CallSite[] {
    if (!this.index) return [];
    const path = pathTo(this.index.root, fn.node);
    let obj: Node | undefined;
    let at: number;
    const parent = path[path.length - 2];
    if (parent?.type === 'Property' && path[path.length - 3]?.type === 'ObjectExpression') {
      // A module table: numeric keys (webpack's ids), every value a function.
      obj = path[path.length - 3];
      at = path.length - 3;
      if (!this.cachedTest(this.tables, obj, () => {
        const props = obj!.properties as Node[];
        return props.length >= 2 && props.every((q) => q.type === 'Property' && q.key.type === 'Literal' && typeof q.key.value === 'number' && isFunction(q.value));
      })) return [];
    } else if (parent?.type === 'ArrayExpression') {
      // webpack 4's and older UMD builds' table: an array of module functions.
      obj = parent;
      at = path.length - 2;
      if (!this.cachedTest(this.tables, obj, () => {
        const els = obj!.elements as (Node | null)[];
        return els.length >= 2 && els.every((q) => q === null || isFunction(q));
      })) return [];
    } else return [];
    const holder = path[at - 1];
    let binding: Binding | undefined;
    if (holder?.type === 'VariableDeclarator' && holder.init === obj && holder.id.type === 'Identifier') binding = this.scopeAt(path.slice(0, at)).lookup(holder.id.name);
    else if (holder?.type === 'CallExpression' && holder.arguments.includes(obj)) {
      // The bootstrap called with the table: `(function (modules) { … })([…])`.
      const callee = unwrap(holder.callee);
      const boot = isFunction(callee) ? this.facts.functions.get(callee) : undefined;
      const param = boot ? (callee.params as Node[])[holder.arguments.indexOf(obj)] : undefined;
      if (boot && param?.type === 'Identifier') binding = boot.scope.lookup(param.name);
    }
    if (!binding) return [];
    const out: CallSite[] = [];
    for (const ref of this.references(binding)) {
      const m = ref.path[ref.path.length - 2];
      if (m?.type !== 'MemberExpression' || m.object !== ref.node || !m.computed) continue;
      let call = ref.path[ref.path.length - 3];
      let shift = 0;
      // `modules[id].call(module.exports, module, module.exports, require)`: arguments after `this`.
      if (call?.type === 'MemberExpression' && call.object === m && memberName(call) === 'call' && ref.path[ref.path.length - 4]?.type === 'CallExpression') {
        call = ref.path[ref.path.length - 4];
        shift = 1;
      } else if (call?.type !== 'CallExpression' || call.callee !== m) continue;
      out.push({ node: call, scope: this.scopeAt(ref.path), shift });
      if (out.length >= 4) break;
    }
    return out;
  }

  /** A binding's references (refs.ts), computed once. */
  references(b: Binding): Reference[] {
    let refs = this.refCache.get(b);
    if (!refs) {
      refs = this.index ? referencesOf(b, this.index, 64) : [];
      this.refCache.set(b, refs);
    }
    return refs;
  }

  /**
   * Where elements of a component are made (`React.createElement(Panel, { host })`, the automatic
   * runtime's `jsx(Panel, props)`): each a call of the component with the props as its one argument.
   */
  private elementSites(b: Binding): CallSite[] {
    const index = this.elementIndex();
    if (!index.types.has(b.name) && !index.aliases.has(b.name)) return [];
    let out = this.elementCache.get(b);
    if (!out) this.elementCache.set(b, (out = this.findElementSites(b, 0).slice(0, MAX_CALLSITES)));
    return out;
  }

  private elementCache = new Map<Binding, CallSite[]>();

  /** The identifier at a position of the text, with its path (undefined when the text there is not one). */
  private identifierAt(at: number, name: string): Node[] | undefined {
    if (!this.index) return undefined;
    const path = nodePath(this.index.root, at, at + name.length, (n) => n.type === 'Identifier' && n.start === at);
    const id = path[path.length - 1];
    return id?.type === 'Identifier' && id.start === at && id.name === name ? path : undefined;
  }

  private findElementSites(b: Binding, depth: number): CallSite[] {
    const out: CallSite[] = [];
    const index = this.elementIndex();
    for (const at of index.types.get(b.name) ?? []) {
      const path = this.identifierAt(at, b.name);
      const call = path?.[path.length - 2];
      if (!path || call?.type !== 'CallExpression' || call.arguments[0] !== path[path.length - 1] || !isElementFactory(call)) continue;
      const scope = this.scopeAt(path);
      if (scope.lookup(b.name) !== b) continue;
      // (The props only: a component's second parameter is not the element's first child or key.)
      out.push({ node: { ...call, arguments: [call.arguments[1]] }, scope, rendered: true });
      if (out.length >= MAX_CALLSITES) return out;
    }
    // Under another name: `var App = Main;`, as bundlers keep a component's display name.
    if (depth < 2) {
      for (const at of index.aliases.get(b.name) ?? []) {
        const path = this.identifierAt(at, b.name);
        const decl = path?.[path.length - 2];
        if (!path || decl?.type !== 'VariableDeclarator' || decl.init !== path[path.length - 1] || decl.id.type !== 'Identifier') continue;
        const scope = this.scopeAt(path);
        if (scope.lookup(b.name) !== b) continue;
        const alias = scope.lookup(decl.id.name);
        if (alias && alias !== b && !alias.assignments) out.push(...this.findElementSites(alias, depth + 1));
        if (out.length >= MAX_CALLSITES) return out;
      }
    }
    return out;
  }

  /**
   * Where elements are made in this file, by the name of what they are made of
   * (`createElement(Panel, …`, `(0, r.jsx)(Panel, …`), and where such a name is given another
   * (`var Panel = Main`: Main's position, by "Main"): one scan of the text, once. A function no
   * element is made of is not looked for as a component, and the sites of one that is are found
   * from these positions, not from every occurrence of its (often one-letter) name.
   */
  private elementIndex(): { types: Map<string, number[]>; aliases: Map<string, number[]> } {
    if (this.elements) return this.elements;
    const types = new Map<string, number[]>();
    const aliases = new Map<string, number[]>();
    const text = this.index?.text ?? '';
    const add = (m: Map<string, number[]>, k: string, at: number) => {
      const list = m.get(k) ?? [];
      if (list.length < 64) list.push(at);
      m.set(k, list);
    };
    if (/createElement|jsx/.test(text)) {
      for (const m of text.matchAll(/\b(?:createElement|jsxs?|jsxDEV|_jsxs?)\)?\(\s*([A-Za-z_$][\w$]*)\s*,/g)) add(types, m[1], m.index! + m[0].lastIndexOf(m[1]));
      if (types.size) for (const [name, at] of simpleAssignments(text)) if (types.has(name)) add(aliases, text.slice(at, identEnd(text, at)), at);
    }
    this.elements = { types, aliases };
    return this.elements;
  }

  private elements?: { types: Map<string, number[]>; aliases: Map<string, number[]> };

  /**
   * The values a React context is given: the `value` prop of each element made of its provider
   * (`createElement(Ctx.Provider, { value })`, and React 19's `<Ctx value={…}>`).
   */
  providedValues(ctx: Binding): { node: Node; scope: Scope }[] {
    const out: { node: Node; scope: Scope }[] = [];
    for (const ref of this.references(ctx)) {
      let k = ref.path.length - 2;
      const up = ref.path[k];
      if (up?.type === 'MemberExpression' && up.object === ref.node && memberName(up) === 'Provider') k--;
      const call = ref.path[k];
      const type = ref.path[k + 1];
      if (call?.type !== 'CallExpression' || call.arguments[0] !== type || !isElementFactory(call)) continue;
      const props = unwrap(call.arguments[1]);
      if (props.type !== 'ObjectExpression') continue;
      const scope = this.scopeAt(ref.path);
      for (const p of props.properties as Node[]) if (p.type === 'Property' && this.keyOf(p, scope) === 'value') out.push({ node: p.value, scope });
      if (out.length >= 8) break;
    }
    return out;
  }

  /** The calls `useContext(ctx)` that read a React context. */
  contextUses(ctx: Binding): { node: Node; path: Node[] }[] {
    const out: { node: Node; path: Node[] }[] = [];
    for (const ref of this.references(ctx)) {
      const call = ref.path[ref.path.length - 2];
      if (call?.type === 'CallExpression' && call.arguments[0] === ref.node && reactHook(call) === 'useContext') out.push({ node: call, path: ref.path.slice(0, -1) });
      if (out.length >= 16) break;
    }
    return out;
  }

  /** Calls `x.name(…)` anywhere in the file (as the parse recorded them). */
  private indirectByName?: Map<string, CallSite[]>;

  /**
   * A call through Function.prototype or Reflect: `f.call(t, a)`, `f.apply(t, [a])`,
   * `Reflect.apply(f, t, [a])` (an apply only with its list written out; `rpc.call("x", v)` is an
   * object's own method). The function called, and the call as a site of it: its arguments as
   * the function's parameters take them, after `this` (shift 1).
   */
  private throughFunction(call: Node, scope: Scope, method?: string): { target: Node; site: CallSite } | undefined {
    const c = unwrap(call.callee);
    if (call.type !== 'CallExpression' || c.type !== 'MemberExpression') return undefined;
    const m = method ?? this.nameOf(c, scope);
    const args = call.arguments as Node[];
    const object = unwrap(c.object);
    if (m === 'apply' && object.type === 'Identifier' && object.name === 'Reflect' && !scope.lookup('Reflect')) {
      const list = listedArgs(args[2]);
      return args[0] && args[1] && list ? { target: args[0], site: { node: call, scope, shift: 1, args: [args[1], ...list] } } : undefined;
    }
    if (m === 'call') return thisArgLike(args[0]) ? { target: c.object, site: { node: call, scope, shift: 1 } } : undefined;
    const list = m === 'apply' ? listedArgs(args[1]) : undefined;
    return list && args[0] ? { target: c.object, site: { node: call, scope, shift: 1, args: [args[0], ...list] } } : undefined;
  }

  /** The function a call calls and the arguments it takes (see throughFunction); any other call its own callee and arguments. */
  directCall(call: Node, scope: Scope): { callee: Node; args: readonly Node[] } {
    const through = this.throughFunction(call, scope);
    return through ? { callee: through.target, args: siteArgs(through.site).slice(1) } : { callee: call.callee as Node, args: call.arguments as Node[] };
  }

  methodCalls(name: string, limit: number): readonly CallSite[] {
    const named = this.facts.methodCallSites?.(name) ?? [];
    const hidden = this.hiddenMethodCalls(name);
    const sites = hidden.length ? [...named, ...hidden] : named;
    return sites.length > limit ? sites.slice(0, limit) : sites;
  }

  /**
   * Calls of a name through Function.prototype and Reflect (`f.call(t, a)`, `f.apply(t, [a])`,
   * `Reflect.apply(f, t, [a])`), with the arguments the function's parameters take (after `this`);
   * an `apply` counts only when its list is written out. Indexed by the name once.
   */
  private indirectSites(b: Binding): CallSite[] {
    const out: CallSite[] = [];
    const sites = sitesWithin(this.indirectIndex(b.name), b);
    for (let i = 0; i < sites.length && i < MAX_SITES_SCANNED && out.length < MAX_CALLSITES; i++) if (sites[i].scope.lookup(b.name) === b) out.push(sites[i]);
    return out;
  }

  /** The calls `indirectSites` indexes, under a name or (of a member) `.name`. */
  private indirectIndex(key: string): CallSite[] {
    if (!this.indirectByName) {
      const index = new Map<string, CallSite[]>();
      this.indirectByName = index;
      const add = (name: string, site: CallSite) => {
        const list = index.get(name);
        if (!list) index.set(name, [site]);
        else list.push(site);
      };
      for (const method of ['call', 'apply']) {
        // (Also `f[_0x1f(3)](t, a)`, the method's name hidden as obfuscators hide every one.)
        for (const site of this.methodCalls(method, 50_000)) {
          const through = this.throughFunction(site.node, site.scope, method);
          if (!through) continue;
          const target = unwrap(through.target);
          // `m.f.call(t, a)`: a method's, under `.f` (the callee told apart by its value). (A
          // hidden name costs an evaluation: a quarter of the file's budget at most, as for methods.)
          const member = target.type === 'MemberExpression' && !(target.computed && this.interpreter.spent > 0.25) ? this.nameOf(target, site.scope) : undefined;
          const key = target.type === 'Identifier' ? target.name : member !== undefined ? `.${member}` : undefined;
          if (key !== undefined) add(key, through.site);
        }
      }
      // In the order of their ends, as the parser finishes calls: sitesWithin bisects them.
      for (const list of index.values()) list.sort((a, b) => a.node.end - b.node.end);
    }
    return this.indirectByName.get(key) ?? [];
  }

  /** Members read with a computed key (`o[_0x1f(3)]`, `o["k"]`) by the name it evaluates to (indexed once, when first asked). */
  hiddenMembers(name: string): readonly Node[] {
    if (!this.hiddenMembersByName) {
      const index = new Map<string, Node[]>();
      this.hiddenMembersByName = index;
      for (const { node, scope } of (this.facts.computedMembers ?? []).slice(0, 50_000)) {
        // As for method names (below): a quarter of the file's evaluation budget at most, so that
        // decoding the hidden strings themselves keeps the rest.
        if (node.property.type !== 'Literal' && this.interpreter.spent > 0.25) continue;
        const c = node.property.type === 'Literal' ? { v: node.property.value } : this.constant(node.property, scope);
        if (!c || typeof c.v !== 'string') continue;
        const list = index.get(c.v);
        if (list) list.push(node);
        else index.set(c.v, [node]);
      }
    }
    return this.hiddenMembersByName.get(name) ?? [];
  }

  /** Calls `x[k](…)` whose key evaluates to `name` (obfuscators name every method through a string decoder). */
  private hiddenMethodCalls(name: string): readonly CallSite[] {
    const calls = this.facts.computedCalls;
    if (!calls?.length) return [];
    if (!this.hiddenByName) {
      this.hiddenByName = new Map();
      for (const site of calls.slice(0, 20_000)) {
        // Naming every call through a costly decoder could spend the file's evaluation budget
        // that decoding the hidden strings themselves needs: a quarter of it at most.
        if (this.interpreter.spent > 0.25) break;
        const k = this.nameOf(unwrap(site.node.callee), site.scope);
        if (k === undefined) continue;
        const list = this.hiddenByName.get(k);
        if (list) list.push(site);
        else this.hiddenByName.set(k, [site]);
      }
    }
    return this.hiddenByName.get(name) ?? [];
  }

  /** The innermost function scope along a path (block scopes are not kept by node). */
  scopeAt(path: Node[]): Scope {
    for (let i = path.length - 1; i >= 0; i--) {
      const n = path[i];
      if (isFunction(n)) {
        const s = this.scopeOf(n);
        if (s) return s;
      }
      // The innermost block that declares names (`let`, `const`, a class, a catch parameter): its
      // scope, whose parents are the blocks and the function around it.
      if (BLOCK_SCOPES.has(n.type)) {
        const s = this.blockScopeOf(n);
        if (s) return s;
      }
    }
    // A path from a block inside a function (a reference's region): the function around that block.
    if (path.length && this.index && path[0] !== this.index.root) {
      const outer = pathTo(this.index.root, path[0]);
      for (let i = outer.length - 2; i >= 0; i--) {
        if (isFunction(outer[i])) {
          const s = this.scopeOf(outer[i]);
          if (s) return s;
        }
      }
    }
    return this.facts.programScope;
  }

  /** The scope inside `n` for a walk that is in `outer` at n: a function's own, a block's that declares names, else `outer`. */
  innerScope(n: Node, outer: Scope): Scope {
    if (isFunction(n)) return this.scopeOf(n) ?? outer;
    if (BLOCK_SCOPES.has(n.type)) return this.blockScopeOf(n) ?? outer;
    return outer;
  }

  private blockScopeOf(n: Node): Scope | undefined {
    const lookup = this.facts.blockScope;
    if (!lookup) return undefined;
    if (this.blockMemo.has(n)) return this.blockMemo.get(n);
    let s: Scope | undefined;
    const declares = (d: Node | null | undefined) => {
      if (!s && d && (d.type === 'VariableDeclaration' || d.type === 'ClassDeclaration' || d.type === 'FunctionDeclaration')) s = lookup(d);
    };
    if (n.type === 'CatchClause') s = lookup(n);
    else if (n.type === 'ForStatement') declares(n.init);
    else if (n.type === 'ForOfStatement' || n.type === 'ForInStatement') declares(n.left);
    else if (n.type === 'SwitchStatement') for (const c of (n.cases as Node[]).slice(0, 64)) for (const st of (c.consequent as Node[]).slice(0, 64)) declares(st);
    else for (const st of (n.body as Node[]).slice(0, 512)) declares(st);
    this.blockMemo.set(n, s);
    return s;
  }

  /**
   * Calls of the function a binding names, up to `limit`: the calls by that name whose name
   * resolves to this binding.
   */
  callsOf(binding: Binding, limit: number): CallSite[] {
    if (limit <= 0) return [];
    // (The first MAX_CALLSITES are found once per binding: every parameter of a function asks again,
    // and a smaller limit's calls are the first of them.)
    if (limit <= MAX_CALLSITES) {
      let known = this.callsMemo.get(binding);
      if (!known) this.callsMemo.set(binding, (known = this.findCalls(binding, MAX_CALLSITES)));
      return known.slice(0, limit);
    }
    return this.findCalls(binding, limit);
  }
  private callsMemo = new Map<Binding, CallSite[]>();

  private findCalls(binding: Binding, limit: number): CallSite[] {
    const out: CallSite[] = [];
    const sites = sitesWithin(this.facts.callSites(binding.name), binding);
    for (let i = 0; i < sites.length && i < MAX_SITES_SCANNED && out.length < limit; i++) {
      if (sites[i].scope.lookup(binding.name) === binding) out.push(sites[i]);
    }
    return out;
  }

  private thisValue(node: Node, scope: Scope): AV {
    if (!this.index) return EMPTY;
    // `this` is the same throughout a function (arrows see their outer one): found once per function.
    let fnScope: Scope | undefined = scope.functionScope();
    while (fnScope?.fn?.node.type === 'ArrowFunctionExpression') fnScope = fnScope.fn.scope.parent?.functionScope();
    const owner = fnScope?.fn?.node;
    if (owner) {
      const hit = this.thisOfFunction.get(owner);
      if (hit) return hit;
      const v = this.computeThis(owner);
      this.thisOfFunction.set(owner, v);
      return v;
    }
    return this.computeThis(node);
  }

  private pathGetters = new Map<Node, boolean>();
  /**
   * A function that walks its first parameter by the keys of its second (`let cur = obj; for (const
   * k of keys) cur = cur[k]; return cur`), as lodash's get and dot-prop are written inline.
   */
  private isPathGetter(fn: FunctionInfo): boolean {
    const hit = this.pathGetters.get(fn.node);
    if (hit !== undefined) return hit;
    const [p0, p1] = fn.node.params as Node[];
    let found = false;
    if (p0?.type === 'Identifier' && p1 && (p1.type === 'Identifier' || p1.type === 'AssignmentPattern') && fn.node.body.type === 'BlockStatement' && fn.node.end - fn.node.start < 2000) {
      forEachDescendant(fn.node.body as Node, (x) => {
        if (found || (x !== fn.node && isFunction(x))) return false;
        if (x.type === 'ForOfStatement' || x.type === 'ForStatement' || x.type === 'WhileStatement') {
          forEachDescendant(x.body as Node, (y) => {
            // `cur = cur[k]`, `cur = cur?.[k]`
            const r = y.type === 'AssignmentExpression' && y.operator === '=' && y.left.type === 'Identifier' ? unwrap(y.right) : undefined;
            if (r?.type === 'MemberExpression' && r.computed && unwrap(r.object).type === 'Identifier' && unwrap(r.object).name === y.left.name) {
              const b = fn.scope.lookup(y.left.name) ?? this.scopeAt(pathTo(this.index!.root, y)).lookup(y.left.name);
              const init = b?.init ? unwrap(b.init) : undefined;
              if (init?.type === 'Identifier' && init.name === p0.name) found = true;
            }
            return !found;
          }, 200);
        }
        return !found;
      }, 2000);
    }
    this.pathGetters.set(fn.node, found);
    return found;
  }

  private ctorWriteMemo = new Map<string, AV | undefined>();
  /** What `this.key = …` writes in the plain function `this` belongs to, or in the constructor whose prototype holds it. */
  private constructorThisWrite(scope: Scope, key: string): AV | undefined {
    const fns = this.thisOwners(scope);
    if (!fns) return undefined;
    const memoKey = `${fns[0].start}:${key}`;
    if (this.ctorWriteMemo.has(memoKey)) return this.ctorWriteMemo.get(memoKey);
    this.ctorWriteMemo.set(memoKey, undefined);
    const parts = fns.flatMap((fn) => (this.functionThisWrites(fn).get(key) ?? []).map((w) => this.fieldWrite(w)));
    const v = parts.length ? union(parts) : undefined;
    this.ctorWriteMemo.set(memoKey, v);
    return v;
  }

  private ownersMemo = new Map<Node, Node[] | undefined>();
  /**
   * The plain functions whose `this` is the one seen in `scope`: the function itself, and the
   * constructor whose prototype holds it (`Session.prototype.greet = function () { … }`, Babel's
   * `_createClass(Session, [{ key, value: function … }])`). Nothing for class methods, object
   * literals' methods and top-level code.
   */
  thisOwners(scope: Scope): Node[] | undefined {
    if (!this.index) return undefined;
    let fnScope: Scope | undefined = scope.functionScope();
    while (fnScope?.fn?.node.type === 'ArrowFunctionExpression') fnScope = fnScope.fn.scope.parent?.functionScope();
    const owner = fnScope?.fn?.node;
    if (!owner || (owner.type !== 'FunctionExpression' && owner.type !== 'FunctionDeclaration')) return undefined;
    if (this.ownersMemo.has(owner)) return this.ownersMemo.get(owner);
    this.ownersMemo.set(owner, undefined);
    const root = this.index.root;
    const path = pathTo(root, owner);
    const parent = path[path.length - 2];
    const fns: Node[] = [owner];
    // Babel's `_createClass(Session, [{ key: "greet", value: function greet() { … this.locale … } }])`: a method of Session.
    const [call, list, desc] = path.slice(-5, -2);
    if (parent?.type === 'Property' && desc?.type === 'ObjectExpression' && list?.type === 'ArrayExpression' && call?.type === 'CallExpression' && call.arguments[1] === list && unwrap(call.arguments[0]).type === 'Identifier') {
      const scope = this.scopeAt(path.slice(0, -5));
      const ctor = this.keyOf(parent, scope) === 'value' ? this.valueOf(unwrap(call.arguments[0]), scope).fns?.[0] : undefined;
      if (!ctor) return undefined;
      fns.push(ctor.node);
    } else if (parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition' || parent?.type === 'Property') return undefined;
    // `Session.prototype.greet = function () { … this.locale … }`: the constructor Session writes it.
    const left = parent?.type === 'AssignmentExpression' && parent.right === owner ? unwrap(parent.left) : undefined;
    const proto = left?.type === 'MemberExpression' ? unwrap(left.object) : undefined;
    if (proto?.type === 'MemberExpression' && memberName(proto) === 'prototype' && unwrap(proto.object).type === 'Identifier') {
      const ctor = this.valueOf(unwrap(proto.object), this.scopeAt(path.slice(0, -2))).fns?.[0];
      if (ctor) fns.push(ctor.node);
    }
    this.ownersMemo.set(owner, fns);
    return fns;
  }

  private plainThisWrites = new Map<Node, Map<string, FieldWrite[]>>();
  /** What a plain function assigns to `this` (`function Session() { this.locale = … }`), by key. */
  private functionThisWrites(fn: Node): Map<string, FieldWrite[]> {
    let fields = this.plainThisWrites.get(fn);
    if (!fields) {
      fields = new Map();
      this.plainThisWrites.set(fn, fields);
      this.thisWrites(fn, fields);
    }
    return fields;
  }

  private computeThis(node: Node): AV {
    if (!this.index) return EMPTY;
    // The class whose method (or field) this is in; arrow functions see their outer `this`.
    const path = pathTo(this.index.root, node);
    // A method of an object literal (`const Mixin = { zone() {…}, check() { … this.zone() … } }`): the object.
    const [obj, prop] = path.slice(-3, -1);
    if (node.type === 'FunctionExpression' && prop?.type === 'Property' && prop.value === node && obj?.type === 'ObjectExpression') {
      const holder = path[path.length - 4];
      const scope = this.scopeAt(path.slice(0, -2));
      const binding = holder?.type === 'VariableDeclarator' && holder.init === obj && holder.id.type === 'Identifier' ? scope.lookup(holder.id.name) : undefined;
      return { obj: { node: obj, scope, ...(binding ? { binding } : {}) } };
    }
    // A plain function called with a `this` given (`f.call(group)`, `f.apply(o, args)`,
    // `Reflect.apply(f, o, args)`): what those calls give.
    if ((node.type === 'FunctionExpression' && prop?.type !== 'MethodDefinition' && prop?.type !== 'PropertyDefinition' && prop?.type !== 'Property') || node.type === 'FunctionDeclaration') {
      const info = this.facts.functions.get(node);
      const given = info ? this.callSitesOf(info).filter((site) => site.shift === 1).slice(0, 8) : [];
      if (given.length) return union(given.map((site) => this.valueOf(siteArgs(site)[0], site.scope)));
    }
    for (let i = path.length - 2; i >= 0; i--) {
      const n = path[i];
      if ((n.type === 'ClassBody') && (path[i - 1]?.type === 'ClassDeclaration' || path[i - 1]?.type === 'ClassExpression')) {
        const cls = path[i - 1];
        // In a static block, `this` is the class itself (`static { this.host = … }`). (In a static
        // method too, but its writes to `this.k` are found as an instance's are: `static get() {
        // return this.instance ??= new Store() }`, which the class's static members do not hold.)
        if (path[i + 1]?.type === 'StaticBlock') return { cls: { node: cls, scope: this.scopeAt(path.slice(0, i - 1)) } };
        return { instance: { cls, scope: this.scopeAt(path.slice(0, i - 1)), self: true } };
      }
      if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') {
        const parent = path[i - 1];
        if (parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') continue;
        return EMPTY;
      }
    }
    return EMPTY;
  }

  private member(node: Node, scope: Scope): AV {
    // Bun's `import.meta.require` is `require`.
    if (node.object.type === 'MetaProperty' && memberName(node) === 'require') return { ref: 'require' };
    let key: string | undefined = memberName(node) ?? (node.computed ? symbolKey(node.property, scope) : undefined);
    // `program.opts().baseUrl` of `new Option("--base-url <url>").env("OPENAI_BASE_URL")`: the variable.
    if (key !== undefined && !node.computed && this.envOptions().has(key)) {
      const o = this.optionOf(node.object, scope, key, node);
      if (o) return o;
    }
    // `args.baseUrl` of yargs' argv (`.check((args) => …)`, `.parseSync()`): the option's default, its variable.
    if (key !== undefined && !node.computed && this.yargsOptions().has(key)) {
      const y = this.yargsOptionOf(node.object, scope, key, node);
      if (y) return y;
    }
    // `opts.tier` of an action whose hook ran `actionCommand.setOptionValue("tier", v)`: v.
    // (Only keys the file sets by name are looked at: asking whether any object is commander's options costs lookups of its own.)
    if (key !== undefined && !node.computed && this.optionSetTable().has(key) && this.commanderOptions(node.object, scope)) {
      const set = this.optionSets(key);
      if (set) return set;
    }
    // `Object.defineProperty(this, "headers", { value: v }).headers`, a getter that replaces itself with
    // its value: the value it defines (defineProperty gives back the object it defined it on).
    const o = unwrap(node.object);
    if (key !== undefined && o.type === 'CallExpression' && o.arguments.length === 3 && unwrap(o.callee).type === 'MemberExpression' && memberName(unwrap(o.callee)) === 'defineProperty' && staticString(o.arguments[1]) === key && unwrap(o.arguments[2]).type === 'ObjectExpression') {
      const value = (unwrap(o.arguments[2]).properties as Node[]).find((p) => p.type === 'Property' && !p.computed && propertyKeyName(p) === 'value');
      if (value && this.valueOf(unwrap(o.callee).object, scope).ref === 'Object') return this.valueOf(value.value, scope);
    }
    // `(parts.find(…) || { value: "" }).value`: the member of each alternative (a union of the
    // alternatives would take the fallback record's field for the whole).
    const alts = key !== undefined ? alternativesOf(unwrap(node.object), scope, 0) : undefined;
    if (alts && alts.length > 1) {
      const vs = alts.slice(0, 4).map((a) => this.memberOf(this.valueOf(a.node, a.scope), key!, node));
      return union(vs);
    }
    // `this.locale` in an ES5 constructor (`function Session() { this.locale = …; if (this.locale === …) … }`)
    // or in a method of its prototype: what the constructor writes there.
    if (key !== undefined && unwrap(node.object).type === 'ThisExpression') {
      const w = this.constructorThisWrite(scope, key);
      if (w && w !== EMPTY) return w;
    }
    const obj = this.valueOf(node.object, scope);
    if (key === undefined && node.computed) {
      let named: ReturnType<Resolver['namedEntries']>;
      let keyed: string | undefined;
      let decided: AV = EMPTY;
      const k = this.valueOf(node.property, scope);
      if (k.konst && (typeof k.konst.v === 'string' || typeof k.konst.v === 'number')) key = String(k.konst.v);
      else if (k.ref?.startsWith('@@symbol')) key = k.ref; // `o[m.KEY]` of a symbol another module of the bundle made
      else if (obj.ref === 'process.env') {
        const picked = !k.elementOf && !isSensed(k) ? this.stringChoices(node.property, scope, 3) : undefined;
        if (picked?.length === 1) key = picked[0];
        // `process.env[isWindows ? "USERNAME" : "USER"]`: one of a few names written out.
        else if (picked) {
          const sensed = picked.map((n) => ({ kind: envKind(n).kind, label: envKind(n).label, node, envName: n }));
          return { sensed, steps: [{ role: 'source', node, note: `reads ${picked.join(' or ')} from the environment` }] };
        }
      }
      if (key !== undefined) {
        // (named by the one string the key can be: read below as `process.env.NAME` is)
      } else if (obj.ref === 'process.env') {
        const names = k.elementOf?.konst && Array.isArray(k.elementOf.konst.v) ? (k.elementOf.konst.v as Value[]).filter((x): x is string => typeof x === 'string').slice(0, 8) : [];
        if (names.length) {
          // `for (const k of ["A_BASE_URL", "B_BASE_URL"]) process.env[k]`: each of the names.
          const sensed = names.map((n) => ({ kind: envKind(n).kind, label: envKind(n).label, node, envName: n }));
          // The names come from a list: which of them is set is what the code learns.
          return { sensed, steps: [{ role: 'source', node, note: `reads ${names.join(', ')} from the environment` }], elementOf: k.elementOf };
        }
        const s: Sensed = { kind: 'env', label: 'env (computed name)', node, envName: '*' };
        // Names from another module's list (`ENTRIES.find((k) => env[k])`): asked of that module when looked up.
        const listed = k.elementOf?.ref?.startsWith('module:') && !k.elementOf.konst ? { elementOf: k.elementOf } : {};
        return { sensed: [s], steps: [{ role: 'source', node, note: 'reads an environment variable by a computed name' }], ...listed };
      } else if ((obj.konst || obj.obj) && isSensed(k)) {
        // Table lookup keyed by a sensed value: the table's keys are what it is compared with.
        const table = obj.konst ? obj : this.tryConst(node.object, scope);
        const fns = this.tableFunctions(obj);
        return { ...k, elementOf: table.konst ? table : obj, ...(fns.length ? { fns } : {}) };
      } else if ((obj.konst || obj.obj) && !k.control && (named = this.namedEntries(obj, node, scope, k))) {
        // `REGIONS[key]` for each key of a table (`for (const key in REGIONS)`, `Object.keys(T).find(…)`):
        // one of its entries; entries that are lists are searched as one list of them all.
        const { entries, decodedVia } = named;
        if (entries.every(Array.isArray)) return { konst: { v: (entries as Value[][]).flat().slice(0, 2000), node, decodedVia } };
        // (`probes[n]()` for each name n of a table of functions: a call of any of them.)
        const fns = entries.some((e) => e instanceof Closure) ? this.tableFunctions(obj) : [];
        return { elementOf: { konst: { v: entries, node, decodedVia } }, ...(fns.length ? { fns } : {}) };
      } else if (k.control && (obj.konst || (obj.obj && (decided = this.tryConst(node.object, scope)).konst))) {
        // A table indexed by a decision (`MARKS[+flag]`, `CODES[region()]` of a function returning a
        // key per region): its entries are what the decision picks between.
        return { control: k.control, elementOf: obj.konst ? obj : decided };
      } else if (obj.konst && (Array.isArray(obj.konst.v) || obj.konst.v instanceof Object)) {
        // `list[i]` with an index that is not a constant: one of the list's entries.
        return { elementOf: obj };
      } else if (obj.ref?.startsWith('module:') && !obj.konst && !isSensed(obj) && isSensed(k)) {
        // `NAMES[tz]` of another module's table, keyed by a sensed value: its keys are what it is compared with (asked of that module).
        return { ...k, elementOf: obj };
      } else if ((keyed = keyedRef(obj, k))) {
        // `bag[kState]`, `store[SENSED]`: another module's object under a key the same module
        // exports (a symbol it makes): asked of that module by both names.
        return this.linkedValue(keyed, node, scope) ?? { ref: keyed };
      } else if (obj.ref?.startsWith('module:') && !isSensed(k) && !isSensed(obj)) {
        // `LIST[i]` of another module's export: one of its entries (asked of that module when compared).
        return { elementOf: obj };
      } else if (obj.given && !isSensed(k) && !k.control) {
        // `context.properties?.[c.contextName]` of a record another module passed in: its field
        // under each name the key ranges over, or under any name when the key is unknown here.
        const names = Array.isArray(k.elementOf?.konst?.v) ? (k.elementOf!.konst!.v as Value[]).filter((x): x is string => typeof x === 'string').slice(0, 8) : undefined;
        const keys = names ?? [...new Set(obj.given.map((g) => g.field.split('.')[0]))].slice(0, 8);
        const found = keys.map((n) => this.memberOf(obj, n, node)).filter((v) => v !== EMPTY);
        if (found.length) return union(found);
      }
    }
    if (key === undefined) {
      // A table of handlers picked at run time (`handlers[e.type](e)`): any of its functions.
      const table = this.tableFunctions(obj);
      if (table.length) return { fns: table, sensed: obj.sensed, steps: obj.steps };
      return isSensed(obj) ? { sensed: obj.sensed, steps: obj.steps } : EMPTY;
    }
    // `exports.headers(key)` in the file that assigns `exports.headers = function …`: its own export.
    if ((obj === EMPTY || obj.ref === 'module.exports') && this.index && this.isOwnExports(unwrap(node.object), scope)) {
      const own = this.ownExport(key);
      if (own) return own;
    }
    if ((!obj.ref || obj.ref.endsWith('()')) && !obj.obj && !obj.module && !isSensed(obj)) {
      const mod = this.inlinedInterop(node.object, scope);
      if (mod) return key === 'default' ? mod : this.memberOf(mod, key, node);
    }
    // (`os.userInfo().homedir`: a home folder's path, as weak as os.homedir(); the user's name is `.username`.)
    return userPath(obj, key, this.memberOf(obj, key, node));
  }

  /**
   * An ESM interop wrapper a minifier inlined around `require("x")` (`t = e && e.__esModule ? e :
   * defineProperty(…, "default", { value: e })`): `.default` of it is module x.
   */
  private inlinedInterop(expr: Node, scope: Scope): AV | undefined {
    let init: Node | undefined = expr;
    if (expr.type === 'Identifier') {
      const b = scope.lookup(expr.name);
      init = b && !b.path ? b.init ?? (b.assignments?.length === 1 && b.assignments[0].type === 'AssignmentExpression' ? b.assignments[0].right : undefined) : undefined;
    }
    if (!init || (init.type !== 'SequenceExpression' && init.type !== 'CallExpression' && init.type !== 'AssignmentExpression' && init.type !== 'ParenthesizedExpression' && init.type !== 'ConditionalExpression')) return undefined;
    if (init.end - init.start > 3000 || !this.index) return undefined;
    const cached = this.interopCache.get(init);
    if (cached !== undefined) return cached ?? undefined;
    this.interopCache.set(init, null);
    if (!this.occurs('__esModule', init.start, init.end) || !this.occurs('require', init.start, init.end)) return undefined;
    let mod: string | undefined;
    let interop = false;
    forEachDescendant(init, (n) => {
      if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && (n.callee.name === 'require' || n.callee.name === '__require') && !scope.lookup(n.callee.name)) {
        const name = staticString(n.arguments[0]);
        if (name !== undefined) mod = mod === undefined || mod === name ? name : '';
      } else if ((n.type === 'MemberExpression' && memberName(n) === '__esModule') || (n.type === 'Literal' && n.value === '__esModule')) interop = true;
      return true;
    }, 400);
    const out = mod && interop ? { ref: normaliseModule(mod) } : undefined;
    this.interopCache.set(init, out ?? null);
    return out;
  }

  /** The entries of a constant record (not a list) at the names a key ranges over, when it has any. */
  private namedEntries(obj: AV, node: Node, scope: Scope, k: AV): { entries: Value[]; decodedVia?: string[] } | undefined {
    const names = k.elementOf?.konst?.v;
    if (!Array.isArray(names) || !names.every((x) => typeof x === 'string')) return undefined;
    const table = obj.konst ?? this.tryConst(node.object, scope).konst;
    const rec = table?.v;
    if (!rec || typeof rec !== 'object' || Array.isArray(rec) || Object.getPrototypeOf(rec) !== null) return undefined;
    const own = (names as string[]).filter((x) => x in (rec as object));
    return own.length ? { entries: own.map((n) => (rec as Record<string, Value>)[n]), decodedVia: table!.decodedVia } : undefined;
  }

  /** `exports` or `module.exports` of a CommonJS file, not a name it declares. */
  private isOwnExports(n: Node, scope: Scope): boolean {
    if (n.type === 'Identifier') return n.name === 'exports' && !scope.lookup('exports');
    return n.type === 'MemberExpression' && memberName(n) === 'exports' && unwrap(n.object).type === 'Identifier' && unwrap(n.object).name === 'module' && !scope.lookup('module');
  }

  private ownExportMemo = new Map<string, AV | undefined>();
  /** What this CommonJS file exports under `key` (`exports.k = …`, `module.exports = { k }`). */
  private ownExport(key: string): AV | undefined {
    if (this.ownExportMemo.has(key)) return this.ownExportMemo.get(key);
    this.ownExportMemo.set(key, undefined);
    const found = exportValue(this, this.index!.root, this.facts.programScope, key)?.v;
    const v = found && found !== EMPTY ? found : undefined;
    this.ownExportMemo.set(key, v);
    return v;
  }

  /** `.current` of a ref, `[0]` of a state: the first value, and what is written or set later. */
  private hookMember(h: NonNullable<AV['hook']>, key: string): AV {
    if ((h.kind === 'ref' && key !== 'current') || (h.kind === 'state' && key !== '0')) return EMPTY;
    const first = h.call.arguments[0] as Node | undefined;
    const parts: AV[] = [];
    if (first) {
      // `useState(() => initial())`: what the initialiser returns.
      const info = h.kind === 'state' && isFunction(unwrap(first)) ? this.facts.functions.get(unwrap(first)) : undefined;
      const given = info ? undefined : this.valueOf(first, h.scope);
      // `useState(detectRegion)`: a function named there is an initialiser too, called once (React never keeps a function as the state).
      if (given && h.kind === 'state' && given.fns?.length && !given.konst && !given.sensed?.length) parts.push(this.returnsOf(given.fns, h.call));
      else parts.push(info ? this.returnsOf([info], h.call) : given!);
    }
    if (h.kind === 'ref' && h.binding) {
      const later = this.definedElsewhere(h.binding, 'current');
      if (later) parts.push(later);
    }
    if (h.kind === 'state' && h.binding) {
      // The setter beside the state in `const [v, setV] = useState(…)`: what its calls give (or what their updaters return).
      const sb = statePartner(h.binding, 1);
      for (const site of sb ? this.callsOf(sb, 8) : []) {
        const arg = site.node.arguments[0] as Node | undefined;
        if (!arg || arg.type === 'SpreadElement') continue;
        const info = isFunction(unwrap(arg)) ? this.facts.functions.get(unwrap(arg)) : undefined;
        parts.push(info ? this.returnsOf([info], site.node) : this.valueOf(arg, site.scope));
      }
    }
    return union(parts);
  }

  memberOf(obj: AV, key: string, node: Node): AV {
    if (obj.alts) {
      // The first record's, as before alternatives were kept; the others' when it carries nothing.
      const { alts, ...first } = obj;
      const own = this.memberOf(first, key, node);
      if (isSensed(own) || own.fns || own.control) return own;
      // (An alternative record's own field, not what the record as a whole carries: a config record holding API keys does not make its every field a key.)
      return union([own, ...alts.filter((a) => a.obj && a.obj !== first.obj).map((a) => this.fieldOf(a, key, node) ?? EMPTY)]);
    }
    if (obj.given) {
      // A field another module passed in, and whatever the same object holds from this file's own callers.
      const parts: AV[] = [];
      for (const g of obj.given) {
        if (g.field === key) parts.push(g.value);
        else if (g.field.startsWith(`${key}.`)) parts.push({ given: [{ field: g.field.slice(key.length + 1), value: g.value }] });
      }
      const { given: _g, ...rest } = obj;
      return union([...parts, this.memberOf(rest, key, node)]);
    }
    if (obj.hook) return this.hookMember(obj.hook, key);
    if (obj.proxy) {
      const { proxy, ...target } = obj;
      const trapped = union(proxy.get.map((fn) => this.trapReturns(fn, key)));
      return union([this.memberOf(target, key, node), isSensed(trapped) ? addStep(trapped, { role: 'transform', node, note: `returned by the get trap of a Proxy for .${key}` }) : trapped]);
    }
    if (obj.ref && obj.obj && obj.obj.binding && !isSensed(obj) && !KNOWN_GLOBALS.has(obj.ref.split('.')[0]) && obj.ref !== 'globalThis') {
      // `var $root = $protobuf.roots.default || ($protobuf.roots.default = {})`: the literal's
      // own fields (written after it, `$root.pkg = …`) before what the other module's object may hold.
      const { ref: _r, ...lit } = obj;
      const own = this.fieldOf(lit, key, node);
      if (own && own !== EMPTY) return own;
    }
    if (obj.ref) {
      if (obj.ref === 'globalThis') return KNOWN_GLOBALS.has(key) ? { ref: globalRef(key) } : { ref: key };
      if (key === 'default' && (obj.ref.startsWith('module:') || !obj.ref.includes('.'))) return obj;
      // (`require("url").URL` is the global URL.)
      if (obj.ref === 'url' && (key === 'URL' || key === 'URLSearchParams')) return { ref: key };
      const ref = `${obj.ref}.${key}`;
      if (obj.ref === 'process.env') {
        const def = envKind(key);
        return { ref, sensed: [{ kind: def.kind, label: def.label, node, envName: key }], steps: [{ role: 'source', node, note: `reads ${key} from the environment` }] };
      }
      const src = memberSource(ref);
      if (src) return { ref, sensed: [{ kind: src.kind, label: src.label, node, weak: src.weak }], steps: [{ role: 'source', node, note: `reads ${src.label}` }] };
      const linked = this.linkedValue(ref, node);
      if (linked) return linked;
      // A field of the record an identity source gives (`os.userInfo().username`, an interface of
      // `os.networkInterfaces()`): what it senses. (Not a method of the text or list it may be:
      // `os.hostname().toLowerCase` is called, not read; nor another option Intl resolved, `.calendar`.)
      if (obj.sensed?.some((s) => IDENTITY_KINDS.has(s.kind)) && !(key in String.prototype) && !(key in Array.prototype) && !(key in Object.prototype)) return { ref, ...this.sensedMember(obj, key, node) };
      return { ref };
    }
    const found = this.fieldOf(obj, key, node);
    if (found) return found;
    if (isSensed(obj) || obj.control) return this.sensedMember(obj, key, node);
    if (obj.konst) {
      const v = obj.konst.v;
      if (v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === null) {
        const x = (v as Record<string, Value>)[key];
        // (A method of a record a factory made, interpreted: `makeTransport(host).send` is that function too.)
        const info = x instanceof Closure ? this.facts.functions.get(x.node) : undefined;
        if (x !== undefined || key in (v as object)) return { konst: { v: x, node, decodedVia: obj.konst.decodedVia }, ...(info ? { fns: [info] } : {}) };
      }
      if (Array.isArray(v) && /^\d+$/.test(key)) return { konst: { v: v[Number(key)], node, decodedVia: obj.konst.decodedVia } };
      if (v instanceof Closure && v.props?.has(key)) {
        const x = v.props.get(key)!;
        const info = x instanceof Closure ? this.facts.functions.get(x.node) : undefined;
        return { konst: { v: x, node }, ...(info ? { fns: [info] } : {}) };
      }
    }
    if (obj.elementOf?.konst && Array.isArray(obj.elementOf.konst.v)) {
      // `d.host` for each d of a list of records: the list of their hosts.
      const items = (obj.elementOf.konst.v as Value[]).map((x) => (x && typeof x === 'object' && !Array.isArray(x) && Object.getPrototypeOf(x) === null ? (x as Record<string, Value>)[key] : undefined));
      if (items.some((x) => x !== undefined)) return { elementOf: { konst: { v: items, node, decodedVia: obj.elementOf.konst.decodedVia } } };
    }
    // `t.match` for each t of another file's list (`for (const t of data.tenants)`): each element's
    // field, asked of that file as the list of them (`module:./tenants.json.tenants.*.match`).
    const list = obj.elementOf;
    if (list?.ref?.startsWith('module:') && !list.konst && !isSensed(list) && !isSensed(obj) && !list.ref.includes('(') && !obj.konst && !obj.obj && !obj.fns && !/^\d+$/.test(key) && !(key in Array.prototype) && (list.ref.match(/\.\*\./g)?.length ?? 0) < 3) {
      const ref = `${list.ref}.*.${key}`;
      return { elementOf: this.linkedValue(ref, node) ?? { ref } };
    }
    return EMPTY;
  }

  /** Member `key` of a sensed value (or one decided by a sensed value) that is no record of this file: what it carries. */
  private sensedMember(obj: AV, key: string, node: Node): AV {
    if (key === 'length') return obj.control || obj.sensed ? { control: controlOf(obj) } : EMPTY;
    let sensed = obj.sensed;
    // Intl's resolved options: .locale is the locale, .timeZone the zone.
    if (sensed && (key === 'locale' || key === 'timeZone')) sensed = sensed.map((s) => (s.label.startsWith('Intl.DateTimeFormat') ? { ...s, kind: key === 'locale' ? 'locale' : 'timezone', label: key === 'locale' ? 'Intl locale' : 'Intl time zone' } : s));
    const interesting = key === 'hostname' || key === 'host' || key === 'origin' || key === 'timeZone' || key === 'locale' || key === 'username' || key === 'href' || key === 'mac' || key === 'address';
    const out: AV = { sensed, steps: obj.steps, control: obj.control };
    return interesting && sensed ? addStep(out, { role: 'transform', node, note: `takes .${key}` }) : out;
  }

  /**
   * What a read of a cache gives, when `cache` is the record of options a cache was made from
   * (pipes.ts cacheOptions): what its lookup function returns (or the effect or promise it returns gives).
   */
  private cacheLoad(cache: AV, read: Node): AV | undefined {
    const opts = cache.obj?.node;
    if (!opts || !this.index) return undefined;
    const path = pathTo(this.index.root, opts);
    const made = path[path.length - 2];
    if (!made || cacheOptions(made) !== opts) return undefined;
    for (const key of CACHE_LOOKUPS) {
      const fns = this.memberOf(cache, key, read).fns;
      if (!fns?.length) continue;
      const v = union(fns.slice(0, 2).flatMap((info) => info.returns.slice(0, 8).map((r, i) => this.emission(r, info.returnScopes?.[i] ?? info.scope))));
      return isSensed(v) ? addStep(v, { role: 'transform', node: read, note: `computed by the cache's ${key} function` }) : v;
    }
    return undefined;
  }

  /** Whether a generator is the body of an effect (`Effect.gen`, `Effect.fn`): what it yields are effects it waits for, not values it gives. */
  private effectBody(fn: Node): boolean {
    if (!fn.generator || fn.type !== 'FunctionExpression' || !this.index) return false;
    const path = pathTo(this.index.root, fn);
    const call = path[path.length - 2];
    return !!call && (effectGenBody(call) === fn || effectFnBody(call) === fn);
  }

  /**
   * What a data-first operator hands a function (`Effect.map(self, (v) => …)`: what self gives), when
   * the function is handed to it here or to a parameter of a function of this file that hands it
   * on (`use(state, (s) => s.config)` with `use = (st, f) => Effect.map(get(st), f)`).
   */
  private operatorInput(fnNode: Node, path: Node[]): AV | undefined {
    const call = path[path.length - 2];
    if (isDataFirstOperator(call) && unwrap(call.arguments[1]) === fnNode) return this.emission(call.arguments[0], this.scopeAt(path.slice(0, -1)));
    if (call?.type !== 'CallExpression') return undefined;
    const param = this.parameterFor(call, fnNode) ?? this.namedParameterFor(call, fnNode, path) ?? this.methodParameterFor(call, fnNode, path);
    // (A parameter the function also calls itself is handed what those calls pass: the callers' own.)
    if (!param || this.callsOf(param, 1).length) return undefined;
    const parts: AV[] = [];
    for (const ref of this.references(param).slice(0, 16)) {
      const op = ref.path[ref.path.length - 2];
      if (isDataFirstOperator(op) && op.arguments[1] === ref.node) parts.push(this.emission(op.arguments[0], this.scopeAt(ref.path.slice(0, -1))));
    }
    return parts.length ? union(parts) : undefined;
  }

  private tagMemo = new Map<Node, AV | undefined>();
  /**
   * The service an Effect tag class stands for (`class Config extends Context.Tag("Config")() {}`,
   * a tag made by a call): what a layer of this file provides for it (served), or what the
   * options of `Effect.Service<C>()("C", { effect | scoped | succeed | sync })` make.
   */
  private tagService(cls: { node: Node; scope: Scope }): AV | undefined {
    const sup = cls.node.superClass ? unwrap(cls.node.superClass) : undefined;
    if (sup?.type !== 'CallExpression' || !cls.node.id) return undefined;
    if (this.tagMemo.has(cls.node)) return this.tagMemo.get(cls.node);
    this.tagMemo.set(cls.node, undefined);
    let v = this.served(cls.node.id, cls.scope);
    const opts = sup.arguments[1] ? unwrap(sup.arguments[1]) : undefined;
    if (!v && opts?.type === 'ObjectExpression') {
      for (const p of opts.properties as Node[]) {
        const k = p.type === 'Property' && !p.computed ? propertyKeyName(p) : undefined;
        if (k === 'effect' || k === 'scoped' || k === 'succeed') v = this.emission(p.value, cls.scope);
        else if (k === 'sync' && isFunction(unwrap(p.value))) v = this.returnsOf([this.facts.functions.get(unwrap(p.value))!].filter(Boolean), p.value, false);
        if (v) break;
      }
    }
    this.tagMemo.set(cls.node, v);
    return v;
  }

  /** A property of an object literal, a class instance, a class, or a module, wherever it is defined. */
  private fieldOf(obj: AV, key: string, node: Node): AV | undefined {
    if (obj.obj) {
      // (A record spread into itself, `s = { ...s, k }`, or reached again through the alternatives
      // of what is spread into it: each literal is read once per key at a time, sixteen at most.)
      const guard = `${obj.obj.node.start}:${key}`;
      if (this.spreadsOpen.has(guard) || this.spreadsOpen.size >= 16) return undefined;
      this.spreadsOpen.add(guard);
      try {
        return this.literalField(obj as AV & { obj: NonNullable<AV['obj']> }, key, node);
      } finally {
        this.spreadsOpen.delete(guard);
      }
    }
    return this.otherField(obj, key, node);
  }

  private literalField(obj: AV & { obj: NonNullable<AV['obj']> }, key: string, node: Node): AV | undefined {
    // Defined after the literal (an export object, a namespace, state a function fills in):
    // `o.k = …`, `Object.assign(o, { k: … })`, `__export(o, { k: () => … })`, `Object.defineProperty(o, "k", …)`.
    const def = obj.obj.binding ? this.definedElsewhere(obj.obj.binding, key) : undefined;
    const props = obj.obj.node.properties as Node[];
    // (The last property of that key: `{ value: "", …, value: v }`, as a minifier folds a spread, is v.)
    for (let i = props.length - 1; i >= 0; i--) {
      const p = props[i];
      if (p.type === 'Property' && this.keyOf(p, obj.obj.scope) === key) {
        const own = p.kind === 'get' && isFunction(p.value) ? this.returnsOf([this.facts.functions.get(p.value)!].filter(Boolean), node) : this.valueOf(p.value, obj.obj.scope);
        // `{ tz: "UTC", ...fromEnv() }`: a record spread after the default may override it.
        const later = props.slice(i + 1, i + 5).filter((x) => x.type === 'SpreadElement').map((x) => this.memberOf(this.valueOf(x.argument, obj.obj!.scope), key, node));
        // `{ prompt, tz: null }` handed to `setZone(ctx)`: a placeholder a function it is handed to fills.
        const placeholder = p.value.type === 'Literal' || (p.value.type === 'Identifier' && p.value.name === 'undefined') || (p.value.type === 'UnaryExpression' && p.value.operator === 'void');
        const handed = placeholder && obj.obj.binding ? this.definedElsewhere(obj.obj.binding, key, 'handed') : undefined;
        const parts = [own, ...later, ...(def ? [def] : []), ...(handed ? [handed] : [])];
        return parts.length > 1 ? withDefault(parts) : own;
      }
    }
    // A key the literal does not have may be written by a function it is handed to.
    const handed = obj.obj.binding ? this.definedElsewhere(obj.obj.binding, key, 'handed') : undefined;
    if (def || handed) return def && handed ? union([def, handed]) : def ?? handed;
    const spreads = props.filter((p) => p.type === 'SpreadElement');
    if (!spreads.length) return EMPTY;
    // `{ ...DEFAULTS, ...fileCfg, ...fromEnv() }`: the key is whichever record spread in has it (the last that does wins).
    const found = spreads.slice(-4).map((x) => this.memberOf(this.valueOf(x.argument, obj.obj.scope), key, node)).filter((v) => v !== EMPTY && (v.sensed?.length || v.konst || v.ref || v.fns || v.obj || v.control || v.given));
    if (found.length) return withDefault(found);
    const other = this.otherField(obj, key, node);
    if (other) return other;
    // A key the literal does not name is what a record spread in holds, and none holds it: not what
    // the literal's own fields carry (`{ ...model, requestOptions: { proxy } }.provider` is the
    // model's provider, not the proxy). (A computed key that cannot be read may be this one.)
    return props.some((p) => p.type === 'Property' && p.computed && this.keyOf(p, obj.obj.scope) === undefined) ? undefined : EMPTY;
  }

  /** A property of what is not an object literal: an array's element, an element of a list of objects, an instance's, a class's, a module's. */
  private otherField(obj: AV, key: string, node: Node): AV | undefined {
    // `remotes[0]` of a list of records collected one by one (`remotes.push({ name, url })`): one of them.
    if (/^\d+$/.test(key) && !obj.arr && !obj.konst && obj.elementOf?.obj && !obj.elementOf.konst) return obj.elementOf;
    if (obj.arr && /^\d+$/.test(key)) {
      // An element before any spread is the expression at that index.
      const els = obj.arr.node.elements as (Node | null)[];
      const i = Number(key);
      if (i < els.length && !els.slice(0, i + 1).some((e) => e?.type === 'SpreadElement')) return els[i] ? (obj.arr.delegated ? this.delegated(els[i]!, obj.arr.scope) : this.valueOf(els[i]!, obj.arr.scope)) : EMPTY;
      return undefined;
    }
    if (obj.elementOf?.arr && !obj.elementOf.konst && this.elementLevels < 2) {
      // A member of each element of a list of objects (`for (const a of this.adapters) a.emit(…)`):
      // each element's own, for the elements the list's literal holds or spreads in. (Two levels
      // at most: an element may be a list whose elements are lists…)
      this.elementLevels++;
      try {
        const found = this.elementsOf(obj.elementOf, 0).map((v) => this.fieldOf(v, key, node)).filter((v): v is AV => !!v && v !== EMPTY);
        if (found.length) return union(found);
      } finally {
        this.elementLevels--;
      }
    }
    if (obj.instance) {
      // `this.constructor.TABLE` in a method: a static member of the instance's class.
      if (key === 'constructor') return { cls: { node: obj.instance.cls, scope: obj.instance.scope } };
      let own = this.classMember(obj.instance.cls, obj.instance.scope, key, node, false);
      // `this.zone` in a static method (whose `this` is read as an instance's): the class's static
      // field or getter of that name, when the instances have none. (Not its static methods: a
      // call through `this` there is left to the subclasses, as before.)
      if (obj.instance.self && (!own || own === EMPTY) && this.inStaticMethod(node)) {
        const field = this.classMember(obj.instance.cls, obj.instance.scope, key, node, true);
        if (field && !field.fns) own = field;
      }
      if (!obj.instance.self || (own && !own.fns)) return own;
      // `this.fetch(…)` in a base class that leaves fetch to its subclasses (an SDK's core and its
      // Node client): the subclasses' methods of that name. `this.buildHeaders()` in a base class
      // whose subclass overrides it: either method.
      const subs = this.subclassesOf(obj.instance.cls).slice(0, 4);
      const found = subs.map((c) => this.classMember(c.node, c.scope, key, node, false)).filter((v): v is AV => !!v && (!own || !!v.fns));
      if (own) return found.length ? { ...own, fns: [...new Set([...own.fns!, ...found.flatMap((v) => v.fns!)])] } : own;
      return found.length ? union(found) : undefined;
    }
    if (obj.cls) {
      const own = this.classMember(obj.cls.node, obj.cls.scope, key, node, true);
      if (own) return own;
      // An Effect tag's accessor (`Config.get()` of `class Config extends Context.Tag("Config")() {}`),
      // as another module asks for `(yield* Config).get()`: the member of the service provided for it.
      const service = this.tagService(obj.cls);
      return service ? this.memberOf(service, key, node) : undefined;
    }
    if (obj.module) return this.moduleExport(obj.module.factory, key, node, obj.module.cjs);
    if (obj.proto) return this.protoMember(obj.proto.fn, key, node);
    // `function D(p) {…}; D.create = function create(p) {…}`: a member assigned onto a function
    // (a constructor's static helpers, as protobufjs's generated code and CommonJS libraries write them).
    if (obj.fns?.length === 1) {
      const b = functionBinding(obj.fns[0]);
      if (b) {
        // (Once per function and key: a bundle reads many members of one function, each a look at every write of its name.)
        let byKey = this.fnMemberMemo.get(b);
        if (!byKey) this.fnMemberMemo.set(b, (byKey = new Map()));
        if (!byKey.has(key)) byKey.set(key, this.definedElsewhere(b, key) ?? null);
        return byKey.get(key) ?? undefined;
      }
    }
    return undefined;
  }

  private elementLevels = 0;
  private spreadsOpen = new Set<string>();

  /** The values of an array literal's elements, through its spreads (`[...(opts.adapters ?? []), b]`), at most eight. */
  private elementsOf(list: AV, depth: number): AV[] {
    if (!list.arr || depth > 2) return [];
    const out: AV[] = [];
    for (const e of (list.arr.node.elements as (Node | null)[]).slice(0, 8)) {
      if (!e) continue;
      if (e.type !== 'SpreadElement') {
        out.push(this.valueOf(e, list.arr.scope));
        continue;
      }
      const v = this.valueOf(e.argument, list.arr.scope);
      out.push(...this.elementsOf(v, depth + 1));
    }
    return out.slice(0, 8);
  }

  /** A member expression's property name, also when computed from a constant (`o[_0x1f(3)]`). */
  nameOf(member: Node, scope: Scope): string | undefined {
    const m = memberName(member);
    if (m !== undefined || !member.computed) return m;
    const p = member.property;
    if (p.type === 'MemberExpression') {
      const ref = this.valueOf(p, scope).ref;
      return ref?.startsWith('@@symbol') ? ref : undefined;
    }
    if (p.type !== 'CallExpression' && p.type !== 'Identifier' && p.type !== 'BinaryExpression' && p.type !== 'TemplateLiteral') return undefined;
    const sym = symbolKey(p, scope);
    if (sym) return sym;
    const c = this.constant(p, scope);
    return c && typeof c.v === 'string' ? c.v : undefined;
  }

  /** A property's or class member's key: its name, or a computed key's constant value (`[_0x1f(3)]`). */
  keyOf(p: Node, scope: Scope): string | undefined {
    if (!p.computed) return propertyKeyName(p);
    const k = p.key;
    if (k.type === 'Literal') return String(k.value);
    if (k.type === 'MemberExpression') {
      const v = this.valueOf(k, scope);
      if (v.ref?.startsWith('@@symbol')) return v.ref; // `{ [m.KEY]: v }` of a symbol the bundle made
      return typeof v.konst?.v === 'string' || typeof v.konst?.v === 'number' ? String(v.konst.v) : undefined;
    }
    if (k.type !== 'CallExpression' && k.type !== 'Identifier' && k.type !== 'TemplateLiteral' && k.type !== 'BinaryExpression') return undefined;
    const sym = symbolKey(k, scope);
    if (sym) return sym;
    const c = this.constant(k, scope);
    return c && (typeof c.v === 'string' || typeof c.v === 'number') ? String(c.v) : undefined;
  }

  /** `semconv.ATTR_HOST_NAME` used as a key: the constant another module exports under that name. */
  moduleConstant(k: Node, scope: Scope): string | undefined {
    if (k.type !== 'MemberExpression') return undefined;
    const v = this.valueOf(k, scope).konst?.v;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  }

  /** Whether class `sub` extends `base`, directly or through up to three classes between. */
  extendsClass(sub: Node, base: Node, depth = 4): boolean {
    if (depth <= 0) return false;
    return this.subclassesOf(base).some((c) => c.node === sub || this.extendsClass(sub, c.node, depth - 1));
  }

  /** The classes of this file that extend `cls` (found once per file, from the text's `extends`). */
  private subclassesOf(cls: Node): { node: Node; scope: Scope }[] {
    if (!this.subclasses) {
      const map = new Map<Node, { node: Node; scope: Scope }[]>();
      this.subclasses = map;
      const index = this.index;
      if (index) {
        const text = index.text;
        for (let at = text.indexOf('extends'), n = 0; at >= 0 && n < 512; at = text.indexOf('extends', at + 7)) {
          // Only a class header (`class A extends`, `class extends`): not the word in a string or a comment.
          if (!/\bclass(\s+[\w$]+)?\s+$/.test(text.slice(Math.max(0, at - 80), at))) continue;
          n++;
          const path = nodePath(index.root, at, at + 7, (x) => (x.type === 'ClassDeclaration' || x.type === 'ClassExpression') && !!x.superClass && x.superClass.start > at && x.superClass.start <= at + 16);
          const sub = path[path.length - 1];
          if (!sub?.superClass || sub.superClass.start <= at || sub.superClass.start > at + 16) continue;
          const base = this.valueOf(sub.superClass, this.scopeAt(path.slice(0, -1))).cls;
          if (!base) continue;
          const list = map.get(base.node) ?? [];
          list.push({ node: sub, scope: this.scopeAt(path.slice(0, -1)) });
          map.set(base.node, list);
        }
      }
    }
    return this.subclasses.get(cls) ?? [];
  }

  /** A field, getter or method of a class (static ones for the class itself), or what its constructor assigns to `this`. */
  private classMember(cls: Node, scope: Scope, key: string, node: Node, statics: boolean): AV | undefined {
    const body = cls.body?.body as Node[] | undefined;
    if (!body) return undefined;
    // What code outside the class writes into its instances (`const s = new Settings(); s.locale = v`),
    // and what its methods write into `this` (`set locale(v) { this.#locale = v }`).
    const written = statics ? [] : (this.methodFields(cls, body).get(key) ?? []).map((a) => this.fieldWrite(a));
    const fromOutside = statics ? undefined : this.instanceWrites(cls, key);
    if (fromOutside) written.push(fromOutside);
    if (statics) written.push(...this.staticBlockWrites(cls, body, key));
    const outside = written.length ? union(written) : undefined;
    for (const m of body) {
      if (!m.key || !!m.static !== statics || this.keyOf(m, scope) !== key) continue;
      // A setter is what a write calls, not what a read gives (its getter is).
      if (m.type === 'MethodDefinition' && m.kind === 'set') continue;
      // A field declared without a value (`agents;`) is given one by the constructor, below.
      if (m.type === 'PropertyDefinition' && !m.value && !statics) break;
      if (m.type === 'PropertyDefinition') {
        let own = m.value ? this.valueOf(m.value, this.scopeOf(m.value) ?? scope) : EMPTY;
        // A static table written out (`static zoneMarks = { "-480": "\u200B", … }`): a constant, as
        // the same table in a module's `const` is (what a static block writes is added below).
        if (statics && m.value && !own.konst && !isSensed(own) && plainData(m.value)) {
          const c = this.tryConst(m.value, this.scopeOf(m.value) ?? scope);
          if (c.konst) own = { ...own, konst: c.konst };
        }
        // (`apiBase = "https://…"; constructor(o) { this.apiBase = o.apiBase ?? this.apiBase }`: a
        // default the constructor may replace, so what it writes is the field's value too.)
        const assigned = statics ? undefined : this.constructorFields(cls).get(key);
        const parts = [own, ...(assigned ?? []).map((a) => this.fieldWrite(a)), ...(outside ? [outside] : [])];
        return parts.length > 1 ? union(parts) : own;
      }
      if (m.type === 'MethodDefinition') {
        const info = this.facts.functions.get(m.value);
        if (!info) return EMPTY;
        return m.kind === 'get' ? this.returnsOf([info], node) : { fns: [info] };
      }
    }
    if (!statics) {
      const assigned = this.constructorFields(cls).get(key);
      // `this.list = undefined` in the constructor and `if (!this.list) this.list = decode(…)` in a method:
      // a lazy initialiser, whose field holds what the method writes (as `let cache = null` does).
      if (assigned && outside && assigned.every((a) => a.keyed === undefined && isNullish(a.node))) return outside;
      if (assigned) return union([...assigned.map((a) => this.fieldWrite(a)), ...(outside ? [outside] : [])]);
      if (outside) return outside;
      // `Object.assign(Updater.prototype, RegionMixin)`: a mixin's members are the instances'.
      const open = `${cls.start}:${key}`;
      if (!this.mixinsOpen.has(open)) {
        this.mixinsOpen.add(open);
        try {
          for (const mixin of this.mixinsOf(cls)) {
            if (mixin.instance) continue; // (an instance copied onto a prototype: its members are this class's own)
            const m = this.memberOf(mixin, key, node);
            if (m !== EMPTY && (m.fns || m.sensed?.length || m.konst || m.ref || m.obj)) return m;
          }
        } finally {
          this.mixinsOpen.delete(open);
        }
      }
      // (A class its own ancestor, as resolved — `class extends this` in a static method of it — is not climbed again.)
      if (cls.superClass && !this.supersOpen.has(open)) {
        const sup = this.valueOf(cls.superClass, scope);
        this.supersOpen.add(open);
        try {
          if (sup.cls) return this.classMember(sup.cls.node, sup.cls.scope, key, node, false);
        } finally {
          this.supersOpen.delete(open);
        }
      }
    }
    return undefined;
  }
  private supersOpen = new Set<string>();

  /**
   * What a class writes into its own static `key`: its static blocks (`static { Registry.#limited =
   * new Set(…) }`, `this.k = …`), and its static methods through its own name (`static tag() { if
   * (_Client.tag === void 0) _Client.tag = hash(…); return _Client.tag; }`, a memo kept on the class).
   * Found once per class, within a bound of nodes.
   */
  private staticBlockWrites(cls: Node, body: Node[], key: string): AV[] {
    if (!this.index) return [];
    let writes = this.staticWritesMemo.get(cls);
    if (!writes) {
      writes = [];
      this.staticWritesMemo.set(cls, writes);
      let budget = 20_000;
      for (const m of body) {
        const block = m.type === 'StaticBlock';
        if (!block && !(m.type === 'MethodDefinition' && m.static && m.kind !== 'set')) continue;
        if (budget <= 0 || writes.length >= 64) break;
        forEachDescendant(block ? m : m.value.body, (x) => {
          budget--;
          if (writes!.length >= 64 || (isFunction(x) && x.type !== 'ArrowFunctionExpression')) return false;
          if (x.type !== 'AssignmentExpression' || x.left.type !== 'MemberExpression') return true;
          const o = unwrap(x.left.object);
          // (`this` is the class in a static block and in a static method or getter called on it:
          // `static get zone() { if (this.#zone === undefined) this.#zone = … }`.)
          if (o.type !== 'ThisExpression' && !(o.type === 'Identifier' && cls.id && o.name === cls.id.name)) return true;
          writes!.push(x);
          return true;
        }, Math.max(0, Math.min(budget, 4000)));
      }
    }
    const out: AV[] = [];
    for (const x of writes) {
      if (out.length >= 4) break;
      // (A name written out is read without its scope.)
      if (!x.left.computed && memberName(x.left) !== key) continue;
      const scope = this.scopeAt(pathTo(this.index.root, x));
      if (this.nameOf(x.left, scope) === key) out.push(this.valueOf(x.right, scope));
    }
    return out;
  }
  private staticWritesMemo = new WeakMap<Node, Node[]>();

  /** Whether a node is in a static method or getter of a class (arrows between keep its `this`). */
  private inStaticMethod(node: Node): boolean {
    if (!this.index) return false;
    const path = pathTo(this.index.root, node);
    for (let i = path.length - 1; i > 0; i--) {
      const n = path[i];
      if (n.type === 'ArrowFunctionExpression') continue;
      if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') return path[i - 1]?.type === 'MethodDefinition' && !!path[i - 1].static;
    }
    return false;
  }

  private returnsParamMemo = new Map<Node, number | undefined>();
  /**
   * The parameter a function gives back unchanged, itself or through `Object.defineProperty(p,
   * "name", …)` (which gives back p), when that is all the function does; or undefined.
   */
  private returnsParam(fn: FunctionInfo): number | undefined {
    if (this.returnsParamMemo.has(fn.node)) return this.returnsParamMemo.get(fn.node);
    this.returnsParamMemo.set(fn.node, undefined);
    const params = fn.node.params as Node[];
    // (Only a function that does nothing else: its body that one expression or one return. One
    // that copies fields onto what it returns, esbuild's `__copyProps`, gives back more.)
    const body = fn.node.body as Node;
    const alone = body.type !== 'BlockStatement' || ((body.body as Node[]).length === 1 && (body.body as Node[])[0].type === 'ReturnStatement');
    let k: number | undefined;
    const ok = alone && fn.returns.length === 1 && fn.returns.every((ret) => {
      let e = unwrap(ret);
      if (e.type === 'CallExpression' && e.arguments.length >= 2 && unwrap(e.arguments[0] as Node).type === 'Identifier') {
        // (`Object.defineProperty(e, "name", { value: t })`: a property written out, on the object handed back.)
        const ref = this.valueOf(e.callee, fn.scope).ref;
        if ((ref !== 'Object.defineProperty' && ref !== 'Object.defineProperties') || staticString(e.arguments[1] as Node) === undefined) return false;
        e = unwrap(e.arguments[0] as Node);
      }
      if (e.type !== 'Identifier') return false;
      const i = params.findIndex((p) => p.type === 'Identifier' && p.name === e.name);
      if (i < 0 || (k !== undefined && k !== i) || fn.scope.own(e.name)?.kind !== 'param') return false;
      k = i;
      return true;
    });
    const out = ok ? k : undefined;
    this.returnsParamMemo.set(fn.node, out);
    return out;
  }

  /** What `new F(…)` makes of a plain function F (not an arrow, not a class): an object of its prototype. */
  private constructed(fns: FunctionInfo[]): AV {
    const fn = fns.length === 1 ? fns[0] : undefined;
    return fn && (fn.node.type === 'FunctionDeclaration' || fn.node.type === 'FunctionExpression') ? { proto: { fn } } : EMPTY;
  }

  private protoMemo = new Map<string, AV | undefined>();
  /**
   * A member of an object a plain function constructs: what the constructor writes into `this`,
   * else the prototype's method of that name (`F.prototype.k = function …`, `F.prototype = { k }`,
   * Babel's `_createClass(F, [{ key: "k", value: function … }])`).
   */
  private protoMember(fn: FunctionInfo, key: string, node: Node): AV | undefined {
    const memo = `${fn.node.start}:${key}`;
    if (this.protoMemo.has(memo)) return this.protoMemo.get(memo);
    this.protoMemo.set(memo, undefined);
    const writes = this.functionThisWrites(fn.node).get(key);
    let v: AV | undefined = writes?.length ? union(writes.map((w) => this.fieldWrite(w))) : undefined;
    const b = functionBinding(fn) ?? this.constructorBinding(fn);
    if (!v && b && this.index) {
      for (const r of referencesOf(b, this.index, 64)) {
        const p = r.path;
        const [up3, up2, up1] = [p[p.length - 4], p[p.length - 3], p[p.length - 2]];
        let value: Node | undefined;
        if (up1?.type === 'MemberExpression' && up1.object === r.node && memberName(up1) === 'prototype') {
          // `F.prototype.k = function …`; `F.prototype = { k() {…} }`.
          if (up2?.type === 'MemberExpression' && up2.object === up1 && memberName(up2) === key && up3?.type === 'AssignmentExpression' && up3.left === up2) value = up3.right;
          else if (up2?.type === 'AssignmentExpression' && up2.left === up1 && unwrap(up2.right).type === 'ObjectExpression') {
            value = (unwrap(up2.right).properties as Node[]).find((q) => q.type === 'Property' && propertyKeyName(q) === key)?.value;
          }
        } else if (up1?.type === 'CallExpression' && up1.arguments[0] === r.node && up1.arguments[1]?.type === 'ArrayExpression') {
          // `_createClass(F, [{ key: "k", value: function k() {…} }])`.
          for (const d of up1.arguments[1].elements as (Node | null)[]) {
            if (d?.type !== 'ObjectExpression') continue;
            const props = d.properties as Node[];
            const named = props.find((q) => q.type === 'Property' && propertyKeyName(q) === 'key');
            if (!named || staticString(named.value) !== key) continue;
            value = props.find((q) => q.type === 'Property' && (propertyKeyName(q) === 'value' || propertyKeyName(q) === 'get'))?.value;
            if (value && props.some((q) => q.type === 'Property' && propertyKeyName(q) === 'get' && q.value === value)) {
              const info = this.facts.functions.get(value);
              v = info ? this.returnsOf([info], node) : undefined;
              value = undefined;
            }
          }
        }
        if (value) {
          const info = isFunction(value) ? this.facts.functions.get(value) : undefined;
          v = info ? { fns: [info] } : this.valueOf(value, this.scopeAt(p.slice(0, -1)));
          break;
        }
        if (v) break;
      }
    }
    this.protoMemo.set(memo, v);
    return v;
  }

  /** The binding a function expression is given by its declarator (`var F = function () {…}`). */
  private constructorBinding(fn: FunctionInfo): Binding | undefined {
    if (!this.index) return undefined;
    const path = pathTo(this.index.root, fn.node);
    const d = path[path.length - 2];
    return d?.type === 'VariableDeclarator' && d.init === fn.node && d.id.type === 'Identifier' ? this.scopeAt(path.slice(0, -2)).lookup(d.id.name) : undefined;
  }

  private mixinMemo = new Map<Node, AV[]>();
  private mixinsOpen = new Set<string>();
  /** The records copied onto a class's prototype (`Object.assign(C.prototype, A, B)`). */
  private mixinsOf(cls: Node): AV[] {
    const hit = this.mixinMemo.get(cls);
    if (hit) return hit;
    const out: AV[] = [];
    this.mixinMemo.set(cls, out);
    for (const site of this.methodCalls('assign', 64)) {
      const [target, ...sources] = site.node.arguments as Node[];
      const t = target ? unwrap(target) : undefined;
      if (t?.type !== 'MemberExpression' || memberName(t) !== 'prototype' || this.valueOf(unwrap(site.node.callee), site.scope).ref !== 'Object.assign') continue;
      if (this.valueOf(unwrap(t.object), site.scope).cls?.node !== cls) continue;
      for (const src of sources.slice(0, 4)) if (src.type !== 'SpreadElement') out.push(this.valueOf(src, site.scope));
    }
    return out;
  }

  /** The values code outside a class assigns to `key` of the variables its instances are kept in. */
  private instanceWrites(cls: Node, key: string, setter = false): AV | undefined {
    // (Asked again while it is being answered, through a getter another record's copy defines,
    // `Object.assign(o, …)` of an instance: the answer being made, as a value asked in a cycle is.
    // No depth limit is met on that way round, which does not pass through valueOf.)
    const asking = `${cls.start}:${key}:${setter ? 1 : 0}`;
    if (this.instanceWritesAsked.has(asking)) return undefined;
    this.instanceWritesAsked.add(asking);
    try {
      return this.instanceWritesOf(cls, key, setter);
    } finally {
      this.instanceWritesAsked.delete(asking);
    }
  }

  private instanceWritesAsked = new Set<string>();

  private instanceWritesOf(cls: Node, key: string, setter: boolean): AV | undefined {
    let holders = this.instanceHolders.get(cls);
    if (!holders) {
      holders = [];
      this.instanceHolders.set(cls, holders);
      const name = cls.id?.name as string | undefined;
      if (name && this.index && this.facts.constructions) {
        // (`new Prefs()`, and `new m.Prefs()` of the module that exports it, when it is this class.)
        const members = (this.facts.memberConstructions?.(name) ?? []).slice(0, 16).filter((site) => this.valueOf(unwrap(site.node.callee), site.scope).cls?.node === cls);
        for (const site of [...this.facts.constructions(name).slice(0, 16), ...members]) {
          const sp = pathTo(this.index.root, site.node);
          const parent = sp[sp.length - 2];
          const id = parent?.type === 'VariableDeclarator' && parent.init === site.node ? parent.id : parent?.type === 'AssignmentExpression' && parent.right === site.node ? parent.left : undefined;
          const b = id?.type === 'Identifier' ? site.scope.lookup(id.name) : undefined;
          if (b && !holders.includes(b)) holders.push(b);
        }
      }
    }
    const parts: AV[] = [];
    for (const b of holders) this.definitionsOn(b, key, parts);
    if (!parts.length && setter && this.index) {
      // A setter's class made under a name it does not have (`new (r(7305).Preferences)()` of a
      // minified `class o`): the writes of that key whose object is an instance of it.
      const memo = `${cls.start}:${key}`;
      const known = this.setterWrites.get(memo);
      if (known) return known === EMPTY ? undefined : known;
      this.setterWrites.set(memo, EMPTY);
      for (const { value, scope } of this.definitionSites(key, 32)) {
        const vp = pathTo(this.index.root, value);
        const asg = vp[vp.length - 2];
        if (asg?.type !== 'AssignmentExpression' || asg.right !== value || asg.left.type !== 'MemberExpression') continue;
        if (this.valueOf(unwrap(asg.left.object), scope).instance?.cls === cls) parts.push(this.valueOf(value, scope));
      }
      // (`holder[_0x1f(3)] = v`, the key behind a string decoder as obfuscators write every one.)
      for (const m of this.hiddenMembers(key).slice(0, 32)) {
        const mp = pathTo(this.index.root, m);
        const asg = mp[mp.length - 2];
        if (asg?.type !== 'AssignmentExpression' || asg.left !== m || asg.operator !== '=') continue;
        const scope = this.scopeAt(mp);
        if (this.valueOf(unwrap(m.object), scope).instance?.cls === cls) parts.push(this.valueOf(asg.right, scope));
      }
      const found = parts.length ? union(parts) : undefined;
      this.setterWrites.set(memo, found ?? EMPTY);
      return found;
    }
    return parts.length ? union(parts) : undefined;
  }

  private instanceHolders = new Map<Node, Binding[]>();
  private setterWrites = new Map<string, AV>();

  /** What a class's constructor assigns to `this`, by key (found once per class). */
  private constructorFields(cls: Node): Map<string, FieldWrite[]> {
    let fields = this.ctorFields.get(cls);
    if (fields) return fields;
    fields = new Map();
    this.ctorFields.set(cls, fields);
    const ctor = constructorOf(cls);
    if (ctor) this.thisWrites(ctor.value, fields);
    return fields;
  }

  /** What a class's other methods, setters included, assign to `this` (`init() { this.region = … }`), by key. */
  private methodFields(cls: Node, body: Node[]): Map<string, FieldWrite[]> {
    let fields = this.methodFieldsOf.get(cls);
    if (fields) return fields;
    fields = new Map();
    this.methodFieldsOf.set(cls, fields);
    for (const m of body) if (m.type === 'MethodDefinition' && !m.static && m.kind !== 'constructor') this.thisWrites(m.value, fields);
    return fields;
  }

  private methodFieldsOf = new Map<Node, Map<string, FieldWrite[]>>();

  /** The `this.k = v` of a function (and of the arrows in it, which share its `this`), by key, up to four each. */
  private thisWrites(fn: Node, found: Map<string, FieldWrite[]>): void {
    const all = this.facts.thisWrites ?? [];
    // The parser recorded them as they ended: those inside the function are one run of the list.
    for (let i = lowerBound(all, fn.start); i < all.length && all[i].node.end <= fn.end; i++) {
      const { node: n, scope } = all[i];
      // (A default in a pattern, `[this.k = 1] = list`, is no plain write.)
      if (n.type !== 'AssignmentExpression') continue;
      // Its `this` is the function's unless a function other than an arrow lies between.
      let s: Scope | undefined = scope.functionScope();
      while (s?.fn?.node.type === 'ArrowFunctionExpression') s = s.fn.scope.parent?.functionScope();
      if (s?.fn?.node !== fn) continue;
      const k = this.nameOf(n.left, scope);
      if (k === undefined) {
        // `for (const [k, env] of Object.entries(T)) this[k] = process.env[env]`: a write of each key k ranges over.
        const names = this.keysWritten(n, scope);
        if (names) {
          for (const name of names.slice(0, 64)) {
            if (typeof name !== 'string') continue;
            const list = found.get(name) ?? [];
            if (list.length < 4) list.push({ node: n, scope, keyed: name });
            found.set(name, list);
          }
        }
        continue;
      }
      const list = found.get(k) ?? [];
      if (list.length < 4) list.push({ node: n.right, scope });
      found.set(k, list);
    }
    // A class field as compilers lower it: Babel's `_defineProperty(this, "k", v)`, esbuild's
    // `__publicField(this, "k", v)`, TypeScript's `Object.defineProperty(this, "k", { value: v })`.
    // (Only where the function's text hands `this` first to a call: most functions are not walked.)
    if (this.index && !this.occurs('(this,', fn.start, fn.end) && !this.occurs('( this,', fn.start, fn.end)) return;
    forEachDescendant(fn.body ?? fn, (x) => {
      if (x !== fn && isFunction(x) && x.type !== 'ArrowFunctionExpression') return false;
      if (x.type !== 'CallExpression' || x.arguments.length < 3 || unwrap(x.arguments[0]).type !== 'ThisExpression') return true;
      // (The key written out, as compilers write it.)
      const k = staticString(x.arguments[1]);
      if (k === undefined || !/^[\w$]+$/.test(k)) return true;
      const scope = this.scopeAt(pathTo(this.index!.root, x));
      if (!this.definesProperty(unwrap(x.callee), scope)) return true;
      const v = x.arguments[2] as Node;
      // (`Object.defineProperty(this, "k", { value: v })`: the descriptor's value.)
      const desc = v.type === 'ObjectExpression' ? (v.properties as Node[]).find((p) => p.type === 'Property' && this.keyOf(p, scope) === 'value') : undefined;
      const list = found.get(k) ?? [];
      if (list.length < 4 && (desc || v.type !== 'ObjectExpression')) list.push({ node: desc ? desc.value : v, scope });
      found.set(k, list);
      return true;
    }, 4000);
  }

  private definers = new Map<Node, boolean>();
  /**
   * Whether a callee defines a property of its first argument, named by its second, as its third:
   * Object.defineProperty, or a helper whose code does so with its own parameters
   * (`Object.defineProperty(e, r, …)`, `e[r] = t`), itself or in the one function it calls.
   */
  private definesProperty(callee: Node, scope: Scope): boolean {
    const f = this.calleeValue(callee, scope);
    if (f.ref === 'Object.defineProperty' || f.ref === 'Reflect.defineProperty') return true;
    // (`Base.call(this, "", options)` calls Base with another `this`: no helper.)
    if (callee.type === 'MemberExpression' && /^(call|apply|bind)$/.test(memberName(callee) ?? '')) return false;
    const fn = f.fns?.length === 1 ? f.fns[0] : undefined;
    if (!fn || !this.index) return false;
    return this.cachedTest(this.definers, fn.node, () => {
      const text = this.index!.text;
      const writes = (g: Node) => {
        const [o, k, v] = (g.params as Node[]).map((p) => (p.type === 'Identifier' ? p.name.replace(/\$/g, '\\$') : undefined));
        if (!o || !k || !v || g.end - g.start >= 600) return false;
        return new RegExp(`defineProperty\\(\\s*${o}\\s*,\\s*${k}\\b|\\b${o}\\s*\\[\\s*${k}\\s*\\]\\s*=\\s*${v}\\b`).test(text.slice(g.start, g.end));
      };
      if (writes(fn.node)) return true;
      // esbuild's `__publicField = (o, k, v) => __defNormalProp(o, …, v)`: the helper it calls.
      const body = unwrap(fn.node.body);
      const inner = body.type === 'CallExpression' ? this.calleeValue(unwrap(body.callee), fn.scope) : undefined;
      return !!inner?.fns?.length && writes(inner.fns[0].node);
    });
  }

  /** What a write recorded by thisWrites gives its field. */
  private fieldWrite(a: FieldWrite): AV {
    return a.keyed !== undefined ? (this.keyedWrite(a.node, a.keyed, a.scope) ?? EMPTY) : this.valueOf(a.node, a.scope);
  }

  /**
   * Properties of an object bound to `b` that are defined after its literal: `o.k = v`,
   * `Object.defineProperty(o, "k", { value | get })`, and export helpers that take getters
   * (`__export(o, { k: () => v })`, webpack's `__webpack_require__.d(o, { k: () => v })`).
   */
  private definedElsewhere(b: Binding, key: string, through: 'own' | 'handed' = 'own'): AV | undefined {
    const parts: AV[] = [];
    // ('handed': through the parameters of the functions it is handed to, `sense(ctx)` writing
    // `ctx.tz = …`, two calls deep: asked only for a key the literal lacks or holds a placeholder
    // for, as finding them looks up every reference of the name.)
    const filling = through === 'handed' ? this.fillingParams(b) : [];
    const holders = through === 'handed' ? [...filling, ...filling.flatMap((p) => this.fillingParams(p))] : [b, ...this.namespaceParams(b)];
    for (const holder of new Set(holders)) this.definitionsOn(holder, key, parts);
    return parts.length ? union(parts) : undefined;
  }

  private fillCache = new Map<Binding, Binding[]>();
  /**
   * The parameters of the functions an object is handed to (`sense(ctx)`, `init(this.options)`):
   * what they write into their parameter's fields is written into the object.
   */
  private fillingParams(b: Binding): Binding[] {
    // (A record a function makes and hands on, as a context is: a bundle's top-level names are
    // looked up across the whole file, at a cost that grows with it.)
    if (!this.index || !b.scope.functionScope().fn) return [];
    const hit = this.fillCache.get(b);
    if (hit) return hit;
    const out: Binding[] = [];
    this.fillCache.set(b, out);
    const root = this.index.root;
    for (const ref of this.references(b).slice(0, 32)) {
      const call = ref.path[ref.path.length - 2];
      if (call?.type !== 'CallExpression' || unwrap(call.callee) === ref.node) continue;
      const at = (call.arguments as Node[]).indexOf(ref.node);
      if (at < 0) continue;
      // (A function called by its name, as a local helper is: resolving every callee an object is passed to costs more than it finds.)
      const callee = unwrap(call.callee);
      const path = ref.path[0] === root ? ref.path.slice(0, -1) : pathTo(root, call);
      const scope = this.scopeAt(path);
      let fns: FunctionInfo[] = [];
      if (callee.type === 'Identifier') {
        const info = this.namedFunction(callee.name, scope);
        if (info) fns = [info];
        // `for (const step of steps) step(ctx)`, `steps.forEach((s) => s(ctx))`, `let fn = mw[i]; fn(ctx)`: each function of the list.
        else fns = this.elementOfList(callee.name, scope);
      } else if (callee.type === 'CallExpression' && unwrap(callee.callee).type === 'Identifier') {
        // `compose(steps)(ctx)`: the function the named factory returns.
        const factory = this.namedFunction(unwrap(callee.callee).name, scope);
        fns = (factory?.returns ?? []).flatMap((n) => (isFunction(unwrap(n)) ? [this.facts.functions.get(unwrap(n))!].filter(Boolean) : []));
      } else if (callee.type === 'MemberExpression' && callee.computed && unwrap(callee.object).type === 'Identifier') {
        // `mw[i](ctx, next)`: each function of the list it calls through (a middleware chain).
        fns = this.listedFunctions(unwrap(callee.object).name, scope);
      }
      for (const fn of fns.slice(0, 8)) {
        const p = (fn.node.params as Node[])[at];
        const pb = p?.type === 'Identifier' ? fn.scope.lookup(p.name) : undefined;
        // (A parameter given another object on the way, `o = Object.assign({}, o)`, writes into that one.)
        if (pb?.kind === 'param' && pb !== b && !pb.assignments?.length && !out.includes(pb)) out.push(pb);
      }
      if (out.length >= 4) break;
    }
    return out;
  }

  /** The function a name declares or is given once (`function f() {}`, `const f = () => …`). */
  private namedFunction(name: string, scope: Scope): FunctionInfo | undefined {
    const b = scope.lookup(name);
    const decl = b?.kind === 'function' ? b.node : b && !b.path && !b.assignments && b.init && isFunction(unwrap(b.init)) ? unwrap(b.init) : undefined;
    return decl ? this.facts.functions.get(decl) : undefined;
  }

  /** The functions of the list a name takes each element of: a loop's variable, an iteration's parameter, `let fn = list[i]`. */
  private elementOfList(name: string, scope: Scope): FunctionInfo[] {
    const b = scope.lookup(name);
    if (!b || b.path) return [];
    let list: Node | undefined;
    let at = b.scope;
    const loop = b.kind !== 'param' ? this.loopOf(b.node) : undefined;
    if (loop?.type === 'ForOfStatement') list = unwrap(loop.right);
    else if (b.init && unwrap(b.init).type === 'MemberExpression' && unwrap(b.init).computed) list = unwrap(unwrap(b.init).object);
    else if (b.kind === 'param' && b.paramIndex === 0 && b.fn) {
      const owner = this.callbackOwner.get(b.fn.node);
      const callee = owner ? unwrap(owner.node.callee) : undefined;
      if (owner && callee?.type === 'MemberExpression' && this.iterates(owner.node, owner.scope)) {
        list = unwrap(callee.object);
        at = owner.scope;
      }
    }
    return list?.type === 'Identifier' ? this.listedFunctions(list.name, at) : [];
  }

  /**
   * The named functions a list holds (`[sense, gate]`), the list a name for a literal or the
   * parameter of a function its callers hand one to (`compose([sense, gate])`).
   */
  private listedFunctions(name: string, scope: Scope): FunctionInfo[] {
    const b = scope.lookup(name);
    if (!b || b.path || b.assignments) return [];
    const lists: { list: Node; scope: Scope }[] = [];
    if (b.kind === 'param') {
      const at = b.paramIndex;
      if (b.fn && at !== undefined) for (const site of this.callSitesOf(b.fn).slice(0, 4)) {
        const arg = (site.node.arguments as Node[])[at + (site.shift ?? 0)];
        if (arg && unwrap(arg).type === 'ArrayExpression') lists.push({ list: unwrap(arg), scope: site.scope });
      }
    } else if (b.init && unwrap(b.init).type === 'ArrayExpression') lists.push({ list: unwrap(b.init), scope: b.scope });
    const out: FunctionInfo[] = [];
    for (const { list, scope: at } of lists) {
      for (const e of (list.elements as (Node | null)[]).slice(0, 16)) {
        const x = e && unwrap(e);
        const info = !x ? undefined : isFunction(x) ? this.facts.functions.get(x) : x.type === 'Identifier' ? this.namedFunction(x.name, at) : undefined;
        if (info && !out.includes(info)) out.push(info);
      }
    }
    return out;
  }

  /**
   * The parameters an object is filled through: TypeScript's namespaces and their minified forms,
   * `(function (ns) { ns.k = … })(X || (X = {}))`, `((ns) => { ns.k = … })(X ||= {})`.
   */
  private namespaceParams(b: Binding): Binding[] {
    if (!this.index || !b.assignments) return [];
    const hit = this.namespaceCache.get(b);
    if (hit) return hit;
    const out: Binding[] = [];
    this.namespaceCache.set(b, out);
    // Found from the binding's own assignments (`X = {}`, `X ||= {}`, `X = X || {}`), never by searching its references.
    for (const a of b.assignments.slice(0, 16)) {
      if (a.type !== 'AssignmentExpression' || !emptyObjectOrDefault(a.right)) continue;
      const path = pathTo(this.index.root, a);
      let i = path.length - 1;
      // Up through `X || (X = {})` and parentheses to the argument it is.
      while (i > 0 && (path[i - 1].type === 'LogicalExpression' || path[i - 1].type === 'ParenthesizedExpression')) i--;
      const pb = this.parameterFor(path[i - 1], path[i]);
      if (pb && !out.includes(pb)) out.push(pb);
      if (out.length >= 4) break;
    }
    return out;
  }

  private definitionsOn(b: Binding, key: string, parts: AV[]): void {
    for (const site of sitesWithin(this.facts.propertyDefinitions?.(b.name) ?? [], b)) {
      const n = site.node;
      if (site.scope.lookup(b.name) !== b) continue;
      if (n.type === 'AssignmentExpression') {
        const name = this.nameOf(n.left, site.scope);
        if (name === key) parts.push(this.valueOf(n.right, site.scope));
        else if (name === undefined) {
          const w = this.keyedWrite(n, key, site.scope) ?? this.parsedWrite(n, site.scope);
          if (w) parts.push(w);
        }
      } else if (n.type === 'CallExpression') {
        const def = this.getterDefinition(n, key, site.scope);
        if (def) parts.push(def);
      }
      if (parts.length >= 4) break;
    }
  }

  /**
   * `out[line.slice(0, i)] = line.slice(i + 1)`: a record parsed from a sensed text (key=value
   * lines, a certificate's `O=…` names, an INI file), its keys and values both read from it. A
   * field read by name (`out.O`) is one of those values: what the text says under that name.
   */
  private parsedWrite(n: Node, scope: Scope): AV | undefined {
    if (!n.left.computed || n.operator !== '=' || !this.textKey(n.left.property, scope, 2)) return undefined;
    const k = this.valueOf(n.left.property, scope);
    if (!isSensed(k) || k.konst) return undefined;
    const v = this.valueOf(n.right, scope);
    if (!isSensed(v)) return undefined;
    return addStep({ sensed: v.sensed, steps: v.steps }, { role: 'transform', node: n, note: 'a field of a record parsed from it (keys and values read from the same text)' });
  }

  /**
   * Whether a key is cut out of a text (`line.slice(0, i).trim()`, `m[1]`, `const [k, v] = line.split("=")`),
   * not one of a record's own keys (`for (const key of Object.keys(src)) out[key] = …`, a copy or a merge).
   */
  private textKey(node: Node, scope: Scope, depth: number): boolean {
    const k = unwrap(node);
    if (k.type === 'CallExpression' && k.callee.type === 'MemberExpression') return TEXT_CUTS.has(memberName(k.callee) ?? '');
    if (k.type === 'MemberExpression' && k.computed && k.property.type === 'Literal' && typeof k.property.value === 'number') {
      const o = unwrap(k.object);
      return (o.type === 'CallExpression' && o.callee.type === 'MemberExpression' && TEXT_SPLITS.has(memberName(o.callee) ?? '')) || (o.type === 'Identifier' && depth > 0 && this.textKey(o, scope, depth - 1));
    }
    if (k.type !== 'Identifier' || depth <= 0) return false;
    const b = scope.lookup(k.name);
    if (!b?.init || b.assignments?.length || (b.kind !== 'const' && b.kind !== 'let')) return false;
    const init = unwrap(b.init);
    if (init.type !== 'CallExpression' || init.callee.type !== 'MemberExpression') return false;
    const method = memberName(init.callee) ?? '';
    // `const [k, v] = line.split("=")`: a piece of the split text.
    if (b.path) return b.path.length === 1 && typeof b.path[0] === 'number' && TEXT_SPLITS.has(method);
    return TEXT_CUTS.has(method) || TEXT_SPLITS.has(method);
  }

  /** What a record made empty and filled by `parsedWrite`s holds: the sensed text it was parsed from. */
  private parsedRecord(b: Binding): AV | undefined {
    const parts: AV[] = [];
    for (const site of sitesWithin(this.facts.propertyDefinitions?.(b.name) ?? [], b).slice(0, 8)) {
      if (site.node.type !== 'AssignmentExpression' || site.scope.lookup(b.name) !== b) continue;
      const w = this.parsedWrite(site.node, site.scope);
      if (w) parts.push(w);
    }
    return parts.length ? union(parts) : undefined;
  }

  /** The constant keys `o[k] = v` (also `??=`, `||=`) writes, when k ranges over a list of them (a loop's key, `opt.name` of each record). */
  private keysWritten(n: Node, scope: Scope): Value[] | undefined {
    if (!n.left.computed || (n.operator !== '=' && n.operator !== '??=' && n.operator !== '||=')) return undefined;
    const prop = unwrap(n.left.property);
    if (prop.type !== 'Identifier' && prop.type !== 'MemberExpression') return undefined;
    const names = this.valueOf(prop, scope).elementOf?.konst?.v;
    return Array.isArray(names) ? names : undefined;
  }

  /**
   * `config[name] = process.env[ENV_NAMES[name]]` in a loop over a constant table
   * (`for (const [name, env] of Object.entries(ENV_NAMES))`, `for (const name in T)`): a write of
   * `key` when the loop's key ranges over it. Of the environment variables the value may read, those
   * the table names under other keys only are not this key's: each key gets its own variable.
   */
  private keyedWrite(n: Node, key: string, scope: Scope): AV | undefined {
    if (!this.keysWritten(n, scope)?.includes(key)) return undefined;
    const v = this.valueOf(n.right, scope);
    // `facts[names[i]] = results[i].value` with `names = Object.keys(probes)`: what the table's
    // other entries sense is not this key's (each result comes from its own entry's probe).
    const table = v.sensed?.length ? this.keyTable(unwrap(n.left.property), scope) : undefined;
    if (table) {
      // What the key's own entry gives (a probe called, or its value): of what the entries sense, only that.
      const entry = (table.table.properties as Node[]).find((p) => p.type === 'Property' && this.keyOf(p, table.scope) === key);
      const ownValue = entry ? this.entryValue(entry, table.scope) : EMPTY;
      const own = new Set((ownValue.sensed ?? []).map((s) => s.node));
      const sensed = v.sensed!.filter((s) => own.has(s.node) || !this.entriesHolding(table, s.node).length);
      if (sensed.length !== v.sensed!.length) return sensed.length || v.konst || v.obj || v.fns ? { ...v, sensed: sensed.length ? sensed : undefined, elementOf: undefined } : EMPTY;
    }
    if (!v.sensed?.some((s) => s.envName && s.envName !== '*')) return v;
    const entries = this.keyEntries(unwrap(n.left.property), scope);
    if (!entries) return v;
    const own = new Set<string>();
    const all = new Set<string>();
    for (const e of entries) stringsIn(e.entry, e.key === key ? own : all);
    const sensed = v.sensed.filter((s) => !s.envName || own.has(s.envName) || !all.has(s.envName));
    if (sensed.length === v.sensed.length) return v;
    const read = sensed.flatMap((s) => (s.envName ? [s.envName] : []));
    const steps = v.steps?.map((st, i) => (i === 0 && st.role === 'source' && read.length ? { ...st, note: `reads ${read.join(', ')} from the environment (the entry for "${key}")` } : st));
    return { ...v, sensed, steps, elementOf: undefined };
  }

  /**
   * The object literal T whose keys a written key takes, with T's scope: `o[L[i]]` with `L =
   * Object.keys(T)`, or a loop's or an iteration callback's variable ranging over T's keys (`for
   * (const [i, k] of L.entries())`, `Object.entries(T).forEach(([k], i) => …)`, `for (k in T)`). A
   * write under such a key pairs it with its own entry's work.
   */
  keyTable(prop: Node, scope: Scope): { table: Node; scope: Scope } | undefined {
    const src = prop.type === 'MemberExpression' && prop.computed ? this.keysListed(unwrap(prop.object), scope, []) : this.keysRangedOver(prop, scope);
    const t = src ? this.constInit(src.node, src.scope) : undefined;
    return t?.node.type === 'ObjectExpression' ? { table: t.node, scope: t.scope } : undefined;
  }

  /**
   * The object whose keys the elements of `list` hold at `path`: X of `Object.keys(X)` (the
   * element), of `Object.entries(X)` (its first part), of `L.entries()` of such an L (the second
   * part), through what keeps a list's elements (`Object.keys(X).filter(…)`).
   */
  private keysListed(list: Node, scope: Scope, path: readonly (string | number)[], depth = 0): { node: Node; scope: Scope } | undefined {
    const { node, scope: s } = this.constInit(list, scope);
    if (node.type !== 'CallExpression' || depth > 3) return undefined;
    const callee = unwrap(node.callee);
    const args = node.arguments as Node[];
    const m = callee.type === 'MemberExpression' ? memberName(callee) : undefined;
    if (m === 'entries' && !args.length) return String(path[0]) === '1' ? this.keysListed(unwrap(callee.object), s, path.slice(1), depth + 1) : undefined;
    if (m && KEEPS_ELEMENTS.has(m)) return this.keysListed(unwrap(callee.object), s, path, depth + 1);
    if (args.length !== 1) return undefined;
    const ref = this.calleeValue(callee, s).ref;
    if (!((ref === 'Object.keys' && !path.length) || (ref === 'Object.entries' && path.length === 1 && String(path[0]) === '0'))) return undefined;
    return { node: unwrap(args[0]), scope: s };
  }

  /**
   * The object a key variable ranges over the keys of (`Object.keys(jar).map((k) => jar[k])`,
   * `for (const k in o)`), with its scope.
   */
  keysRangedOver(prop: Node, scope: Scope): { node: Node; scope: Scope } | undefined {
    const r = prop.type === 'Identifier' ? this.keyRange(prop, scope) : undefined;
    if (!r) return undefined;
    if (r.forIn) return r.path.length ? undefined : { node: unwrap(r.list), scope: r.scope };
    return this.keysListed(r.list, r.scope, r.path);
  }

  /** What a name a single declaration gives its value holds (`const names = Object.keys(T)`), else the node itself. */
  private constInit(n: Node, scope: Scope): { node: Node; scope: Scope } {
    const e = unwrap(n);
    const b = e.type === 'Identifier' ? scope.lookup(e.name) : undefined;
    return b && b.kind !== 'param' && !b.path && !b.assignments && b.init ? { node: unwrap(b.init), scope: b.scope } : { node: e, scope };
  }

  /** The entries of a table in whose work `at` lies (see entryWork). */
  private entriesHolding(t: { table: Node; scope: Scope }, at: Node): Node[] {
    return (t.table.properties as Node[]).filter((p) => p.type === 'Property' && this.entryWork(p, t.scope).some((w) => at.start >= w.start && at.end <= w.end));
  }

  /** What a table's entry gives its key: what its function returns when it is one (a probe), else its value. */
  private entryValue(p: Node, scope: Scope): AV {
    const v = unwrap(p.value);
    const info = isFunction(v) ? this.facts.functions.get(v) : v.type === 'Identifier' ? this.namedFunction(v.name, scope) : undefined;
    return info ? this.returnsOf([info], p) : this.valueOf(v, scope);
  }

  /** The key of the one table entry whose work `at` lies in, when only one's does (a helper all entries call is none's). */
  entryKeyOf(t: { table: Node; scope: Scope }, at: Node): string | undefined {
    const held = this.entriesHolding(t, at);
    return held.length === 1 ? this.keyOf(held[0], t.scope) : undefined;
  }

  /** The key of the one table entry whose own text holds any of `nodes` (the calls a value came back through). */
  entryKeyOfSteps(t: { table: Node; scope: Scope }, nodes: Node[]): string | undefined {
    const keys = new Set<string | undefined>();
    for (const n of nodes) {
      const p = (t.table.properties as Node[]).find((q) => q.type === 'Property' && n.start >= q.start && n.end <= q.end);
      if (p) keys.add(this.keyOf(p, t.scope));
    }
    return keys.size === 1 ? [...keys][0] : undefined;
  }

  /**
   * Where a table entry's work is written: the entry, the function it names (`{ email: gitEmail }`)
   * and those its own function calls by name (`email: () => gitEmail()`, `() => sh("git …")`).
   */
  private entryWork(p: Node, scope: Scope): Node[] {
    const named = (n: Node) => (n.type === 'Identifier' ? this.namedFunction(n.name, scope)?.node : undefined);
    const v = unwrap(p.value);
    if (!isFunction(v)) {
      const fn = named(v);
      return fn ? [p, fn] : [p];
    }
    // `email: () => gitEmail()`: the functions the entry's own calls by name.
    const out = [p];
    forEachDescendant(v, (n) => {
      if (out.length >= 5) return false;
      if (n.type !== 'CallExpression') return;
      const fn = named(unwrap(n.callee));
      if (fn && !out.includes(fn)) out.push(fn);
    }, 200);
    return out;
  }

  /**
   * The list a key variable ranges over and the part of each element it takes: `k` of `for (const
   * [i, k] of L)`, `for (k in T)` (forIn), the first parameter of `L.forEach(([k]) => …)`, the
   * second of `L.reduce((acc, k) => …)`.
   */
  private keyRange(root: Node, scope: Scope): { list: Node; scope: Scope; path: (string | number)[]; forIn?: boolean } | undefined {
    const b = scope.lookup(root.name);
    if (!b) return undefined;
    const loop = this.loopOf(b.node);
    if (loop) return { list: loop.right, scope: b.scope, path: b.path ?? [], forIn: loop.type === 'ForInStatement' };
    if (b.kind !== 'param' || (b.paramIndex !== 0 && b.paramIndex !== 1) || !b.fn) return undefined;
    // (The element of `list.forEach((k) => …)`, of `list.reduce((acc, k) => …)`.)
    const owner = this.callbackOwner.get(b.fn.node);
    const callee = owner ? unwrap(owner.node.callee) : undefined;
    if (!owner || callee?.type !== 'MemberExpression' || !(b.paramIndex === 0 ? this.iterates(owner.node, owner.scope) : this.reduces(owner.node, owner.scope))) return undefined;
    return { list: unwrap(callee.object), scope: owner.scope, path: b.path ?? [] };
  }

  /**
   * The entries of the constant table a key ranges over, each key with the element or value it goes
   * with: `k` of `for (const k in T)`, of `for (const [k, v] of Object.entries(T))`, of
   * `Object.keys(T).forEach((k) => …)`, and `opt.name` of `for (const opt of [{ name, env }, …])`.
   */
  private keyEntries(prop: Node, scope: Scope): { key: string; entry: Value }[] | undefined {
    const extra: string[] = [];
    let root = prop;
    while (root.type === 'MemberExpression' && !root.computed && extra.length < 4) {
      extra.unshift(root.property.name as string);
      root = unwrap(root.object);
    }
    const r = root.type === 'Identifier' ? this.keyRange(root, scope) : undefined;
    if (!r) return undefined;
    if (r.forIn) return r.path.length || extra.length ? undefined : this.tableEntries(this.valueOf(r.list, r.scope), r.list, r.scope);
    const list = r.list;
    const listScope = r.scope;
    const path = [...r.path, ...extra];
    // `Object.keys(T)`, `Object.entries(T)`: each key with T's value under it.
    const of = list.type === 'CallExpression' && list.arguments[0] ? this.calleeValue(unwrap(list.callee), listScope).ref : undefined;
    if ((of === 'Object.keys' && path.length === 0) || (of === 'Object.entries' && path.length === 1 && String(path[0]) === '0')) {
      return this.tableEntries(this.valueOf(list.arguments[0], listScope), list.arguments[0], listScope);
    }
    const items = this.valueOf(list, listScope).konst?.v;
    if (!Array.isArray(items) || !path.length) return undefined;
    const keys = partsOfElements(items, path);
    return keys?.every((k) => typeof k === 'string') ? items.map((entry, i) => ({ key: keys[i] as string, entry })) : undefined;
  }

  /**
   * What an HTTP response stream answers, when `res` is the response of a request whose answer is
   * sensed (a geolocation service's, a metadata service's): the parameter of the callback handed to
   * `http(s).get/request(…, cb)` or to the request's `on("response", cb)`.
   */
  private responseOf(res: Node, scope: Scope): AV | undefined {
    const r = unwrap(res);
    if (r.type !== 'Identifier' || !this.index) return undefined;
    const b = scope.lookup(r.name);
    if (b?.kind !== 'param' || b.paramIndex !== 0 || b.path || !b.fn) return undefined;
    const path = pathTo(this.index.root, b.fn.node);
    const call = path[path.length - 2];
    if (call?.type !== 'CallExpression' || call.arguments[call.arguments.length - 1] !== b.fn.node) return undefined;
    const at = this.scopeAt(path.slice(0, -1));
    const callee = unwrap(call.callee);
    let request: Node | undefined = call;
    if (callee.type === 'MemberExpression' && LISTENS.has(memberName(callee) ?? '') && staticString(call.arguments[0]) === 'response') request = unwrap(callee.object);
    if (request?.type === 'Identifier') {
      const rb = at.lookup(request.name);
      request = rb && !rb.path && !rb.assignments && rb.init ? unwrap(rb.init) : undefined;
    }
    if (request?.type !== 'CallExpression') return undefined;
    const ref = this.calleeValue(unwrap(request.callee), at).ref;
    if (!ref || !NODE_HTTP_CALLS.has(ref)) return undefined;
    const v = this.refCall(ref, request, at);
    return isSensed(v) ? addStep({ sensed: v.sensed, steps: v.steps }, { role: 'transform', node: res, note: 'what the response streams' }) : undefined;
  }

  /** One element of a list, whichever: of a literal, of what `list.map(fn)` makes (what fn returns), or the list's own element. */
  private oneElementOf(list: Node, scope: Scope): AV {
    if (list.type === 'ArrayExpression') return union((list.elements as (Node | null)[]).slice(0, 8).filter((e): e is Node => !!e && e.type !== 'SpreadElement').map((e) => this.valueOf(e, scope)));
    if (list.type === 'CallExpression' && unwrap(list.callee).type === 'MemberExpression' && memberName(unwrap(list.callee)) === 'map' && list.arguments[0] && isFunction(unwrap(list.arguments[0]))) {
      const info = this.facts.functions.get(unwrap(list.arguments[0]));
      if (info) return this.returnsOf([info], list);
    }
    const v = this.valueOf(list, scope);
    return v.elementOf ?? v;
  }

  /** The URLs a request's argument may be: a constant, or the strings of the list it is an element (or an element's field) of. */
  private urlChoices(n: Node, scope: Scope): string[] {
    const v = this.valueOf(n, scope);
    const c = v.konst?.v ?? v.elementOf?.konst?.v;
    if (typeof c === 'string') return [c];
    return Array.isArray(c) ? c.slice(0, 16).filter((x): x is string => typeof x === 'string') : [];
  }

  /**
   * The URLs a request's URL is at the calls of the function around it, when it is made from that
   * function's parameter (`fetch(`${API}${path}`)` in `get(path)`, called `get("/user/orgs")`): at most 8.
   */
  private urlsGiven(n: Node, scope: Scope): string[] {
    const p = this.urlParam(n, scope);
    if (!p) return [];
    const out: string[] = [];
    for (const site of this.callSitesOf(p.fn!).slice(0, 8)) {
      const u = this.urlAtCall(n, scope, p, site.node, site.scope);
      if (u !== undefined && !out.includes(u)) out.push(u);
    }
    return out;
  }

  /** The one parameter of the function around a URL (an identifier, or in a template or `+`) the URL is made from. */
  private urlParam(n: Node, scope: Scope): Binding | undefined {
    const e = unwrap(n);
    const parts = e.type === 'TemplateLiteral' ? (e.expressions as Node[]) : e.type === 'BinaryExpression' && e.operator === '+' ? [e.left, e.right] : [e];
    const params = parts.map((x) => unwrap(x)).filter((x) => x.type === 'Identifier').map((x) => scope.lookup(x.name)).filter((b): b is Binding => !!b && b.kind === 'param' && !b.path && b.paramIndex !== undefined && !!b.fn);
    return params.length === 1 ? params[0] : undefined;
  }

  /** The URL `n` is when `call` calls the function whose parameter `p` it is made from. */
  private urlAtCall(n: Node, scope: Scope, p: Binding, call: Node, callScope: Scope): string | undefined {
    const arg = (call.arguments as Node[])[p.paramIndex!];
    const given = arg && arg.type !== 'SpreadElement' ? this.constant(arg, callScope)?.v : undefined;
    if (typeof given !== 'string') return undefined;
    const v = this.interpreter.evaluateWith(n, scope, p.name, given);
    return typeof v === 'string' ? v : undefined;
  }

  /**
   * The strings an expression can be when it picks among a few written out (`win ? "USERNAME" :
   * "USER"`, `a || "USER"`, a constant holding such a pick): up to four, or undefined.
   */
  private stringChoices(n: Node, scope: Scope, depth: number): string[] | undefined {
    const e = unwrap(n);
    if (e.type === 'Literal') return typeof e.value === 'string' ? [e.value] : undefined;
    if (depth <= 0) return undefined;
    const both = (a: Node, b: Node) => {
      const x = this.stringChoices(a, scope, depth - 1);
      const y = x && this.stringChoices(b, scope, depth - 1);
      return x && y ? [...new Set([...x, ...y])].slice(0, 4) : undefined;
    };
    if (e.type === 'ConditionalExpression') return both(e.consequent, e.alternate);
    if (e.type === 'Identifier') {
      const b = scope.lookup(e.name);
      if (!b || b.assignments || b.path || !b.init || (b.kind !== 'const' && b.kind !== 'let' && b.kind !== 'var')) return undefined;
      return this.stringChoices(b.init, b.scope, depth - 1);
    }
    return undefined;
  }

  /** The record a fold starts from (`reduce((acc, k) => { acc[k] = …; return acc }, {})`), held by its accumulator: what the steps write into it is its. */
  private accumulator(start: AV, acc: Binding | undefined): AV {
    return start.obj && !start.obj.binding && acc?.kind === 'param' ? { ...start, obj: { ...start.obj, binding: acc } } : start;
  }

  /** A constant record's entries. */
  private tableEntries(v: AV, node: Node, scope: Scope): { key: string; entry: Value }[] | undefined {
    const table = v.konst?.v ?? (v.obj ? this.constant(v.obj.node, v.obj.scope)?.v : this.constant(node, scope)?.v);
    if (!table || typeof table !== 'object' || Array.isArray(table) || Object.getPrototypeOf(table) !== null) return undefined;
    return Object.entries(table as Record<string, Value>).map(([key, entry]) => ({ key, entry }));
  }

  /** `f(o, { k: () => v })` or `Object.defineProperty(o, "k", { value | get })`: the value of k. */
  private getterDefinition(call: Node, key: string, scope: Scope): AV | undefined {
    const [, a1, a2] = call.arguments as Node[];
    if (a1 && a1.type !== 'ObjectExpression' && this.calleeValue(unwrap(call.callee), scope).ref === 'Object.assign') {
      // `Object.assign(config, fromEnv(), overrides)`: the key of whichever record copied in has it.
      const found = (call.arguments as Node[]).slice(1, 5).filter((a) => a.type !== 'SpreadElement').map((a) => this.memberOf(this.valueOf(a, scope), key, call)).filter((v) => v !== EMPTY && (isSensed(v) || v.konst || v.obj || v.ref || v.fns));
      return found.length ? union(found) : undefined;
    }
    if (a1?.type === 'ObjectExpression') {
      // `Object.assign(o, { k: v })` copies values; an export helper's entries are getters.
      const assign = this.calleeValue(unwrap(call.callee), scope).ref === 'Object.assign';
      for (const p of a1.properties as Node[]) {
        if (p.type !== 'Property' || this.keyOf(p, scope) !== key) continue;
        if (isFunction(p.value) && !assign) {
          const info = this.facts.functions.get(p.value);
          return info ? this.returnsOf([info], call) : EMPTY;
        }
        return this.valueOf(p.value, scope);
      }
    }
    // (The key may be hidden behind a string decoder, as obfuscators hide every one.)
    const named = (n: Node) => {
      const st = staticString(n);
      if (st !== undefined || (n.type !== 'CallExpression' && n.type !== 'Identifier')) return st;
      const c = this.constant(n, scope);
      return typeof c?.v === 'string' ? c.v : undefined;
    };
    if (a1 && a2?.type === 'ObjectExpression' && named(a1) === key) {
      for (const p of a2.properties as Node[]) {
        if (p.type !== 'Property') continue;
        const k = this.keyOf(p, scope);
        if (k === 'value') return this.valueOf(p.value, scope);
        if (k === 'get' && isFunction(p.value)) {
          const info = this.facts.functions.get(p.value);
          return info ? this.returnsOf([info], call) : EMPTY;
        }
      }
    }
    return undefined;
  }

  /** An export of a module factory: `module.exports = …`, `exports.k = …`, `d(exports, { k: () => … })`. */
  private moduleExport(factory: Node, key: string, node: Node, cjs?: boolean): AV | undefined {
    const scope = this.scopeOf(factory);
    if (!scope) return undefined;
    const parts: AV[] = [];
    for (const site of this.exportSites(factory, scope, !!cjs)) {
      if (parts.length >= 4) break;
      if (site.kind === 'whole') {
        // module.exports = X: X's property
        const whole = this.valueOf(site.value, scope);
        const v = this.memberOf(whole, key, node);
        if (v !== EMPTY) parts.push(v);
        else if (cjs && key === 'default') parts.push(whole);
      } else if (site.kind === 'named') {
        if (site.name === key) parts.push(this.valueOf(site.value, scope));
      } else {
        const def = this.getterDefinition(site.value, key, scope);
        if (def) parts.push(def);
      }
    }
    return parts.length ? union(parts) : undefined;
  }

  /**
   * Where a module factory defines its exports, in source order, found in one walk of its body
   * and kept: a bundle asks for many exports of the same module.
   */
  private exportSites(factory: Node, scope: Scope, cjs: boolean): ExportSite[] {
    const cache = cjs ? this.exportSitesCjs : this.exportSitesOther;
    const hit = cache.get(factory);
    if (hit) return hit;
    const params = factory.params as Node[];
    // webpack passes (module, exports, require); esbuild's lazy CommonJS wrapper (exports, module).
    const [m, e] = cjs ? [params[1], params[0]] : [params[0], params[1]];
    const moduleName = m?.type === 'Identifier' ? m.name : undefined;
    const exportsName = e?.type === 'Identifier' ? e.name : undefined;
    const sites: ExportSite[] = [];
    const isExports = (n: Node) => (n.type === 'Identifier' && n.name === exportsName) || (n.type === 'MemberExpression' && n.object.type === 'Identifier' && n.object.name === moduleName && this.nameOf(n, scope) === 'exports');
    forEachDescendant(factory.body, (n) => {
      if (isFunction(n)) return false;
      if (n.type === 'AssignmentExpression' && n.operator === '=') {
        const left = n.left;
        // TypeScript declares every export first: `exports.a = exports.b = void 0`.
        let rhs: Node = n.right;
        while (rhs.type === 'AssignmentExpression') rhs = rhs.right;
        if (rhs.type === 'UnaryExpression' && rhs.operator === 'void') return true;
        if (isExports(left) && left.type === 'MemberExpression') sites.push({ kind: 'whole', value: n.right });
        else if (left.type === 'MemberExpression' && isExports(left.object)) sites.push({ kind: 'named', name: this.nameOf(left, scope), value: n.right });
      } else if (n.type === 'CallExpression' && n.arguments.length >= 2 && isExports(n.arguments[0])) sites.push({ kind: 'define', value: n });
      return true;
    }, 20_000);
    cache.set(factory, sites);
    return sites;
  }

  /**
   * The values a Map held in `map` (made by `new Map()` where it is declared) was given by its
   * `set` calls whose key may be `key`: keys that are two different constants, or two different
   * tags (`const Tag = Symbol("…")`), do not match; any other key may be either.
   */
  private mapEntries(map: Node, key: Node, scope: Scope): AV | undefined {
    // A Map in a variable (made where it is declared, or by a lazy initialiser's one assignment),
    // or one a field holds (`this.#factories = new Map()`), known by the `new` that made it.
    const made = this.mapMade(map, scope);
    const b: Binding | Node | undefined = made && (map.type === 'Identifier' ? scope.lookup(map.name) : made);
    if (!b || !made) return undefined;
    const holds = (o: Node, sc: Scope) => (o.type === 'Identifier' ? sc.lookup(o.name) === b : o.type === 'MemberExpression' && this.valueOf(o, sc).made === b);
    const keyOf = (k: Node, sc: Scope, depth = 0): Binding | string | number | undefined => {
      const u = unwrap(k);
      const c = this.constant(u, sc)?.v;
      if (typeof c === 'string' || typeof c === 'number') return c;
      // (A parameter, or any other variable, may be any key.)
      const kb = u.type === 'Identifier' ? sc.lookup(u.name) : undefined;
      if (!kb || kb.kind === 'param') return undefined;
      const only = soleValue(kb);
      if (only?.type === 'CallExpression' && only.callee.type === 'Identifier' && only.callee.name === 'Symbol') return kb;
      // `r = t, reg.get(r)`: terser's copy of a tag into a variable of its own.
      return only && !kb.init && depth < 2 ? keyOf(only, kb.scope, depth + 1) : undefined;
    };
    const wanted = keyOf(key, scope);
    const parts: AV[] = [];
    // The entries it was made with (`new Map([["cn", (req) => …], …])`), then those set() adds.
    const given = made.arguments?.[0] ? unwrap(made.arguments[0]) : undefined;
    if (given?.type === 'ArrayExpression' && this.index) {
      const madeScope = this.scopeAt(pathTo(this.index.root, made));
      let taken = 0;
      for (const el of (given.elements as (Node | null)[]).slice(0, 64)) {
        if (el?.type !== 'ArrayExpression' || el.elements.length < 2 || !el.elements[0] || !el.elements[1] || el.elements[0].type === 'SpreadElement' || el.elements[1].type === 'SpreadElement') continue;
        const have = keyOf(el.elements[0], madeScope);
        if (wanted !== undefined && have !== undefined && have !== wanted) continue;
        parts.push(this.valueOf(el.elements[1], madeScope));
        if (++taken >= 8) break;
      }
    }
    const fromEntries = parts.length;
    for (const site of this.setCallsNear(made, b)) {
      const c = unwrap(site.node.callee);
      const [k, v] = site.node.arguments as Node[];
      if (!k || !v || c.type !== 'MemberExpression' || !holds(unwrap(c.object), site.scope)) continue;
      const have = keyOf(k, site.scope);
      if (wanted !== undefined && have !== undefined && have !== wanted) continue;
      parts.push(this.valueOf(v, site.scope));
      if (parts.length - fromEntries >= 4) break;
    }
    return parts.length ? union(parts) : undefined;
  }

  /**
   * The `set` calls that may fill a Map: those inside the function a variable holding it is
   * declared in, or the class whose field holds it (`this.#owners ??= new Map()` in a method,
   * `this.#owners.set(k, v)` in another), before the file's first others. In a large bundle the
   * file's first `set` calls are other modules': the Map's own would never be reached.
   */
  private setCallsNear(made: Node, b: Binding | Node): readonly CallSite[] {
    const limit = MAX_CALLSITES * 4;
    const named = this.facts.methodCallSites?.('set') ?? [];
    if (named.length <= limit || !this.index) return this.methodCalls('set', limit);
    let range: Node | undefined;
    if (b === made) {
      const path = pathTo(this.index.root, made);
      range = [...path].reverse().find((n) => n.type === 'ClassBody') ?? [...path].reverse().find((n) => n !== made && isFunction(n));
    } else range = (b as Binding).scope.functionScope().fn?.node;
    if (!range) return this.methodCalls('set', limit);
    const first = lowerBound(named, range.start);
    const last = lowerBound(named, range.end + 1);
    const near = named.slice(first, Math.min(last, first + limit));
    return near.length >= limit ? near : [...near, ...this.methodCalls('set', limit - near.length)];
  }

  private call(node: Node, scope: Scope): AV {
    const callee = unwrap(node.callee);
    const isNew = node.type === 'NewExpression';
    // A symbol made here: a key of its own (see symbolKey).
    const sym = isNew ? undefined : symbolMade(node, scope);
    if (sym) return { ref: sym };
    const hook = isNew ? undefined : reactHook(node);
    if (hook === 'useCallback') return this.valueOf(node.arguments[0], scope);
    if (hook === 'useMemo') {
      const info = this.facts.functions.get(unwrap(node.arguments[0]));
      return info ? this.returnsOf([info], node) : EMPTY;
    }
    if (hook === 'useRef') return { hook: { kind: 'ref', call: node, scope } };
    if (hook === 'useContext') {
      // What the nearest provider of that context gives: any `<Ctx.Provider value={…}>` of the file.
      const ctx = scope.lookup(unwrap(node.arguments[0]).name);
      return ctx ? union(this.providedValues(ctx).map((p) => this.valueOf(p.node, p.scope))) : EMPTY;
    }
    if (hook === 'useState') return { hook: { kind: 'state', call: node, scope } };
    const run = isNew ? undefined : this.runCoroutine(node, scope);
    if (run) return run;
    // Effect (core/engine/pipes.ts): `Effect.fn("name")(function* (…) {…})` is a function whose
    // calls give what the body returns; `Effect.gen(function* () {…})` gives what it returns.
    const fnBody = isNew ? undefined : effectFnBody(node);
    const made = fnBody && this.facts.functions.get(fnBody);
    if (made) return { fns: [made] };
    const genBody = isNew ? undefined : effectGenBody(node);
    const gen = genBody && this.facts.functions.get(genBody);
    if (gen) return this.returnsOf([gen], node, false);
    // A cache made from a lookup function (`Cache.make({ capacity, lookup })`, `new LRUCache({ fetchMethod })`):
    // the record of its options, whose lookup its reads call (cacheLoad).
    const cacheOpts = cacheOptions(node);
    if (cacheOpts) return this.valueOf(cacheOpts, scope);
    if (callee.type === 'MemberExpression') {
      let method = memberName(callee);
      if (method === undefined && callee.computed) {
        const k = this.valueOf(callee.property, scope);
        if (k.konst && typeof k.konst.v === 'string') method = k.konst.v;
      }
      // The languages the user's browser asks for (`c.req.header("accept-language")`, `req.get("Accept-Language")`, `headers.get(…)`): a request the tool serves, read.
      if ((method === 'header' || method === 'get' || method === 'getHeader') && node.arguments.length === 1 && acceptLanguage(node.arguments[0])) {
        return { sensed: [{ kind: 'locale', label: 'Accept-Language header', node }], steps: [{ role: 'source', node, note: 'reads the Accept-Language header of a request it serves' }] };
      }
      // A shell template's settings and output (`` Bun.$`git config user.email`.cwd(dir).quiet().text() ``): the command's output.
      if (method !== undefined && SHELL_CHAIN.has(method) && shellTemplateOf(callee.object, (n) => this.valueOf(n, scope).ref, scope)) {
        const out = this.valueOf(callee.object, scope);
        if (isSensed(out)) return out;
      }
      const recv = this.valueOf(callee.object, scope);
      // `ctx.get(AuthService)`, `accessor.get(Session)`: a service container handing out the one
      // instance of the class it is asked for (Copilot's language server, VS Code's instantiation
      // service, most dependency injectors): an instance of that class.
      if (!isNew && (method === 'get' || method === 'resolve' || method === 'getService') && node.arguments.length === 1 && !recv.konst && !recv.obj && !recv.ref) {
        const asked = this.valueOf(node.arguments[0], scope).cls;
        if (asked) return { instance: { cls: asked.node, scope: asked.scope } };
      }
      if (method === 'getTimezoneOffset') {
        return { sensed: [{ kind: 'timezone', label: 'getTimezoneOffset()', node }], steps: [{ role: 'source', node, note: 'reads the UTC offset of the local time zone' }] };
      }
      // Text that names the local zone: `new Date().toString()` ("… GMT+0800 (China Standard Time)"),
      // `formatToParts()` / `toLocaleString()` asked for the zone's name (`{ timeZoneName: "short" }`).
      const zoneText = zoneNamingCall(node, method, (n) => this.valueOf(unwrap(n), scope).ref);
      if (zoneText) return { sensed: [{ kind: 'timezone', label: zoneText, node }], steps: [{ role: 'source', node, note: `reads the local time zone's name (${zoneText})` }] };
      // A promise's value: `p.then(cb)` is what cb returns; `p.catch(…)`, `p.finally(…)` are p's.
      if (method === 'then' && node.arguments[0]) {
        const cb = unwrap(node.arguments[0]);
        const info = isFunction(cb) ? this.facts.functions.get(cb) : undefined;
        const fns = info ? [info] : this.valueOf(cb, scope).fns;
        return fns?.length ? this.returnsOf(fns.slice(0, 3), node) : EMPTY;
      }
      if (method === 'catch' || method === 'finally') return this.valueOf(callee.object, scope);
      // `Config.of({ get })` of a tag class (`class Config extends Context.Tag("Config")() {}`): the service itself.
      if (method === 'of' && node.arguments.length === 1 && recv.cls && unwrap(recv.cls.node.superClass ?? recv.cls.node).type === 'CallExpression' && unwrap(node.arguments[0]).type === 'ObjectExpression') return this.valueOf(node.arguments[0], scope);
      // `Option.match(v, { onNone: () => "", onSome: (raw) => new URL(raw).hostname })`: what one of the handlers returns.
      const handlers = method === 'match' && node.arguments.length === 2 ? matchHandlers(node.arguments[1]) : undefined;
      if (handlers) {
        const fns = handlers.map((h) => this.facts.functions.get(h)).filter((f): f is FunctionInfo => !!f);
        if (fns.length) return this.returnsOf(fns, node, false);
      }
      // Effect's configuration: `Config.string("OPENAI_BASE_URL")` reads that environment variable
      // (the default provider's), `Config.withDefault(config, fallback)` it or the fallback.
      if (method && isConfigModule(callee.object) && node.arguments[0]) {
        if (CONFIG_READS.has(method)) {
          const k = this.valueOf(node.arguments[0], scope).konst?.v;
          if (typeof k === 'string' && ENV_NAME.test(k)) {
            const src = envKind(k);
            return { sensed: [{ kind: src.kind, label: src.label, node, envName: k }], steps: [{ role: 'source', node, note: `reads ${k} (Config.${method}(), from the environment)` }] };
          }
        }
        if (method === 'withDefault' || method === 'orElse' || method === 'option') return union((node.arguments as Node[]).slice(0, 2).map((a) => this.emission(a, scope)));
      }
      // An operator pipeline's output (`from(p).pipe(map(f), timeout(n))`).
      if (method === 'pipe' && isOperatorPipe(node)) {
        const v = this.pipeInput(node, node.arguments.length, scope);
        if (isSensed(v) || v.control) return v;
      }
      if (method === 'getStore' && node.arguments.length === 0) {
        const stores = this.contextStores(node, scope);
        if (stores.length) return union(stores.map((site) => this.valueOf(site.node.arguments[0], site.scope)));
      }
      // A fold: its start and what its steps return (`Object.entries(m).reduce((a, [k, v]) => ({ ...a, [k]: v }), {})`).
      if ((method === 'reduce' || method === 'reduceRight') && node.arguments[0]) {
        const cb = unwrap(node.arguments[0]);
        const info = isFunction(cb) ? this.facts.functions.get(cb) : undefined;
        const fns = info ? [info] : this.valueOf(cb, scope).fns;
        if (fns?.length) {
          const acc = (fns[0].node.params as Node[])[0];
          const start = node.arguments[1] ? this.valueOf(node.arguments[1], scope) : EMPTY;
          return union([acc?.type === 'Identifier' ? this.accumulator(start, fns[0].scope.lookup(acc.name)) : start, this.returnsOf(fns.slice(0, 3), node)]);
        }
      }
      // `registry.get(tag)` of a Map this file fills with set(): what was set under that key (or any key).
      if (method === 'get' && node.arguments.length === 1 && (unwrap(callee.object).type === 'Identifier' || unwrap(callee.object).type === 'MemberExpression')) {
        const entries = this.mapEntries(unwrap(callee.object), node.arguments[0], scope);
        if (entries) return entries;
      }
      // `Effect.map(self, f)`, data first: what f returns (its parameter is what self gives: operatorInput).
      if (isDataFirstOperator(node)) {
        const fns = this.valueOf(node.arguments[1], scope).fns;
        if (fns?.length) {
          const v = union(fns.slice(0, 4).flatMap((info) => info.returns.slice(0, 8).map((r, i) => this.emission(r, info.returnScopes?.[i] ?? info.scope))));
          if (v !== EMPTY) return isSensed(v) ? addStep(v, { role: 'transform', node, note: `${method}() of what the effect gives` }) : v;
        }
      }
      // A read of a cache made from a lookup function (`Cache.get(cache, k)`, `cache.get(k)`, lru-cache's `fetch(k)`): what the lookup returns.
      if (method && CACHE_READS.has(method) && node.arguments.length >= 1 && node.arguments.length <= 2) {
        const loaded = this.cacheLoad(recv, node) ?? (node.arguments.length === 2 && node.arguments[0].type !== 'SpreadElement' ? this.cacheLoad(this.valueOf(node.arguments[0], scope), node) : undefined);
        if (loaded) return loaded;
      }
      if ((method === 'map' || method === 'flatMap') && !isSensed(recv) && !recv.control && node.arguments[0] && isFunction(unwrap(node.arguments[0]))) {
        // `names.map((n) => probes[n]())` over a list that senses nothing: a list of what the callback returns.
        const info = this.facts.functions.get(unwrap(node.arguments[0]));
        // Only a callback that calls what each element names (`(n) => probes[n]()`, `([, fn]) =>
        // fn()`): a helper it calls with each element (`(s) => quote(s)`) gives, asked without the
        // element, what every caller of that helper passes.
        const names: string[] = [];
        if (info) for (const p of info.node.params as Node[]) collectNames(p, names);
        const dispatches = !!info && info.returns.length > 0 && info.returns.every((x) => {
          const e = unwrap(x);
          const c = e.type === 'CallExpression' ? unwrap(e.callee) : undefined;
          if (!c) return false;
          if (c.type === 'Identifier') return names.includes(c.name);
          return c.type === 'MemberExpression' && ((unwrap(c.object).type === 'Identifier' && names.includes(unwrap(c.object).name)) || (c.computed && unwrap(c.property).type === 'Identifier' && names.includes(unwrap(c.property).name)));
        });
        let r = info ? this.returnsOf([info], node) : EMPTY;
        // Any other callback: what it senses itself (`(k) => process.env[k]`, `(k) => this.env[k]`).
        if (!dispatches && isSensed(r)) {
          // (Only a value itself: a record or a list the callback builds, `(p) => [{ baseUrl: env.X, … }]`,
          // would lend every field what one holds.)
          const cb = info!.node;
          const plain = !r.obj && !r.arr && !r.alts && info!.returns.every((x) => unwrap(x).type !== 'ObjectExpression' && unwrap(x).type !== 'ArrayExpression');
          const own = plain ? r.sensed!.filter((x) => x.node.start >= cb.start && x.node.end <= cb.end) : [];
          r = own.length ? { sensed: own, steps: r.steps } : EMPTY;
        }
        // (Records made for each element keep what each field holds to themselves.)
        if (isSensed(r) && !r.obj && !r.alts) return addStep({ elementOf: r, sensed: r.sensed, steps: r.steps }, { role: 'transform', node, note: `${method}()` });
      }
      // `template.replace(/\{\{(\w+)\}\}/g, (_, k) => view[k])`: the text holds what the callback returns.
      if ((method === 'replace' || method === 'replaceAll') && node.arguments[1] && isFunction(unwrap(node.arguments[1]))) {
        const f = this.valueOf(node.arguments[1], scope);
        let given = f.fns ? this.returnsOf(f.fns, node) : EMPTY;
        // (A filler that looks each placeholder up in a record fills only the placeholders its templates have.)
        if (isSensed(given) && !this.placeholdersSensed(recv, node, scope)) given = EMPTY;
        if (isSensed(given) || given.control) {
          const base = union([{ sensed: recv.sensed, steps: recv.steps, control: recv.control }, { sensed: given.sensed, steps: given.steps, control: given.control }]);
          return isSensed(base) ? addStep(base, { role: 'transform', node, note: `${method}() with what its callback returns` }) : base;
        }
      }
      // `remotes.sort(byName)`, `.filter(…)` of a list of records collected with sensed fields: the same elements.
      if (method && KEEPS_ELEMENTS.has(method) && recv.elementOf?.obj && !recv.konst && !isSensed(recv)) return { elementOf: recv.elementOf };
      // `new TextDecoder("utf-8").decode(bytes)` of bytes read from a sensed file: the same content, as text.
      if (method === 'decode' && node.arguments.length >= 1 && (recv.konst?.v instanceof DecoderObject || /(^|\.)TextDecoder(\(\))?$/.test(recv.ref ?? ''))) {
        const bytes = this.valueOf(node.arguments[0], scope);
        if (isSensed(bytes)) return addStep({ sensed: bytes.sensed, steps: bytes.steps }, { role: 'transform', node, note: 'TextDecoder#decode()' });
      }
      if (method && (isSensed(recv) || recv.control) && PURE_METHODS.has(method)) {
        const args = (node.arguments as Node[]).slice(0, 2).map((a) => this.valueOf(a, scope)).filter((a) => isSensed(a));
        const base = union([{ sensed: recv.sensed, steps: recv.steps, control: recv.control }, ...args.map((a) => ({ sensed: a.sensed, steps: a.steps }))]);
        return isSensed(base) ? addStep(base, { role: 'transform', node, note: `${method}()` }) : base;
      }
      // `Reflect.get(process.env, name)`: the member `process.env[name]`, read as one.
      if (method === 'get' && recv.ref === 'Reflect' && node.arguments.length >= 2 && node.arguments.length <= 3 && !(node.arguments as Node[]).some((a) => a.type === 'SpreadElement')) {
        const read = { type: 'MemberExpression', object: node.arguments[0], property: node.arguments[1], computed: true, optional: false, start: node.start, end: node.end } as Node;
        return this.member(read, scope);
      }
      // `Reflect.apply(Array.prototype.some, list, [cb])`, `[].find.call(list, cb)`: `list.some(cb)`.
      const borrowed = (method === 'apply' && recv.ref === 'Reflect') || method === 'call' ? borrowedArrayCall(node) : undefined;
      if (borrowed) return this.call(borrowed, scope);
      // `Reflect.apply(f, t, args)`: what f returns.
      if (method === 'apply' && recv.ref === 'Reflect' && node.arguments[0]) {
        const f = this.valueOf(node.arguments[0], scope);
        if (f.fns) return this.returnsOf(f.fns, node);
        if (f.ref?.startsWith('module:') && !isSensed(f)) return { ref: `${f.ref}()` };
      }
      // `check.call(t, v)` of another module's export: what calling it gives, asked of that module as for `check(v)`.
      if (recv.ref?.startsWith('module:') && !recv.ref.endsWith(')') && !isSensed(recv) && ((method === 'call' && thisArgLike(node.arguments[0])) || (method === 'apply' && listedArgs(node.arguments[1])))) return { ref: `${recv.ref}()` };
      // Hashing, before the generic call of a module's member below (which would make it an opaque `crypto.createHash().update()`).
      if ((method === 'update' || method === 'digest') && (/^(node:)?crypto\.createHash\(\)/.test(recv.ref ?? '') || (recv.ref?.startsWith('crypto.') && isSensed(recv)))) {
        const h = this.hashed(method, recv, node, scope);
        if (isSensed(h)) return h;
      }
      if (method && recv.ref && !isSensed(recv)) {
        // Builtins over literals (`JSON.parse(decode("…"))`, `Buffer.from(…).toString()`): their value.
        if (PURE_GLOBALS.has(recv.ref) && (node.arguments as Node[]).every(literalData)) {
          const c = this.tryConst(node, scope);
          if (c.konst) return c;
        }
        // `Buffer.from(hex, "hex")` of `for (const [hex, model] of HIDDEN)`: what it makes of each element.
        if (PURE_GLOBALS.has(recv.ref) && this.rangingArgs(node, scope)) {
          const each = this.withEachParam(node, scope);
          if (each) return each;
        }
        return this.refCall(`${recv.ref}.${method}`, node, scope);
      }
      if (method && recv.fns && (method === 'call' || method === 'apply')) return this.returnsOf(recv.fns, node);
      if (method && recv.fns && method === 'bind') return { fns: recv.fns };
      // (Also a list written out in literals no constant holds on its own, big integers: `[0x1fn, …].map(unpack)`.)
      if (recv.konst || recv.obj || recv.elementOf?.konst || (recv.arr && unwrap(recv.arr.node).type === 'ArrayExpression' && (unwrap(recv.arr.node).elements as (Node | null)[]).every((e) => e?.type === 'Literal'))) {
        const c = this.tryConst(node, scope);
        if (c.konst) return c;
        // `parts.map((p) => p.join(""))` of a parameter the calls give a list: evaluated with the list.
        const o = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
        if (recv.konst && o?.type === 'Identifier' && scope.lookup(o.name)?.kind === 'param' && typeof recv.konst.v === 'object' && recv.konst.v !== null) {
          const v = this.interpreter.evaluateWith(node, scope, o.name, recv.konst.v);
          if (v !== UNKNOWN) return { konst: { v, node, decodedVia: recv.konst.decodedVia } };
        }
        // `(c.values ?? []).map(norm)` with c each of a list of records (a flag's constraints), and
        // `this.toggles.get(name)` of a Map the constructor made from a list, with name one of the
        // names the calls pass: evaluated with each value (the receiver as the flow has it).
        if (!recv.konst && recv.elementOf?.konst) {
          const each = this.withEachParam(node, scope);
          if (each) return each;
        } else if (recv.konst && o && o.type !== 'Identifier' && typeof recv.konst.v === 'object' && recv.konst.v !== null && callee.type === 'MemberExpression') {
          const held: Node = { type: 'Identifier', name: RECEIVER, start: o.start, end: o.end } as Node;
          const call: Node = { ...node, callee: { ...callee, object: held } } as Node;
          const each = this.withEachParam(call, scope, new Map([[RECEIVER, recv.konst.v]]));
          if (each) return each;
        }
        // `toggles.get(name)` of a constant Map with a key not known here (an exported method's
        // parameter): one of its values, as `list[i]` is one of a list's.
        if (method === 'get' && recv.konst?.v instanceof MapValue && node.arguments.length === 1 && recv.konst.v.map.size) {
          const k = this.valueOf(node.arguments[0], scope);
          if (!k.konst && !isSensed(k) && !k.control) return { elementOf: { konst: { v: [...recv.konst.v.map.values()].slice(0, 2000), node, decodedVia: recv.konst.decodedVia } } };
        }
      }
      // `[...key].reverse().join("")` of `for (const [key, lab] of HIDDEN)`: the element's characters
      // taken apart and put together again, evaluated for each element as a call on it is.
      if (method && !isSensed(recv) && !recv.control && callee.type === 'MemberExpression' && this.spreadsRanging(unwrap(callee.object), scope)) {
        const each = this.withEachParam(node, scope);
        if (each) return each;
      }
      if (method) {
        let m = this.fieldOf(recv, method, node);
        // `new exports.SessionStore()` in tsc's output, of a class re-exported by a getter
        // (`Object.defineProperty(exports, "SessionStore", { get: () => session_1.SessionStore })`):
        // what the member is, read as one.
        if (isNew && !m?.fns && !m?.cls && !m?.ref && !isSensed(recv) && !recv.obj && !recv.instance) {
          const whole = this.valueOf(callee, scope);
          if (whole.fns || whole.cls || whole.ref) m = whole;
        }
        if (m?.fns) {
          if (isNew) return m.cls ? { instance: { cls: m.cls.node, scope: m.cls.scope } } : this.constructed(m.fns);
          // A method of an object the interpreter cannot follow from literals but the flow can (a
          // module an AMD factory is given, `morse.decode(BANDS)`): that one function, run on the
          // arguments. (Not over what the flow finds it returns when that is sensed: the interpreter
          // starts from the file's first state, so `cache.get(name)` of a Map filled later is empty.)
          const returned = this.returnsOf(m.fns, node);
          const args = node.arguments as Node[];
          if (!isSensed(returned) && !returned.control && m.fns.length === 1 && args.length && args.length <= 4 && args.every(isConstantish) && (m.fns[0].decoderLike || m.fns[0].node.end - m.fns[0].node.start <= MAX_INTERPRETED_FUNCTION)) {
            const got = this.runOn(m.fns[0], args, scope, node);
            if (got) return got;
          }
          return returned;
        }
        if (isNew && m?.cls) return { instance: { cls: m.cls.node, scope: m.cls.scope } };
        if (m?.ref) return this.refCall(m.ref, node, scope);
        if ((method === 'update' || method === 'digest') && (recv.ref?.startsWith('crypto.') || isSensed(recv))) return this.hashed(method, recv, node, scope);
      }
      if (method === 'exec' && node.arguments[0]) {
        // `/_([A-Z]{2})/.exec(LANG)`: the match holds parts of the text it was run on.
        const arg = this.valueOf(node.arguments[0], scope);
        if (isSensed(arg)) return addStep({ sensed: arg.sensed, steps: arg.steps, control: mergeControl(arg.control, controlOf(recv)) }, { role: 'transform', node, note: 'exec()' });
      }
      if (method && TESTS.has(method)) {
        // A membership or pattern test: its result is decided by what it tests (and, for some()/find(), by the callback's test).
        const parts: AV[] = [recv, ...(node.arguments as Node[]).slice(0, 2).map((a) => this.valueOf(a, scope))];
        for (const a of (node.arguments as Node[]).slice(0, 1)) {
          if (isFunction(a)) {
            const info = this.facts.functions.get(a);
            if (info) parts.push(this.returnsOf([info], node));
          }
        }
        let c: Control | undefined;
        for (const p of parts) c = mergeControl(c, controlOf(p));
        if (c) return method === 'find' || method === 'filter' ? { control: c, elementOf: recv.konst ? recv : undefined } : { control: c };
      }
      if (method === 'stringify' || method === 'from' || method === 'parse' || method === 'resolve' || method === 'join' || method === 'assign' || method === 'values' || method === 'entries' || method === 'keys' || method === 'concat') {
        const args = (node.arguments as Node[]).slice(0, 4).map((a) => this.valueOf(a, scope)).filter(isSensed);
        if (args.length) return addStep(union(args), { role: 'transform', node, note: `${method}()` });
      }
      if (method === undefined && callee.computed && !isNew) {
        // `handlers[e.type](e)`: what any of the table's functions returns.
        const f = this.calleeValue(callee, scope);
        if (f.fns) return this.returnsOf(f.fns, node);
        if (f.ref) return this.refCall(f.ref, node, scope);
      }
      return EMPTY;
    }
    const f = this.valueOf(callee, scope);
    // `i(async () => …, "send")` of `i = (e, t) => Object.defineProperty(e, "name", { value: t })`
    // (esbuild's __name and other bundlers' name keepers, an identity): what it is handed at this
    // call. (Every function of a bundle may be wrapped so: their union would be each wrapper's.)
    if (!isNew && f.fns?.length === 1) {
      const k = this.returnsParam(f.fns[0]);
      const arg = k === undefined ? undefined : (node.arguments as Node[])[k];
      if (arg && arg.type !== 'SpreadElement') return this.valueOf(arg, scope);
    }
    // `new Pool(origin)` of `function Pool(origin) { this.origin = … }`: an object with the
    // constructor's fields and its prototype's methods.
    if (isNew && !f.cls && f.fns) {
      const made = this.constructed(f.fns);
      if (made !== EMPTY) return made;
    }
    if ((f.fns || f.ref?.endsWith('.__commonJS()')) && node.arguments.length === 0) {
      const mod = this.lazyCommonJsModule(callee, scope);
      if (mod) return mod;
    }
    if (f.ref) {
      // What another module's function returned, sensed (`getId = idSource(); getId()`): a function
      // that gives what it holds, as that module answered only that its result carries it.
      if (f.ref.startsWith('module:') && f.ref.endsWith(')') && isSensed(f) && !f.fns && !isNew) return addStep({ sensed: f.sensed, steps: f.steps }, { role: 'transform', node, note: 'calls the function it returned' });
      // What another module's wrapper made of a function literal here (`memoize(() => …)()`): the literal's result.
      if (f.fns && WRAPPED_CALL.test(f.ref) && !isNew) {
        const linked = this.linkedValue(`${f.ref}()`, node, scope);
        if (linked) return linked;
        const r = this.returnsOf(f.fns, node);
        if (r !== EMPTY) return r;
      }
      // esbuild's code splitting imports its `__require` from a shared chunk.
      if ((f.ref === 'require' || f.ref === '__require' || f.ref === 'module:module.createRequire()' || (f.ref.startsWith('module:') && f.ref.endsWith('.__require'))) && node.arguments.length >= 1) {
        const arg = node.arguments[0];
        const name = staticString(arg) ?? (() => {
          const c = this.valueOf(arg, scope);
          return c.konst && typeof c.konst.v === 'string' ? c.konst.v : undefined;
        })();
        if (name === undefined) return EMPTY;
        // A file of the tool required whole (`const TABLE = require("./vendors")`): what it answered, when it was asked.
        const ref = normaliseModule(name);
        return (ref.startsWith('module:') ? this.linkedValue(ref, node) : undefined) ?? { ref };
      }
      if (f.ref === 'Promise' && isNew) return this.promiseValue(node);
      // A bundler's runtime `require` imported from a shared chunk under a minified name
      // (`import { xT as b1 } from "./chunk-….js"; b1("child_process")`): asked for a Node built-in, it is one.
      if (f.ref.startsWith('module:') && !f.ref.endsWith(')') && node.arguments.length === 1) {
        const name = staticString(node.arguments[0]);
        if (name !== undefined && NODE_BUILTINS.test(name)) return { ref: normaliseModule(name) };
      }
      if (f.ref === 'Proxy' && isNew && node.arguments.length >= 2 && node.arguments[0].type !== 'SpreadElement' && node.arguments[1].type !== 'SpreadElement') {
        // The target's members, and whatever the get trap returns for a key (any key: the trap's own lookups say which).
        const target = this.valueOf(node.arguments[0], scope);
        const trap = this.memberOf(this.valueOf(node.arguments[1], scope), 'get', node).fns ?? [];
        // (A proxy of a proxy: both traps.)
        return trap.length ? { ...target, proxy: { get: [...trap.slice(0, 2), ...(target.proxy?.get ?? [])].slice(0, 4), call: node } } : target;
      }
      if (f.ref === 'URL' && isNew) {
        const a = node.arguments[0] ? this.valueOf(node.arguments[0], scope) : EMPTY;
        return isSensed(a) ? addStep({ sensed: a.sensed, steps: a.steps }, { role: 'transform', node, note: 'parses it as a URL' }) : EMPTY;
      }
      if (f.ref === 'Set' || f.ref === 'Map' || f.ref === 'String' || f.ref === 'Number' || f.ref === 'Boolean' || f.ref === 'atob' || f.ref === 'decodeURIComponent' || f.ref === 'encodeURIComponent' || f.ref === 'unescape' || f.ref === 'decodeURI' || f.ref === 'Buffer.from' || f.ref === 'Array.from' || f.ref === 'Object.keys' || f.ref === 'Object.values' || f.ref === 'Object.entries') {
        const a = node.arguments[0] ? this.valueOf(node.arguments[0], scope) : EMPTY;
        if (a.ref === 'process.env' && (f.ref === 'Object.keys' || f.ref === 'Object.values' || f.ref === 'Object.entries')) {
          return { sensed: [{ kind: 'env', label: 'env (all names)', node, envName: '*' }], steps: [{ role: 'source', node, note: `lists the environment (${f.ref})` }] };
        }
        // (`Boolean(cfg["user.signingkey"])`: whether it is set, as `!!x` says, a decision's input and no value sent.)
        if (f.ref === 'Boolean' && (isSensed(a) || a.control)) return asControl(a);
        if (isSensed(a) || a.control) return { sensed: a.sensed, steps: a.steps, control: a.control };
        const c = this.tryConst(node, scope);
        if (c.konst) return c;
        // `atob(b64)` of `for (const b64 of HIDDEN)`: what it makes of each element.
        if (!isNew && this.rangingArgs(node, scope)) {
          const each = this.withEachParam(node, scope);
          if (each) return each;
        }
        return EMPTY;
      }
      return this.refCall(f.ref, node, scope);
    }
    if (f.cls && isNew) return { instance: { cls: f.cls.node, scope: f.cls.scope } };
    if (f.fns && node.arguments.length >= 2 && this.index) {
      // An inlined namespace copy (`copyProps(defineProperty({}, "__esModule", …), ns)`): the namespace.
      const args = node.arguments as Node[];
      const marker = args.findIndex((a) => a.end - a.start < 200 && this.mentionsEsModule(a, scope));
      const ns = args.find((a, i) => i !== marker && a.type === 'Identifier');
      if (marker !== -1 && ns) {
        const v = this.valueOf(ns, scope);
        if (v.obj || v.module || v.ref) return v;
      }
    }
    if (f.fns) {
      const helper = this.helperKind(f.fns[0]);
      if (helper === 'interop' && node.arguments.length >= 1) {
        const inner = this.valueOf(node.arguments[0], scope);
        if (inner.ref || inner.obj || inner.module) return inner;
      }
      if (helper === 'webpack' && node.arguments.length === 1) {
        const mod = this.webpackModule(f.fns[0], node.arguments[0], scope);
        if (mod) return mod;
      }
      // A merge written inline (`merge({}, defaults, fromFile, fromEnv)`): the record it fills.
      if (node.arguments.length >= 2 && this.isMerge(f.fns[0])) return this.merged(node, scope);
      // A helper that gives back its first argument (Babel's `_createClass(F, [...])`): that argument, here.
      if (node.arguments.length >= 1 && node.arguments[0].type !== 'SpreadElement' && f.fns.length === 1 && this.givesFirst(f.fns[0])) return this.valueOf(node.arguments[0], scope);
      // A path getter (`get(sources, "env.ANTHROPIC_BASE_URL", fallback)`, lodash's get written
      // inline): the member of its first argument at that path, or the fallback.
      if (node.arguments.length >= 2 && this.isPathGetter(f.fns[0])) {
        const p = this.constant(node.arguments[1], scope)?.v;
        const keys = typeof p === 'string' ? p.replace(/\[(\w+)\]/g, '.$1').split('.').filter(Boolean) : Array.isArray(p) && p.every((k) => typeof k === 'string' || typeof k === 'number') ? (p as (string | number)[]) : undefined;
        if (keys?.length && keys.length <= 8) {
          let v = this.valueOf(node.arguments[0], scope);
          for (const k of keys) v = this.memberOf(v, String(k), node);
          return node.arguments[2] ? union([v, this.valueOf(node.arguments[2], scope)]) : v;
        }
      }
      const args = node.arguments as Node[];
      // A call with literal arguments may be a decoder: worth interpreting when the function is
      // small (decoders, string tables and their wrappers are) or works on char codes.
      const iife = isFunction(callee);
      if ((args.length > 0 || iife) && args.every((a) => isConstantish(a)) && f.fns.every((fn) => fn.decoderLike || fn.node.end - fn.node.start <= MAX_INTERPRETED_FUNCTION)) {
        const c = this.tryConst(node, scope);
        // A function value (a memo an IIFE returns) is followed as a function, not held as a constant.
        if (c.konst && !(c.konst.v instanceof Closure)) return c;
      }
      // `codeList()` of `function codeList() { const out = []; for (…) out.push(…); return out; }`:
      // a list built by a loop, which the function's returns alone would give as the empty list it
      // starts as. Worth interpreting when the function is small and takes nothing from its caller.
      if (!args.length && !iife && f.fns.length === 1 && this.buildsList(f.fns[0])) {
        const c = this.tryConst(node, scope);
        if (c.konst && !(c.konst.v instanceof Closure)) return c;
      }
      const r = this.returnsOf(f.fns, node);
      if (r !== EMPTY) return this.ownCommand(r, f.fns, node, scope);
    }
    // Module interop wrappers (`__toESM(require("os"))`, renamed by minifiers): same module.
    if (node.arguments.length >= 1 && node.arguments.length <= 2 && node.arguments[0].type === 'CallExpression') {
      const inner = this.valueOf(node.arguments[0], scope);
      if (inner.ref && !inner.ref.includes('(') && !inner.sensed) return { ref: inner.ref };
    }
    // `const g = once(() => …)` and friends: an unknown wrapper around one function literal.
    if (!f.fns && (callee.type === 'Identifier' || callee.type === 'MemberExpression')) {
      const fnArgs = (node.arguments as Node[]).filter((a) => isFunction(a));
      if (fnArgs.length === 1 && node.arguments.length <= 2) {
        const info = this.facts.functions.get(fnArgs[0]);
        if (info) return { fns: [info] };
      }
    }
    return EMPTY;
  }

  private runnerMemo = new Map<Node, boolean>();
  /**
   * Whether a function is a coroutine: a generator (not async) handed as a function literal to a
   * call (a runner: tsc's `__awaiter(this, void 0, void 0, function* () {…})`, `co(function* () {…})`,
   * `co.wrap(…)`, Babel's `_asyncToGenerator(…)`) that yields plain values, no `yield*` (which
   * Effect.gen's and other delegating generators use): its `yield`s are awaits.
   */
  coroutine(fn: Node): boolean {
    if (!fn.generator || fn.async || fn.type !== 'FunctionExpression' || !this.index) return false;
    const hit = this.runnerMemo.get(fn);
    if (hit !== undefined) return hit;
    const path = pathTo(this.index.root, fn);
    const call = path[path.length - 2];
    let driven = call?.type === 'CallExpression' && unwrap(call.callee) !== fn && (call.arguments as Node[]).includes(fn);
    if (driven) {
      forEachDescendant(fn.body, (n) => {
        if (n.type === 'YieldExpression' && n.delegate) driven = false;
        return driven && !isFunction(n);
      }, 4000);
    }
    this.runnerMemo.set(fn, driven);
    return driven;
  }

  /** The generator `scope` is in, when it is a coroutine (see coroutine). */
  private drivenByRunner(scope: Scope): boolean {
    const fn = scope.functionScope().fn?.node;
    return !!fn && this.coroutine(fn);
  }

  /**
   * Whether the runner a coroutine is handed to makes a function of it (`co.wrap`, Babel's
   * `_asyncToGenerator`): known when the runner is written in the file (it returns a function
   * literal), else undefined.
   */
  runnerWraps(call: Node, scope: Scope): boolean | undefined {
    const f = this.valueOf(unwrap(call.callee), scope);
    return f.fns ? f.fns.some((fn) => fn.returns.some((r) => isFunction(unwrap(r)))) : undefined;
  }

  /**
   * A call that hands a coroutine to its runner: the runner gives what the generator returns (a
   * promise of it, `await` being transparent), or, when the runner makes a function of it
   * (`const collect = co.wrap(function* () {…})`), that function, whose calls give it.
   */
  private runCoroutine(node: Node, scope: Scope): AV | undefined {
    const arg = (node.arguments as Node[]).find((a) => a.type === 'FunctionExpression' && a.generator && this.coroutine(a));
    const gen = arg ? this.facts.functions.get(arg) : undefined;
    if (!gen) return undefined;
    const wraps = this.runnerWraps(node, scope);
    if (wraps) return { fns: [gen] };
    const given = this.returnsOf([gen], node);
    return wraps === false ? given : { ...given, fns: [gen] };
  }

  private buildsMemo = new Map<Node, boolean>();
  /**
   * Whether a small function without parameters returns a list, Set or Map it declares empty and
   * fills (`out.push(…)`, `seen.add(…)`, `m.set(…)`) itself: what a decoder building its list in a loop looks like.
   */
  private buildsList(fn: FunctionInfo): boolean {
    const node = fn.node;
    const hit = this.buildsMemo.get(node);
    if (hit !== undefined) return hit;
    let found = false;
    if ((node.params as Node[]).length === 0 && !node.generator && node.end - node.start <= MAX_INTERPRETED_FUNCTION) {
      for (let i = 0; i < fn.returns.length && i < 4; i++) {
        const x = unwrap(fn.returns[i]);
        const b = x.type === 'Identifier' ? (fn.returnScopes?.[i] ?? fn.scope).lookup(x.name) : undefined;
        if (!b || !b.init || !emptyContainer(b.init) || b.scope.functionScope().fn?.node !== node) continue;
        found = COLLECTS.some((m) => sitesWithin(this.facts.methodCallSites?.(m) ?? [], b).some((site) => {
          const c = unwrap(site.node.callee);
          return c.type === 'MemberExpression' && unwrap(c.object).type === 'Identifier' && unwrap(c.object).name === b.name && site.scope.lookup(b.name) === b;
        }));
        if (found) break;
      }
    }
    this.buildsMemo.set(node, found);
    return found;
  }

  /**
   * Helpers bundlers add, known by their shape (minifiers rename them): esbuild's and Babel's
   * interop wrappers (they mention `__esModule`), and webpack's `__webpack_require__` (it calls
   * `table[id](module, module.exports, require)`).
   */
  private helperKind(fn: FunctionInfo): 'interop' | 'webpack' | 'cjs' | 'none' {
    const node = fn.node;
    const hit = this.helperCache.get(node);
    if (hit) return hit;
    let kind: 'interop' | 'webpack' | 'cjs' | 'none' = 'none';
    if (this.index && node.end - node.start < 2000) {
      if (this.isLazyCommonJs(node)) kind = 'cjs';
      else if (this.mentionsEsModule(node, fn.scope)) kind = 'interop';
      else if ((node.params as Node[]).length === 1 && node.params[0].type === 'Identifier') {
        const p = node.params[0].name;
        forEachDescendant(node.body, (n) => {
          if (kind !== 'none') return false;
          if (n.type === 'CallExpression') {
            const c = unwrap(n.callee);
            const target = c.type === 'MemberExpression' && memberName(c) === 'call' ? unwrap(c.object) : c;
            if (target.type === 'MemberExpression' && target.computed && target.property.type === 'Identifier' && target.property.name === p) kind = 'webpack';
          }
          return true;
        }, 500);
      }
    }
    this.helperCache.set(node, kind);
    return kind;
  }

  /**
   * What a Proxy's get trap returns for `key`: its returns, less those it gives only for another
   * key (`if (k === "systemLocale") return locale;`, `k === "tz" ? tz : t[k]`).
   */
  private trapReturns(fn: FunctionInfo, key: string): AV {
    const param = (fn.node.params as Node[])[1];
    if (param?.type !== 'Identifier' || !this.index) return this.returnsOf([fn], fn.node);
    const root = this.index.root;
    // The key a test of the parameter names (`k === "tz"`, `"tz" == k`), and whether the test says it is (or is not) that key.
    const tested = (t: Node): { lit: string; is: boolean } | undefined => {
      const u = unwrap(t);
      if (u.type !== 'BinaryExpression' || !/^[!=]==?$/.test(u.operator)) return undefined;
      const [a, b] = [unwrap(u.left), unwrap(u.right)];
      const lit = a.type === 'Literal' && b.type === 'Identifier' && b.name === param.name ? a.value : b.type === 'Literal' && a.type === 'Identifier' && a.name === param.name ? b.value : undefined;
      return typeof lit === 'string' ? { lit, is: u.operator.startsWith('=') } : undefined;
    };
    const parts: AV[] = [];
    fn.returns.forEach((ret, i) => {
      const path = pathTo(root, ret);
      // Each test between the function and the return: a branch for another key is left out.
      for (let j = path.length - 1; j > 0; j--) {
        const up = path[j - 1];
        if (up === fn.node) break;
        const branch = up.type === 'IfStatement' || up.type === 'ConditionalExpression' ? tested(up.test) : undefined;
        if (!branch || up.test === path[j]) continue;
        const inThen = up.consequent === path[j];
        if (inThen === branch.is ? branch.lit !== key : branch.lit === key) return;
      }
      // `k === "tz" ? tz : t[k]` as what is returned: the branch for this key.
      let e = unwrap(ret);
      for (let d = 0; e.type === 'ConditionalExpression' && d < 8; d++) {
        const branch = tested(e.test);
        if (!branch) break;
        e = unwrap((branch.lit === key) === branch.is ? e.consequent : e.alternate);
      }
      parts.push(this.valueOf(e, fn.returnScopes?.[i] ?? fn.scope));
    });
    return union(parts);
  }

  /** Whether `word` occurs in the source between two offsets (its positions are found once per file). */
  private occurs(word: string, start: number, end: number): boolean {
    if (!this.index) return false;
    const at = this.positionsOf(word);
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length && at[lo] + word.length <= end;
  }

  /** Every offset where `word` occurs in the source, found once per word. */
  positionsOf(word: string): readonly number[] {
    return this.positionsUpTo(word, MAX_POSITIONS);
  }

  /**
   * The first `n` offsets where `word` occurs in the source (fewer when it occurs less often): the
   * scan of the text (a 26 MB bundle costs tens of milliseconds a word) goes on from where an
   * earlier question left it only as far as this one needs, and what it found is kept for the next.
   */
  positionsUpTo(word: string, n: number): readonly number[] {
    let scan = this.positions.get(word);
    if (!scan) this.positions.set(word, (scan = { at: [], next: (this.index?.text ?? '').indexOf(word) }));
    const at = scan.at;
    if (at.length < n && scan.next !== -1 && at.length < MAX_POSITIONS) {
      const text = this.index?.text ?? '';
      let i = scan.next;
      for (; i !== -1 && at.length < n && at.length < MAX_POSITIONS; i = text.indexOf(word, i + 1)) at.push(i);
      scan.next = at.length < MAX_POSITIONS ? i : -1;
    }
    return at.length > n ? at.slice(0, n) : at;
  }

  /** The `k`-th offset (from 0) where `word` occurs in the source, or -1 (scanned as positionsUpTo). */
  private positionAt(word: string, k: number): number {
    const scan = this.positions.get(word);
    if (scan && k < scan.at.length) return scan.at[k];
    const at = this.positionsUpTo(word, k + 1);
    return k < at.length ? at[k] : -1;
  }

  /** Whether code names `__esModule` (ESM interop), in the open or out of a string table. */
  private mentionsEsModule(node: Node, scope: Scope): boolean {
    if (!this.index) return false;
    if (this.occurs('__esModule', node.start, node.end)) return true;
    let found = false;
    const own = this.scopeOf(node) ?? scope;
    forEachDescendant(node, (n) => {
      if (found) return false;
      // Only this function's own code: a nested function's names are in a scope of its own.
      if (n !== node && isFunction(n)) return false;
      // a string out of a string table: `_0x1f(0x1ca)`
      if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.arguments.length > 0 && (n.arguments as Node[]).every((a) => a.type === 'Literal')) {
        const c = this.constant(n, own);
        if (c?.v === '__esModule') found = true;
      }
      return true;
    }, 200);
    return found;
  }

  /**
   * esbuild's `__commonJS` (minified: `W=(t,e)=>()=>(e||t((e={exports:{}}).exports,e),e.exports)`):
   * two parameters, and it returns a function that calls the first with an `exports` object.
   */
  private isLazyCommonJs(node: Node): boolean {
    const params = node.params as Node[];
    if (params.length !== 2 || params.some((p) => p.type !== 'Identifier')) return false;
    let inner: Node | undefined = node.expression ? node.body : undefined;
    if (!inner) {
      const ret = (node.body.body as Node[]).find((st) => st.type === 'ReturnStatement');
      inner = ret?.argument ? unwrap(ret.argument) : undefined;
    }
    if (!inner || !isFunction(inner)) return false;
    const text = this.index!.text.slice(inner.start, inner.end);
    const cb = params[0].name as string;
    return text.includes('exports') && new RegExp(`(^|[^\\w$.])${cb.replace(/\$/g, '\\$')}\\s*[([]`).test(text);
  }

  /** `require_x()` where `require_x = __commonJS(factory)` (or `__commonJS({ "path"(exports, module) { … } })`): its module. */
  private lazyCommonJsModule(callee: Node, scope: Scope): AV | undefined {
    if (callee.type !== 'Identifier') return undefined;
    const b = scope.lookup(callee.name);
    const init = b?.init ? unwrap(b.init) : undefined;
    if (init?.type !== 'CallExpression' || init.arguments.length !== 1) return undefined;
    const wrapper = this.valueOf(unwrap(init.callee), b!.scope);
    // Defined here, or esbuild's `__commonJS` imported from a shared chunk by its own name.
    const imported = !!wrapper.ref?.startsWith('module:') && wrapper.ref.endsWith('.__commonJS');
    if (!imported && (!wrapper.fns?.length || this.helperKind(wrapper.fns[0]) !== 'cjs')) return undefined;
    let factory: Node | undefined = unwrap(init.arguments[0]);
    if (factory.type === 'ObjectExpression' && factory.properties.length === 1) factory = factory.properties[0].value;
    if (!factory || !isFunction(factory)) return undefined;
    const fScope = this.scopeOf(factory);
    return fScope ? { module: { factory, scope: fScope, cjs: true } } : undefined;
  }

  /**
   * The module an AMD factory's parameter `index` is given: the dependency its `define` call names
   * at that place. `require` is the loader's; a Node built-in is that module; a module this file
   * defines is what its factory returns; any other is the module of that name.
   */
  private amdDependency(fn: FunctionInfo, index: number): AV | undefined {
    const site = this.amdModules().byFactory.get(fn.node);
    if (!site) return undefined;
    const dep = (site.deps.elements as (Node | null)[])[index];
    const name = dep ? staticString(dep) : undefined;
    if (name === undefined || name === 'exports' || name === 'module') return undefined;
    if (name === 'require') return { ref: 'require' };
    const factory = this.amdModules().byId.get(name);
    if (factory && factory !== fn) return this.returnsOf([factory], site.call);
    const ref = normaliseModule(name);
    return (ref.startsWith('module:') ? this.linkedValue(ref, site.call) : undefined) ?? { ref };
  }

  /** What a function of the program gives for constant arguments, run by the interpreter (undefined when it does not give a constant). */
  private runOn(fn: FunctionInfo, args: readonly Node[], scope: Scope, at: Node): AV | undefined {
    const values: Value[] = [];
    for (const a of args) {
      if (a.type === 'SpreadElement') return undefined;
      const c = this.constant(a, scope);
      if (!c) return undefined;
      values.push(c.v);
    }
    // (Only what may be a hidden text or list, a blob or a table, is worth the interpreter's budget:
    // not every method called with a flag or a short name.)
    // At most a few hundred such runs in a file.
    const blob = (x: Value) => (typeof x === 'string' && x.length >= 8) || (Array.isArray(x) && x.length >= 4);
    if ((!fn.decoderLike && !values.some(blob)) || this.methodRuns >= 256) return undefined;
    this.methodRuns++;
    const v = this.interpreter.callFunction(fn.node, values);
    if (v === UNKNOWN || v instanceof Closure || v === undefined) return undefined;
    const via = [...this.interpreter.lastDecoded];
    return { konst: { v, decodedVia: via.length ? via : undefined, node: at } };
  }

  /**
   * The AMD modules this file defines, found once from its `define` calls: each factory with the
   * call and its list of dependencies (`define([deps], factory)`, `define("id", [deps], factory)`),
   * and the factories of named modules by their ids.
   */
  private amdModules(): { byFactory: Map<Node, { call: Node; deps: Node }>; byId: Map<string, FunctionInfo> } {
    if (this.amdMemo) return this.amdMemo;
    const byFactory = new Map<Node, { call: Node; deps: Node }>();
    const byId = new Map<string, FunctionInfo>();
    for (const site of this.facts.callSites('define').slice(0, 2000)) {
      const args = site.node.arguments as Node[];
      if (args.length < 2 || args.length > 3) continue;
      const factory = args[args.length - 1];
      const deps = args[args.length - 2];
      if (!isFunction(factory) || deps.type !== 'ArrayExpression') continue;
      const id = args.length === 3 ? staticString(args[0]) : undefined;
      if (args.length === 3 && id === undefined) continue;
      byFactory.set(factory, { call: site.node, deps });
      const info = this.facts.functions.get(factory);
      if (id !== undefined && info && !byId.has(id)) byId.set(id, info);
    }
    return (this.amdMemo = { byFactory, byId });
  }
  private amdMemo?: { byFactory: Map<Node, { call: Node; deps: Node }>; byId: Map<string, FunctionInfo> };
  private methodRuns = 0;

  /** `__webpack_require__(id)`: the module the numeric table maps id to. */
  private webpackModule(fn: FunctionInfo, arg: Node, scope: Scope): AV | undefined {
    const id = this.valueOf(arg, scope).konst?.v;
    if (typeof id !== 'number' && typeof id !== 'string') return undefined;
    let table: Node | undefined;
    const p = fn.node.params[0].name;
    forEachDescendant(fn.node.body, (n) => {
      if (table) return false;
      if (n.type === 'CallExpression') {
        const c = unwrap(n.callee);
        const target = c.type === 'MemberExpression' && memberName(c) === 'call' ? unwrap(c.object) : c;
        if (target.type === 'MemberExpression' && target.computed && target.property.type === 'Identifier' && target.property.name === p && target.object.type === 'Identifier') table = target.object;
      }
      return true;
    }, 500);
    if (!table) return undefined;
    const t = this.valueOf(table, fn.scope);
    // webpack 5's table of numeric ids written as an array (`var __webpack_modules__ = ([, (module) => …])`, holes for ids not in the chunk).
    const tb = t.obj ? undefined : fn.scope.lookup(table.name);
    const held = tb?.init && !tb.path && !tb.assignments && unwrap(tb.init).type === 'ArrayExpression' ? unwrap(tb.init) : undefined;
    if (held && typeof id === 'number') {
      const factory = (held.elements as (Node | null)[])[id];
      const fScope = factory && isFunction(factory) ? this.scopeOf(factory) : undefined;
      return factory && fScope ? { module: { factory, scope: fScope } } : undefined;
    }
    if (!t.obj) {
      // The table the bootstrap was called with: `(function (modules) { … })([f0, f1, …])`.
      const b = fn.scope.lookup(table.name);
      const owner = b?.kind === 'param' && b.paramIndex !== undefined && !b.path && b.fn ? this.immediateCall(b.fn) : undefined;
      const list = owner?.node.arguments[b!.paramIndex!];
      if (list?.type !== 'ArrayExpression' || typeof id !== 'number') return undefined;
      const factory = (list.elements as (Node | null)[])[id];
      const fScope = factory && isFunction(factory) ? this.scopeOf(factory) : undefined;
      return factory && fScope ? { module: { factory, scope: fScope } } : undefined;
    }
    // A bundle's table holds thousands of modules, each required many times: its keys are indexed once.
    let byKey = this.moduleTables.get(t.obj.node);
    if (!byKey) {
      byKey = new Map();
      for (const prop of t.obj.node.properties as Node[]) {
        const k = prop.type === 'Property' ? propertyKeyName(prop) : undefined;
        if (k !== undefined && !byKey.has(k)) byKey.set(k, prop);
      }
      this.moduleTables.set(t.obj.node, byKey);
    }
    const factory = byKey.get(String(id))?.value as Node | undefined;
    if (!factory || !isFunction(factory)) return undefined;
    const fScope = this.scopeOf(factory);
    return fScope ? { module: { factory, scope: fScope } } : undefined;
  }
  private moduleTables = new Map<Node, Map<string, Node>>();

  /**
   * Where the bundle stores a value under `name` (`name: v`, `.name = v`, a class field or
   * method), by a text scan: at most `max` sites, or none when there are more (a name that common
   * says nothing of which one a read gets). Patterns (`{ name: x } = …`) are reads, not stores.
   */
  private definitionSites(name: string, max: number): { value: Node; scope: Scope }[] {
    const key = `${max}:${name}`;
    const hit = this.sites.get(key);
    if (hit) return hit;
    const out: { value: Node; scope: Scope }[] = [];
    if (this.index && /^[A-Za-z_$][\w$]*$/.test(name)) {
      const { text, root } = this.index;
      // (Scanned only as far as the sites found need: a common name is many more than `max` early on.)
      for (let k = 0, p: number; k < MAX_POSITIONS && (p = this.positionAt(name, k)) !== -1; k++) {
        if (out.length > max) break;
        const before = text.charCodeAt(p - 1);
        const after = text.slice(p + name.length, p + name.length + 3).trimStart();
        if (/[\w$]/.test(String.fromCharCode(before)) || /^[\w$]/.test(text.charAt(p + name.length))) continue;
        if (!(after.startsWith(':') || (after.startsWith('=') && !after.startsWith('==') && !after.startsWith('=>')) || after.startsWith('('))) continue;
        // The walk stops at the member or property whose name this is (names are not children).
        const path = nodePath(root, p, p + name.length, (n) => n.start === p || ((n.type === 'MemberExpression' || n.type === 'Property' || n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') && (n.key ?? n.property)?.start === p));
        const last = path[path.length - 1];
        if (last.type === 'Identifier' && last.start === p) path.pop();
        const parent = path[path.length - 1];
        const up = path[path.length - 2];
        let value: Node | undefined;
        if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.key?.start === p && !parent.computed && up?.type !== 'ObjectPattern') value = parent.value;
        else if (parent.type === 'MemberExpression' && parent.property?.start === p && !parent.computed && up?.type === 'AssignmentExpression' && up.left === parent) value = up.right;
        if (value) out.push({ value, scope: this.scopeAt(path) });
      }
      if (out.length > max) out.length = 0;
    }
    this.sites.set(key, out);
    return out;
  }

  /**
   * The functions this file stores under a key (`o.k = f`, `{ k: f }`, `{ k() {} }`, `k = () => …`
   * in a class), found in its text: for a method call whose receiver the resolver cannot follow
   * (a library bundled behind wrappers it does not model), the functions it most likely calls.
   * Ambiguous keys (more than three definitions) give none.
   */
  definitionsByKey(name: string): FunctionInfo[] {
    const out: FunctionInfo[] = [];
    for (const { value, scope } of this.definitionSites(name, 3)) {
      const v = isFunction(value) ? { fns: [this.facts.functions.get(value)!].filter(Boolean) } : this.valueOf(value, scope);
      for (const f of v.fns ?? []) if (!out.includes(f)) out.push(f);
    }
    return out;
  }

  /**
   * What a read of field `name` may hold when its receiver cannot be followed (an object handed
   * over by a dependency-injection container, a promise's result): what the bundle stores under
   * that name, where that is sensed — a field-based view, as call-graph builders for JavaScript
   * take when types are unknown.
   */
  fieldByName(read: Node, name: string): AV {
    const parts: AV[] = [];
    for (const { value, scope } of this.definitionSites(name, 8)) {
      if (isFunction(value)) continue;
      const v = this.valueOf(value, scope);
      if (isSensed(v)) parts.push(addStep(addStep(v, { role: 'transform', node: value, note: `stored as .${name}` }), { role: 'transform', node: read, note: `read back as .${name}` }));
    }
    return parts.length ? union(parts) : EMPTY;
  }

  /** What a method call returns, found through the functions stored under its name when its receiver cannot be followed. */
  valueByName(call: Node, scope: Scope): AV {
    const callee = unwrap(call.callee);
    const name = callee.type === 'MemberExpression' ? memberName(callee) : undefined;
    if (!name) return EMPTY;
    const fns = this.definitionsByKey(name);
    return fns.length ? this.returnsOf(fns, call) : EMPTY;
  }

  /** What calling `fn` gives (`construct`: what `new` makes), with `at` as the call's place in traces. */
  resultOf(fn: AV, at: Node, construct = false): AV {
    if (construct && fn.cls) return { instance: { cls: fn.cls.node, scope: fn.cls.scope } };
    // (A plain function that returns nothing, called as another module writes `new Pool()`: what it constructs.)
    if (fn.fns?.length === 1 && !fn.fns[0].returns.length && !fn.fns[0].node.generator && !fn.fns[0].node.async && !fn.cls) {
      const made = this.constructed(fn.fns);
      if (made !== EMPTY) return made;
    }
    return fn.fns?.length ? this.returnsOf(fn.fns, at) : EMPTY;
  }

  /**
   * What stage `k` of an operator pipeline is handed (core/engine/pipes.ts): the pipeline's source
   * for the first, else what the stage before passes on. `k` past the last stage: its output.
   */
  private pipeInput(pipe: Node, k: number, scope: Scope, depth = 0): AV {
    const args = pipe.arguments as Node[];
    for (let j = Math.min(k, args.length) - 1; j >= 0; j--) {
      const op = unwrap(args[j]);
      if (!mapsValue(op)) continue;
      // A map: what its callback returns (or emits: `switchMap((e) => of(x))`).
      const cb = operatorCallback(op);
      const info = cb ? (isFunction(cb) ? this.facts.functions.get(cb) : this.valueOf(cb, scope).fns?.[0]) : undefined;
      if (!info) return EMPTY;
      const parts = info.returns.slice(0, 8).map((r, i) => this.emission(r, info.returnScopes?.[i] ?? info.scope, depth + 1));
      const v = union(parts);
      return isSensed(v) ? addStep(v, { role: 'transform', node: op, note: `passed on by ${calleeName(op)}()` }) : v;
    }
    return this.emission(unwrap(pipe.callee).object, scope, depth + 1);
  }

  /** What `yield* x` gives: a generator call's return, each element of an `Effect.all([…])`, the service a layer provides for a tag, else what x emits. */
  private delegated(argument: Node, scope: Scope): AV {
    // (Of a generator's call, what it returns: what it yields goes to the outer generator's caller.)
    const arg = unwrap(argument);
    if (arg.type === 'CallExpression') {
      const fns = this.valueOf(arg.callee, scope).fns?.filter((f) => f.node.generator);
      if (fns?.length) return this.returnsOf(fns, arg, false);
    }
    // `const [lang, cfg] = yield* Effect.all([getLanguage(), Config])`: each element's value, in order.
    if (arg.type === 'CallExpression' && unwrap(arg.callee).type === 'MemberExpression' && memberName(unwrap(arg.callee)) === 'all' && arg.arguments.length >= 1 && unwrap(arg.arguments[0]).type === 'ArrayExpression') {
      return { arr: { node: unwrap(arg.arguments[0]), scope, delegated: true } };
    }
    // `const up = yield* Upstream`: the service a layer provides for that tag.
    if (arg.type === 'Identifier') {
      const served = this.served(arg, scope);
      if (served) return served;
    }
    return this.emission(argument, scope);
  }

  /**
   * The service a layer of this file provides for a tag (Effect's dependency injection):
   * `Layer.effect(Tag, Effect.gen(function* () { … return service }))`, `Layer.succeed(Tag, service)`,
   * `Layer.scoped(Tag, …)`, `Layer.sync(Tag, () => service)`; `Tag.of(service)` is the service.
   */
  private served(tag: Node, scope: Scope): AV | undefined {
    const b = scope.lookup(tag.name);
    if (!b || b.kind === 'param') return undefined;
    const parts: AV[] = [];
    for (const m of ['effect', 'succeed', 'scoped', 'sync']) {
      for (const site of this.methodCalls(m, MAX_CALLSITES * 4)) {
        const [t, made] = site.node.arguments as Node[];
        if (!made || site.node.arguments.length !== 2 || unwrap(t).type !== 'Identifier' || site.scope.lookup(unwrap(t).name) !== b) continue;
        const fn = m === 'sync' ? this.facts.functions.get(unwrap(made)) : undefined;
        const v = fn ? this.returnsOf([fn], site.node, false) : this.emission(made, site.scope);
        parts.push(isSensed(v) ? addStep(v, { role: 'transform', node: site.node, note: `provided for ${tag.name} by a layer` }) : v);
      }
    }
    return parts.length ? union(parts) : undefined;
  }

  /** What a stream or an effect gives: `of(x)` x, `from(p)` what p resolves to, a pipeline its output, anything else its value. */
  private emission(node: Node, scope: Scope, depth = 0): AV {
    const n = unwrap(node);
    if (depth > 12 || n.type !== 'CallExpression') return this.valueOf(n, scope);
    if (isOperatorPipe(n)) return this.pipeInput(n, n.arguments.length, scope, depth);
    const kind = sourceKind(n);
    if (kind === 'arg' || kind === 'consume') return this.emission(n.arguments[0], scope, depth + 1);
    if (kind === 'return') {
      const info = this.facts.functions.get(unwrap(n.arguments[0]));
      return info ? this.returnsOf([info], n, false) : EMPTY;
    }
    return this.valueOf(n, scope);
  }

  private returnsOf(fns: FunctionInfo[], call: Node, yields = true): AV {
    const parts: AV[] = [];
    for (const fn of fns.slice(0, 4)) {
      for (const [i, r] of fn.returns.slice(0, 12).entries()) {
        const v = this.valueOf(r, fn.returnScopes?.[i] ?? fn.scope);
        if (isSensed(v)) parts.push(addStep(v, { role: 'transform', node: call, note: `returned by ${fn.name ?? 'a function'}()` }));
        else parts.push(v);
      }
      // A generator's call, iterated: what it yields (not for `yield*`, which takes what it returns).
      if (yields && fn.node.generator && !this.effectBody(fn.node)) {
        for (const y of (fn.yields ?? []).slice(0, 12)) {
          const v = this.valueOf(y.node, y.scope);
          // (Without its reference path: an element of what the call gives is the value, not a part of it.)
          if (isSensed(v)) parts.push(addStep({ sensed: v.sensed, steps: v.steps }, { role: 'transform', node: call, note: `yielded by ${fn.name ?? 'a generator'}()` }));
          else if (v.control || v.ref === 'process.env') parts.push(v);
        }
      }
      // `if (list[i] === x) return i; return -1`: which return is taken is decided by the tests before it.
      if (fn.returns.length > 1 && !fn.node.expression && fn.returns.some(isFlag)) {
        const c = this.guardControl(fn.returns[0], fn.scope, fn.node);
        if (c) parts.push({ control: c });
      }
    }
    return union(parts);
  }

  /**
   * What decides whether `node` runs: the tests of the ifs, ternaries, logical operators,
   * switches and loops around it, up to its function (`within`), as control.
   */
  private guardControl(node: Node, scope: Scope, within?: Node): Control | undefined {
    if (!this.index) return undefined;
    if (this.guardMemo.has(node)) return this.guardMemo.get(node);
    this.guardMemo.set(node, undefined);
    const c = this.computeGuards(node, scope, within);
    this.guardMemo.set(node, c);
    return c;
  }

  private computeGuards(node: Node, scope: Scope, within?: Node): Control | undefined {
    if (!this.index) return undefined;
    const path = pathTo(within ?? this.index.root, node);
    let c: Control | undefined;
    let tests = 0;
    for (let i = path.length - 2; i >= 0 && tests < 6; i--) {
      const p = path[i];
      const child = path[i + 1];
      if (isFunction(p)) break;
      let test: Node | undefined;
      if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.test !== child) test = p.test;
      else if (p.type === 'LogicalExpression' && p.right === child) test = p.left;
      else if (p.type === 'SwitchStatement' && p.discriminant !== child) test = p.discriminant;
      else if ((p.type === 'WhileStatement' || p.type === 'DoWhileStatement' || p.type === 'ForStatement') && p.test && p.test !== child) test = p.test;
      if (!test) continue;
      tests++;
      c = mergeControl(c, controlOf(this.valueOf(test, this.scopeAt(path.slice(0, i + 1)) ?? scope)));
      // A switch decided on as a whole (its cases compared with a list) is the decision.
      if (this.decisions.has(p)) c = mergeControl(c, { sensed: [], decisions: [p], steps: [] });
    }
    // Early returns in the same function decide the returns after them (its own statements, not nested ones).
    if (within && tests < 6 && within.body?.type === 'BlockStatement') {
      for (const n of (within.body.body as Node[]).slice(0, 64)) {
        if (n.start >= node.start) break;
        if (n.type === 'IfStatement' && tests < 6) {
          let returns = false;
          forEachDescendant(n.consequent, (x) => {
            if (isFunction(x)) return false;
            if (x.type === 'ReturnStatement') returns = true;
            return !returns;
          }, 200);
          if (returns) {
            tests++;
            c = mergeControl(c, controlOf(this.valueOf(n.test, scope)));
          }
        }
      }
    }
    return c;
  }

  /** `new Promise((resolve) => … resolve(v) …)`: v, from every call of its first parameter. */
  private promiseValue(node: Node): AV {
    const ex = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
    const info = ex && isFunction(ex) ? this.facts.functions.get(ex) : undefined;
    const p0 = info?.node.params[0];
    const b = p0?.type === 'Identifier' ? info!.scope.own(p0.name) : undefined;
    if (!b) return EMPTY;
    const parts: AV[] = [];
    for (const ref of this.references(b)) {
      const call = ref.path[ref.path.length - 2];
      if (call?.type !== 'CallExpression' || call.callee !== ref.node || !call.arguments[0]) continue;
      parts.push(this.valueOf(call.arguments[0], this.scopeAt(ref.path)));
      if (parts.length >= 4) break;
    }
    return parts.length === 1 ? parts[0] : parts.length ? union(parts) : EMPTY;
  }

  /** A path that names an SSH public key: itself, one of the list it ranges over, or the last part `path.join` is given. */
  private sshPublicKey(expr: Node, scope: Scope, depth = 0): string | undefined {
    const n = unwrap(expr);
    const v = this.valueOf(n, scope);
    const list = Array.isArray(v.elementOf?.konst?.v) ? (v.elementOf!.konst!.v as Value[]) : [];
    const hit = [v.konst?.v, ...list.slice(0, 16)].find((x): x is string => typeof x === 'string' && SSH_PUBLIC_KEY.test(x));
    if (hit !== undefined || depth > 2) return hit;
    if (n.type === 'CallExpression' && n.arguments.length && /^path\.(join|resolve|posix\.join|win32\.join)$/.test(this.valueOf(unwrap(n.callee), scope).ref ?? '')) return this.sshPublicKey(n.arguments[n.arguments.length - 1], scope, depth + 1);
    if (n.type === 'BinaryExpression' && n.operator === '+') return this.sshPublicKey(n.right, scope, depth + 1);
    return undefined;
  }

  /**
   * A file the user's tools keep their network in (NETWORK_CONFIG_FILES), named by a path
   * expression: written out, one of a list, the fixed end of `path.join(os.homedir(), ".ssh",
   * "config")` or of a template, and through a helper's parameter (`readConfig(file)` called with
   * such a path) or a one-argument helper that expands it (`expand(file)`, `untildify(p)`).
   */
  private networkConfigFile(expr: Node, scope: Scope, depth = 0, budget = { left: 24 }): { kind: SenseKind; label: string; path: string } | undefined {
    // (Each expression looked at is one of a bounded number: a helper called from many places asks few of them.)
    if (--budget.left < 0) return undefined;
    const test = (s: unknown) => {
      if (typeof s !== 'string' || s.length > 400) return undefined;
      const path = s.replace(/\\/g, '/');
      const hit = NETWORK_CONFIG_FILES.find((f) => f.re.test(path));
      return hit ? { kind: hit.kind, label: hit.label, path: path.startsWith('/') ? path : `…/${path.replace(/^\/+/, '')}` } : undefined;
    };
    const n = unwrap(expr);
    const v = this.valueOf(n, scope);
    if (v.konst) return test(v.konst.v);
    const list = v.elementOf?.konst?.v;
    if (Array.isArray(list)) for (const x of list.slice(0, 16)) if (test(x)) return test(x);
    if (depth > 5) return undefined;
    if (n.type === 'TemplateLiteral') return test(n.quasis[n.quasis.length - 1].value.cooked);
    if (n.type === 'BinaryExpression' && n.operator === '+') {
      const r = this.constant(n.right, scope)?.v;
      return typeof r === 'string' ? test(r) : undefined;
    }
    if (n.type === 'CallExpression' && n.arguments.length) {
      const args = n.arguments as Node[];
      const callee = this.valueOf(unwrap(n.callee), scope);
      // (VS Code's `Uri.joinPath(base, ".git", "config")` and `Uri.file(p)` are the same path as a Uri.)
      if (/^path\.((posix|win32)\.)?(join|resolve|normalize)$|^vscode\.Uri\.(joinPath|file)$/.test(callee.ref ?? '')) {
        // The fixed parts at its end (`".kube", "config"`), or the last part's own end.
        const tail: string[] = [];
        for (let i = args.length - 1; i >= 0 && tail.length < 4; i--) {
          const c = args[i].type === 'SpreadElement' ? undefined : this.constant(args[i], scope)?.v;
          if (typeof c !== 'string') break;
          tail.unshift(c);
        }
        return tail.length ? test(tail.join('/')) : this.networkConfigFile(args[args.length - 1], scope, depth + 1, budget);
      }
      // A helper of the program given the path alone (`expand(file)`): what it reads is that path, expanded.
      return args.length === 1 && args[0].type !== 'SpreadElement' && callee.fns?.length ? this.networkConfigFile(args[0], scope, depth + 1, budget) : undefined;
    }
    if (n.type !== 'Identifier') return undefined;
    const b = scope.lookup(n.name);
    if (!b || b.path) return undefined;
    if (b.kind === 'param' && b.fn && b.paramIndex !== undefined) {
      // (The path each call gives the helper: `readConfig(path.join(os.homedir(), ".ssh", "config"))`.)
      for (const site of this.callSitesOf(b.fn).slice(0, 4)) {
        const arg = (site.node.arguments as Node[])[b.paramIndex + (site.shift ?? 0)];
        const hit = arg && arg.type !== 'SpreadElement' ? this.networkConfigFile(arg, site.scope, depth + 1, budget) : undefined;
        if (hit) return hit;
      }
      return undefined;
    }
    const init = soleValue(b);
    return init ? this.networkConfigFile(init, b.init ? b.scope : b.assignmentScopes?.[0] ?? b.scope, depth + 1, budget) : undefined;
  }

  /**
   * The file name at the end of a path expression, when its end is fixed: `path.join(dir, "a",
   * "machine_id")`, `` `${dir}/machine_id` ``, `dir + "/machine_id"`, or a name bound to one.
   */
  private fileNameOf(expr: Node, scope: Scope, depth = 0): string | undefined {
    const n = unwrap(expr);
    const base = (s: unknown) => (typeof s === 'string' && s ? s.split(/[\\/]/).pop() || undefined : undefined);
    const k = this.valueOf(n, scope).konst?.v;
    if (typeof k === 'string') return base(k);
    if (depth > 3) return undefined;
    if (n.type === 'TemplateLiteral') return base(n.quasis[n.quasis.length - 1].value.cooked);
    if (n.type === 'BinaryExpression' && n.operator === '+') return this.fileNameOf(n.right, scope, depth + 1);
    if (n.type === 'CallExpression' && n.arguments.length && /^path\.(join|resolve|posix\.join|win32\.join)$/.test(this.valueOf(unwrap(n.callee), scope).ref ?? '')) {
      return this.fileNameOf(n.arguments[n.arguments.length - 1], scope, depth + 1);
    }
    if (n.type !== 'Identifier') return undefined;
    // A name given its path once: where it is declared, or by one later `=` (a lazy initialiser).
    const b = scope.lookup(n.name);
    if (!b || b.path) return undefined;
    if (b.init) return b.assignments ? undefined : this.fileNameOf(b.init, b.scope, depth + 1);
    const a = b.assignments?.length === 1 ? b.assignments[0] : undefined;
    return a?.type === 'AssignmentExpression' && a.operator === '=' ? this.fileNameOf(a.right, b.assignmentScopes?.[0] ?? b.scope, depth + 1) : undefined;
  }

  /** The full name of the setting `cfg.inspect("key")` / `cfg.get("key")` reads (`lumen.key` of `getConfiguration("lumen")`). */
  private settingName(node: Node, scope: Scope): string | undefined {
    const key = staticString(node.arguments[0]);
    const callee = unwrap(node.callee);
    if (key === undefined || callee.type !== 'MemberExpression') return undefined;
    let recv = unwrap(callee.object);
    if (recv.type === 'Identifier') {
      const b = scope.lookup(recv.name);
      if (!b || b.path || !b.init || b.assignments || b.kind === 'param' || b.kind === 'import') return undefined;
      recv = unwrap(b.init);
    }
    if (recv.type !== 'CallExpression' || this.calleeValue(unwrap(recv.callee), scope).ref !== 'vscode.workspace.getConfiguration') return undefined;
    const section = recv.arguments[0] ? staticString(recv.arguments[0]) : '';
    return section === undefined ? undefined : section ? `${section}.${key}` : key;
  }

  /** A model selector that names a vendor (`{ vendor: "copilot" }`), or one that cannot be read. */
  private namesVendor(arg: Node | undefined, scope: Scope): boolean {
    if (!arg) return false;
    const a = unwrap(arg);
    if (a.type === 'ObjectExpression') return (a.properties as Node[]).some((p) => p.type !== 'Property' || propertyKeyName(p) === 'vendor' || propertyKeyName(p) === undefined);
    const k = this.valueOf(a, scope).konst?.v;
    return !(k && typeof k === 'object' && !Array.isArray(k) && !('vendor' in k));
  }

  /**
   * The specifier of a data file of the tool that `expr` reads whole (`fs.readFileSync(p, "utf8")`,
   * `await fs.promises.readFile(p)`, `.toString()` of it, or a name given one of these once), where
   * p is a path into the tool's own files: `./rel` beside this file (`__dirname`, the folder of
   * `import.meta.url`), or `~package/rel` under the package's root (a VS Code extension's
   * `extensionPath`). Undefined for any other path (the user's files, a path made at run time).
   */
  private dataFileRead(expr: Node, scope: Scope, depth: number, ext: RegExp): string | undefined {
    const n = unwrap(expr);
    if (depth > 3) return undefined;
    if (n.type === 'AwaitExpression') return this.dataFileRead(n.argument, scope, depth + 1, ext);
    if (n.type === 'Identifier') {
      const b = scope.lookup(n.name);
      if (!b || b.path || b.kind === 'param' || b.kind === 'import') return undefined;
      if (b.init) return b.assignments ? undefined : this.dataFileRead(b.init, b.scope, depth + 1, ext);
      const a = b.assignments?.length === 1 ? b.assignments[0] : undefined;
      return a?.type === 'AssignmentExpression' && a.operator === '=' ? this.dataFileRead(a.right, b.assignmentScopes?.[0] ?? b.scope, depth + 1, ext) : undefined;
    }
    if (n.type !== 'CallExpression' || !n.arguments[0]) return undefined;
    const callee = unwrap(n.callee);
    if (callee.type === 'MemberExpression' && memberName(callee) === 'toString' && n.arguments.length <= 1) return this.dataFileRead(callee.object, scope, depth + 1, ext);
    let ref = this.calleeValue(callee, scope).ref ?? '';
    if (ref.startsWith('fs.promises.')) ref = `fs.${ref.slice(12)}`;
    if (ref !== 'fs.readFileSync' && ref !== 'fs.readFile') return undefined;
    const spec = this.toolPath(n.arguments[0], scope, 0);
    return spec && ext.test(spec) ? spec : undefined;
  }

  /** A path into the tool's own files (see dataFileRead): its specifier, or undefined. */
  private toolPath(expr: Node, scope: Scope, depth: number): string | undefined {
    const n = unwrap(expr);
    if (depth > 3) return undefined;
    const join = (root: 'file' | 'package', parts: (Node | string)[]): string | undefined => {
      const rest: string[] = [];
      for (const p of parts) {
        const k = typeof p === 'string' ? p : p.type === 'SpreadElement' ? undefined : this.valueOf(p, scope).konst?.v;
        if (typeof k !== 'string') return undefined;
        rest.push(k);
      }
      const rel = posix.normalize(rest.join('/').replace(/\\/g, '/')).replace(/^\/+/, '');
      if (!rel || rel === '.' || rel.startsWith('/')) return undefined;
      if (root === 'package') return rel.startsWith('..') ? undefined : `~package/${rel}`;
      return rel.startsWith('../') ? rel : `./${rel}`;
    };
    if (n.type === 'CallExpression' && n.arguments.length >= 2 && /^path\.(join|resolve|posix\.join)$/.test(this.calleeValue(unwrap(n.callee), scope).ref ?? '')) {
      const root = this.pathRoot(n.arguments[0], scope, depth + 1);
      return root && join(root, (n.arguments as Node[]).slice(1));
    }
    // `${__dirname}/config.json`, `__dirname + "/config.json"`.
    if (n.type === 'TemplateLiteral' && n.expressions.length === 1 && !n.quasis[0].value.cooked) {
      const root = this.pathRoot(n.expressions[0], scope, depth + 1);
      return root && join(root, [n.quasis[1].value.cooked ?? '']);
    }
    if (n.type === 'BinaryExpression' && n.operator === '+') {
      const root = this.pathRoot(n.left, scope, depth + 1);
      return root && join(root, [n.right]);
    }
    if (n.type === 'Identifier') {
      const b = scope.lookup(n.name);
      if (!b || b.path || !b.init || b.assignments || b.kind === 'param' || b.kind === 'import') return undefined;
      return this.toolPath(b.init, b.scope, depth + 1);
    }
    return undefined;
  }

  /**
   * What a path starts from: the folder of this file (`__dirname` where the program does not
   * declare it, `dirname(fileURLToPath(import.meta.url))`) or the root of the tool's package
   * (VS Code's `context.extensionPath`, kept under that name).
   */
  private pathRoot(expr: Node, scope: Scope, depth: number): 'file' | 'package' | undefined {
    const n = unwrap(expr);
    if (depth > 4) return undefined;
    if (n.type === 'Identifier') {
      if (n.name === '__dirname' && !scope.lookup('__dirname')) return 'file';
      const b = scope.lookup(n.name);
      if (!b || b.path || !b.init || b.assignments || b.kind === 'param' || b.kind === 'import') return undefined;
      return this.pathRoot(b.init, b.scope, depth + 1);
    }
    if (n.type === 'MemberExpression') {
      const name = memberName(n);
      if (name === 'extensionPath') return 'package';
      // `context.extensionUri.fsPath`.
      if (name === 'fsPath' && unwrap(n.object).type === 'MemberExpression' && memberName(unwrap(n.object)) === 'extensionUri') return 'package';
      return undefined;
    }
    if (n.type === 'CallExpression' && n.arguments.length === 1) {
      const ref = this.calleeValue(unwrap(n.callee), scope).ref ?? '';
      if (ref === 'path.dirname') {
        const inner = unwrap(n.arguments[0]);
        if (inner.type !== 'CallExpression' || inner.arguments.length !== 1 || this.calleeValue(unwrap(inner.callee), scope).ref !== 'url.fileURLToPath') return undefined;
        const u = unwrap(inner.arguments[0]);
        return u.type === 'MemberExpression' && memberName(u) === 'url' && unwrap(u.object).type === 'MetaProperty' ? 'file' : undefined;
      }
    }
    return undefined;
  }

  /**
   * A callee that is a function another file exports, by the name it is imported as
   * (`import { memoize }`, `const { memoize } = require("./memo")`) or as a member of the module
   * required whole (`memo.memoize`, TypeScript's `(0, memo_1.memoize)`): not a method of a value
   * that file exports (`HANDLERS.find`).
   */
  private importedFunction(callee: Node, scope: Scope): boolean {
    if (callee.type === 'Identifier') {
      const b = scope.lookup(callee.name);
      return !!b && ((b.kind === 'import' && b.importName !== '*') || (b.path?.length === 1 && !!b.init && unwrap(b.init).type === 'CallExpression'));
    }
    if (callee.type === 'MemberExpression' && unwrap(callee.object).type === 'Identifier') {
      const b = scope.lookup(unwrap(callee.object).name);
      return !!b && !b.path && ((b.kind === 'import' && b.importName === '*') || (!!b.init && unwrap(b.init).type === 'CallExpression' && unwrap(unwrap(b.init).callee).type === 'Identifier' && /^(require|__require|_interopRequireWildcard|_interopRequireDefault|__importStar|__importDefault|__toESM)$/.test(unwrap(unwrap(b.init).callee).name)));
    }
    return false;
  }

  /** The record a merge gives (`Object.assign({}, A, B)`, a deep merge written inline): the target, with each source's fields. */
  private merged(node: Node, scope: Scope): AV {
    const target = this.valueOf(node.arguments[0], scope);
    const sources = (node.arguments as Node[]).slice(1, 5).map((a) => this.valueOf(a.type === 'SpreadElement' ? a.argument : a, scope));
    const carried = union(sources.filter((v) => isSensed(v) || v.control).map((v) => ({ sensed: v.sensed, steps: v.steps, control: v.control })));
    return { ...carried, obj: target.obj, alts: [target, ...sources.filter((v) => v.obj || v.konst || v.alts || v.ref)].slice(0, 6) };
  }

  private firsts = new Map<Node, boolean>();
  /** Whether every return of a function gives its first parameter (`return r && define(e, r), e;`). */
  private givesFirst(fn: FunctionInfo): boolean {
    return this.cachedTest(this.firsts, fn.node, () => {
      const p0 = (fn.node.params as Node[])[0];
      if (p0?.type !== 'Identifier' || !fn.returns.length || fn.node.end - fn.node.start >= 2000) return false;
      const b = fn.scope.own(p0.name);
      if (!b || b.assignments) return false;
      return fn.returns.every((r) => {
        const e = unwrap(r);
        return e.type === 'Identifier' && e.name === p0.name;
      });
    });
  }

  private merges = new Map<Node, boolean>();
  /**
   * A merge written inline (lodash's merge, deepmerge, a config loader's own): a function that
   * writes computed keys of its first parameter and returns it, `merge(target, ...sources)`.
   */
  private isMerge(fn: FunctionInfo): boolean {
    return this.cachedTest(this.merges, fn.node, () => {
      const [p0, p1] = fn.node.params as Node[];
      if (p0?.type !== 'Identifier' || !p1 || fn.node.body.type !== 'BlockStatement' || fn.node.end - fn.node.start >= 2000) return false;
      if (!fn.returns.some((r) => unwrap(r).type === 'Identifier' && unwrap(r).name === p0.name)) return false;
      let writes = false;
      forEachDescendant(fn.node.body as Node, (x) => {
        if (writes || (x !== fn.node && isFunction(x) && x.type !== 'ArrowFunctionExpression')) return false;
        if (x.type === 'AssignmentExpression' && x.left.type === 'MemberExpression' && x.left.computed && unwrap(x.left.object).type === 'Identifier' && unwrap(x.left.object).name === p0.name) writes = true;
        return !writes;
      }, 2000);
      return writes;
    });
  }

  /**
   * What a call of a helper that runs the command it is given (`sh(cmd)` with `exec(cmd, …)` in it)
   * gives at this call: a command given here that reveals nothing does not read what another
   * caller's does (`sh("git rev-parse HEAD")` is not the email `sh("git config user.email")` reads).
   */
  private ownCommand(r: AV, fns: FunctionInfo[], call: Node, scope: Scope): AV {
    if (!r.sensed?.length) return r;
    const keep = r.sensed.filter((s) => {
      const fn = fns.find((f) => s.node.start >= f.node.start && s.node.end <= f.node.end);
      return !fn || this.commandGiven(s.node, fn, call, scope);
    });
    if (keep.length === r.sensed.length) return r;
    return keep.length ? { ...r, sensed: keep } : { ...r, sensed: undefined, steps: undefined };
  }

  /**
   * Whether `call` of `fn` may make `run`, a command `fn` runs with what its parameter is given
   * (`exec(cmd, …)` in `sh(cmd)`), reveal something: false when the call gives a command written
   * out that reveals nothing; true for any other run, or another argument.
   */
  commandGiven(run: Node, fn: FunctionInfo, call: Node, scope: Scope): boolean {
    // A helper that requests the path it is given (`get("/user/orgs")`): whether that call's URL is an account's.
    const req = run.type === 'CallExpression' && run.arguments[0] ? this.calleeValue(unwrap(run.callee), fn.scope).ref : undefined;
    const url = req && (req === 'fetch' || NODE_HTTP_CALLS.has(req)) ? this.urlParam(run.arguments[0], fn.scope) : undefined;
    if (url && url.fn?.node === fn.node) {
      const u = this.urlAtCall(run.arguments[0], fn.scope, url, call, scope);
      return u !== undefined && ACCOUNT_URL.test(u);
    }
    const given = this.givenCommand(run, fn, call, scope);
    if (given === undefined) return true;
    // A helper that reads the file it is given (`firstLine(path)` around `readFileSync(path)`): the path that call gives.
    const api = run.type === 'CallExpression' ? this.calleeValue(unwrap(run.callee), fn.scope).ref : undefined;
    // A helper that reads git's config by the key it is given (`configValue(repo, "user.email")`): that key's.
    if (api && gitApiConfigCall(api)) return gitConfigKind(given) !== undefined;
    if (api && /^fs\.(promises\.)?readFile(Sync)?$/.test(api)) return MACHINE_ID_FILES.test(given) || STORED_ID_FILE.test(given.split(/[\\/]/).pop() ?? '') || /\.ssh[\\/][^\\/]+\.pub$/.test(given);
    return DISCOVERY_COMMANDS.some((d) => d.re.test(given));
  }

  /**
   * The command `run` runs when `call` calls `fn`, the function around it, and `run`'s command is
   * `fn`'s parameter (`run(cmd, args)` around `execFileSync(cmd, args)`): the text that call gives,
   * with the arguments it gives too (`run("id", ["-un"])` is `id -un`). Undefined when the
   * command is not a parameter's or the call does not write it out.
   */
  givenCommand(run: Node, fn: FunctionInfo, call: Node, scope: Scope): string | undefined {
    const a = run.type === 'CallExpression' && run.arguments[0] ? unwrap(run.arguments[0]) : undefined;
    const b = a?.type === 'Identifier' ? fn.scope.lookup(a.name) : undefined;
    const own = (x: Binding | undefined) => x?.kind === 'param' && x.fn?.node === fn.node && !x.path && x.paramIndex !== undefined;
    // (Its arguments: a parameter's too, or written out in `fn`; or the rest of what the call passes, `(...args) => execFile("git", args)`.)
    const list = run.type === 'CallExpression' && run.arguments[1] ? unwrap(run.arguments[1]) : undefined;
    const lb = list?.type === 'Identifier' ? fn.scope.lookup(list.name) : undefined;
    const restList = !!lb && lb.kind === 'param' && lb.fn?.node === fn.node && lb.path?.length === 1 && lb.path[0] === '...' && (fn.node.params as Node[])[lb.paramIndex!]?.type === 'RestElement';
    // The program written out and its arguments given (`git(args)` around `execFile("git", args)`) as well.
    const written = !own(b) && (own(lb) || restList) && a?.type === 'Literal' && typeof a.value === 'string' ? a.value : undefined;
    if (!own(b) && written === undefined) return undefined;
    const given = (i: number) => {
      const arg = (call.arguments as Node[])[i];
      return arg && arg.type !== 'SpreadElement' ? this.constant(arg, scope)?.v : undefined;
    };
    const cmd = written ?? given(b!.paramIndex!);
    if (typeof cmd !== 'string') return undefined;
    const rest = () => {
      const from = (call.arguments as Node[]).slice(lb!.paramIndex!, lb!.paramIndex! + 32);
      return from.some((x) => x.type === 'SpreadElement') ? undefined : from.map((x) => this.constant(x, scope)?.v);
    };
    const args = own(lb) ? given(lb!.paramIndex!) : restList ? rest() : list?.type === 'ArrayExpression' ? this.constant(list, fn.scope)?.v : undefined;
    return Array.isArray(args) && args.every((x) => typeof x === 'string') ? [cmd, ...args].join(' ') : cmd;
  }

  /** The commands the calls of the function around `run` give it to run (see givenCommand). */
  commandsGiven(run: Node, scope: Scope): string[] {
    const a = run.arguments[0] ? unwrap(run.arguments[0]) : undefined;
    const l = run.arguments[1] ? unwrap(run.arguments[1]) : undefined;
    // The command's parameter, or its arguments' when the program is written out (`execFile("git", args)`).
    const b = a?.type === 'Identifier' ? scope.lookup(a.name) : a?.type === 'Literal' && l?.type === 'Identifier' ? scope.lookup(l.name) : undefined;
    if (b?.kind !== 'param' || !b.fn || (b.path && !(b.path.length === 1 && b.path[0] === '...'))) return [];
    const out: string[] = [];
    for (const site of this.callSitesOf(b.fn).slice(0, 16)) {
      const text = this.givenCommand(run, b.fn, site.node, site.scope);
      if (text !== undefined && !out.includes(text)) out.push(text);
    }
    return out;
  }

  private refCall(ref: string, node: Node, scope: Scope): AV {
    // (`fs.promises.readFile` is `fs/promises`' readFile, which is named `fs.readFile` here.)
    if (ref.startsWith('fs.promises.')) ref = `fs.${ref.slice(12)}`;
    // What gives back its argument, fields and all: a promise of it, a frozen or cloned copy.
    if (KEEPS_ARGUMENT.has(ref) && node.arguments[0]) return this.valueOf(node.arguments[0], scope);
    // `Object.defineProperty(fn, "name", { value: "send" })`, as esbuild's `__name` and other bundlers'
    // helpers keep a function's name: the object it was handed, now with that property.
    if ((ref === 'Object.defineProperty' || ref === 'Object.defineProperties') && node.arguments[0] && node.arguments[0].type !== 'SpreadElement') return this.valueOf(node.arguments[0], scope);
    // `Promise.any(probes.map((p) => probe(p)))`, `Promise.race([a(), b()])`: what the first to settle gives, one of the list's.
    if ((ref === 'Promise.any' || ref === 'Promise.race') && node.arguments[0]) {
      const v = this.oneElementOf(unwrap(node.arguments[0]), scope);
      return isSensed(v) ? addStep(v, { role: 'transform', node, note: `${ref}()` }) : v;
    }
    // A setting the extension declares (`getConfiguration("lumen").inspect("x").defaultValue`, or
    // `.get("x")` where the user set nothing): what its package.json gives as the default.
    if ((ref === 'vscode.workspace.getConfiguration().inspect' || ref === 'vscode.workspace.getConfiguration().get') && node.arguments[0]) {
      const name = this.settingName(node, scope);
      if (name) {
        const mref = `module:~package/package.json.@setting:${name.replace(/\./g, ':')}${ref.endsWith('.get') ? '.defaultValue' : ''}`;
        return this.linkedValue(mref, node) ?? { ref: mref };
      }
    }
    // The chat models installed in the editor, from any vendor (`vscode.lm.selectChatModels()`
    // without a vendor): which AI providers the user has set up, as an API base URL says.
    if (ref === 'vscode.lm.selectChatModels' && !this.namesVendor(node.arguments[0], scope)) {
      return { ref: `${ref}()`, sensed: [{ kind: 'tools', label: 'installed chat models (vscode.lm)', node }], steps: [{ role: 'source', node, note: 'lists the chat models installed from every vendor (vscode.lm.selectChatModels())' }] };
    }
    const callRef = `${ref}()`;
    const src = CALL_SOURCES[callRef];
    if (src) return { ref: callRef, sensed: [{ kind: src.kind, label: src.label, node, weak: src.weak }], steps: [{ role: 'source', node, note: `calls ${src.label}` }] };
    // `events.on(emitter, "ssid")` (an async iterator of each emit's arguments) and `events.once(…)` (a
    // promise of the first's): what the emits of that event on that emitter give (`this.emit("ssid", ssid)`).
    if (/^module:events(\.EventEmitter)?\.(on|once)$/.test(ref) && node.arguments.length >= 2) {
      const emitted = this.emittedTo(node.arguments[0], node.arguments[1], scope);
      if (emitted) return emitted;
    }
    // simple-git's `git.getConfig("user.email")` (and `getConfig(key, scope)`): git's config value, the user's identity for user.*.
    // (Also the factory another chunk of the bundle exports by its name: `import { simpleGit } from "./chunk-….js"`.)
    if (/^module:(?:simple-git(\.default)?(\.simpleGit)?|\.{1,2}\/[^()]*\.simpleGit)\(\)(\.[\w$]+\(\))*\.getConfig$/.test(ref) && node.arguments[0]) {
      const key = this.constant(node.arguments[0], scope)?.v;
      if (key === 'user.email' || key === 'user.name') return { ref: callRef, sensed: [{ kind: 'git-identity', label: `git ${key} (simple-git)`, node }], steps: [{ role: 'source', node, note: `reads git's ${key} (simple-git getConfig)` }] };
    }
    // The Git extension's `repository.getConfig("user.email")` (or `getGlobalConfig`): git's config value, the user's
    // identity for user.*, the remote for remote.*.url. (A key its caller gives, `configValue(repo, key)`, is read at each call: ownCommand.)
    if (gitApiConfigCall(ref) && node.arguments[0]) {
      const key = this.constant(node.arguments[0], scope)?.v;
      const def = typeof key === 'string' ? gitConfigKind(key) : undefined;
      const a = unwrap(node.arguments[0]);
      const pb = key === undefined && a.type === 'Identifier' ? scope.lookup(a.name) : undefined;
      // (A key its callers give: when one of them gives an identity's or a remote's.)
      const param = pb?.kind === 'param' && !pb.path && pb.paramIndex !== undefined && !!pb.fn && this.callSitesOf(pb.fn).slice(0, 16).some((site) => {
        const k = (site.node.arguments as Node[])[pb.paramIndex!];
        const v = k && k.type !== 'SpreadElement' ? this.constant(k, site.scope)?.v : undefined;
        return typeof v === 'string' && gitConfigKind(v) !== undefined;
      });
      if (def) return { ref: callRef, sensed: [{ kind: def.kind, label: `${def.label} (Git extension API)`, node }], steps: [{ role: 'source', node, note: `reads ${def.label} (Git extension ${ref.slice(ref.lastIndexOf('.') + 1)})` }] };
      if (param) return { ref: callRef, sensed: [{ kind: 'git-identity', label: 'git config (Git extension API)', node }], steps: [{ role: 'source', node, note: `reads git's config by the key its caller gives (Git extension ${ref.slice(ref.lastIndexOf('.') + 1)})` }] };
    }
    // `fetch("https://ipinfo.io/json")`: what a geolocation service answers is where the user is.
    if ((ref === 'fetch' || NODE_HTTP_CALLS.has(ref) || /^module:(axios|node-fetch|got|undici|ky)(\.(get|request|default))?$/.test(ref)) && node.arguments[0]) {
      const u = this.constant(node.arguments[0], scope)?.v;
      // (Also a URL a helper is handed, `probe(url)`, or one of a list of probes, `probe(p)` of `p.url`.)
      const urls = typeof u === 'string' ? [u] : this.urlChoices(node.arguments[0], scope);
      const m = urls.map((x) => GEO_IP_URL.exec(x)).find((x) => x !== null);
      if (m) {
        const host = m[1] ?? `${m[2]}/cdn-cgi/trace`;
        return { ref: callRef, sensed: [{ kind: 'geo-ip', label: `IP geolocation (${host})`, node }], steps: [{ role: 'source', node, note: `asks ${host} where this machine's IP address is` }] };
      }
      // Who the signed-in user is and which organisations they belong to (`api.github.com/user/orgs`),
      // also through a helper given the path (`get("/user/orgs")` around `fetch(`${API}${path}`)`): read at each call, ownCommand.
      const account = [...urls, ...this.urlsGiven(node.arguments[0], scope)].map((x) => ACCOUNT_URL.exec(x)).find((x) => x !== null);
      if (account) return { ref: callRef, sensed: [{ kind: 'host-identity', label: `signed-in user's account (${account[1]})`, node }], steps: [{ role: 'source', node, note: `asks ${account[1]} who the signed-in user is` }] };
      // A cloud's metadata service asked for the region the machine runs in.
      const cloud = urls.map((x) => CLOUD_REGION_URL.exec(x)).find((x) => x !== null);
      if (cloud) return { ref: callRef, sensed: [{ kind: 'geo-ip', label: `cloud region (metadata service ${cloud[1]})`, node }], steps: [{ role: 'source', node, note: `asks the cloud's metadata service (${cloud[1]}) which region this machine runs in` }] };
    }
    // (execa's `execa(file, args, opts)` and `execaSync`, v5's default export and `.sync`, and its command-string forms: the same as execFile's.)
    if (ref === 'child_process.execSync' || ref === 'child_process.exec' || ref === 'child_process.execFileSync' || ref === 'child_process.spawnSync' || ref === 'child_process.execFile' || EXECA_CALL.test(ref)) {
      let cmd: string | undefined;
      let d: (typeof DISCOVERY_COMMANDS)[number] | undefined;
      // Of the commands it may run, the one that reveals most (a machine id over a host name).
      const labels = new Set<string>();
      for (const c of commandTexts(node, this, scope)) {
        const hit = DISCOVERY_COMMANDS.find((x) => x.re.test(c));
        if (hit?.kind === 'machine-id') labels.add(hit.label);
        if (hit && (!d || (hit.kind === 'machine-id' && d.kind !== 'machine-id'))) [cmd, d] = [c, hit];
      }
      if (d && cmd && labels.size > 1) return { sensed: [{ kind: 'machine-id', label: `machine id (${[...labels].join(', ')})`, node }], steps: [{ role: 'source', node, note: `runs one of ${labels.size} commands that print the machine id (\`${cmd.slice(0, 60)}\`…)` }] };
      if (d && cmd) return { sensed: [{ kind: d.kind, label: d.label, node, command: cmd }], steps: [{ role: 'source', node, note: `runs \`${cmd.slice(0, 80)}\`` }] };
      // (execa's other runs are what the module's function gives, as before.)
      if (!EXECA_CALL.test(ref)) return EMPTY;
    }
    // VS Code's file system API (`workspace.fs.readFile(Uri.joinPath(folder.uri, ".git", "config"))`):
    // bytes of the same file, for the files whose path says what they hold.
    if (ref === 'vscode.workspace.fs.readFile') {
      const net = node.arguments[0] ? this.networkConfigFile(node.arguments[0], scope) : undefined;
      return net ? { sensed: [{ kind: net.kind, label: net.label, node }], steps: [{ role: 'source', node, note: `reads ${net.path} (${net.label})` }] } : EMPTY;
    }
    if (ref === 'fs.readFileSync' || ref === 'fs.readFile') {
      const p = node.arguments[0] ? this.valueOf(node.arguments[0], scope) : EMPTY;
      if (p.konst && typeof p.konst.v === 'string' && MACHINE_ID_FILES.test(p.konst.v)) {
        return { sensed: [{ kind: 'machine-id', label: p.konst.v, node }], steps: [{ role: 'source', node, note: `reads ${p.konst.v}` }] };
      }
      // One of a list of paths (`for (const p of ["/etc/machine-id", "/var/lib/dbus/machine-id"])`, `.find(existsSync)`).
      const paths = p.elementOf?.konst?.v;
      const idFile = Array.isArray(paths) ? paths.find((x): x is string => typeof x === 'string' && MACHINE_ID_FILES.test(x)) : undefined;
      if (idFile) return { sensed: [{ kind: 'machine-id', label: idFile, node }], steps: [{ role: 'source', node, note: `reads ${idFile} (or another path of its list)` }] };
      // A path built from a folder only known at run time: its file name says what it holds.
      const file = node.arguments[0] ? this.fileNameOf(node.arguments[0], scope) : undefined;
      if (file && STORED_ID_FILE.test(file)) {
        return { sensed: [{ kind: 'machine-id', label: `stored machine id (${file})`, node }], steps: [{ role: 'source', node, note: `reads the id it keeps for this machine (${file})` }] };
      }
      // The user's SSH public key (`~/.ssh/id_ed25519.pub`, or one of a list of them): its comment is
      // user@host and the key (or its fingerprint) names the person across machines and accounts.
      const key = node.arguments[0] ? this.sshPublicKey(node.arguments[0], scope) : undefined;
      if (key) return { sensed: [{ kind: 'host-identity', label: `SSH public key (${key})`, node }], steps: [{ role: 'source', node, note: `reads the SSH public key ${key} (user@host, key fingerprint)` }] };
      // The certificates the user added to trust (`NODE_EXTRA_CA_CERTS`, `SSL_CERT_FILE`): a
      // company's TLS-inspection CA among them. Weak: given to an agent as `ca`, they only configure TLS.
      // A file the user's tools keep their network in (`~/.ssh/config`, `~/.kube/config`, or the
      // file `KUBECONFIG` names): its hosts say where the user works.
      const net = node.arguments[0] ? this.networkConfigFile(node.arguments[0], scope) : undefined;
      const netEnv = p.sensed?.find((s) => s.envName !== undefined && NETWORK_CONFIG_ENV[s.envName] !== undefined);
      if (net || netEnv) {
        const kind = net?.kind ?? 'workplace';
        const label = net?.label ?? NETWORK_CONFIG_ENV[netEnv!.envName!];
        return { sensed: [{ kind, label, node }], steps: [{ role: 'source', node, note: `reads ${net ? `${net.path} (${label})` : `the file ${netEnv!.envName} names (${label})`}` }] };
      }
      const ca = p.sensed?.find((s) => s.envName !== undefined && CA_FILE_ENV.test(s.envName));
      if (ca) return { sensed: [{ kind: 'host-identity', label: `CA certificates the user added (${ca.envName})`, node, weak: true }], steps: [...(p.steps ?? []), { role: 'source', node, note: `reads the CA certificates named by ${ca.envName}` }] };
      return EMPTY;
    }
    // `new X509Certificate(pem)` of a certificate the user added: its issuer and subject name the
    // organisation that made it (a company's TLS-inspection CA: whom the user works for).
    if (ref === 'crypto.X509Certificate' && node.arguments[0]) {
      const pem = this.valueOf(node.arguments[0], scope);
      const ca = pem.sensed?.find((s) => s.kind === 'host-identity' && s.weak && s.label.startsWith('CA certificates the user added'));
      if (ca) return addStep({ sensed: [{ kind: 'host-identity', label: `organisation of a CA certificate the user added (${/\((.*)\)/.exec(ca.label)?.[1] ?? "extra CA file"})`, node }], steps: pem.steps }, { role: 'transform', node, note: 'crypto.X509Certificate (issuer, subject)' });
    }
    // `new Intl.Locale(tag)`: its region, script and language are parts of the tag; so are those of
    // `Intl.getCanonicalLocales(tag)`'s tags; `new Intl.DisplayNames(…).of(region)` names the same region.
    if ((ref === 'Intl.Locale' || ref === 'Intl.getCanonicalLocales' || ref === 'Intl.DisplayNames().of') && node.arguments[0]) {
      const tag = this.valueOf(node.arguments[0], scope);
      const note = ref === 'Intl.DisplayNames().of' ? 'Intl.DisplayNames#of()' : `${ref}()`;
      return isSensed(tag) ? addStep({ sensed: tag.sensed, steps: tag.steps }, { role: 'transform', node, note }) : EMPTY;
    }
    // `path.basename(os.homedir())`: the last folder of the home directory is the user's name.
    if (ref === 'path.basename' && node.arguments[0]) {
      const p = this.valueOf(node.arguments[0], scope);
      const home = p.sensed?.find((s) => s.kind === 'host-identity' && /homedir/.test(s.label));
      if (home) return addStep({ sensed: [{ kind: 'host-identity', label: 'user name (home folder)', node }], steps: p.steps }, { role: 'transform', node, note: 'the home folder\'s name, the user\'s' });
      if (isSensed(p)) return addStep({ sensed: p.sensed, steps: p.steps, control: p.control }, { role: 'transform', node, note: 'path.basename()' });
    }
    // A data file the tool ships, read and parsed (`JSON.parse(fs.readFileSync(path.join(__dirname,
    // "policy.json")))`, `YAML.parse(…)` of a file beside the bundle or under the extension's folder):
    // a value of that file, as `require("./policy.json")` is; the scan answers from what it holds.
    if ((ref === 'JSON.parse' || DATA_PARSE.test(ref)) && node.arguments[0]) {
      const spec = this.dataFileRead(node.arguments[0], scope, 0, ref === 'JSON.parse' ? /\.json$/i : /\.ya?ml$/i);
      if (spec) {
        const mref = `module:${spec}`;
        return this.linkedValue(mref, node) ?? { ref: mref };
      }
    }
    // A deep copy (`JSON.parse(JSON.stringify(rec))`): the record it copies, fields and all.
    if (ref === 'JSON.parse' && node.arguments[0]) {
      const inner = unwrap(node.arguments[0]);
      if (inner.type === 'CallExpression' && inner.arguments[0] && this.calleeValue(unwrap(inner.callee), scope).ref === 'JSON.stringify') return this.valueOf(inner.arguments[0], scope);
    }
    if ((ref === 'Object.keys' || ref === 'Object.values' || ref === 'Object.entries') && node.arguments[0]) {
      const a = this.valueOf(node.arguments[0], scope);
      if (a.ref === 'process.env') return { sensed: [{ kind: 'env', label: 'env (all names)', node, envName: '*' }], steps: [{ role: 'source', node, note: `lists the environment (${ref})` }] };
      const table = a.obj && !isSensed(a) && !a.control ? this.tryConst(a.obj.node, a.obj.scope).konst : undefined;
      const t = table?.v;
      if (t && typeof t === 'object' && !Array.isArray(t) && Object.getPrototypeOf(t) === null) {
        // `Object.entries(spec)` of a parameter given a table written out (`parse(argv, { baseUrl: { env: "…" } })`).
        const r = t as Record<string, Value>;
        const v = ref === 'Object.keys' ? Object.keys(r) : ref === 'Object.values' ? Object.values(r) : Object.keys(r).map((k) => [k, r[k]]);
        return { konst: { v, node, decodedVia: table!.decodedVia } };
      }
    }
    // Arithmetic over a value a decision picked (`Math.round(10 * factor)`): decided by it too.
    if (ARITHMETIC.has(ref) && node.arguments.length) {
      const args = (node.arguments as Node[]).slice(0, 4).map((a) => this.valueOf(a, scope));
      const c = args.reduce<Control | undefined>((acc, a) => mergeControl(acc, controlOf(a)), undefined);
      const sensed = args.filter(isSensed);
      if (sensed.length) return addStep({ ...union(sensed), ...(c ? { control: c } : {}) }, { role: 'transform', node, note: `${ref}()` });
      if (c) return { control: c };
    }
    // `Object.assign({}, DEFAULTS, ...layers)`: the new record, with each source's fields (and what is written to it later).
    // (Also onto a record made elsewhere, `Object.assign(info, { hold: … })` in a promise chain: the result is that record, with the fields copied in.)
    if (ref === 'Object.assign' && node.arguments.length >= 2 && (unwrap(node.arguments[0]).type === 'ObjectExpression' || node.arguments.slice(1).some((a: Node) => unwrap(a).type === 'ObjectExpression'))) return this.merged(node, scope);
    // `JSON.stringify(rec, ["event", "ts"])`: an allow-list keeps only the fields it names.
    const kept = ref === 'JSON.stringify' ? stringListLiteral(node.arguments[1]) : undefined;
    if (kept && node.arguments[0]) {
      const rec = this.valueOf(node.arguments[0], scope);
      if (rec.obj) {
        const fields = kept.map((k) => this.fieldOf(rec, k, node)).filter((v): v is AV => !!v && isSensed(v));
        return fields.length ? addStep(union(fields), { role: 'transform', node, note: `${ref}()` }) : EMPTY;
      }
    }
    if (ref === 'JSON.stringify' || ref === 'JSON.parse' || ref === 'String' || ref === 'encodeURIComponent' || ref === 'url.parse' || ref === 'path.join' || ref === 'Object.assign' || ref === 'Array.from' || ref === 'Object.values' || ref === 'Object.entries' || ref === 'Object.fromEntries' || ref === 'Object.keys') {
      const args = (node.arguments as Node[]).slice(0, 4).map((a) => this.valueOf(a, scope)).filter(isSensed);
      return args.length ? addStep(union(args), { role: 'transform', node, note: `${ref}()` }) : EMPTY;
    }
    // What the other module answered for its function run on this call's constants (`decode(ENCODED)`),
    // before what it answered for the function called with nothing.
    if (this.argsAnswered?.has(callRef)) {
      const asked = this.argsRef(callRef, node, scope);
      const answer = asked ? this.linkedValue(asked, node, scope) : undefined;
      if (answer) return answer;
    }
    const linked = this.linkedValue(callRef, node, scope);
    if (linked) return linked;
    // A serializer imported from another file of the tool or from a package, which the scan of this
    // file cannot see into (`safeJsonStringify(payload)` from a shared chunk, safe-stable-stringify's
    // `stringify`): as `JSON.stringify`, its text holds what it was given.
    // (Not with a second argument: an allow-list of keys, `stringify(rec, ["event", "ts"])`, or a replacer, keeps what it names.)
    if (SERIALIZER_REF.test(ref) && node.arguments.length === 1 && node.arguments[0].type !== 'SpreadElement') {
      const v = this.valueOf(node.arguments[0], scope);
      if (isSensed(v)) return addStep({ sensed: v.sensed, steps: v.steps, control: v.control }, { role: 'transform', node, note: `${ref.replace(/^module:.*[.\/]/, '')}()` });
    }
    // A wrapper around one function literal imported from a file of the tool (`memoize(() => …)`,
    // `once(…)` from a util file), as for an unknown wrapper here: called, it gives what the
    // literal returns, unless that module answers otherwise. Only a function the file imports by
    // name from a relative path: a package's methods that take callbacks (`https.request(o, cb)`,
    // `list.find(cb)` of what a package returned) are not wrappers.
    if (RELATIVE_IMPORT.test(ref) && node.arguments.length >= 1 && node.arguments.length <= 2 && isFunction(node.arguments[0]) && !(node.arguments as Node[]).slice(1).some(isFunction) && this.importedFunction(unwrap(node.callee), scope)) {
      const info = this.facts.functions.get(node.arguments[0]);
      if (info) return { ref: callRef, fns: [info] };
    }
    return { ref: callRef };
  }

  /** The calls of other modules' functions answered for the constants given them (`module:./a.decode()`). */
  private argsAnswered?: Set<string>;

  /**
   * The reference that asks another module what its function (`callRef`, `module:./a.decode()`)
   * gives back for this call's arguments, when each is a constant here (`decode(ENCODED)`): that
   * module runs it on them. At most four arguments.
   */
  argsRef(callRef: string, call: Node, scope: Scope): string | undefined {
    if (!callRef.startsWith('module:') || !callRef.endsWith('()') || callRef.slice(0, -2).includes('(')) return undefined;
    const args = call.arguments as Node[];
    if (!args.length || args.length > 4 || args.some((a) => a.type === 'SpreadElement')) return undefined;
    const consts: LinkConst[] = [];
    for (const a of args) {
      const c = this.constant(a, scope);
      const k = c ? toLinkConst(c.v) : undefined;
      if (k === undefined) return undefined;
      consts.push(k);
    }
    const step = argsStep(consts);
    return step ? `${callRef.slice(0, -2)}.${step}()` : undefined;
  }

  /** Another module's export, as that module answered: a constant or a sensed value, here at `node`. */
  private linkedValue(ref: string, node: Node, scope?: Scope): AV | undefined {
    // OpenTelemetry's semantic conventions imported from the package: the attribute's dotted name.
    const conv = SEMCONV.exec(ref);
    if (conv && Object.hasOwn(SEMCONV_KEYS, conv[1])) return { ref, konst: { v: SEMCONV_KEYS[conv[1]], node } };
    const l = this.linked?.get(ref);
    if (!l) return undefined;
    // A function of the other module whose result is made from an argument (`hostOf(baseUrl())`): this call's argument, carried.
    if (l.carries !== undefined) {
      const args = scope && node.type === 'CallExpression' ? [...(node.arguments as Node[]).slice(l.carries, l.carriesRest ? l.carries + 8 : l.carries + 1), ...(l.carriesAlso ?? []).map((k) => (node.arguments as Node[])[k]).filter((a): a is Node => !!a)] : [];
      if (!args.length || args.some((a) => a.type === 'SpreadElement')) return undefined;
      const v = union(args.map((a) => this.valueOf(a, scope!)));
      // (Only what the argument carries, or the name to ask for: not its constant or its record, which the function made something else of.)
      if (isSensed(v)) return addStep({ sensed: v.sensed, steps: v.steps, control: v.control }, { role: 'transform', node, note: `passed through ${l.note}` });
      return v.ref && !v.konst ? { ref: v.ref } : v.control ? { control: v.control } : EMPTY;
    }
    // A memo helper of the other module: what this call's function argument returns.
    if (l.calls !== undefined) {
      const arg = scope && node.type === 'CallExpression' ? (node.arguments as Node[])[l.calls] : undefined;
      if (!arg || arg.type === 'SpreadElement') return undefined;
      const v = this.resultOf(this.valueOf(arg, scope!), node);
      return isSensed(v) ? addStep(v, { role: 'transform', node, note: `kept and returned by ${l.note}` }) : v;
    }
    // A wrapper of a process API: this call's arguments complete its command (`gitConfig("user.email")`).
    if (l.command !== undefined) {
      if (!scope || node.type !== 'CallExpression') return undefined;
      const args = (node.arguments as Node[]).slice(0, 4).map((a) => {
        const c = this.constant(a, scope)?.v;
        return typeof c === 'string' ? c : Array.isArray(c) && c.every((x) => typeof x === 'string') ? c.join(' ') : undefined;
      });
      const text = fillCommand(l.command, args);
      const hit = text !== undefined ? DISCOVERY_COMMANDS.find((x) => x.re.test(text)) : undefined;
      if (!hit || text === undefined) return undefined;
      return { ref, sensed: [{ kind: hit.kind, label: hit.label, node, command: text }], steps: [{ role: 'source', node, note: `runs \`${text.slice(0, 80)}\` through ${l.note}` }] };
    }
    if (l.envObject) return { ref: 'process.env' };
    if (l.sensed?.length) {
      return { ref, sensed: l.sensed.map((s) => ({ kind: s.kind as SenseKind, label: s.label, node, ...(s.envName ? { envName: s.envName } : {}) })), steps: [{ role: 'source', node, note: l.note }] };
    }
    if (l.konst !== undefined) return { ref, konst: { v: fromLinkConst(l.konst), node, ...(l.decodedVia?.length ? { decodedVia: l.decodedVia } : {}) } };
    return undefined;
  }
}

/** Which object a value is, as listeners and emits (and storages and their reads) are matched. */
interface Identity {
  /** The `new` that made it, when known. */
  made?: Node;
  /** The class of this file it is an instance of. */
  cls?: Node;
  /** The variable that holds it, or the field (`.events`). */
  other?: Binding | string;
}

/** The identity of a value another module names by its export (`holder`, its variable there). */
function emitterIdentity(v: AV, holder: Binding | undefined): Identity | undefined {
  return v.made || v.instance || holder ? { made: v.made, cls: v.instance?.cls, other: holder } : undefined;
}

/**
 * Whether two identities are one object: two known `new`s are one only if they are the same `new`
 * (two `new Lifecycle()` are two emitters); where one side's `new` is not known (`this` inside
 * `class Watcher extends EventEmitter`, `w` made by `new Watcher()`), the class they are
 * instances of; else the variable or field that holds them.
 */
function sameIdentity(a: Identity | undefined, b: Identity | undefined): boolean {
  if (!a || !b) return false;
  if (a.made && b.made) return a.made === b.made;
  if (a.cls && b.cls) return a.cls === b.cls;
  if (a.made && b.other === undefined) return false;
  return a.other !== undefined && a.other === b.other;
}

/** The expressions a value may be: the sides of `a || b`, `a ?? b`, `c ? a : b`, also through a constant that holds one (two levels). */
function alternativesOf(n: Node, scope: Scope, depth: number): { node: Node; scope: Scope }[] | undefined {
  if (depth > 2) return undefined;
  let x = n;
  let s = scope;
  if (x.type === 'Identifier') {
    const b = scope.lookup(x.name);
    if (!b || b.kind === 'param' || b.path || b.assignments || !b.init) return undefined;
    x = unwrap(b.init);
    s = b.scope;
  }
  const sides = x.type === 'LogicalExpression' && x.operator !== '&&' ? [x.left, x.right] : x.type === 'ConditionalExpression' ? [x.consequent, x.alternate] : undefined;
  if (!sides) return undefined;
  return sides.flatMap((side: Node) => alternativesOf(unwrap(side), s, depth + 1) ?? [{ node: side, scope: s }]);
}

/** A call whose text names the local time zone, as what it calls (`Date#toString()`), or undefined. */
function zoneNamingCall(node: Node, method: string | undefined, refOf: (n: Node) => string | undefined): string | undefined {
  if (!method) return undefined;
  const callee = unwrap(node.callee);
  const recv = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
  const made = (n: Node | undefined, name: string) => n?.type === 'NewExpression' && refOf(n.callee) === name;
  const asksZone = (opts: Node | undefined) => opts?.type === 'ObjectExpression' && (opts.properties as Node[]).some((p) => p.type === 'Property' && propertyKeyName(p) === 'timeZoneName');
  if ((method === 'toString' || method === 'toTimeString') && node.arguments.length === 0 && made(recv, 'Date')) return `Date#${method}()`;
  if ((method === 'toLocaleString' || method === 'toLocaleTimeString' || method === 'toLocaleDateString') && made(recv, 'Date') && asksZone(node.arguments[1])) return `Date#${method}() with timeZoneName`;
  if ((method === 'formatToParts' || method === 'format') && made(recv, 'Intl.DateTimeFormat') && asksZone(recv!.arguments[1])) return `Intl.DateTimeFormat#${method}() with timeZoneName`;
  return undefined;
}

/** What a variable is only ever given: its initialiser, or the one `=` of a lazy initialiser (`var m; … m = new Map()`). */
function soleValue(b: Binding): Node | undefined {
  if (b.init) return b.assignments?.length ? undefined : unwrap(b.init);
  const a = b.assignments?.length === 1 ? b.assignments[0] : undefined;
  return a?.type === 'AssignmentExpression' && a.operator === '=' ? unwrap(a.right) : undefined;
}

/**
 * The value of a field several records may give (`{ ...DEFAULTS, ...JSON.parse(file) }`): their
 * union, keeping the default's constant when every other record is data the program reads (a user's
 * settings file, whose fields are not known here) rather than anything sensed or computed.
 */
function withDefault(parts: AV[]): AV {
  const u = union(parts);
  if (u.konst) return u;
  const consts = parts.filter((p) => p.konst);
  // (Parsed from a file or text: not another module's export, which is asked for and may be sensed.)
  const opaque = (p: AV) => !!p.ref && (DATA_READ.test(p.ref) || CACHE_READ.test(p.ref)) && !p.konst && !isSensed(p) && !p.control && !p.fns && !p.obj;
  return consts.length === 1 && parts.every((p) => p === consts[0] || opaque(p)) ? { ...u, konst: consts[0].konst } : u;
}

/**
 * The names a function of the file is run on to find which of them it makes a list's values of
 * or accepts: every name of the kind, and for a locale its region too, a country code (what is
 * made of a locale may be made of its region: `pack(country())`, `new Intl.Locale(l).region`).
 */
function namesToTry(kind: SenseKind): { name: string; forms: string[] }[] {
  return kind === 'locale' ? [...knownValues('locale'), ...knownValues('geo-ip')] : knownValues(kind);
}

/** A parser of YAML text (the `yaml` and `js-yaml` packages). */
const DATA_PARSE = /^module:(yaml|js-yaml)\.(parse|load)$/;
/** What reading a file or parsing text gives (`JSON.parse(readFileSync(f)).k`). */
const DATA_READ = /^(JSON\.parse|fs\.read|yaml\.(load|parse)|toml\.parse)/;
/** What a Map or WeakMap gives back: a cache of what the code beside it makes. */
const CACHE_READ = /^(Weak)?Map\(\)\.get\(\)$/;

/** Methods that put a value into a list, Set or Map. */
const COLLECTS = ['push', 'unshift', 'add', 'set'];

/** `[]`, `new Set()`, `new Map()`, `new Set([])`: an empty list, Set or Map, to be filled. */
function emptyContainer(n: Node): boolean {
  const e = unwrap(n);
  if (e.type === 'ArrayExpression') return e.elements.length === 0;
  if (e.type !== 'NewExpression' || unwrap(e.callee).type !== 'Identifier' || !/^(Set|Map)$/.test(unwrap(e.callee).name)) return false;
  const a = e.arguments[0] ? unwrap(e.arguments[0]) : undefined;
  return !a || (a.type === 'ArrayExpression' && a.elements.length === 0);
}

/** A value set or returned as an outcome (`true`, `-1`, `i`, `"cn"`), not computed from data. */
function isFlag(n: Node): boolean {
  if (n.type === 'Literal' || n.type === 'Identifier') return true;
  if (n.type === 'UnaryExpression') return isFlag(n.argument) || n.argument.type === 'ArrayExpression';
  // a string out of a string table: `_0x1f(0x12)`
  return n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.arguments.length > 0 && (n.arguments as Node[]).every((a) => a.type === 'Literal');
}

function truthyKonst(v: Value): boolean {
  if (typeof v === 'object' && v !== null) return true;
  return !!v;
}

function globalRef(name: string): string {
  if (name === '__require') return 'require';
  if (name === 'globalThis' || name === 'window' || name === 'global' || name === 'self') return 'globalThis';
  return name;
}

/**
 * An argument to a builtin that is data written in the code (`...[...Buffer.from("…")].map((c) => c ^ 9)`):
 * literals, names, spreads, arrays and the small functions that transform them.
 */
/** Names, literals and templates, in lists and records: what a function that only pairs them up returns. */
function plainData(n: Node, depth = 0): boolean {
  if (depth > 4) return false;
  switch (n.type) {
    case 'Literal':
    case 'Identifier':
      return true;
    case 'TemplateLiteral':
      return (n.expressions as Node[]).every((e) => e.type === 'Identifier');
    case 'ArrayExpression':
      return (n.elements as (Node | null)[]).every((e) => !e || plainData(e, depth + 1));
    case 'ObjectExpression':
      return (n.properties as Node[]).every((p) => p.type === 'Property' && !p.computed && plainData(p.value, depth + 1));
    default:
      return false;
  }
}

function literalData(n: Node): boolean {
  switch (n.type) {
    case 'Literal':
    case 'TemplateLiteral':
    case 'Identifier':
      return true;
    case 'SpreadElement':
      return literalData(n.argument);
    case 'ArrayExpression':
      return (n.elements as (Node | null)[]).every((e) => !e || literalData(e));
    case 'ArrowFunctionExpression':
      // (`(e) => [e, \`…a long text…\`]`: a body of names and text only is data, whatever its length.)
      return n.end - n.start < 200 || (n.body.type !== 'BlockStatement' && n.end - n.start <= 4000 && plainData(n.body));
    case 'SequenceExpression':
      return (n.expressions as Node[]).every(literalData);
    case 'AssignmentExpression':
      return literalData(n.right);
    case 'MemberExpression':
      return literalData(n.object);
    case 'CallExpression': {
      if (!(n.arguments as Node[]).every(literalData)) return false;
      // A function called where it is written (a minifier inlines a helper used once:
      // `JSON.parse(function () { … decode … }())`) is data when its body is: the interpreter
      // decides, within the size the flow interprets other calls of.
      const callee = unwrap(n.callee);
      return isFunction(callee) ? callee.end - callee.start <= MAX_INTERPRETED_FUNCTION : literalData(n.callee);
    }
  }
  return false;
}

/** The variable `holder` gives `value` to: `const name = value`, `name = value`. */
function boundName(holder: Node | undefined, value: Node): string | undefined {
  if (holder?.type === 'VariableDeclarator' && holder.init === value && holder.id.type === 'Identifier') return holder.id.name;
  if (holder?.type === 'AssignmentExpression' && holder.right === value && holder.left.type === 'Identifier') return holder.left.name;
  return undefined;
}

/** A sequence of variables given literal data, then an expression of data: `(t = void 0, (t = "…", t.split("")))`. */
function inlinedData(n: Node): boolean {
  const exprs = n.expressions as Node[];
  return exprs.every((e, i) => {
    if (i === exprs.length - 1) return e.type === 'SequenceExpression' ? inlinedData(e) : literalData(e);
    if (e.type === 'SequenceExpression') return inlinedData(e);
    return e.type === 'AssignmentExpression' && e.left.type === 'Identifier' && (literalData(e.right) || (e.right.type === 'UnaryExpression' && e.right.operator === 'void'));
  });
}

/** Literal-looking arguments worth a try in the interpreter (decoder calls). */
export function isConstantish(n: Node): boolean {
  switch (n.type) {
    case 'Literal':
    case 'TemplateLiteral':
    case 'ArrayExpression':
    case 'Identifier':
      return true;
    case 'UnaryExpression':
      return n.argument.type === 'Literal';
    case 'BinaryExpression':
      return isConstantish(n.left) && isConstantish(n.right);
    case 'CallExpression':
      return n.arguments.every(isConstantish) && (n.callee.type === 'Identifier' || n.callee.type === 'MemberExpression');
  }
  return false;
}

/**
 * The command a child-process call runs, or the commands it may run: a command picked from a
 * table by a key the code does not know yet (`cmds[process.platform]`) is each of the table's.
 */
function commandTexts(node: Node, r: Resolver, scope: Scope): string[] {
  const a = node.arguments[0];
  if (!a) return [];
  const v = r.valueOf(a, scope);
  if (v.konst && typeof v.konst.v === 'string') {
    const args = node.arguments[1];
    if (args) {
      // `execFile("git", args)` in a helper called with several argument lists: each call's command
      // (asked first: the value of a rest parameter, `(...args) =>`, is every call's arguments in one list).
      const given = r.commandsGiven(node, scope);
      if (given.length) return given;
      const list = r.valueOf(args, scope).konst?.v;
      if (Array.isArray(list)) return [[v.konst.v, ...list.filter((x): x is string => typeof x === 'string')].join(' ')];
      // `execFileSync("git", ["-C", dir, "config", "--get", "remote.origin.url"])`: a list written out
      // with a folder or a name only known at run time; its other words are the command (each
      // unknown one a `…`, as the inventory writes it).
      const e = unwrap(args);
      if (e.type === 'ArrayExpression' && e.elements.length <= 32 && (e.elements as (Node | null)[]).every((x) => x && x.type !== 'SpreadElement')) {
        const words = (e.elements as Node[]).map((x) => {
          const c = r.constant(x, scope)?.v;
          return typeof c === 'string' || typeof c === 'number' ? String(c) : '…';
        });
        if (words.some((w) => w !== '…')) return [[v.konst.v, ...words].join(' ')];
      }
    }
    return [v.konst.v];
  }
  // `sh(cmd)` called with several commands (`sh("git config user.email")`, `sh("git rev-parse HEAD")`): any of them.
  const choices = v.elementOf?.konst?.v;
  if (Array.isArray(choices) && !v.konst) return choices.filter((x): x is string => typeof x === 'string').slice(0, 16);
  // `run(cmd, args)` called as `run("id", ["-un"])` and `run("git", ["rev-parse", "HEAD"])`: each call's command.
  if (!v.konst) {
    const given = r.commandsGiven(node, scope);
    if (given.length) return given;
  }
  const m = unwrap(a);
  const paired = pairedCommands(m, node.arguments[1] as Node | undefined, r, scope);
  if (paired.length) return paired;
  if (m.type === 'MemberExpression' && m.computed) {
    const t = r.valueOf(m.object, scope);
    const table = t.konst?.v;
    if (table && typeof table === 'object' && !Array.isArray(table) && !(table instanceof Closure)) {
      return Object.values(table as Record<string, unknown>).filter((x): x is string => typeof x === 'string').slice(0, 16);
    }
    if (t.obj?.node.type === 'ObjectExpression') {
      const out: string[] = [];
      for (const p of (t.obj.node.properties as Node[]).slice(0, 16)) {
        if (p.type !== 'Property') continue;
        const c = r.constant(p.value, t.obj.scope ?? scope)?.v;
        if (typeof c === 'string') out.push(c);
      }
      return out;
    }
  }
  return [];
}

/**
 * A program and its arguments picked together per platform (`let c = mac ? ["scutil", ["--get",
 * "ComputerName"]] : ["hostname", ["-f"]]; execFile(c[0], c[1], …)`): the command of each pair
 * the variable may hold (written out as lists in a chain of conditionals, 8 at most).
 */
function pairedCommands(file: Node, argsNode: Node | undefined, r: Resolver, scope: Scope): string[] {
  const at = (x: Node | undefined): { name: string; k: number } | undefined => {
    const u = x ? unwrap(x) : undefined;
    if (u?.type !== 'MemberExpression' || !u.computed || u.object.type !== 'Identifier' || u.property.type !== 'Literal' || typeof u.property.value !== 'number') return undefined;
    return { name: u.object.name as string, k: u.property.value };
  };
  const f = at(file);
  if (!f) return [];
  const g = at(argsNode);
  if (argsNode && (!g || g.name !== f.name)) return [];
  const b = scope.lookup(f.name);
  if (!b?.init || b.path || b.assignments?.length) return [];
  const leaves: Node[] = [];
  const walk = (n: Node): boolean => {
    const u = unwrap(n);
    if (u.type === 'ConditionalExpression') return walk(u.consequent) && walk(u.alternate);
    if (u.type !== 'ArrayExpression' || leaves.length >= 8) return false;
    leaves.push(u);
    return true;
  };
  if (!walk(b.init)) return [];
  const out: string[] = [];
  for (const leaf of leaves) {
    const els = leaf.elements as (Node | null)[];
    const cmd = els[f.k] ? r.constant(els[f.k]!, b.scope)?.v : undefined;
    if (typeof cmd !== 'string') continue;
    const args = g && els[g.k] ? r.constant(els[g.k]!, b.scope)?.v : undefined;
    out.push(Array.isArray(args) ? [cmd, ...args.filter((x): x is string => typeof x === 'string')].join(' ') : cmd);
  }
  return out;
}

/**
 * An import the interpreter needs by name: the identifier (`KNOWN`), or a call of it without
 * arguments (`ENTRIES()`, a memo another module exports), which the other side can evaluate.
 */
function importedName(node: Node, scope: Scope | undefined): boolean {
  let id = node.type === 'CallExpression' && !node.arguments.length ? unwrap(node.callee) : node;
  if (id.type === 'SequenceExpression') id = id.expressions[id.expressions.length - 1]; // `(0, m_1.f)()`
  // A member of a CommonJS module's `require` of another file (`list_1.KNOWN`, `require("./list.js").KNOWN`).
  if (id.type === 'MemberExpression') {
    const o = unwrap(id.object);
    if (o.type === 'CallExpression') return o.callee.type === 'Identifier' && o.callee.name === 'require' && !scope?.lookup('require');
    if (o.type !== 'Identifier') return false;
    const b = scope?.lookup(o.name);
    return !!b && importBinding(b);
  }
  return id.type === 'Identifier' && scope?.lookup(id.name)?.kind === 'import';
}

/** The default a destructuring pattern writes for the name at `path` in it (`{ env = process.env }` at env), if any. */
function patternDefault(pattern: Node | undefined, path: (string | number)[]): Node | undefined {
  let p = pattern;
  for (const step of path) {
    if (p?.type === 'AssignmentPattern') p = p.left;
    if (!p) return undefined;
    if (p.type === 'ObjectPattern' && typeof step === 'string') {
      const prop = (p.properties as Node[]).find((x) => x.type === 'Property' && !x.computed && propertyKeyName(x) === step);
      p = prop?.value;
    } else if (p.type === 'ArrayPattern' && typeof step === 'number') p = (p.elements as (Node | null)[])[step] ?? undefined;
    else return undefined;
  }
  return p?.type === 'AssignmentPattern' ? p.right : undefined;
}

/** The handlers of a match written as a record (`{ onNone: () => …, onSome: (v) => … }`): two to six functions under `on…` keys. */
function matchHandlers(arg: Node): Node[] | undefined {
  const o = unwrap(arg);
  if (o.type !== 'ObjectExpression' || o.properties.length < 2 || o.properties.length > 6) return undefined;
  const out: Node[] = [];
  for (const p of o.properties as Node[]) {
    if (p.type !== 'Property' || p.computed || !/^on[A-Z]\w*$/.test(propertyKeyName(p) ?? '') || !isFunction(unwrap(p.value))) return undefined;
    out.push(unwrap(p.value));
  }
  return out;
}

/** The `match(v, { onSome: fn, … })` call a function (the last node of `path`) is a handler of, three nodes up, with its key. */
function matchOf(path: readonly Node[]): { call: Node; key: string } | undefined {
  const prop = path[path.length - 2];
  const obj = path[path.length - 3];
  const call = path[path.length - 4];
  if (prop?.type !== 'Property' || obj?.type !== 'ObjectExpression' || call?.type !== 'CallExpression' || call.arguments.length !== 2 || call.arguments[1] !== obj) return undefined;
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'match' || !matchHandlers(obj)) return undefined;
  return { call, key: propertyKeyName(prop) ?? '' };
}
