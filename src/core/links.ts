import * as posix from 'path/posix';
import { propertyKeyName, staticString, unwrap, type Node } from './engine/ast';
import { MapValue, RegexValue, SetValue, UNKNOWN, type Value } from './engine/interpret';
import { wrapperCommand } from './engine/commands';
import { pathTo } from './engine/walk';
import { isSensed, type AV, type Resolver } from './engine/resolve';
import { parseYaml } from './yaml';
import type { Binding, FunctionInfo, Scope } from './engine/scope';

/*
 * Links between the modules of one tool. A bundler that splits a program (Bun's and esbuild's
 * chunks, a package's own files) puts the read of a host name in one file and the request that
 * sends it in another. Each file is analysed alone; what leaves it through an import or an export
 * is written down (ModuleLinks), and the scan analyses the file on the other side again with what
 * came in (LinkInputs), so a value is followed across files without holding them all at once.
 */

/** A sensed value passed to a function another module exports. */
export interface LinkExit {
  /** The import's specifier, as written (`/$bunfs/root/chunk-a.js`, `./client.js`). */
  module: string;
  /** From the export: its name, then calls (`()`), members and `new` (`["A", "()", "register"]`). */
  path: string[];
  arg: number;
  /** The field of the argument that holds the value (`machineName`), when it is a record's. */
  field?: string;
  /** Where the call is in the calling file (its offset): what the other side calls back is what this call passed. */
  at?: number;
  kind: string;
  label: string;
  /** Where it came from, for the trace on the other side ("calls os.hostname() in chunk-b.js:7"). */
  note: string;
  /** Handed over for the decision the other side may make with it (a locale to a region check), not on its way to a request. */
  forDecision?: boolean;
  /** The environment variable it is, or `*` for the environment's names. */
  envName?: string;
  /** The value is the environment object itself (`process.env`), not a value read from it. */
  envObject?: boolean;
  /** The call's constant arguments beside it (`matchesAny(locale, /^zh_CN/, "ru_RU")`): what the other side compares it with. */
  consts?: { arg: number; value: LinkConst }[];
  /** Only the constants are handed over (a list written out, passed alone): nothing sensed goes with them. */
  constsOnly?: boolean;
  /**
   * Not passed but returned by this module's override of method `override` of the exported class
   * at `path` (`arg` unused): the class's calls of it on itself (`this.buildHeaders()`) give it.
   */
  override?: string;
  /** With `override`: the value is a decision this module made, tested where the class uses it. */
  decision?: LinkDecision;
}

/**
 * The values other modules pass in, without one handed over for a decision whose field the same
 * call's flow to a request names more closely (`repo` beside `repo.author.email`): the calling
 * side took the whole record for the decision's sake, the flow knows which of its fields hold it.
 */
export function refinedEntries<E extends Omit<LinkExit, 'module'> & { origin?: string }>(entries: readonly E[]): E[] {
  return entries.filter(
    (e) =>
      !e.forDecision ||
      e.at === undefined ||
      !entries.some((x) => !x.forDecision && x !== e && x.origin === e.origin && x.at === e.at && x.arg === e.arg && x.label === e.label && x.field !== undefined && (e.field === undefined || x.field.startsWith(`${e.field}.`))),
  );
}

/** An export whose value (or, with `call`, whose calls' result) is a sensed value. */
export interface LinkExport {
  name: string;
  call: boolean;
  field?: string;
  /** The field is a getter of the class's instances: read by its name only, not held by the instance when it is serialised. */
  accessor?: boolean;
  kind: string;
  label: string;
  note: string;
}

/**
 * A value handed back to what the calling module passed in: the module called an export of this
 * one (`new Flags({ provider, context })`) and this one calls a method of an object it was given
 * (`this.provider.getAll({ context })`) with the value. The calling module knows the object.
 */
export interface LinkCallback {
  /**
   * In a module's links: the calling module, where the callback goes. In the inputs of that
   * module: the called module, whose export its import names (paths as the scan names them).
   */
  module: string;
  /** The export path it called, the argument that holds the object, and the object's field in it (`provider`). */
  path: string[];
  /** The offset of the call in the calling module: only the object that call passed. */
  at?: number;
  arg: number;
  field?: string;
  /** The method of the object called with the value (none: the object is the function called). */
  method?: string;
  /** Where the value is in that call. */
  methodArg: number;
  methodField?: string;
  kind: string;
  label: string;
  note: string;
}

/**
 * A value this module compares and takes from another module's export, which this module cannot
 * see into (a list kept in a shared chunk, a probe's result): asked of the module that exports it.
 */
export interface LinkAsk {
  /** The import's specifier, as written. */
  module: string;
  /** The resolver's name for the value (`module:./chunk-a.js.ITEMS`, `module:./chunk-b.js.probe()`). */
  ref: string;
  /** Only a decision or a sensed value is of use (a value this module tests, not one it compares with a list). */
  tested?: boolean;
  /** What the exported function makes of MARK_SAMPLE given as its first argument (a helper a branch runs text through). */
  sample?: boolean;
  /**
   * Asked by a flow query for a value the asking module sends (a field of a request, of telemetry):
   * asked and answered in the rounds that follow identity to requests, before questions about decisions.
   */
  sent?: boolean;
}

/** A text with the characters prompts are made of: what a function that marks text is given to show what it does. */
export const MARK_SAMPLE = "Today's date is 2024-05-06. You are a careful assistant: reply in plain text, quote code and cite paths like src/app.ts.";
/** The reference an answer to a sample ask is kept under: the function's own, marked. */
export const sampleRef = (ref: string) => `${ref}#sample`;

/** A constant as it crosses files: JSON, with Sets, Maps and plain records marked. */
export type LinkConst = string | number | boolean | null | LinkConst[] | { set: LinkConst[] } | { map: [LinkConst, LinkConst][] } | { record: Record<string, LinkConst> } | { regex: string; flags: string };

/** What an export holds, answered to the module that asked: a constant (a list, decoded) or a sensed value. */
export interface LinkValue {
  ref: string;
  konst?: LinkConst;
  /** How the constant was hidden where it is defined (base64, XOR…). */
  decodedVia?: string[];
  sensed?: { kind: string; label: string; envName?: string; weak?: boolean }[];
  /**
   * The command the exported function runs, with its parameters as holes (engine/commands.ts): the
   * call's own arguments complete it on the asking side (`gitConfig("user.email")`). `ref` is then
   * the call's reference, which the asked one may go on from.
   */
  command?: string;
  /** The exported function's result is made from this argument (`hostOf(url)`): the asking side's argument is the value. `ref` is then the call's reference. */
  carries?: number;
  /** With `carries`: every argument from there on (a rest parameter, `arguments`). */
  carriesRest?: boolean;
  /** With `carries`: later arguments the result is made from too (`render(template, view)`). */
  carriesAlso?: number[];
  /**
   * The exported function's result is what its argument `calls` returns when it calls it (a memo
   * or cache helper: `remember(key, ttl, () => probe())`): the asking side's function, run there.
   * `ref` is then the call's reference.
   */
  calls?: number;
  /** A decision the exporting module made (a sensed value compared with a list): tested by the asking one. */
  decision?: LinkDecision;
  /** The export is the environment object itself (`found = process.env`): what the asking side reads of it are variables. */
  envObject?: boolean;
  /** What the exported function makes of MARK_SAMPLE (a `sample` ask; `ref` is then sampleRef of the function's). */
  sample?: string;
  /** The answer to a `sent` ask (LinkAsk): it goes back in the rounds of identity flows. */
  sent?: boolean;
  /** Where it comes from, for the trace ("reads the locale (chunk-a.js:7)"). */
  note: string;
}

/** A decision as it crosses files: what was compared with what, where, and the query it matched. */
export interface LinkDecision {
  query: string;
  kind: string;
  values: string[];
  senses: string[];
  decoded: boolean;
  /** The trace's source steps, with their places. */
  sources: string[];
  /** The comparison, in words. */
  condition: string;
  where: string;
}

/** A decision this module recorded, as the answering side needs it. */
export interface DecisionRecord {
  query: string;
  kind: string;
  values: string[];
  senses: string[];
  trace: { role: string; node: Node; note: string }[];
}

/** A value another module passed into this one's export (an entry) that the export returns: back to the call that passed it. */
export interface LinkReturn {
  /** In a module's links: the calling module's path. */
  module: string;
  /** The offset of the call in the calling module. */
  at: number;
  /** The field of the result that holds it. */
  field?: string;
  kind: string;
  label: string;
  note: string;
}

export interface ModuleLinks {
  exits?: LinkExit[];
  returns?: LinkReturn[];
  exports?: LinkExport[];
  callbacks?: LinkCallback[];
  asks?: LinkAsk[];
  /** This module decides something by a sensed value (a comparison a query matched): others may ask what it decided. */
  decides?: boolean;
  /** Answers to other modules' asks: `module` is the asking file's path. */
  answers?: (LinkValue & { module: string })[];
  /** Sensed values its exports write into what their callers pass. */
  writes?: LinkWrite[];
  /** Other files this module requires by a name its text hides (`require(_0x4d42(0x1d4))`): its importers cannot be found by the name. */
  hidden?: string[];
  /** Decisions this module writes into environment variables (`process.env.TOOL_RING = "r0"`): the files that read them are told. */
  envWrites?: LinkEnvWrite[];
}

/** A decision's outcome written into an environment variable, for the tool's other files that read it. */
export interface LinkEnvWrite {
  name: string;
  /** The outcome of a check written into it. */
  decision?: LinkDecision;
  /** Or a sensed value itself (`process.env.TOOL_OWNER = `${user}@${os.hostname()}``): the files that read it read that. */
  sensed?: { kind: string; label: string }[];
  note: string;
}

/**
 * A sensed value this module writes into what another module passes one of its exports
 * (`new EventPipeline(c).run({ code, event: ev })`, whose dispatch sets `event.machine`): the
 * caller's object holds it in `field` of argument `arg` from then on.
 */
export interface LinkWrite {
  /** The export's path: `[name]`, or `[Class, "()", method]` for a method of an instance. */
  path: string[];
  arg: number;
  field: string;
  /** Written by a method called by name on what a list holds: only an object made with this key is one it takes. */
  key?: string;
  kind: string;
  label: string;
  note: string;
}

/** What other modules of the tool tell this one. */
export interface LinkInputs {
  /** Writes of other modules' exports into what this one passes them: `module` is the writing file's path. */
  writes?: (LinkWrite & { module: string })[];
  /** Values other modules pass into this one's exports. */
  entries?: (Omit<LinkExit, 'module'> & { origin?: string })[];
  /** Imports of exports that give sensed values: `module` is the exporting file's path. */
  imports?: (LinkExport & { module: string })[];
  /** Calls the modules this one called make on what it passed them: `module` is the called module's path. */
  callbacks?: LinkCallback[];
  /** Values this module passed to another's exports and got back in the calls' results. */
  returns?: Omit<LinkReturn, 'module'>[];
  /** Values of this module's exports that other modules asked for: `origin` is the asking file's path. */
  asks?: { ref: string; origin: string; tested?: boolean; sample?: boolean; sent?: boolean }[];
  /** What other modules' exports hold, as this module asked. */
  values?: LinkValue[];
  /** Decisions other modules wrote into environment variables this one reads: `module` is the writing file's path. */
  envs?: (LinkEnvWrite & { module: string })[];
}

/** A file of the tool as a reference names it: a path with an extension, or a specifier without one. */
const MODULE = String.raw`(?:\.{1,2}\/|\/|~package\/)(?:[^()]*?\.(?:mjs|cjs|js|jsx|ts|tsx|(?:json|ya?ml)(?!\.(?:[mc]?jsx?|tsx?)(?=\.|\(|$)))(?=\.|\(|$)|(?:\.{1,2}\/)*[^.()]*)`;
/** A reference to a file of the tool: the module, then the path in it. */
const LINKED_REF = new RegExp(`^module:(${MODULE})(?:\\.(.+))?$`);
/** The module itself called (a default import): `module:./send.js()`. */
const MODULE_CALLED = new RegExp(`^(module:${MODULE})(\\(\\).*)$`);

/** Splits a resolver reference to another file's export (`module:/$bunfs/root/c.js.A().send`) into the specifier and the path. */
export function parseLinkedRef(ref: string): { module: string; path: string[] } | undefined {
  let r = ref;
  let construct = false;
  if (r.startsWith('new ')) {
    construct = true;
    r = r.slice(4);
  }
  // A default import called (`import send from "./send.js"; send(v)`): `module:./send.js()` is its `default`.
  const called = MODULE_CALLED.exec(r);
  // (Not `module:./c.js.ts()`, a call of an export named `ts`: the part before the call must be the module alone.)
  if (called && !LINKED_REF.exec(called[1])?.[2]) r = `${called[1]}.default${called[2]}`;
  const m = LINKED_REF.exec(r);
  if (!m) return undefined;
  // The module itself, called or compared: its default export (a namespace is neither).
  if (!m[2]) return { module: m[1], path: construct ? ['default', 'new'] : ['default'] };
  const path: string[] = [];
  for (const part of m[2].split('.')) {
    // `f()()`: the name, then one call for each pair of parentheses.
    const calls = /^([^()]+)((?:\(\))*)$/.exec(part);
    if (!calls) return undefined;
    path.push(calls[1]);
    for (let k = 0; k < calls[2].length / 2; k++) path.push('()');
  }
  if (construct) path.push('new');
  return { module: m[1], path };
}

/**
 * The paths a specifier may name, seen from the importing file. A Bun executable's modules are
 * `<exe>!/$bunfs/root/…` (or `B:/~BUN/root/…`): an absolute specifier stays inside the executable.
 */
export function resolveSpecifier(importer: string, spec: string): string[] {
  const bang = importer.lastIndexOf('!');
  const container = bang >= 0 ? importer.slice(0, bang + 1) : '';
  const inner = bang >= 0 ? importer.slice(bang + 1) : importer;
  let base: string;
  if (spec.startsWith('/')) {
    if (!container) return [];
    base = posix.normalize(spec);
  } else if (spec.startsWith('./') || spec.startsWith('../')) base = posix.join(posix.dirname(inner.replace(/\\/g, '/')), spec);
  else return [];
  const full = container + base;
  return /\.(mjs|cjs|js|jsx|json)$/.test(base) ? [full] : [full, `${full}.js`, `${full}.mjs`, `${full}.cjs`, `${full}/index.js`];
}

/** The local name an ESM export `name` has in this program, from `export { local as name }` or an exported declaration. */
export function exportedLocal(root: Node, name: string): { id: string; node: Node } | undefined {
  for (const st of root.body as Node[]) {
    if (st.type === 'ExportNamedDeclaration') {
      if (st.declaration) {
        const d = st.declaration;
        if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id?.name === name) return { id: name, node: d.id };
        if (d.type === 'VariableDeclaration') for (const v of d.declarations as Node[]) if (v.id.type === 'Identifier' && v.id.name === name) return { id: name, node: v.id };
      }
      if (st.source) continue;
      for (const sp of st.specifiers as Node[]) {
        const ex = sp.exported.type === 'Identifier' ? sp.exported.name : String(sp.exported.value);
        if (ex === name && sp.local.type === 'Identifier') return { id: sp.local.name, node: sp.local };
      }
    } else if (st.type === 'ExportDefaultDeclaration' && name === 'default') {
      const d = st.declaration;
      if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) return { id: d.id.name, node: d.id };
    }
  }
  return undefined;
}

/** `exports` or `module.exports` as CommonJS writes them, when the program does not declare the name itself. */
function isExportsObject(n: Node, scope: Scope, r?: Resolver): boolean {
  if (n.type === 'Identifier') return n.name === 'exports' && !scope.lookup('exports');
  return n.type === 'MemberExpression' && n.object.type === 'Identifier' && n.object.name === 'module' && memberNameIn(n, scope, r) === 'exports' && !scope.lookup('module');
}

/** A member's name, a computed one through its constant when there is a resolver (an obfuscator's string table). */
function memberNameIn(n: Node, scope: Scope, r?: Resolver): string | undefined {
  return r ? r.nameOf(n, scope) : n.computed ? staticString(n.property) : (n.property.name as string);
}

/** What `cjsExportName` says of `module.exports` itself: the whole module, whose fields are its names and which is its default. */
export const WHOLE_MODULE = '';

/** The CommonJS export an assignment's target names: `exports.n` and `module.exports.n` name n, `module.exports` the whole module (WHOLE_MODULE). */
export function cjsExportName(left: Node, scope: Scope, r?: Resolver): string | undefined {
  if (left.type !== 'MemberExpression') return undefined;
  if (isExportsObject(left, scope, r)) return WHOLE_MODULE;
  if (!isExportsObject(left.object, scope, r)) return undefined;
  const name = memberNameIn(left, scope, r);
  return name === '__esModule' ? undefined : name;
}

const CJS_EXPORTS = new WeakMap<Node, Map<string, Node>>();
/** The scope of an exported value assigned inside a function. */
const CJS_SCOPES = new WeakMap<Node, Scope>();

/**
 * A CommonJS module's exports, by name, as compilers write them at the top level: assignments
 * (`exports.check = check`, `module.exports.a = exports.b = void 0`, `module.exports = { a, b }`),
 * TypeScript's getters (`Object.defineProperty(exports, "a", { get: function () { return m.a; } })`)
 * and esbuild's table (`__export(probe_exports, { a: () => a }); module.exports = __toCommonJS(probe_exports)`).
 * `module.exports = v` is the default export. The value is the expression that gives each.
 */
export function cjsExports(r: Resolver, root: Node, scope: Scope): Map<string, Node> {
  const hit = CJS_EXPORTS.get(root);
  if (hit) return hit;
  const out = new Map<string, Node>();
  CJS_EXPORTS.set(root, out);
  // The names `module.exports` is made from, when not a literal record: esbuild's table is one.
  const tables = new Set<string>();
  const expressions = (root.body as Node[]).flatMap((st) => (st.type !== 'ExpressionStatement' ? [] : st.expression.type === 'SequenceExpression' ? (st.expression.expressions as Node[]) : [st.expression as Node]));
  const declared = new Map<string, Node>();
  const put = (name: string, value: Node) => {
    if (out.size >= 512) return;
    if (value.type === 'UnaryExpression' && value.operator === 'void') {
      if (declared.size < 512) declared.set(name, value);
    }
    else out.set(name, value);
  };
  for (const e of expressions) {
    if (e.type === 'AssignmentExpression' && e.operator === '=') {
      const names: string[] = [];
      let value: Node = e;
      while (value.type === 'AssignmentExpression' && value.operator === '=') {
        const name = cjsExportName(value.left, scope, r);
        if (name === undefined) break;
        names.push(name);
        value = value.right;
      }
      for (const name of names) {
        put(name === WHOLE_MODULE ? 'default' : name, value);
        if (name !== WHOLE_MODULE) continue;
        if (value.type === 'ObjectExpression') {
          for (const p of value.properties as Node[]) {
            const k = p.type === 'Property' ? r.keyOf(p, scope) : undefined;
            if (k !== undefined && p.kind === 'init') put(k, p.value);
          }
        } else namesIn(value, tables);
      }
    } else if (e.type === 'CallExpression' && e.arguments.length === 3 && isExportsObject(e.arguments[0], scope, r)) {
      const c = unwrap(e.callee);
      if (c.type !== 'MemberExpression' || (c.property.name ?? staticString(c.property)) !== 'defineProperty') continue;
      const name = stringOf(r, e.arguments[1], scope);
      const d = e.arguments[2];
      if (name === undefined || name === '__esModule' || d.type !== 'ObjectExpression') continue;
      for (const p of d.properties as Node[]) {
        if (p.type !== 'Property' || p.computed) continue;
        const k = p.key.type === 'Identifier' ? p.key.name : staticString(p.key);
        if (k === 'value') put(name, p.value);
        const got = k === 'get' ? returned(p.value) : undefined;
        if (got) put(name, got);
      }
    }
  }
  // esbuild's export table (`__export(probe_exports, { a: () => a })`), filled by a helper call
  // with getters, when `module.exports` is made from something else than a literal record
  // (`module.exports = __toCommonJS(probe_exports)`, which a minifier may inline).
  if (tables.size) {
    for (const e of expressions) {
      if (e.type !== 'CallExpression' || e.arguments.length !== 2 || e.arguments[0].type !== 'Identifier' || !tables.has(e.arguments[0].name) || e.arguments[1].type !== 'ObjectExpression') continue;
      for (const p of e.arguments[1].properties as Node[]) {
        const k = p.type === 'Property' && !p.computed ? (p.key.type === 'Identifier' ? p.key.name : staticString(p.key)) : undefined;
        // (esbuild's getters return a name; `{ getId: () => machineId() }` is a function, not a table entry.)
        const got = k !== undefined ? returned(p.value) : undefined;
        if (k !== undefined && got?.type === 'Identifier') put(k, got);
      }
    }
  }
  // `exports.gate = void 0` declared up front, then `exports.gate = gate = …` wherever the module
  // assigns its `export let gate` (TypeScript keeps the local): the local it exports, or (a
  // minifier dropped it) the value a function assigns it.
  for (const [name, at] of declared) {
    if (out.has(name) || out.size >= 512) continue;
    if (scope.lookup(name)) {
      out.set(name, { type: 'Identifier', name, start: at.start, end: at.end } as Node);
      continue;
    }
    for (const d of r.facts.propertyDefinitions?.('exports') ?? []) {
      if (d.node.type !== 'AssignmentExpression' || d.node.operator !== '=' || cjsExportName(d.node.left, d.scope, r) !== name) continue;
      let value: Node = d.node.right;
      while (value.type === 'AssignmentExpression' && value.operator === '=' && cjsExportName(value.left, d.scope, r) !== undefined) value = value.right;
      if (value.type === 'UnaryExpression' && value.operator === 'void') continue;
      out.set(name, value);
      CJS_SCOPES.set(value, d.scope);
      break;
    }
  }
  return out;
}

/** The identifiers an expression names outside the functions in it (`__toCommonJS(t)`, `(e = l, copy(e))`), a few levels deep. */
function namesIn(n: Node, out: Set<string>, depth = 0): void {
  if (depth > 6 || out.size > 32) return;
  if (n.type === 'Identifier') out.add(n.name);
  else if (n.type === 'CallExpression') for (const a of n.arguments as Node[]) namesIn(a, out, depth + 1);
  else if (n.type === 'SequenceExpression') for (const x of n.expressions as Node[]) namesIn(x, out, depth + 1);
  else if (n.type === 'AssignmentExpression') namesIn(n.right, out, depth + 1);
  else if (n.type === 'ParenthesizedExpression') namesIn(n.expression, out, depth + 1);
}

/** What a getter without parameters returns: `() => a`, `function () { return a; }`. */
function returned(fn: Node): Node | undefined {
  if ((fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') || fn.params.length) return undefined;
  if (fn.expression) return fn.body;
  const body = fn.body.body as Node[];
  return body.length === 1 && body[0].type === 'ReturnStatement' ? (body[0].argument ?? undefined) : undefined;
}

/** The names a CommonJS module exports a top-level local under (`exports.check = check`). */
export function cjsNamesOf(r: Resolver, root: Node, scope: Scope, local: string): string[] {
  const out: string[] = [];
  for (const [name, node] of cjsExports(r, root, scope)) if (node.type === 'Identifier' && node.name === local && !CJS_SCOPES.has(node) && out.length < 4) out.push(name);
  return out;
}

/**
 * The value of export `name` and the node that names it: a local's binding, or what `export
 * default` gives when it names nothing (`export default function (h) {…}`, `export default {…}`),
 * or what a CommonJS module assigns to it.
 */
export function exportValue(r: Resolver, root: Node, scope: Scope, name: string): { v: AV; node: Node; binding?: Binding } | undefined {
  const local = exportedLocal(root, name);
  if (local) {
    const b = scope.lookup(local.id);
    return b ? { v: r.binding(b), node: local.node, binding: b } : undefined;
  }
  const cjs = cjsExports(r, root, scope).get(name);
  if (cjs) {
    // (A value assigned inside a function is looked up there: minified code reuses its short names in every scope.)
    const within = CJS_SCOPES.get(cjs) ?? scope;
    const b = cjs.type === 'Identifier' ? within.lookup(cjs.name) : undefined;
    return b ? { v: r.binding(b), node: cjs, binding: b } : { v: r.valueOf(cjs, within), node: cjs };
  }
  if (name !== 'default') {
    // A member of the whole `module.exports = …` that is not written out there: `module.exports =
    // defaults`, `module.exports = { ...defaults, ...fromEnv() }`.
    const whole = cjsExports(r, root, scope).get('default');
    if (!whole) return undefined;
    const v = r.memberOf(r.valueOf(whole, CJS_SCOPES.get(whole) ?? scope), name, whole);
    return v.sensed?.length || v.konst || v.fns || v.obj || v.cls || v.instance || v.control ? { v, node: whole } : undefined;
  }
  const st = (root.body as Node[]).find((x) => x.type === 'ExportDefaultDeclaration');
  const d = st?.declaration as Node | undefined;
  if (!d) return undefined;
  if (d.type === 'FunctionDeclaration' || d.type === 'FunctionExpression' || d.type === 'ArrowFunctionExpression') {
    const info = r.facts.functions.get(d);
    return info ? { v: { fns: [info] }, node: d } : undefined;
  }
  if (d.type === 'ClassDeclaration' || d.type === 'ClassExpression') return { v: { cls: { node: d, scope } }, node: d };
  return { v: r.valueOf(d, scope), node: d };
}

/**
 * Where this program (at `path`) reads export `name` of the file at `module`: the references of
 * its import bindings (`import { name as x } from "./m.js"`), and CommonJS members of what a
 * `require` of it gives (`const m_1 = require("./m.js"); (0, m_1.name)(…)`, also through
 * `__importDefault`, `__toESM`); a call's callee is the whole `(0, m_1.name)`.
 */
export function importReads(r: Resolver, root: Node, path: string, module: string, name: string): { node: Node; path: Node[]; as: string }[] {
  const scope = r.facts.programScope;
  const out: { node: Node; path: Node[]; as: string }[] = [];
  for (const b of importsOf(root, scope, path, module, name)) for (const ref of r.references(b).slice(0, 32)) out.push({ node: ref.node, path: ref.path, as: b.name });
  // `require("./m.js").name` where it is used, as a minifier leaves it.
  for (const site of r.facts.callSites('require').slice(0, 256)) {
    if (site.scope.lookup('require')) continue;
    const spec = requiredFile(r, site.node, site.scope);
    if (spec === undefined || !resolveSpecifier(path, spec).includes(module)) continue;
    const at = pathTo(root, site.node);
    const parent = at[at.length - 2];
    if (parent?.type !== 'MemberExpression' || parent.object !== site.node || r.nameOf(parent, site.scope) !== name) continue;
    let node: Node = parent;
    let p = at.slice(0, -1);
    const seq = p[p.length - 2];
    if (seq?.type === 'SequenceExpression' && seq.expressions[seq.expressions.length - 1] === node) {
      node = seq;
      p = p.slice(0, -1);
    }
    out.push({ node, path: p, as: `require(${JSON.stringify(spec)}).${name}` });
  }
  // `const { machineKey } = require("./id.js")`, `const mk = require("./id.js").machineKey`: names bound to the export itself.
  for (const b of requiredNames(r, root, scope, path, module, name)) for (const ref of r.references(b).slice(0, 32)) out.push({ node: ref.node, path: ref.path, as: b.name });
  for (const b of requiresOf(r, root, scope, path, module)) {
    for (const ref of r.references(b).slice(0, 64)) {
      const parent = ref.path[ref.path.length - 2];
      let node: Node | undefined;
      let at = ref.path;
      if (parent?.type === 'MemberExpression' && parent.object === ref.node && r.nameOf(parent, scope) === name) {
        node = parent;
        at = ref.path.slice(0, -1);
      } else if (name === 'default' && parent?.type !== 'MemberExpression') node = ref.node;
      if (!node) continue;
      // `(0, m_1.name)(…)`: TypeScript calls an import without its module as `this`.
      const seq = at[at.length - 2];
      if (seq?.type === 'SequenceExpression' && seq.expressions[seq.expressions.length - 1] === node) {
        node = seq;
        at = at.slice(0, -1);
      }
      out.push({ node, path: at, as: node === ref.node ? b.name : `${b.name}.${name}` });
      if (out.length >= 64) return out;
    }
  }
  return out;
}

/** The `require` call an initialiser is, also inside one helper (`__importDefault(require("./m.js"))`, `__toESM(require(…), 1)`). */
export function requireCall(init: Node): Node | undefined {
  const isRequire = (e: Node) => e.type === 'CallExpression' && e.callee.type === 'Identifier' && e.callee.name === 'require' && e.arguments.length >= 1;
  const e: Node = unwrap(init);
  if (isRequire(e)) return e;
  const inner = e.type === 'CallExpression' && e.arguments[0] ? unwrap(e.arguments[0]) : undefined;
  return inner && isRequire(inner) ? inner : undefined;
}

/** The file a `require` call names, when it is another file of the program (`./m.js`; an obfuscated name through its constant). */
function requiredFile(r: Resolver, call: Node, scope: Scope): string | undefined {
  const spec = stringOf(r, call.arguments[0] as Node, scope);
  return spec !== undefined && (spec.startsWith('./') || spec.startsWith('../')) ? spec : undefined;
}

/** A string an expression is: written out, or its constant (decoded through a string table). */
function stringOf(r: Resolver, n: Node, scope: Scope): string | undefined {
  const s = staticString(n);
  if (s !== undefined) return s;
  const c = r.constant(n, scope)?.v;
  return typeof c === 'string' ? c : undefined;
}

/** A binding that holds another module: an import, or a `require` kept once (`const m_1 = require("./m.js")`). */
export function importBinding(b: Binding): boolean {
  return b.kind === 'import' || (!!b.init && !b.assignments && requireCall(b.init) !== undefined);
}

/** Other files of the program a module requires under a name that is not written out (an obfuscator's string table), decoded. */
export function hiddenRequires(r: Resolver, facts: Resolver['facts']): string[] {
  const out: string[] = [];
  for (const site of facts.callSites('require').slice(0, 256)) {
    const arg = site.node.arguments[0] as Node | undefined;
    if (!arg || arg.type === 'Literal' || arg.type === 'TemplateLiteral' || site.scope.lookup('require')) continue;
    const spec = requiredFile(r, site.node, site.scope);
    if (spec !== undefined && !out.includes(spec) && out.length < 32) out.push(spec);
  }
  return out;
}

/** Top-level names bound to export `name` of a `require` of the file at `module`: destructured, or its member. */
function requiredNames(r: Resolver, root: Node, scope: Scope, path: string, module: string, name: string): Binding[] {
  const out: Binding[] = [];
  if (scope.lookup('require')) return out;
  for (const st of root.body as Node[]) {
    if (st.type !== 'VariableDeclaration') continue;
    for (const d of st.declarations as Node[]) {
      if (!d.init) continue;
      let init: Node = unwrap(d.init);
      let local: string | undefined;
      if (d.id.type === 'ObjectPattern') {
        for (const p of d.id.properties as Node[]) if (p.type === 'Property' && !p.computed && propertyKeyName(p) === name && p.value.type === 'Identifier') local = p.value.name;
      } else if (d.id.type === 'Identifier' && init.type === 'MemberExpression' && !init.computed && init.property.name === name) {
        local = d.id.name;
        init = unwrap(init.object);
      }
      const call = local !== undefined ? requireCall(init) : undefined;
      const spec = call && requiredFile(r, call, scope);
      if (spec === undefined || !resolveSpecifier(path, spec).includes(module)) continue;
      const b = scope.lookup(local!);
      if (b) out.push(b);
    }
  }
  return out;
}

/** The top-level bindings a CommonJS program keeps a `require` of the file at `module` in (`const m_1 = require("./m.js")`). */
function requiresOf(r: Resolver, root: Node, scope: Scope, path: string, module: string): Binding[] {
  const out: Binding[] = [];
  if (scope.lookup('require')) return out;
  for (const st of root.body as Node[]) {
    if (st.type !== 'VariableDeclaration') continue;
    for (const d of st.declarations as Node[]) {
      const call = d.id.type === 'Identifier' && d.init ? requireCall(d.init) : undefined;
      const spec = call && requiredFile(r, call, scope);
      if (spec === undefined || !resolveSpecifier(path, spec).includes(module)) continue;
      const b = scope.lookup(d.id.name);
      if (b) out.push(b);
    }
  }
  return out;
}

/** The bindings through which this program (at `path`) imports export `name` of the file at `module` (`import { name as x } from "./m.js"`). */
export function importsOf(root: Node, scope: Scope, path: string, module: string, name: string): Binding[] {
  const out: Binding[] = [];
  for (const st of root.body as Node[]) {
    if (st.type !== 'ImportDeclaration' || !resolveSpecifier(path, String(st.source.value)).includes(module)) continue;
    for (const sp of st.specifiers as Node[]) {
      // The import's binding knows the name it imports (`default`, a named export).
      const b = scope.lookup(sp.local.name);
      if (b?.kind === 'import' && b.importName === name) out.push(b);
    }
  }
  return out;
}

/**
 * The step of a linked reference that names what the emits of one event on an exported emitter
 * pass a listener (`module:./probe.js.bus.@emit:detected:0()`: argument 0 after the event's name;
 * `*`: any of the first arguments, as `events.on(emitter, "detected")` yields them as a list).
 * The event's name is escaped so that it stays one step of the path.
 */
export function emitStep(event: string, index: number | '*'): string {
  return `@emit:${encodeURIComponent(event).replace(/[.()!'*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}:${index}`;
}

/**
 * The step of a linked reference that names what an exported function gives back called with
 * these constants (`decode(ENCODED)` with ENCODED a constant of the asking module:
 * `module:./chunk-a.js.decode.@args:…()`), as the other module runs it. Undefined when they are
 * not data or too long to name.
 */
export function argsStep(args: readonly LinkConst[]): string | undefined {
  const text = encodeURIComponent(JSON.stringify(args)).replace(/[.()!'*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return text.length <= 8192 ? `@args:${text}` : undefined;
}

function parseArgsStep(step: string): LinkConst[] | undefined {
  if (!step.startsWith('@args:')) return undefined;
  try {
    const args = JSON.parse(decodeURIComponent(step.slice(6))) as unknown;
    return Array.isArray(args) ? (args as LinkConst[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The step of a linked reference that names what an exported function passes, as argument
 * `index`, to the function it is handed as argument `at` (`probe((err, v) => …)` in the importing
 * module: `module:./probe.js.probe.@cb:0:1()`, a Node-style callback's value).
 */
export function callbackStep(at: number, index: number): string {
  return `@cb:${at}:${index}`;
}

/**
 * The name this module exports a symbol it made under (`var IDENTITY = Symbol("IDENTITY"); export
 * { IDENTITY }`): a member stored under that symbol is named to importers by it, as the key step
 * (`slots.@key:IDENTITY`), since the symbol itself is this module's own.
 */
export function symbolExportName(r: Resolver, root: Node, scope: Scope, symbol: string): string | undefined {
  const names: string[] = [];
  for (const st of root.body as Node[]) {
    if (st.type !== 'ExportNamedDeclaration' || st.source) continue;
    if (st.declaration?.type === 'VariableDeclaration') for (const v of st.declaration.declarations as Node[]) if (v.id.type === 'Identifier') names.push(v.id.name);
    for (const sp of (st.specifiers ?? []) as Node[]) names.push(sp.exported.type === 'Identifier' ? sp.exported.name : String(sp.exported.value));
  }
  names.push(...cjsExports(r, root, scope).keys());
  return names.slice(0, 512).find((name) => exportValue(r, root, scope, name)?.v.ref === symbol);
}

/** The symbol-export name a key step names (`@key:IDENTITY` → `IDENTITY`). */
function parseKeyStep(step: string): string | undefined {
  return /^@key:([\w$]+)$/.exec(step)?.[1];
}

/**
 * The field an exported record keeps a value under when the key is a symbol the module exports:
 * the export's name and the module's file name (`@key:IDENTITY@chunk-a`), as minified chunks
 * export their symbols under the same short names.
 */
export function symbolField(name: string, modulePath: string): string {
  return `@key:${name}@${moduleBase(modulePath)}`;
}

/** The export name and module a symbol field names, when `ref` (the key read with) is that export. */
export function symbolFieldMatches(field: string, ref: string | undefined): boolean {
  const m = /^@key:([\w$]+)@(.+)$/.exec(field);
  if (!m || !ref?.startsWith('module:') || !ref.endsWith(`.${m[1]}`)) return false;
  return moduleBase(ref.slice('module:'.length, ref.length - m[1].length - 1)) === m[2];
}

/** A module's file name without its folder or extension (`./chunk-a.js`, `/$bunfs/root/chunk-a.js` → `chunk-a`). */
export function moduleBase(path: string): string {
  const inner = path.slice(path.lastIndexOf('!') + 1);
  return inner.slice(inner.lastIndexOf('/') + 1).replace(/\.(m?js|cjs)$/, '');
}

/** The step of a linked reference that names the member whose key is the value of another export of the same module (a symbol: `bag.@key:kState`). */
export function keyStep(name: string): string {
  return `@key:${name}`;
}

function parseCallbackStep(step: string): { at: number; index: number } | undefined {
  const m = /^@cb:(\d+):(\d+)$/.exec(step);
  return m ? { at: Number(m[1]), index: Number(m[2]) } : undefined;
}

function parseEmitStep(step: string): { event: string; index: number | '*' } | undefined {
  const m = /^@emit:([^:]*):(\d+|\*)$/.exec(step);
  if (!m) return undefined;
  try {
    return { event: decodeURIComponent(m[1]), index: m[2] === '*' ? '*' : Number(m[2]) };
  } catch {
    return undefined;
  }
}

/**
 * The step of a linked reference that names the setter a write of `key` into an instance calls
 * (`prefs.value = v` in the importing module: `module:./c.js.Store().@set:value`, argument 0).
 */
export function setStep(key: string): string | undefined {
  return /^[\w$]+$/.test(key) ? `@set:${key}` : undefined;
}

/** An export path in words, for a trace: `Store().value =` for a setter's step, `A().send` for a method. */
export function linkPathText(path: readonly string[]): string {
  return path.map((p) => (p.startsWith('@set:') ? `${p.slice(5)} =` : p)).join('.').replace(/\.\(\)/g, '()');
}

/** A member step of an export path: a named field, `*` (any function of a handler table picked at run time) or a setter. */
function memberStep(r: Resolver, v: AV, step: string, at: Node): AV {
  if (step.startsWith('@set:')) return r.setterOf(v, step.slice(5));
  return step === '*' ? r.anyMemberOf(v) : r.memberOf(v, step, at);
}

/** The functions an entry's path leads to in this program (`A().register`: the `register` method of what `A()` returns). */
/**
 * The calls a class another module extends makes of one of its methods on itself (`this.buildHeaders()`
 * in its request()): where an override in that module gives back what it returns.
 */
export function overrideCalls(r: Resolver, root: Node, scope: Scope, path: string[], method: string): { node: Node; scope: Scope }[] {
  if (path.length !== 1) return [];
  const cls = exportValue(r, root, scope, path[0])?.v.cls?.node;
  if (!cls) return [];
  const out: { node: Node; scope: Scope }[] = [];
  // (Every call of that name in the file, the class's own by where they are.)
  for (const site of r.methodCalls(method, Infinity)) {
    if (site.node.end < cls.start) continue;
    if (site.node.start > cls.end) continue;
    const callee = unwrap(site.node.callee);
    if (site.node.end > cls.end || callee.type !== 'MemberExpression' || unwrap(callee.object).type !== 'ThisExpression') continue;
    out.push(site);
    if (out.length >= 8) break;
  }
  return out;
}

export function entryFunctions(r: Resolver, root: Node, scope: Scope, path: string[]): FunctionInfo[] {
  if (!path.length) return [];
  const local = exportValue(r, root, scope, path[0]);
  if (!local) return [];
  let v = local.v;
  const last = path[path.length - 1];
  const steps = last === 'new' ? path.slice(1, -1) : path.slice(1);
  for (const step of steps) {
    // (`Mk()` in a path is `new Mk()`: a class is only ever constructed.)
    v = step === '()' ? r.resultOf(v, local.node, !!v.cls) : memberStep(r, v, step, local.node);
    // (A namespace the evaluator built, `ns.a = (function () { … return t })()`: a record of constants and closures.)
    if (!v.fns && !v.obj && !v.instance && !v.cls && !v.module && !v.proto && !(v.konst?.v && typeof v.konst.v === 'object')) return [];
  }
  if (last === 'new') {
    const ctor = v.cls ? (v.cls.node.body.body as Node[]).find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor') : undefined;
    const info = ctor ? r.facts.functions.get(ctor.value) : undefined;
    return info ? [info] : [];
  }
  return (v.fns ?? []).slice(0, 3);
}

/**
 * The listeners another module's emit reaches: `path` ends in `emit` on an emitter this module
 * exports (`lifecycle.emit("config", cfg)` of `module.exports = { lifecycle }`), and `event` is the
 * event's name; each listener is handed the emit's arguments after the name.
 */
export function entryListeners(r: Resolver, root: Node, scope: Scope, path: string[], event: string): FunctionInfo[] {
  if (path.length < 2 || path[path.length - 1] !== 'emit') return [];
  const local = exportValue(r, root, scope, path[0]);
  if (!local) return [];
  let v = local.v;
  for (const step of path.slice(1, -1)) {
    v = step === '()' ? r.resultOf(v, local.node, !!v.cls) : memberStep(r, v, step, local.node);
    if (!v.fns && !v.obj && !v.instance && !v.cls && !v.module && !v.made) return [];
  }
  return r.listenersOn(v, path.length === 2 ? local.binding : undefined, event);
}

/** Items of a list and characters of a text that cross files, at most. */
const MAX_ITEMS = 2000;
const MAX_TEXT = 65_536;

/** Characters and items one answer may hold in all (a bundle is hostile: `Array(2000).fill(bigText)` is a few steps). */
const MAX_TOTAL = 1_000_000;

/** A constant in a form that crosses files, or undefined when it is too large or not data (a function, bytes). */
export function toLinkConst(v: Value, depth = 0, budget = { left: MAX_TOTAL }): LinkConst | undefined {
  if (--budget.left < 0) return undefined;
  if (v === null || typeof v === 'boolean' || typeof v === 'number') return v;
  if (typeof v === 'string') {
    budget.left -= v.length;
    return v.length <= MAX_TEXT && budget.left >= 0 ? v : undefined;
  }
  if (depth > 2) return undefined;
  const each = (xs: Value[]): LinkConst[] | undefined => {
    if (xs.length > MAX_ITEMS) return undefined;
    const out: LinkConst[] = [];
    for (const x of xs) {
      const c = toLinkConst(x, depth + 1, budget);
      if (c === undefined) return undefined;
      out.push(c);
    }
    return out;
  };
  if (Array.isArray(v)) return each(v);
  if (v instanceof RegexValue) return v.pattern.length <= MAX_TEXT && (budget.left -= v.pattern.length) >= 0 ? { regex: v.pattern, flags: v.flags } : undefined;
  if (v instanceof SetValue) {
    const items = each([...v.set]);
    return items && { set: items };
  }
  if (v instanceof MapValue) {
    const keys = each([...v.map.keys()]);
    const values = each([...v.map.values()]);
    return keys && values && { map: keys.map((k, i) => [k, values[i]] as [LinkConst, LinkConst]) };
  }
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === null) {
    const entries = Object.entries(v as Record<string, Value>);
    const values = each(entries.map(([, x]) => x));
    return values && { record: Object.fromEntries(entries.map(([k], i) => [k, values[i]])) };
  }
  return undefined;
}

/** Bytes of a data file (`require("./regions.json")`) read to answer a question about it, at most. */
export const MAX_DATA_BYTES = 1 << 20;

/** The data of the JSON files questions were last answered from, by their text. */
const parsedData = new Map<string, unknown>();

/**
 * The answer a JSON file of the tool gives to a module that asks for a value in it: a program
 * that `require`s `../package.json` and compares a sensed value with `pkg.config.zones` compares
 * it with what the file holds there. Undefined when the file is not JSON, too large, or the path
 * (plain keys only, no calls) leads nowhere a constant is.
 */
export function answerFromData(ref: string, file: string, text: string): LinkValue | undefined {
  const yaml = /\.ya?ml$/i.test(file);
  if ((!yaml && !/\.json$/i.test(file)) || text.length > MAX_DATA_BYTES) return undefined;
  const parsed = parseLinkedRef(ref);
  if (!parsed || parsed.path.some((p) => p === '()' || p === 'new')) return undefined;
  let data = parsedData.get(text);
  if (data === undefined) {
    try {
      // (Objects as the interpreter's records are, without a prototype: toLinkConst takes them so.)
      data = yaml ? (parseYaml(text) ?? null) : (JSON.parse(text, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.assign(Object.create(null) as object, x) : x)) as unknown);
    } catch {
      data = null;
    }
    // (One parse of each file's text for every question asked of it; the few last kept.)
    if (parsedData.size >= 8) parsedData.delete(parsedData.keys().next().value as string);
    parsedData.set(text, data);
  }
  if (data === null) return undefined;
  // `require("./x.json").default`: an ESM import of JSON as a namespace's default export.
  let path = parsed.path[0] === 'default' && !(data && typeof data === 'object' && 'default' in data) ? parsed.path.slice(1) : parsed.path;
  // `*`: each element of a list (`for (const t of data.tenants) t.match`): the list of what each gives.
  const walk = (at: unknown, steps: readonly string[]): unknown => {
    for (let i = 0; i < steps.length; i++) {
      const key = steps[i];
      if (key === '*' && Array.isArray(at)) {
        const each = at.slice(0, 2000).map((x) => walk(x, steps.slice(i + 1)));
        return each.some((x) => x !== undefined) ? each.map((x) => (x === undefined ? null : x)) : undefined;
      }
      if (!at || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, key)) return undefined;
      at = (at as Record<string, unknown>)[key];
    }
    return at;
  };
  // `@setting:lumen:x`: the setting `lumen.x` a VS Code extension's package.json declares, as
  // `getConfiguration().inspect("x")` gives it (its `defaultValue`).
  const setting = /^@setting:(.+)$/.exec(path[0] ?? '');
  if (setting) {
    if (!/(^|[\\/])package\.json$/i.test(file)) return undefined;
    const key = setting[1].replace(/:/g, '.');
    const conf = (data as { contributes?: { configuration?: unknown } } | undefined)?.contributes?.configuration;
    const found = (Array.isArray(conf) ? conf : [conf]).slice(0, 64).map((c) => (c as { properties?: Record<string, unknown> } | undefined)?.properties).find((p) => p && typeof p === 'object' && Object.prototype.hasOwnProperty.call(p, key));
    const decl = found?.[key] as Record<string, unknown> | undefined;
    if (!decl || typeof decl !== 'object' || !Object.prototype.hasOwnProperty.call(decl, 'default')) return undefined;
    data = Object.assign(Object.create(null) as object, { key, defaultValue: decl.default });
    path = path.slice(1);
  }
  data = walk(data, path);
  if (data === undefined) return undefined;
  const konst = toLinkConst(data as Value);
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'), file.lastIndexOf('!')) + 1);
  return konst === undefined ? undefined : { ref, konst, note: `${name}${path.length ? ` (${path.join('.')})` : ''}` };
}

/** The interpreter's value of a constant that crossed files. */
export function fromLinkConst(c: LinkConst): Value {
  if (c === null || typeof c !== 'object') return c;
  if (Array.isArray(c)) return c.map(fromLinkConst);
  if ('set' in c) return new SetValue(new Set(c.set.map(fromLinkConst)));
  if ('regex' in c) return new RegexValue(c.regex, c.flags);
  if ('map' in c) return new MapValue(new Map(c.map.map(([k, x]) => [fromLinkConst(k), fromLinkConst(x)])));
  const out = Object.create(null) as Record<string, Value>;
  for (const [k, x] of Object.entries(c.record)) out[k] = fromLinkConst(x);
  return out;
}

/**
 * Answers other modules' asks: the value of each export asked for, by its path (`ITEMS`,
 * `probe()`, `Context().value`), when it is a constant or a sensed value. `where` names a node's
 * place for the trace on the other side.
 */
export function answerAsks(r: Resolver, root: Node, scope: Scope, asks: readonly { ref: string; origin: string; tested?: boolean; sample?: boolean; sent?: boolean }[], where: (n: Node) => string, decisions: readonly (DecisionRecord & { node: Node })[] = [], onward?: LinkAsk[]): (LinkValue & { module: string; at?: Node })[] {
  const byNode = new Map(decisions.map((d) => [d.node, d]));
  // Values computed from here on carry the decisions they depend on.
  if (decisions.length) r.setDecisions(decisions.map((d) => d.node));
  const out: (LinkValue & { module: string; at?: Node })[] = [];
  let carried = 0;
  // (Values on their way to a request first, as the scan asks them before questions about decisions.)
  for (const ask of [...asks.filter((a) => a.sent), ...asks.filter((a) => !a.sent)].slice(0, 32)) {
    const to = parseLinkedRef(ask.ref);
    if (!to) continue;
    const local = exportValue(r, root, scope, to.path[0]);
    if (!local) continue;
    // What the exported function makes of a sample text (`variant(PROMPT)` in a branch of the asking module).
    if (ask.sample) {
      const fn = to.path.length === 1 ? local.v.fns?.[0] : undefined;
      const made = fn && fn.node.end - fn.node.start < 20_000 ? r.sampleThrough(fn, MARK_SAMPLE) : undefined;
      if (made !== undefined) out.push({ module: ask.origin, ref: sampleRef(ask.ref), sample: made, note: `${to.path[0]}() (${where(fn!.node)})` });
      continue;
    }
    // What the exported function gives back called with the asking module's constants (`decode(ENCODED)`), run here.
    const args = to.path.length >= 2 ? parseArgsStep(to.path[1]) : undefined;
    if (args) {
      const fn = local.v.fns?.length === 1 ? local.v.fns[0] : undefined;
      const made = fn && fn.node.end - fn.node.start < 20_000 ? r.interpreter.callFunction(fn.node, args.map(fromLinkConst)) : undefined;
      const konst = made !== undefined && made !== UNKNOWN ? toLinkConst(made as Value) : undefined;
      if (konst !== undefined) out.push({ module: ask.origin, ref: ask.ref, konst, note: `${to.path[0]}() of the constants given (${where(fn!.node)})` });
      continue;
    }
    let v = local.v;
    const steps = to.path.slice(1);
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i];
      // A sensed value the asking side goes on deriving (`load().locale.split().pop()`): what it derives carries it.
      if (i > 0 && v.sensed?.length && !v.fns && !v.obj && !v.instance && !v.alts && !v.cls && !v.module) break;
      // What this module's emits of an event on the exported emitter pass the asking module's listener.
      const emit = parseEmitStep(step);
      if (emit) {
        v = r.emitted(v, i === 0 ? local.binding : undefined, emit.event, emit.index);
        break;
      }
      // The member under the key another export of this module holds (`bag[kState]`, a symbol made here).
      const keyName = parseKeyStep(step);
      if (keyName !== undefined) {
        const kv = exportValue(r, root, scope, keyName)?.v;
        const key = kv?.ref?.startsWith('@@symbol') ? kv.ref : typeof kv?.konst?.v === 'string' || typeof kv?.konst?.v === 'number' ? String(kv.konst.v) : undefined;
        v = key === undefined ? {} : r.memberOf(v, key, local.node);
        if (!v.fns && !v.obj && !v.instance && !v.cls && !v.module && !v.konst && !v.sensed?.length) break;
        continue;
      }
      // What the exported function passes the callback the asking module handed it.
      const cb = parseCallbackStep(step);
      if (cb) {
        v = r.calledBack(v, cb.at, cb.index);
        break;
      }
      v = step === '()' || step === 'new' ? r.resultOf(v, local.node, step === 'new' || !!v.cls) : memberStep(r, v, step, local.node);
      // (A list of records, `readRemotes()[0].url`: its elements' fields are read on.)
      if (!v.fns && !v.obj && !v.instance && !v.cls && !v.module && !v.konst && !v.sensed?.length && !v.elementOf?.obj) break;
    }
    // A decision made here (the value a getter or a probe returns after comparing): what it compared.
    const made = (v.control?.decisions ?? []).map((n) => byNode.get(n)).find((d) => d !== undefined);
    if (made) {
      const cond = made.trace.find((s) => s.role === 'condition');
      out.push({
        module: ask.origin,
        ref: ask.ref,
        // A test of it is reported there, with what it changes (a comparison's question is not).
        ...(ask.tested ? { at: made.node } : {}),
        decision: {
          query: made.query,
          kind: made.kind,
          values: made.values.slice(0, 60),
          senses: made.senses,
          decoded: made.trace.some((s) => s.note.startsWith('compared list was decoded')),
          sources: made.trace.filter((s) => s.role === 'source').slice(0, 2).map((s) => `${s.note} (${where(s.node)})`),
          condition: cond?.note ?? 'compares it with a list',
          where: where(cond?.node ?? local.node),
        },
        note: `decided at ${where(cond?.node ?? local.node)}`,
      });
      continue;
    }
    const strong = (v.sensed ?? []).filter((s) => !s.weak && !s.label.startsWith('\u0000'));
    if (strong.length) {
      const source = v.steps?.find((s) => s.role === 'source');
      // (A value asked for where it is sent says what of this module gives it: `Config.Service.get().username`.)
      const given = ask.sent ? `, given by ${linkPathText(to.path)}` : '';
      out.push({ module: ask.origin, ref: ask.ref, sensed: strong.slice(0, 8).map((s) => ({ kind: s.kind, label: s.label, ...(s.envName ? { envName: s.envName } : {}) })), ...(ask.sent ? { sent: true } : {}), note: `${source?.note ?? `reads ${strong[0].label}`} (${where(source?.node ?? local.node)})${given}` });
      continue;
    }
    // The environment itself, kept in an export (`detected = process.env`): the asker reads variables of it.
    if (v.ref === 'process.env' && !ask.tested) {
      out.push({ module: ask.origin, ref: ask.ref, envObject: true, note: `the environment (${where(local.node)})` });
      continue;
    }
    // A wrapper around a process API (`gitConfig(key)` running `git config --get ${key}`): the command, for the caller to complete.
    const callAt = ask.ref.startsWith('module:') ? ask.ref.indexOf('()') : -1;
    if (callAt > 0 && to.path[1] === '()' && local.v.fns?.length && !v.sensed?.length) {
      const command = wrapperCommand(r, root, local.v.fns[0]);
      if (command) {
        out.push({ module: ask.origin, ref: ask.ref.slice(0, callAt + 2), command, note: `${local.v.fns[0].name ? `${local.v.fns[0].name}() ` : ''}(${where(local.v.fns[0].node)})` });
        continue;
      }
    }
    // A function whose result is made from its argument (`hostOf(url)` → `new URL(url).hostname`): the asker's argument, carried.
    // (Its result without an argument may be its fallback alone: `… ?? null`.)
    if (callAt > 0 && to.path.length === 2 && to.path[1] === '()' && local.v.fns?.length === 1 && !v.sensed?.length && (!v.konst || v.konst.v === undefined || v.konst.v === null) && carried++ < 4) {
      const fn = local.v.fns[0];
      if (fn.node.end - fn.node.start < 4000) {
        const params = fn.node.params as Node[];
        let i = params.slice(0, 3).findIndex((p, k) => (p.type === 'Identifier' || (p.type === 'RestElement' && p.argument.type === 'Identifier')) && r.carriesParam(fn, k));
        // (`function firstDefined() { … return arguments[i] }`: any argument.)
        const anyArgument = i < 0 && params.length === 0 && r.carriesParam(fn, 0);
        if (anyArgument) i = 0;
        if (i >= 0) {
          const rest = anyArgument || params[i].type === 'RestElement';
          const also: number[] = [];
          if (!rest) for (let k = i + 1; k < Math.min(params.length, 3); k++) if (params[k].type === 'Identifier' && r.carriesParam(fn, k)) also.push(k);
          out.push({ module: ask.origin, ref: ask.ref.slice(0, callAt + 2), carries: i, ...(rest ? { carriesRest: true } : {}), ...(also.length ? { carriesAlso: also } : {}), note: `${to.path[0] === 'default' ? fn.name ?? 'the default export' : to.path[0]}() (${where(fn.node)})` });
          continue;
        }
        // A memo or cache helper (`remember(key, ttl, compute)` returning `compute()` or what it kept of it).
        const called = params.slice(0, 4).findIndex((p, k) => p.type === 'Identifier' && r.callsParam(fn, k));
        if (called >= 0) {
          out.push({ module: ask.origin, ref: ask.ref.slice(0, callAt + 2), calls: called, note: `${to.path[0] === 'default' ? fn.name ?? 'the default export' : to.path[0]}() (${where(fn.node)})` });
          continue;
        }
      }
    }
    // What this module's export gives is what a function of a third module returns (a memo helper
    // `remember(key, ttl, () => probe())`, a client factory): that module is asked in turn, and
    // this ask is answered again with its answer.
    if (onward && !v.konst && !isSensed(v) && v.ref?.startsWith('module:') && onward.length < 8) {
      const at = v.ref.indexOf('()');
      const next = parseLinkedRef(at > 0 ? v.ref.slice(0, at + 2) : '');
      if (next && !onward.some((a) => a.ref === v.ref!.slice(0, at + 2))) onward.push({ module: next.module, ref: v.ref.slice(0, at + 2) });
    }
    if (ask.tested) continue;
    let k = v.konst;
    const b = local.binding;
    if (!k && to.path.length === 1 && b?.init && !b.assignments) {
      const c = r.constant(b.init, b.scope);
      if (c) k = { v: c.v, node: b.init, decodedVia: c.decodedVia.length ? c.decodedVia : undefined };
    }
    // Exported as it is written, with no local name (`exports.ENTRIES = { … }`, as a minifier leaves TypeScript's output).
    if (!k && to.path.length === 1 && !b) {
      const c = r.constant(local.node, CJS_SCOPES.get(local.node) ?? scope);
      if (c) k = { v: c.v, node: local.node, decodedVia: c.decodedVia.length ? c.decodedVia : undefined };
    }
    // A function exported to be called for its value (`ENTRIES()`, a memo of a decoded list): the
    // call, evaluated here as the importer would make it.
    if (!k && to.path.length === 2 && to.path[1] === '()' && b) {
      const { start, end } = local.node;
      const call = { type: 'CallExpression', start, end, optional: false, arguments: [], callee: { type: 'Identifier', name: b.name, start, end } } as unknown as Node;
      const c = r.constant(call, scope);
      if (c) k = { v: c.v, node: local.node, decodedVia: c.decodedVia.length ? c.decodedVia : undefined };
    }
    // A regex literal's constant is its source text: the pattern crosses as a pattern.
    const regex = k?.node.type === 'Literal' && k.node.regex && typeof k.v === 'string' ? { regex: k.node.regex.pattern as string, flags: k.node.regex.flags as string } : undefined;
    const c = regex ?? (k && toLinkConst(k.v));
    if (c === undefined || c === null || typeof c === 'boolean') continue;
    out.push({ module: ask.origin, ref: ask.ref, konst: c, ...(k!.decodedVia?.length ? { decodedVia: k!.decodedVia } : {}), note: `defined at ${where(k!.node)}` });
  }
  return out;
}
