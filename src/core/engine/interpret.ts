import { createHash } from 'crypto';
import { inflateRawSync, inflateSync, gunzipSync, unzipSync, brotliDecompressSync } from 'zlib';
import { isFunction, memberName, propertyKeyName, unwrap, type Node } from './ast';
import type { Binding, FunctionInfo, Scope } from './scope';
import { forEachDescendant, pathTo } from './walk';

/*
 * An interpreter of a pure subset of JavaScript, for what bundles compute from literals alone:
 * decoders (base64, hex, XOR, RC4, char-code arithmetic, string-array tables with an index
 * function rotated at start-up), lookup tables and lists built at run time. It walks the tree
 * itself; it never calls eval, Function or vm, never touches the process's globals, and every
 * builtin it offers is its own implementation over plain values, bounded in size.
 *
 * The program's own state lives in a World, one per file: a binding not held by a running
 * frame is a cell, first filled from its declaration (a function, a constant's initialiser, the
 * one assignment a lazy initialiser makes) and then changed by what interpreted code assigns to
 * it. So a decoder that redefines itself, memoises on its own properties, or reads a table a
 * start-up call has rotated, gives the value it gives when the bundle runs. Steps are bounded
 * per evaluation and per file.
 */

export const UNKNOWN: unique symbol = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

/** A Buffer or Uint8Array. */
export class Bytes {
  constructor(public data: Uint8Array) {}
}
export class RegexValue {
  lastIndex = 0;
  constructor(
    readonly pattern: string,
    readonly flags: string,
  ) {}
}
/** A function value: its node, the frame it closes over, its static scope, and the properties code sets on it. */
export class Closure {
  props: Map<string, Value> | undefined;
  constructor(
    readonly node: Node,
    readonly frame: Frame | undefined,
    readonly scope: Scope | undefined,
    readonly boundThis?: Value,
    readonly boundArgs?: Value[],
  ) {}
}
/** A builtin the interpreter implements, named by path ("String.fromCharCode", "str.split"…), with its receiver. */
export class Builtin {
  constructor(
    readonly name: string,
    readonly self?: Value,
  ) {}
}
export class MapValue {
  constructor(readonly map: Map<Value, Value>) {}
}
export class SetValue {
  constructor(readonly set: Set<Value>) {}
}
/** `crypto.createHash(algorithm)` as it is fed: what `update()` was given so far. */
export class HashValue {
  readonly chunks: Uint8Array[] = [];
  constructor(readonly algorithm: string) {}
}
/** The digests a scanned tool may hash a name into (a list kept as digests of its names). */
const HASHES = new Set(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']);
export class DecoderObject {
  constructor(
    readonly kind: 'TextDecoder' | 'TextEncoder',
    readonly encoding: string,
  ) {}
}
export class ErrorValue {
  constructor(readonly message: string) {}
}

/**
 * What a call of a generator function gives: its body is run from the start each time more values
 * are wanted (twice as many each time, up to MAX_YIELDS), which is the same as resuming it as long
 * as it writes nothing outside itself (generatorRunnable) and a yield's value is never used.
 */
export class GeneratorValue {
  /** What the last run yielded, and how many of them next() and for…of have taken. */
  buffer: Value[] = [];
  taken = 0;
  /** The body returned (with `returned`) within the last run; `closed` once next() gave that back. */
  finished = false;
  closed = false;
  returned: Value = undefined;
  constructor(
    readonly fn: Closure,
    readonly args: Value[],
    readonly thisValue: Value | undefined,
  ) {}
}

export type Value = string | number | bigint | boolean | null | undefined | Value[] | Bytes | RegexValue | Closure | Builtin | MapValue | SetValue | DecoderObject | HashValue | ErrorValue | GeneratorValue | { [k: string]: Value };

interface Cell {
  v: Value | Unknown;
  /** How a binding's first value was decoded (base64, XOR…): said again by every later read of it. */
  decoded?: string[];
}
export interface Frame {
  vars: Map<string, Cell>;
  parent: Frame | undefined;
  /** Set on a function's own frame. */
  fn?: { thisValue: Value | Unknown };
  /** The frame evaluateWithAll made: its names are those of this scope, given values. */
  given?: Scope;
}

/** What the interpreter needs from the parse: function records and the tree (for start-up calls). */
export interface ProgramView {
  functions: ReadonlyMap<Node, FunctionInfo>;
  root: Node;
  /** The source text, when known. */
  text?: string;
  /**
   * What the value flow knows of a member the interpreter cannot follow from literals alone: an
   * export of another module (`list_.BLOCKED` through webpack's table, a lazy CommonJS wrapper).
   * Asked only outside interpreted calls; the answer is copied before use.
   */
  constantOf?(node: Node, scope: Scope): Value | Unknown;
  /**
   * The function of a Node built-in module a callee stands for (`inflateRawSync` imported from
   * `node:zlib`, `import_zlib.default.gunzipSync`), as `zlib.inflateRawSync`: the interpreter runs
   * the pure ones (decompression) itself.
   */
  moduleFunctionOf?(node: Node, scope: Scope): string | undefined;
  /**
   * Whether a variable's object is filled in somewhere the interpreter does not run
   * (`o.k = …` or `Object.assign(o, …)` in a function): its literal alone is not its value.
   */
  filledElsewhere?(b: Binding): boolean;
}

export interface Budget {
  /** Steps for one evaluation asked for by an analysis. */
  steps: number;
  /** Steps for one start-up call (a string table's rotation). */
  startupSteps: number;
  /** Steps for all evaluations in one file. */
  fileSteps: number;
  /**
   * Steps evaluations about one stretch of a file (`STRETCH` bytes) may always spend. Past that
   * share a stretch spends only while the file keeps a quarter of its budget: an obfuscated
   * module whose every string goes through a costly decoder cannot starve the code after it.
   */
  stretchSteps: number;
  /** Steps for all start-up calls in one file (apart, so a huge table cannot starve everything else). */
  fileStartupSteps: number;
  maxString: number;
  maxArray: number;
  maxDepth: number;
}

export const DEFAULT_BUDGET: Budget = { steps: 250_000, startupSteps: 20_000_000, fileSteps: 80_000_000, stretchSteps: 5_000_000, fileStartupSteps: 40_000_000, maxString: 1 << 20, maxArray: 1 << 16, maxDepth: 64 };

/** The bytes of a file whose evaluations share one stretch of the step budget. */
const STRETCH = 1 << 20;

/**
 * Not a JavaScript exception: the interpreter gave up (budget, unsupported code, unknown input).
 * Not an Error either: it is thrown tens of thousands of times per bundle, and an Error captures
 * a stack trace each time it is made.
 */
class Abort {}
/** A JavaScript exception raised by interpreted code or a builtin: `try`/`catch` sees it. */
class Thrown {
  constructor(readonly value: Value) {}
}
class ReturnSignal {
  constructor(readonly value: Value) {}
}
class BreakSignal {
  constructor(readonly label: string | null) {}
}
class ContinueSignal {
  constructor(readonly label: string | null) {}
}
type Completion = ReturnSignal | BreakSignal | ContinueSignal | undefined;
/** A generator's run has yielded as many values as were wanted. */
class YieldCap {}
/** The most values one generator is run for (a keystream decodes a list of a few hundred bytes). */
const MAX_YIELDS = 4096;
/** Methods that move or change their receiver's state: a generator calling them on what it was given cannot be run again from its start. */
const STATEFUL_METHODS = new Set(['next', 'return', 'throw', 'shift', 'pop', 'push', 'unshift', 'splice', 'set', 'add', 'delete', 'clear', 'sort', 'reverse', 'fill', 'write', 'read', 'exec']);

const GLOBALS = new Set(['String', 'Number', 'Boolean', 'Array', 'Object', 'Math', 'JSON', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'atob', 'btoa', 'escape', 'unescape', 'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'Buffer', 'Uint8Array', 'Int8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'TextDecoder', 'TextEncoder', 'Map', 'Set', 'RegExp', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'BigInt']);
/** Keys that would reach an object's prototype machinery: never read or written on interpreted values. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

export class Interpreter {
  /** Where the generator being run puts what it yields, and how many are wanted. */
  private yielding: { out: Value[]; cap: number } | undefined;
  /** Generator functions whose body may be run again from its start (it writes nothing outside itself). */
  private readonly runnable = new Map<Node, boolean>();
  private readonly cells = new Map<Binding, Cell>();
  private readonly starting = new Set<Binding>();
  private readonly startupCalls = new Map<Node, Map<string, Node[]>>();
  private readonly hoisted = new Map<Node, string[]>();
  private readonly scopeNames = new Map<Scope, Map<string, Binding | undefined>>();
  private readonly overruns = new Map<Node, number>();
  private steps = 0;
  private limit = 0;
  private running = false;
  /** Whether the file's code has made a big integer (what an evaluation gives out is then checked for one). */
  madeBig = false;
  /** What the last finished evaluation decoded, and whether it ran out of steps. */
  lastDecoded = new Set<string>();
  lastOverrun = false;
  private fileSteps = 0;
  /** Steps spent on each stretch of the file (by its index). */
  private readonly stretchSpent = new Map<number, number>();
  private startupSteps = 0;
  private depth = 0;
  /** Encodings a decoding builtin undid during the last evaluation (the value was hidden, not merely written down). */
  decoded = new Set<string>();
  /**
   * Bytes a declaration gives, kept in its cell for every later read: a swap or a reversal in an
   * expression (`return buf.swap32().toString()`) turns a copy, or the next evaluation of the
   * same expression would turn the kept bytes back.
   */
  readonly declared = new WeakSet<Bytes>();

  constructor(
    private readonly program: ProgramView,
    private readonly budget: Budget = DEFAULT_BUDGET,
  ) {}

  /** The share of the file's step budget spent so far (0 to 1). */
  get spent(): number {
    return this.fileSteps / this.budget.fileSteps;
  }

  /** Whether the file's step budget is spent (nothing more will be interpreted in it). */
  get exhausted(): boolean {
    return this.fileSteps >= this.budget.fileSteps;
  }

  /** The value of an expression in a program scope, or UNKNOWN when it does not follow from literals alone. */
  evaluate(node: Node, scope: Scope | undefined): Value | Unknown {
    // A function whose calls keep running out of steps is not tried again (it is no decoder, or
    // decodes too much to be worth it): one hostile function cannot spend the file's budget.
    const callee = node.type === 'CallExpression' ? this.calleeFunction(node, scope) : undefined;
    if (callee && (this.overruns.get(callee) ?? 0) >= 3) return UNKNOWN;
    const v = this.run(() => this.expr(node, undefined, scope), node.start);
    if (callee && v === UNKNOWN && this.lastOverrun) this.overruns.set(callee, (this.overruns.get(callee) ?? 0) + 1);
    return v;
  }

  /** The function a call's callee names, when a static name leads to one. */
  private calleeFunction(call: Node, scope: Scope | undefined): Node | undefined {
    const c = unwrap(call.callee);
    if (c.type !== 'Identifier') return undefined;
    const b = this.staticLookup(c.name, scope);
    if (!b) return undefined;
    if (b.kind === 'function') return b.node;
    return b.init && isFunction(b.init) ? b.init : b.init?.type === 'Identifier' ? this.calleeFunction({ type: 'CallExpression', start: 0, end: 0, callee: b.init }, b.scope) : undefined;
  }

  /**
   * The value of an expression with one name bound to a given value (`value.replace(re, swap)`
   * with `value` a sample text): what the expression makes of that value.
   */
  evaluateWith(node: Node, scope: Scope | undefined, name: string, value: Value): Value | Unknown {
    return this.evaluateWithAll(node, scope, new Map([[name, value]]));
  }

  /** Evaluates an expression with the given names bound to the given values (copies of them: what it does to them stays here). */
  evaluateWithAll(node: Node, scope: Scope | undefined, values: ReadonlyMap<string, Value>): Value | Unknown {
    const budget = { left: 10_000 };
    const vars = new Map<string, { v: Value }>();
    for (const [name, value] of values) {
      const own = copyData(value, 0, budget);
      if (own === UNKNOWN) return UNKNOWN;
      vars.set(name, { v: own });
    }
    const frame: Frame = { vars, parent: undefined, given: scope };
    return this.run(() => this.expr(node, frame, scope), node.start);
  }

  /** Calls a function of the program (written anywhere in it) with the given arguments. */
  callFunction(fn: Node, args: Value[]): Value | Unknown {
    return this.callValue(new Closure(fn, undefined, this.scopeOf(fn)), args);
  }

  /** Calls a function value with literal arguments (for analyses that hold a Closure). */
  callValue(fn: Value, args: Value[]): Value | Unknown {
    return this.run(() => this.call(fn, args, undefined, false), fn instanceof Closure ? fn.node.start : 0);
  }

  /** The steps an outermost evaluation about code at offset `at` may spend (see `Budget.stretchSteps`). */
  private stepsFor(at: number): number {
    const fileLeft = this.budget.fileSteps - this.fileSteps;
    const share = this.budget.stretchSteps - (this.stretchSpent.get(Math.floor(at / STRETCH)) ?? 0);
    const beyond = fileLeft - this.budget.fileSteps / 4;
    return Math.max(0, Math.min(this.budget.steps, fileLeft, Math.max(share, beyond)));
  }

  private run(f: () => Value | Unknown, at: number): Value | Unknown {
    if (this.exhausted) return UNKNOWN;
    if (!this.running && this.stepsFor(at) === 0) {
      this.lastDecoded = new Set();
      this.lastOverrun = false;
      return UNKNOWN;
    }
    // Re-entrant: the value flow asked from inside an evaluation (constantOf) may evaluate too. An
    // inner run spends what the outer one has left, and its steps count once: against the outer
    // run's budget, and against the file's when the outermost run ends.
    const outer = this.running ? { steps: this.steps, limit: this.limit, depth: this.depth, decoded: this.decoded } : undefined;
    this.running = true;
    this.steps = 0;
    this.limit = outer ? Math.max(0, outer.limit - outer.steps) : this.stepsFor(at);
    if (!outer) this.depth = 0;
    this.decoded = new Set();
    try {
      const v = f();
      // (A generator object is state, not a constant of the program: the value flow follows what it yields.)
      // (Big integers stay inside the interpreter: what it gives out is data the rules can print.)
      return v instanceof GeneratorValue || (this.madeBig && v !== UNKNOWN && holdsBig(v, 0, { left: 10_000 })) ? UNKNOWN : v;
    } catch (err) {
      if (err instanceof Abort || err instanceof Thrown || err instanceof RangeError) return UNKNOWN;
      throw err;
    } finally {
      // What this run decoded and whether it ran out, for its caller (the outer run's are put back).
      this.lastDecoded = this.decoded;
      // (Only a run that had a whole evaluation's steps counts: running out of a stretch's share
      // or the file's budget says nothing about the function.)
      this.lastOverrun = this.steps >= this.limit && this.limit === this.budget.steps;
      if (outer) Object.assign(this, { steps: outer.steps + this.steps, limit: outer.limit, depth: outer.depth, decoded: outer.decoded });
      else {
        this.fileSteps += this.steps;
        const stretch = Math.floor(at / STRETCH);
        this.stretchSpent.set(stretch, (this.stretchSpent.get(stretch) ?? 0) + this.steps);
        this.running = false;
      }
    }
  }

  /**
   * A member of something the interpreter cannot follow (another module's export), or a call of
   * one (a function another module exports), from the value flow: only outside interpreted calls,
   * where names mean what they mean statically, and only data (strings, numbers, lists and records
   * of them), copied so the evaluation cannot change it.
   */
  private fromFlow(n: Node, frame: Frame | undefined, scope: Scope | undefined): Value | Unknown {
    if (!this.program.constantOf || frame || !scope) return UNKNOWN;
    this.tick();
    const budget = { left: 10_000 };
    const v = copyData(this.program.constantOf(n, scope), 0, budget);
    // Copying is work too: a list of lists shared many times over costs what it expands to.
    this.steps += 10_000 - budget.left;
    if (this.steps > this.limit) throw new Abort();
    return v;
  }

  /** Work a builtin did in one call, counted as steps. */
  charge(steps: number): void {
    this.steps += steps;
    if (this.steps > this.limit) throw new Abort();
  }

  /** The longest string (or byte array) an evaluation may make. */
  get maxString(): number {
    return this.budget.maxString;
  }

  private tick(): void {
    if (++this.steps > this.limit) throw new Abort();
  }

  private size<T extends Value>(v: T): T {
    if (typeof v === 'string' && v.length > this.budget.maxString) throw new Abort();
    if (Array.isArray(v) && v.length > this.budget.maxArray) throw new Abort();
    if (typeof v === 'bigint' && (v > MAX_BIG || v < -MAX_BIG)) throw new Abort();
    return v;
  }

  // --- The program's state ----------------------------------------------------------------

  /** A binding's current value in the world, filled from its declaration on first use. */
  private read(b: Binding): Value | Unknown {
    const cell = this.cells.get(b);
    if (cell) {
      if (cell.decoded) for (const d of cell.decoded) this.decoded.add(d);
      return cell.v;
    }
    const fresh: Cell = { v: UNKNOWN };
    this.cells.set(b, fresh);
    const outer = this.decoded;
    this.decoded = new Set();
    try {
      fresh.v = this.initialValue(b);
    } finally {
      if (this.decoded.size) fresh.decoded = [...this.decoded];
      for (const d of this.decoded) outer.add(d);
      this.decoded = outer;
    }
    // (A generator the program keeps, `const ks = keystream(SEED)` at its top: which evaluation reads
    // it first says which values each gets, unlike the program's order; only one a function makes is run.)
    if (fresh.v instanceof GeneratorValue) fresh.v = UNKNOWN;
    if (fresh.v instanceof Bytes) this.declared.add(fresh.v);
    if (fresh.v !== UNKNOWN && (fresh.v instanceof Closure || b.kind === 'function')) this.runStartup(b);
    return fresh.v;
  }

  /** Whether the statement right after a declaration turns the declared bytes or list in place (`buf.swap16()`). */
  private mutatedAfter(b: Binding): boolean {
    const d = b.node.type === 'VariableDeclarator' ? b.node : undefined;
    if (!d || d.id.type !== 'Identifier') return false;
    // (Cheap first: the text right after the declaration calls a mutator on the name.)
    const after = this.program.text?.slice(d.end, d.end + 120);
    // `const bytes = Buffer.from(S, "hex"); for (let i = 0; …; i++) bytes[i] ^= KEY[i % 3];`: turned in place by a loop.
    if (after?.includes(`${b.name}[`)) {
      const next = this.statementAfter(d);
      if (next && elementLoop(next, b.name)) return true;
    }
    if (!after?.includes(`${b.name}.`)) return false;
    if (!new RegExp(`(?<![\\w$])${b.name.replace(/\$/g, '\\$')}\\.(swap16|swap32|swap64|reverse|sort)\\(\\s*\\)`).test(after)) return false;
    return mutatorCall(this.statementAfter(d), b.name, MUTATORS_AFTER);
  }

  /** The statement right after the declaration that holds declarator `d`, in a program, block or static block. */
  private statementAfter(d: Node): Node | undefined {
    const path = pathTo(this.program.root, d);
    const decl = path[path.length - 2];
    const list = path[path.length - 3];
    if (decl?.type !== 'VariableDeclaration' || !list || (list.type !== 'Program' && list.type !== 'BlockStatement' && list.type !== 'StaticBlock')) return undefined;
    const body = list.body as Node[];
    return body[body.indexOf(decl) + 1];
  }

  private write(b: Binding, v: Value | Unknown): void {
    const cell = this.cells.get(b);
    if (cell) cell.v = v;
    else this.cells.set(b, { v });
  }

  private initialValue(b: Binding): Value | Unknown {
    if (b.kind === 'function') return isFunction(b.node) ? new Closure(b.node, undefined, this.scopeOf(b.node)) : UNKNOWN;
    if (b.kind !== 'var' && b.kind !== 'let' && b.kind !== 'const') return UNKNOWN;
    let assignments = b.assignments ?? [];
    // A lazy initialiser's `fn && (res = fn(fn = 0))`: the function is what is read before the
    // reset (esbuild's __esm, and terser's inlined copies of it over a module's own locals).
    const rest = assignments.filter((a) => !isFalsyReset(a));
    if (rest.length < assignments.length && (b.init ? isFunction(b.init) && rest.length === 0 : rest.length === 1 && rest[0].type === 'AssignmentExpression' && isFunction(rest[0].right))) assignments = rest;
    if (b.init) {
      // Assignments inside the initialiser itself (a function that redefines itself) keep it.
      const init = b.init;
      if (assignments.some((a) => a.start < init.start || a.start >= init.end)) return b.path ? UNKNOWN : this.builtInPlace(b, init, assignments);
      // `const buf = Buffer.from(S, "base64"); buf.swap16();`: bytes or a list turned in place right after.
      if (!b.path && (init.type === 'CallExpression' || init.type === 'NewExpression' || init.type === 'ArrayExpression') && this.mutatedAfter(b)) return this.builtInPlace(b, init, [], MUTATORS_AFTER);
      const v = this.nested(init, b.scope);
      // `const state = { retries: 3 }` that a function later fills (`Object.assign(state, { zone })`):
      // reading state.zone is not `undefined`.
      if (isRecord(v) && !b.path && this.program.filledElsewhere?.(b)) return UNKNOWN;
      return v === UNKNOWN || !b.path ? v : applyPath(v, b.path);
    }
    // `var list; … list = decode(…)` inside a lazy initialiser: the one value it is given (also as
    // a memo, `grid ||= decode(…)`, `list ??= …`, which gives it the first time it is read).
    if (assignments.length === 1 && assignments[0].type === 'AssignmentExpression' && (assignments[0].operator === '=' || assignments[0].operator === '||=' || assignments[0].operator === '??=') && !b.path) {
      const a = assignments[0];
      const aScope = b.assignmentScopes?.[(b.assignments ?? []).indexOf(a)] ?? b.scope;
      // `if (!index) { index = {}; for (const p of TABLE.split(";")) index[k] = v; }`: a memo
      // filled right after it is made, in the same block: what the block fills it with.
      if (a.operator === '=' && emptyStart(a.right)) {
        const filled = this.filledAfter(b, a, aScope);
        if (filled !== undefined) return filled;
      }
      const v = this.nested(a.right, aScope);
      return v === UNKNOWN && a.operator === '=' ? this.preparedBefore(a, aScope) : v;
    }
    return UNKNOWN;
  }

  /**
   * `if (!list) { let c = 0; list = K.map((d) => String.fromCharCode((c += d))); }`: a memo whose
   * value is made with locals declared just before it in the same block (a running sum, a key,
   * a cursor the decoder moves): those declarations run, then the value, in a frame of their own.
   */
  private preparedBefore(a: Node, scope: Scope | undefined): Value | Unknown {
    const path = pathTo(this.program.root, a);
    const st = path[path.length - 2];
    const block = path[path.length - 3];
    if (st?.type !== 'ExpressionStatement' || st.expression !== a || block?.type !== 'BlockStatement') return UNKNOWN;
    const body = block.body as Node[];
    let first = body.indexOf(st);
    while (first > 0 && body.indexOf(st) - first < 4 && body[first - 1].type === 'VariableDeclaration' && (body[first - 1].kind === 'let' || body[first - 1].kind === 'const')) first--;
    if (first === body.indexOf(st)) return UNKNOWN;
    const names = new Set<string>();
    for (let j = first; j < body.indexOf(st); j++) for (const d of body[j].declarations as Node[]) if (d.id.type === 'Identifier') names.add(d.id.name);
    let uses = false;
    forEachDescendant(a.right, (x) => {
      if (x.type === 'Identifier' && names.has(x.name)) uses = true;
      return !uses;
    }, 2000);
    if (!uses) return UNKNOWN;
    const frame: Frame = { vars: new Map(), parent: undefined };
    try {
      for (let j = first; j < body.indexOf(st); j++) if (this.stmt(body[j], frame, scope)) return UNKNOWN;
      return this.expr(a.right, frame, scope);
    } catch (err) {
      if (err instanceof Abort || err instanceof Thrown) return UNKNOWN;
      throw err;
    }
  }

  /**
   * The value of `b` after the statements that follow its assignment `a` (of an empty object, list,
   * Map or Set) in the same block and only fill it (`b[k] = v`, `b.set(k, v)`, `b.push(x)`), run in
   * order: undefined when no such statement follows, UNKNOWN when they cannot be run.
   */
  private filledAfter(b: Binding, a: Node, scope: Scope | undefined): Value | Unknown | undefined {
    const path = pathTo(this.program.root, a);
    const st = path[path.length - 2];
    const block = path[path.length - 3];
    if (st?.type !== 'ExpressionStatement' || st.expression !== a || (block?.type !== 'BlockStatement' && block?.type !== 'Program')) return undefined;
    const body = block.body as Node[];
    const first = body.indexOf(st);
    let last = first;
    for (let j = first + 1; j < Math.min(body.length, first + 6); j++) {
      let fills = false;
      let others = false;
      let seen = 0;
      forEachDescendant(body[j], (x) => {
        // (A statement too large to check whole is not run.)
        if (++seen >= 1999) others = true;
        if (others) return false;
        if (isFunction(x)) return (others = true), false;
        const target = x.type === 'AssignmentExpression' ? x.left : x.type === 'UpdateExpression' ? x.argument : undefined;
        if (target) {
          let root = target;
          while (root.type === 'MemberExpression') root = root.object;
          if (target.type === 'MemberExpression' && root.type === 'Identifier' && root.name === b.name) fills = true;
          else if (!(target.type === 'Identifier' && declaredWithin(target.name, body[j]))) others = true;
        }
        if (x.type === 'CallExpression' && x.callee.type === 'MemberExpression' && x.callee.object.type === 'Identifier' && x.callee.object.name === b.name && /^(set|add|push)$/.test(memberName(x.callee) ?? '')) fills = true;
        return true;
      }, 2000);
      if (others || !fills) break;
      last = j;
    }
    if (last === first) return undefined;
    const start = this.nested(a.right, scope);
    if (start === UNKNOWN) return UNKNOWN;
    this.write(b, start);
    const frame: Frame = { vars: new Map(), parent: undefined };
    try {
      for (let j = first + 1; j <= last; j++) if (this.stmt(body[j], frame, scope)) return UNKNOWN;
    } catch (err) {
      if (err instanceof Abort || err instanceof Thrown) return UNKNOWN;
      throw err;
    }
    return this.cells.get(b)?.v ?? UNKNOWN;
  }

  /**
   * `let text = ""; for (const c of packed) text += String.fromCharCode(c - 7);`: a value the
   * statements right after its declaration build (in the same statement list, not in a function):
   * its value once they have run. At most eight statements are run, within the evaluation's
   * budget, and only statements that write nothing but the binding (and their own loop names):
   * what they write stays in the program's state for every later question.
   */
  private builtInPlace(b: Binding, init: Node, assignments: readonly Node[], mutators?: RegExp): Value | Unknown {
    const path = pathTo(this.program.root, b.node);
    let d = path.length - 1;
    while (d > 0 && path[d].type !== 'VariableDeclaration') d--;
    const list = d > 0 ? path[d - 1] : undefined;
    const decl = path[d];
    if (!list || (list.type !== 'Program' && list.type !== 'BlockStatement' && list.type !== 'StaticBlock')) return UNKNOWN;
    const body = list.body as Node[];
    const first = body.indexOf(decl);
    let last = first;
    // (The calls that turn it in place, `buf.swap16()`, right after the declaration: run too.)
    if (mutators) while (last + 1 < body.length && last < first + 4 && mutatorCall(body[last + 1], b.name, mutators)) last++;
    // (A loop that writes its elements, right after: run too.)
    const loop = mutators && last === first && first + 1 < body.length && elementLoop(body[first + 1], b.name) ? body[first + 1] : undefined;
    if (loop) last = first + 1;
    for (const a of assignments) {
      const j = body.findIndex((st) => a.start >= st.start && a.end <= st.end);
      if (j <= first || j > first + 8 || pathTo(body[j], a).some(isFunction)) return UNKNOWN;
      last = Math.max(last, j);
    }
    let others = false;
    for (let j = first + 1; j <= last && !others; j++) {
      forEachDescendant(body[j], (x) => {
        if (others) return false;
        const target = x.type === 'AssignmentExpression' ? x.left : x.type === 'UpdateExpression' ? x.argument : undefined;
        if (target && !(target.type === 'Identifier' && (target.name === b.name || declaredWithin(target.name, body[j]))) && !(loop && body[j] === loop && loopOwnWrite(target, b.name, loop))) others = true;
        return true;
      }, 5000);
    }
    if (others) return UNKNOWN;
    const start = this.nested(init, b.scope);
    if (start === UNKNOWN) return UNKNOWN;
    this.write(b, start);
    const frame: Frame = { vars: new Map(), parent: undefined };
    try {
      for (let j = first + 1; j <= last; j++) if (this.stmt(body[j], frame, b.scope)) return UNKNOWN;
    } catch (err) {
      if (err instanceof Abort || err instanceof Thrown) return UNKNOWN;
      throw err;
    }
    return this.cells.get(b)?.v ?? UNKNOWN;
  }

  private nested(node: Node, scope: Scope | undefined): Value | Unknown {
    try {
      return this.expr(node, undefined, scope);
    } catch (err) {
      if (err instanceof Thrown) return UNKNOWN;
      throw err;
    }
  }

  private scopeOf(fn: Node): Scope | undefined {
    return this.program.functions.get(fn)?.scope;
  }

  /**
   * Start-up calls that take this function as an argument, run once before anything reads it:
   * `(function (table, n) { … rotate table() … })(table, 0x6b1f3)`, where a string-array table
   * is rotated until a checksum matches. Found in the statement list that declares the binding.
   */
  private runStartup(b: Binding): void {
    if (this.starting.has(b)) return;
    this.starting.add(b);
    const path = pathTo(this.program.root, b.node);
    let list: Node | undefined;
    for (let i = path.length - 2; i >= 0; i--) {
      const t = path[i].type;
      if (t === 'Program' || t === 'BlockStatement' || t === 'StaticBlock') {
        list = path[i];
        break;
      }
      if (isFunction(path[i])) break;
    }
    if (!list) return;
    const calls = this.startupIndex(list).get(b.name);
    if (!calls) return;
    for (const call of calls) {
      const left = this.budget.fileStartupSteps - this.startupSteps;
      if (left <= 0) return;
      const saved = { steps: this.steps, limit: this.limit, decoded: this.decoded };
      this.steps = 0;
      this.limit = Math.min(this.budget.startupSteps, left);
      this.decoded = new Set();
      try {
        this.expr(call, undefined, b.scope);
      } catch (err) {
        if (!(err instanceof Abort || err instanceof Thrown || err instanceof RangeError)) throw err;
      } finally {
        this.startupSteps += this.steps;
        Object.assign(this, saved);
      }
    }
  }

  private startupIndex(list: Node): Map<string, Node[]> {
    let index = this.startupCalls.get(list);
    if (index) return index;
    index = new Map();
    for (const s of list.body as Node[]) {
      if (s.type !== 'ExpressionStatement') continue;
      const exprs = s.expression.type === 'SequenceExpression' ? (s.expression.expressions as Node[]) : [s.expression];
      for (let e of exprs) {
        if (e.type === 'UnaryExpression') e = e.argument;
        e = unwrap(e);
        if (e.type !== 'CallExpression' || !isFunction(unwrap(e.callee))) continue;
        for (const a of e.arguments as Node[]) {
          if (a.type !== 'Identifier') continue;
          const calls = index.get(a.name) ?? [];
          calls.push(e);
          index.set(a.name, calls);
        }
      }
    }
    this.startupCalls.set(list, index);
    return index;
  }

  // --- Names ------------------------------------------------------------------------------

  private lookup(name: string, frame: Frame | undefined, scope: Scope | undefined): Value | Unknown {
    for (let f = frame; f; f = f.parent) {
      const slot = f.vars.get(name);
      if (slot) return slot.v;
    }
    const b = this.staticLookup(name, scope);
    if (b) return this.localClosure(b, frame) ?? this.read(b);
    switch (name) {
      case 'undefined':
        return undefined;
      case 'NaN':
        return NaN;
      case 'Infinity':
        return Infinity;
      case 'globalThis':
      case 'window':
      case 'self':
      case 'global':
        return new Builtin('globalThis');
    }
    return GLOBALS.has(name) ? new Builtin(name) : UNKNOWN;
  }

  /**
   * `const norm = (s) => (c.folded ? s.toLowerCase() : s)` declared in the function whose
   * parameters an expression is evaluated with (`list.map(norm)` with c given): the closure over
   * those values, when every given name means in its scope what it means where they were given.
   * (Not kept in the binding's cell: another evaluation gives other values.)
   */
  private localClosure(b: Binding, frame: Frame | undefined): Closure | undefined {
    if (!frame || b.kind !== 'const' || b.assignments || b.path || !b.init || !isFunction(b.init)) return undefined;
    let root = frame;
    while (root.parent) root = root.parent;
    const given = root.given;
    if (!given || !b.scope.functionScope().fn) return undefined;
    for (const name of root.vars.keys()) if (b.scope.lookup(name) !== given.lookup(name)) return undefined;
    return new Closure(b.init, root, this.scopeOf(b.init) ?? b.scope);
  }

  /** A name's binding in a static scope, kept per scope (the same names are looked up again and again in loops). */
  private staticLookup(name: string, scope: Scope | undefined): Binding | undefined {
    if (!scope) return undefined;
    let names = this.scopeNames.get(scope);
    if (!names) {
      names = new Map();
      this.scopeNames.set(scope, names);
    }
    if (names.has(name)) return names.get(name);
    const b = scope.lookup(name);
    names.set(name, b);
    return b;
  }

  private assignName(name: string, v: Value | Unknown, frame: Frame | undefined, scope: Scope | undefined): void {
    for (let f = frame; f; f = f.parent) {
      const slot = f.vars.get(name);
      if (slot) {
        slot.v = v;
        return;
      }
    }
    const b = scope?.lookup(name);
    if (!b) throw new Abort(); // a global the bundle creates: not modelled
    this.read(b); // fill it first, so a later first read does not overwrite what is assigned now
    this.write(b, v);
  }

  private thisOf(frame: Frame | undefined): Value | Unknown {
    for (let f = frame; f; f = f.parent) if (f.fn) return f.fn.thisValue;
    return UNKNOWN;
  }

  // --- Expressions ------------------------------------------------------------------------

  expr(n: Node, frame: Frame | undefined, scope: Scope | undefined): Value | Unknown {
    this.tick();
    switch (n.type) {
      case 'Literal':
        if (n.regex) return new RegexValue(n.regex.pattern, n.regex.flags);
        // (`0x1fn`: a big integer, which packed lists are written as; the collector keeps its digits.)
        if (typeof n.value === 'bigint' || typeof n.bigint === 'string') {
          this.madeBig = true;
          return typeof n.value === 'bigint' ? n.value : bigOf(n.bigint as string);
        }
        return n.value as Value;
      case 'TemplateLiteral': {
        let s = n.quasis[0].value.cooked ?? '';
        for (let i = 0; i < n.expressions.length; i++) {
          const v = this.value(n.expressions[i], frame, scope);
          s += toStr(v) + (n.quasis[i + 1].value.cooked ?? '');
          this.size(s);
        }
        return s;
      }
      case 'TaggedTemplateExpression': {
        const tag = this.expr(n.tag, frame, scope);
        if (!(tag instanceof Builtin && tag.name === 'String.raw')) return UNKNOWN;
        // String.raw`\.(?:${list.join("|")})$`: the raw text with each substitution put in.
        const quasis = n.quasi.quasis as Node[];
        let s = quasis[0].value.raw as string;
        for (let i = 0; i < n.quasi.expressions.length; i++) {
          const v = this.value(n.quasi.expressions[i], frame, scope);
          s += toStr(v) + (quasis[i + 1].value.raw ?? '');
          this.size(s);
        }
        return s;
      }
      case 'Identifier': {
        const v = this.lookup(n.name, frame, scope);
        // An import: what the value flow knows of it (another module's answer, when it gave one).
        if (v === UNKNOWN && !frame && this.staticLookup(n.name, scope)?.kind === 'import') return this.fromFlow(n, frame, scope);
        return v;
      }
      case 'ThisExpression':
        return this.thisOf(frame);
      case 'ArrayExpression': {
        const out: Value[] = [];
        for (const el of n.elements as (Node | null)[]) {
          if (!el) out.push(undefined);
          else if (el.type === 'SpreadElement') out.push(...this.iterate(this.value(el.argument, frame, scope)));
          else out.push(this.value(el, frame, scope));
          this.size(out);
        }
        return out;
      }
      case 'ObjectExpression': {
        const out: { [k: string]: Value } = Object.create(null);
        for (const p of n.properties as Node[]) {
          if (p.type === 'SpreadElement') {
            const v = this.value(p.argument, frame, scope);
            if (isRecord(v)) Object.assign(out, v);
            else if (v !== null && v !== undefined && typeof v !== 'number' && typeof v !== 'boolean') return UNKNOWN;
            continue;
          }
          if (p.kind !== 'init') return UNKNOWN;
          const key = p.computed ? toKey(this.value(p.key, frame, scope)) : propertyKeyName(p);
          if (key === undefined || FORBIDDEN_KEYS.has(key)) return UNKNOWN;
          out[key] = isFunction(p.value) ? new Closure(p.value, frame, this.scopeOf(p.value) ?? scope) : this.value(p.value, frame, scope);
        }
        return out;
      }
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return new Closure(n, frame, this.scopeOf(n) ?? scope);
      case 'SequenceExpression': {
        let v: Value | Unknown = undefined;
        for (const e of n.expressions) v = this.expr(e, frame, scope);
        return v;
      }
      case 'ParenthesizedExpression':
      case 'ChainExpression':
        return this.expr(n.expression, frame, scope);
      case 'UnaryExpression':
        return this.unary(n, frame, scope);
      case 'BinaryExpression': {
        const l = this.expr(n.left, frame, scope);
        if (l === UNKNOWN) return UNKNOWN;
        const r = this.expr(n.right, frame, scope);
        if (r === UNKNOWN) return UNKNOWN;
        if (n.operator === '^') this.decoded.add('XOR');
        return this.size(binary(n.operator, l, r));
      }
      case 'LogicalExpression': {
        const l = this.expr(n.left, frame, scope);
        if (l === UNKNOWN) return UNKNOWN;
        if (n.operator === '&&') return truthy(l) ? this.expr(n.right, frame, scope) : l;
        if (n.operator === '||') return truthy(l) ? l : this.expr(n.right, frame, scope);
        return l === null || l === undefined ? this.expr(n.right, frame, scope) : l;
      }
      case 'ConditionalExpression': {
        const t = this.expr(n.test, frame, scope);
        if (t === UNKNOWN) return UNKNOWN;
        return this.expr(truthy(t) ? n.consequent : n.alternate, frame, scope);
      }
      case 'AssignmentExpression':
        return this.assignment(n, frame, scope);
      case 'UpdateExpression': {
        const cur = this.expr(n.argument, frame, scope);
        if (typeof cur !== 'number') return UNKNOWN;
        const next = n.operator === '++' ? cur + 1 : cur - 1;
        this.store(n.argument, next, frame, scope);
        return n.prefix ? next : cur;
      }
      case 'MemberExpression': {
        const obj = this.expr(n.object, frame, scope);
        if (obj === UNKNOWN) return this.fromFlow(n, frame, scope);
        if (n.optional && (obj === null || obj === undefined)) return undefined;
        const key = n.computed ? this.expr(n.property, frame, scope) : memberName(n);
        if (key === UNKNOWN || key === undefined) return UNKNOWN;
        return this.member(obj, key as Value);
      }
      case 'CallExpression':
      case 'NewExpression':
        return this.callExpression(n, frame, scope);
      case 'AwaitExpression':
        return UNKNOWN;
    }
    return UNKNOWN;
  }

  /** An expression's value where nothing unknown can be carried on: gives up the evaluation instead. */
  private value(n: Node, frame: Frame | undefined, scope: Scope | undefined): Value {
    const v = this.expr(n, frame, scope);
    if (v === UNKNOWN) throw new Abort();
    return v;
  }

  private unary(n: Node, frame: Frame | undefined, scope: Scope | undefined): Value | Unknown {
    if (n.operator === 'typeof') {
      if (n.argument.type === 'Identifier') {
        const v = this.lookup(n.argument.name, frame, scope);
        if (v === UNKNOWN) return UNKNOWN;
        return typeOf(v);
      }
      const v = this.expr(n.argument, frame, scope);
      return v === UNKNOWN ? UNKNOWN : typeOf(v);
    }
    if (n.operator === 'delete') {
      const t = n.argument;
      if (t.type !== 'MemberExpression') return true;
      const obj = this.expr(t.object, frame, scope);
      const key = t.computed ? this.expr(t.property, frame, scope) : memberName(t);
      if (isRecord(obj) && typeof key === 'string') {
        delete obj[key];
        return true;
      }
      return UNKNOWN;
    }
    const v = this.expr(n.argument, frame, scope);
    if (v === UNKNOWN) return UNKNOWN;
    switch (n.operator) {
      case '!':
        return !truthy(v);
      case '-':
        return typeof v === 'bigint' ? -v : -toNum(v);
      case '+':
        return toNum(v);
      case '~':
        return typeof v === 'bigint' ? ~v : ~toNum(v);
      case 'void':
        return undefined;
    }
    return UNKNOWN;
  }

  private assignment(n: Node, frame: Frame | undefined, scope: Scope | undefined): Value | Unknown {
    const op = n.operator as string;
    if (op === '=') {
      const v = this.expr(n.right, frame, scope);
      if (v === UNKNOWN) return UNKNOWN;
      if (n.left.type === 'ObjectPattern' || n.left.type === 'ArrayPattern') this.bindPattern(n.left, v, frame, scope, 'assign');
      else this.store(n.left, v, frame, scope);
      return v;
    }
    const cur = this.expr(n.left, frame, scope);
    if (cur === UNKNOWN) return UNKNOWN;
    const logical = op.slice(0, -1);
    if (logical === '&&' || logical === '||' || logical === '??') {
      const keep = logical === '&&' ? !truthy(cur) : logical === '||' ? truthy(cur) : cur !== null && cur !== undefined;
      if (keep) return cur;
      const v = this.expr(n.right, frame, scope);
      if (v === UNKNOWN) return UNKNOWN;
      this.store(n.left, v, frame, scope);
      return v;
    }
    const r = this.expr(n.right, frame, scope);
    if (r === UNKNOWN) return UNKNOWN;
    if (logical === '^') this.decoded.add('XOR');
    const v = this.size(binary(logical, cur, r));
    this.store(n.left, v, frame, scope);
    return v;
  }

  private store(target: Node, v: Value | Unknown, frame: Frame | undefined, scope: Scope | undefined): void {
    if (target.type === 'Identifier') return this.assignName(target.name, v, frame, scope);
    if (target.type === 'MemberExpression') {
      const obj = this.expr(target.object, frame, scope);
      const key = target.computed ? this.expr(target.property, frame, scope) : memberName(target);
      if (obj === UNKNOWN || key === UNKNOWN || key === undefined) throw new Abort();
      if (v === UNKNOWN) throw new Abort();
      return this.setMember(obj, key as Value, v);
    }
    throw new Abort();
  }

  private setMember(obj: Value, key: Value, v: Value): void {
    if (typeof key === 'number' && key >= 0 && Number.isInteger(key) && key < this.budget.maxArray) {
      if (Array.isArray(obj)) {
        obj[key] = v;
        return;
      }
      if (obj instanceof Bytes && typeof v === 'number') {
        obj.data[key] = v;
        return;
      }
    }
    const k = toKey(key);
    if (k === undefined || FORBIDDEN_KEYS.has(k)) throw new Abort();
    if (Array.isArray(obj)) {
      if (/^\d+$/.test(k)) {
        const i = Number(k);
        if (i >= this.budget.maxArray) throw new Abort();
        obj[i] = v;
      } else if (k === 'length' && typeof v === 'number' && v >= 0 && v <= this.budget.maxArray) obj.length = v;
      else (obj as unknown as Record<string, Value>)[k] = v;
      return;
    }
    if (obj instanceof Bytes) {
      if (/^\d+$/.test(k) && typeof v === 'number') {
        obj.data[Number(k)] = v;
        return;
      }
      throw new Abort();
    }
    if (obj instanceof Closure) {
      (obj.props ??= new Map()).set(k, v);
      return;
    }
    if (obj instanceof RegexValue && k === 'lastIndex' && typeof v === 'number') {
      obj.lastIndex = v;
      return;
    }
    if (isRecord(obj)) {
      obj[k] = v;
      return;
    }
    if (obj === null || obj === undefined) throw new Thrown(new ErrorValue(`Cannot set properties of ${obj}`));
    throw new Abort();
  }

  member(obj: Value, key: Value): Value | Unknown {
    if (obj === null || obj === undefined) throw new Thrown(new ErrorValue(`Cannot read properties of ${obj}`));
    if (typeof key === 'number' && key >= 0 && Number.isInteger(key)) {
      // The hot path of every decoder loop: an index into a string, a list or bytes.
      if (typeof obj === 'string') return obj[key];
      if (Array.isArray(obj)) return obj[key];
      if (obj instanceof Bytes) return obj.data[key];
    }
    const k = toKey(key);
    if (k === undefined || FORBIDDEN_KEYS.has(k)) return UNKNOWN;
    if (typeof obj === 'string') {
      if (k === 'length') return obj.length;
      if (/^\d+$/.test(k)) return obj[Number(k)];
      return STRING_METHODS.has(k) ? new Builtin('str.' + k, obj) : undefined;
    }
    if (Array.isArray(obj)) {
      if (k === 'length') return obj.length;
      if (/^\d+$/.test(k)) return obj[Number(k)];
      if (ARRAY_METHODS.has(k)) return new Builtin('arr.' + k, obj);
      const own = (obj as unknown as Record<string, Value>)[k];
      return Object.prototype.hasOwnProperty.call(obj, k) ? own : undefined;
    }
    if (typeof obj === 'number') return k === 'toString' || k === 'toFixed' ? new Builtin('num.' + k, obj) : undefined;
    if (typeof obj === 'bigint') return k === 'toString' ? new Builtin('big.toString', obj) : undefined;
    if (typeof obj === 'boolean') return k === 'toString' ? new Builtin('bool.toString', obj) : undefined;
    if (obj instanceof Bytes) {
      if (k === 'length' || k === 'byteLength') return obj.data.length;
      if (/^\d+$/.test(k)) return obj.data[Number(k)];
      // Its memory, as a view of its own from offset 0 (`new Int16Array(raw.buffer, raw.byteOffset, …)`).
      if (k === 'buffer') return obj;
      if (k === 'byteOffset') return 0;
      if (BYTES_METHODS.has(k)) return new Builtin('bytes.' + k, obj);
      return undefined;
    }
    if (obj instanceof MapValue) return k === 'size' ? obj.map.size : MAP_METHODS.has(k) ? new Builtin('map.' + k, obj) : undefined;
    if (obj instanceof SetValue) return k === 'size' ? obj.set.size : SET_METHODS.has(k) ? new Builtin('set.' + k, obj) : undefined;
    if (obj instanceof HashValue) return k === 'update' || k === 'digest' ? new Builtin('hash.' + k, obj) : undefined;
    if (obj instanceof GeneratorValue) return k === 'next' || k === 'return' ? new Builtin('gen.' + k, obj) : undefined;
    if (obj instanceof DecoderObject) return (k === 'decode' && obj.kind === 'TextDecoder') || (k === 'encode' && obj.kind === 'TextEncoder') ? new Builtin(`${obj.kind}.${k}`, obj) : undefined;
    if (obj instanceof RegexValue) {
      if (k === 'source') return obj.pattern;
      if (k === 'flags') return obj.flags;
      if (k === 'global') return obj.flags.includes('g');
      if (k === 'lastIndex') return obj.lastIndex;
      return k === 'test' || k === 'exec' ? new Builtin('re.' + k, obj) : undefined;
    }
    if (obj instanceof ErrorValue) return k === 'message' ? obj.message : undefined;
    if (obj instanceof Closure) {
      if (obj.props?.has(k)) return obj.props.get(k);
      if (k === 'call' || k === 'apply' || k === 'bind') return new Builtin('fn.' + k, obj);
      if (k === 'length') return (obj.node.params as Node[]).length;
      if (k === 'name') return obj.node.id?.name ?? '';
      return undefined;
    }
    if (obj instanceof Builtin) {
      if (k === 'call' || k === 'apply' || k === 'bind') return new Builtin('fn.' + k, obj);
      const name = obj.name === 'globalThis' ? k : `${obj.name}.${k}`;
      if (obj.name === 'globalThis') return GLOBALS.has(name) ? new Builtin(name) : UNKNOWN;
      if (STATIC_BUILTINS.has(name)) return new Builtin(name);
      if (name in CONSTANTS) return CONSTANTS[name];
      return UNKNOWN;
    }
    if (isRecord(obj)) return k in obj ? obj[k] : undefined;
    return UNKNOWN;
  }

  /** A Node built-in the interpreter runs, that a callee it cannot follow stands for (see ProgramView.moduleFunctionOf). */
  private moduleFunction(callee: Node, scope: Scope | undefined): Builtin | undefined {
    if (!scope || !this.program.moduleFunctionOf) return undefined;
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? memberName(callee) : undefined;
    // (By name first: a callee is asked of the value flow only when it can be one of them, or is renamed by an import.)
    if (!name || (!DECOMPRESS.has(`zlib.${name}`) && name !== 'createHash' && !(callee.type === 'Identifier' && this.staticLookup(name, scope)?.kind === 'import'))) return undefined;
    const ref = this.program.moduleFunctionOf(callee, scope)?.replace(/^node:/, '');
    return ref && (DECOMPRESS.has(ref) || ref === 'crypto.createHash') ? new Builtin(ref) : undefined;
  }

  private callExpression(n: Node, frame: Frame | undefined, scope: Scope | undefined): Value | Unknown {
    const callee = unwrap(n.callee);
    let fn: Value | Unknown;
    let thisValue: Value | undefined;
    if (callee.type === 'MemberExpression') {
      const obj = this.expr(callee.object, frame, scope);
      // A method of something the interpreter cannot follow (`list_.KNOWN()`, a function another
      // module exports): what the value flow knows the call gives, as for a member of it.
      if (obj === UNKNOWN) {
        // (`zlib.inflateRawSync(…)`, `import_zlib.default.gunzipSync(…)`: a built-in it runs.)
        const known = this.moduleFunction(callee, scope);
        if (!known) return this.fromFlow(n, frame, scope);
        fn = known;
      } else {
        if (callee.optional && (obj === null || obj === undefined)) return undefined;
        const key = callee.computed ? this.expr(callee.property, frame, scope) : memberName(callee);
        if (key === UNKNOWN || key === undefined) return UNKNOWN;
        fn = this.member(obj, key as Value);
        thisValue = obj;
      }
    } else {
      // An imported function called for its value (`ENTRIES()`): the call is what the flow knows, and what it asks the other module for.
      if (!frame && callee.type === 'Identifier' && !n.arguments.length && this.staticLookup(callee.name, scope)?.kind === 'import') return this.fromFlow(n, frame, scope);
      fn = this.expr(callee, frame, scope);
      if (fn === UNKNOWN && callee.type === 'Identifier') fn = this.moduleFunction(callee, scope) ?? UNKNOWN;
      // The same for a function under a name the interpreter cannot follow (destructured from a module).
      if (fn === UNKNOWN && callee.type === 'Identifier') return this.fromFlow(n, frame, scope);
    }
    if (fn === UNKNOWN) return UNKNOWN;
    if (n.optional && (fn === null || fn === undefined)) return undefined;
    const args: Value[] = [];
    for (const a of n.arguments as Node[]) {
      if (a.type === 'SpreadElement') args.push(...this.iterate(this.value(a.argument, frame, scope)));
      else {
        const v = this.expr(a, frame, scope);
        if (v === UNKNOWN) return UNKNOWN;
        args.push(v);
      }
    }
    return this.call(fn, args, thisValue, n.type === 'NewExpression');
  }

  call(fn: Value, args: Value[], thisValue: Value | undefined, isNew: boolean): Value | Unknown {
    this.tick();
    if (fn instanceof Closure) {
      if (isNew) return UNKNOWN;
      return this.invoke(fn, fn.boundArgs ? [...fn.boundArgs, ...args] : args, fn.boundThis !== undefined ? fn.boundThis : thisValue);
    }
    if (!(fn instanceof Builtin)) {
      if (fn === undefined || fn === null || typeof fn !== 'object') throw new Thrown(new ErrorValue('not a function'));
      return UNKNOWN;
    }
    // `Object.prototype.hasOwnProperty.call(o, k)`: the receiver comes with the call.
    if (fn.self === undefined && thisValue !== undefined && fn.name === 'Object.prototype.hasOwnProperty') fn = new Builtin(fn.name, thisValue);
    if (fn.name.startsWith('fn.')) return this.functionMethod(fn, args);
    if (fn.self instanceof GeneratorValue) return this.generatorMethod(fn.name, fn.self, args);
    const r = callBuiltin(fn, args, isNew, this);
    if (r === UNKNOWN) return UNKNOWN;
    return this.size(r);
  }

  private functionMethod(fn: Builtin, args: Value[]): Value | Unknown {
    const target = fn.self as Value;
    switch (fn.name) {
      case 'fn.call':
        return this.call(target, args.slice(1), args[0], false);
      case 'fn.apply': {
        const list = args[1] === undefined || args[1] === null ? [] : this.iterate(args[1]);
        return this.call(target, list, args[0], false);
      }
      case 'fn.bind':
        if (target instanceof Closure) return new Closure(target.node, target.frame, target.scope, args[0], args.slice(1));
        return UNKNOWN;
    }
    return UNKNOWN;
  }

  invoke(fn: Closure, args: Value[], thisValue: Value | undefined): Value | Unknown {
    // A generator function's call runs nothing yet: what it yields is run for when it is read.
    if (fn.node.generator) return fn.node.async || !this.generatorRunnable(fn.node) ? UNKNOWN : new GeneratorValue(fn, args, thisValue);
    return this.runBody(fn, args, thisValue);
  }

  private runBody(fn: Closure, args: Value[], thisValue: Value | undefined): Value | Unknown {
    if (++this.depth > this.budget.maxDepth) throw new Abort();
    try {
      const node = fn.node;
      const frame: Frame = { vars: new Map(), parent: fn.frame, fn: node.type === 'ArrowFunctionExpression' ? undefined : { thisValue: thisValue ?? undefined } };
      const scope = fn.scope;
      if (node.type !== 'ArrowFunctionExpression') {
        // A named function expression sees its own name.
        if (node.type === 'FunctionExpression' && node.id) frame.vars.set(node.id.name, { v: fn });
        frame.vars.set('arguments', { v: args });
      }
      const params = node.params as Node[];
      for (let i = 0; i < params.length; i++) {
        const p = params[i];
        if (p.type === 'RestElement') this.bindPattern(p.argument, args.slice(i), frame, scope, 'let');
        else this.bindPattern(p, args[i], frame, scope, 'let');
      }
      if (node.expression) return this.expr(node.body, frame, scope);
      const body = node.body.body as Node[];
      this.hoist(node.body, frame, scope);
      const r = this.block(body, frame, scope);
      if (r instanceof ReturnSignal) return r.value;
      if (r) throw new Abort();
      return undefined;
    } finally {
      this.depth--;
    }
  }

  /**
   * Whether a generator's body can be run again from its start to give more values: every
   * assignment in it is to a name declared in it (or a parameter), and every yield is a statement
   * of its own (the value `next(v)` hands back is never used).
   */
  private generatorRunnable(node: Node): boolean {
    let ok = this.runnable.get(node);
    if (ok !== undefined) return ok;
    const own: string[] = [];
    for (const p of node.params as Node[]) collectNames(p.type === 'RestElement' ? p.argument : p, own);
    ok = true;
    let seen = 0;
    const writes: Node[] = [];
    let yields = 0;
    let statements = 0;
    const calls: Node[] = [];
    forEachDescendant(node.body, (x) => {
      if (!ok || ++seen > 5000) return (ok = false);
      if (isFunction(x)) return false;
      if (x.type === 'VariableDeclarator') collectNames(x.id, own);
      else if (x.type === 'AssignmentExpression') writes.push(x.left);
      else if (x.type === 'UpdateExpression') writes.push(x.argument);
      else if (x.type === 'YieldExpression') yields++;
      else if (x.type === 'ExpressionStatement' && x.expression.type === 'YieldExpression') statements++;
      // (`ks.next()`, `queue.shift()` on what it was given: state outside it, moved on by each run.)
      // (A value the body makes, `p.split("").reverse()`, is its own.)
      else if (x.type === 'CallExpression' && unwrap(x.callee).type === 'MemberExpression' && STATEFUL_METHODS.has(memberName(unwrap(x.callee)) ?? '') && /^(Identifier|MemberExpression|ThisExpression)$/.test(unwrap(unwrap(x.callee).object).type)) calls.push(unwrap(x.callee).object);
      return true;
    });
    const local = (target: Node): boolean => {
      let t = unwrap(target);
      while (t.type === 'MemberExpression') t = unwrap(t.object);
      return t.type === 'Identifier' && own.includes(t.name);
    };
    ok &&= yields === statements && writes.every(local) && calls.every((c) => local(c) && !(node.params as Node[]).some((p) => p.type === 'Identifier' && unwrap(c).type === 'Identifier' && unwrap(c).name === p.name));
    this.runnable.set(node, ok);
    return ok;
  }

  /** Runs a generator's body from its start until it has yielded `want` values or returns. */
  private runGenerator(g: GeneratorValue, want: number): void {
    if (want > MAX_YIELDS) throw new Abort();
    const cap = Math.min(MAX_YIELDS, Math.max(want, 16, g.buffer.length * 2));
    const saved = this.yielding;
    const run = { out: [] as Value[], cap };
    this.yielding = run;
    try {
      const r = this.runBody(g.fn, g.args, g.thisValue);
      if (r === UNKNOWN) throw new Abort();
      g.finished = true;
      g.returned = r;
    } catch (err) {
      if (!(err instanceof YieldCap)) throw err;
    } finally {
      this.yielding = saved;
    }
    g.buffer = run.out;
  }

  /** A generator's next result: `{ value, done }`. */
  private generatorNext(g: GeneratorValue): { value: Value; done: boolean } {
    if (g.taken >= g.buffer.length && !g.finished && !g.closed) this.runGenerator(g, g.taken + 1);
    if (g.taken < g.buffer.length && !g.closed) return { value: g.buffer[g.taken++], done: false };
    const value = g.closed ? undefined : g.returned;
    g.closed = true;
    return { value, done: true };
  }

  private generatorMethod(name: string, g: GeneratorValue, args: Value[]): Value | Unknown {
    const record = (value: Value, done: boolean) => Object.assign(Object.create(null) as Record<string, Value>, { value, done });
    // (`next(v)` hands v to the yield it resumes, whose value the body never uses: generatorRunnable.)
    if (name === 'gen.next') {
      const r = this.generatorNext(g);
      return record(r.value, r.done);
    }
    if (name === 'gen.return') {
      g.closed = true;
      return record(args[0], true);
    }
    return UNKNOWN;
  }

  /** What a generator gives from here on to its end (a spread, `Array.from`): it must end within MAX_YIELDS. */
  private generatorRest(g: GeneratorValue): Value[] {
    while (!g.finished && !g.closed) this.runGenerator(g, Math.max(g.buffer.length * 2, 16));
    const rest = g.closed ? [] : g.buffer.slice(g.taken);
    g.taken = g.buffer.length;
    g.closed = true;
    return rest;
  }

  /** A generator's values one at a time, for a for…of loop. */
  private *pull(g: GeneratorValue): Generator<Value> {
    for (;;) {
      const r = this.generatorNext(g);
      if (r.done) return;
      yield r.value;
    }
  }

  /** A `yield` statement of the generator being run. */
  private yieldStatement(y: Node, frame: Frame, scope: Scope | undefined): void {
    const run = this.yielding;
    if (!run) throw new Abort();
    const v = y.argument ? this.value(y.argument, frame, scope) : undefined;
    for (const x of y.delegate ? this.iterate(v) : [v]) {
      if (run.out.length >= run.cap) throw new YieldCap();
      run.out.push(x);
      this.charge(1);
    }
    if (run.out.length >= run.cap) throw new YieldCap();
  }

  /** `var` names and function declarations of a function body, declared at entry as JavaScript hoists them. */
  private hoist(body: Node, frame: Frame, scope: Scope | undefined): void {
    let names = this.hoisted.get(body);
    if (!names) {
      names = [];
      const stack: Node[] = [...(body.body as Node[])];
      while (stack.length && names.length < 4096) {
        const s = stack.pop()!;
        if (!s || isFunction(s) || s.type === 'ClassDeclaration' || s.type === 'ClassExpression') continue;
        if (s.type === 'VariableDeclaration' && s.kind === 'var') for (const d of s.declarations as Node[]) collectNames(d.id, names);
        for (const k of ['body', 'consequent', 'alternate', 'block', 'handler', 'finalizer', 'cases', 'init', 'left']) {
          const c = s[k];
          if (Array.isArray(c)) stack.push(...c);
          else if (c && typeof c === 'object' && typeof c.type === 'string') stack.push(c);
        }
      }
      this.hoisted.set(body, names);
    }
    for (const name of names) if (!frame.vars.has(name)) frame.vars.set(name, { v: undefined });
    this.declareFunctions(body.body as Node[], frame, scope);
  }

  private declareFunctions(body: Node[], frame: Frame, scope: Scope | undefined): void {
    for (const s of body) if (s.type === 'FunctionDeclaration' && s.id) frame.vars.set(s.id.name, { v: new Closure(s, frame, this.scopeOf(s) ?? scope) });
  }

  /** Binds a pattern (parameter, declaration, assignment target) to a value. */
  private bindPattern(p: Node, v: Value | Unknown, frame: Frame | undefined, scope: Scope | undefined, mode: 'let' | 'assign'): void {
    switch (p.type) {
      case 'Identifier':
        if (mode === 'let') {
          if (!frame) throw new Abort();
          frame.vars.set(p.name, { v });
        } else this.assignName(p.name, v, frame, scope);
        return;
      case 'MemberExpression':
        if (mode === 'assign') return this.store(p, v, frame, scope);
        throw new Abort();
      case 'AssignmentPattern': {
        const val = v === undefined ? this.expr(p.right, frame, scope) : v;
        return this.bindPattern(p.left, val, frame, scope, mode);
      }
      case 'ArrayPattern': {
        if (v === UNKNOWN) throw new Abort();
        const items = this.iterate(v);
        (p.elements as (Node | null)[]).forEach((el, i) => {
          if (!el) return;
          if (el.type === 'RestElement') this.bindPattern(el.argument, items.slice(i), frame, scope, mode);
          else this.bindPattern(el, items[i], frame, scope, mode);
        });
        return;
      }
      case 'ObjectPattern': {
        if (v === UNKNOWN || v === null || v === undefined) throw new Abort();
        const used: string[] = [];
        for (const prop of p.properties as Node[]) {
          if (prop.type === 'RestElement') {
            if (!isRecord(v)) throw new Abort();
            const rest: { [k: string]: Value } = Object.create(null);
            for (const k of Object.keys(v)) if (!used.includes(k)) rest[k] = v[k];
            this.bindPattern(prop.argument, rest, frame, scope, mode);
            continue;
          }
          const key = prop.computed ? toKey(this.value(prop.key, frame, scope)) : propertyKeyName(prop);
          if (key === undefined) throw new Abort();
          used.push(key);
          this.bindPattern(prop.value, this.member(v, key), frame, scope, mode);
        }
        return;
      }
    }
    throw new Abort();
  }

  /** The elements a for…of loop or a spread takes from a value. */
  iterate(v: Value): Value[] {
    if (typeof v === 'string') return [...v];
    if (Array.isArray(v)) return v;
    if (v instanceof Bytes) return Array.from(v.data);
    if (v instanceof SetValue) return [...v.set];
    if (v instanceof MapValue) return [...v.map].map(([k, x]) => [k, x]);
    if (isRecord(v) && typeof v.length === 'number' && v.length <= this.budget.maxArray) return Array.from({ length: v.length }, (_, i) => v[i]);
    if (v instanceof GeneratorValue) return this.generatorRest(v);
    throw new Thrown(new ErrorValue('not iterable'));
  }

  // --- Statements -------------------------------------------------------------------------

  private block(body: Node[], frame: Frame, scope: Scope | undefined): Completion {
    for (const s of body) {
      const r = this.stmt(s, frame, scope);
      if (r) return r;
    }
    return undefined;
  }

  private stmt(s: Node, frame: Frame, scope: Scope | undefined): Completion {
    this.tick();
    switch (s.type) {
      case 'EmptyStatement':
      case 'FunctionDeclaration':
        return undefined;
      case 'ExpressionStatement':
        if (s.expression.type === 'YieldExpression') {
          this.yieldStatement(s.expression, frame, scope);
          return undefined;
        }
        if (this.expr(s.expression, frame, scope) === UNKNOWN) throw new Abort();
        return undefined;
      case 'VariableDeclaration':
        for (const d of s.declarations as Node[]) {
          const v = d.init ? this.expr(d.init, frame, scope) : undefined;
          if (v === UNKNOWN) throw new Abort();
          if (s.kind === 'var' && d.id.type === 'Identifier' && !d.init) continue; // hoisted, keeps its value
          if (s.kind === 'var') this.bindPattern(d.id, v, frame, scope, 'assign');
          else this.bindPattern(d.id, v, frame, scope, 'let');
        }
        return undefined;
      case 'ReturnStatement': {
        const v = s.argument ? this.expr(s.argument, frame, scope) : undefined;
        if (v === UNKNOWN) throw new Abort();
        return new ReturnSignal(v);
      }
      case 'ThrowStatement':
        throw new Thrown(this.value(s.argument, frame, scope));
      case 'IfStatement': {
        const t = this.expr(s.test, frame, scope);
        if (t === UNKNOWN) throw new Abort();
        if (truthy(t)) return this.stmt(s.consequent, frame, scope);
        return s.alternate ? this.stmt(s.alternate, frame, scope) : undefined;
      }
      case 'BlockStatement': {
        const inner: Frame = { vars: new Map(), parent: frame };
        this.declareFunctions(s.body, inner, scope);
        return this.block(s.body, inner, scope);
      }
      case 'BreakStatement':
        return new BreakSignal(s.label ? s.label.name : null);
      case 'ContinueStatement':
        return new ContinueSignal(s.label ? s.label.name : null);
      case 'LabeledStatement': {
        const r = this.stmt(s.body, frame, scope);
        if (r instanceof BreakSignal && r.label === s.label.name) return undefined;
        return r;
      }
      case 'TryStatement':
        return this.tryStatement(s, frame, scope);
      case 'SwitchStatement':
        return this.switchStatement(s, frame, scope);
      case 'ForStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'ForOfStatement':
      case 'ForInStatement':
        return this.loop(s, frame, scope, null);
    }
    throw new Abort();
  }

  private tryStatement(s: Node, frame: Frame, scope: Scope | undefined): Completion {
    let result: Completion;
    try {
      result = this.stmt(s.block, frame, scope);
    } catch (err) {
      if (!(err instanceof Thrown) || !s.handler) throw err;
      const inner: Frame = { vars: new Map(), parent: frame };
      if (s.handler.param) this.bindPattern(s.handler.param, err.value, inner, scope, 'let');
      result = this.stmt(s.handler.body, inner, scope);
    } finally {
      if (s.finalizer) {
        const f = this.stmt(s.finalizer, frame, scope);
        if (f) return f;
      }
    }
    return result;
  }

  private switchStatement(s: Node, frame: Frame, scope: Scope | undefined): Completion {
    const d = this.value(s.discriminant, frame, scope);
    const inner: Frame = { vars: new Map(), parent: frame };
    const cases = s.cases as Node[];
    let start = -1;
    for (let i = 0; i < cases.length && start < 0; i++) {
      const c = cases[i];
      if (c.test && binary('===', d, this.value(c.test, inner, scope)) === true) start = i;
    }
    if (start < 0) start = cases.findIndex((c) => !c.test);
    if (start < 0) return undefined;
    for (let i = start; i < cases.length; i++) {
      const r = this.block(cases[i].consequent, inner, scope);
      if (r instanceof BreakSignal && r.label === null) return undefined;
      if (r) return r;
    }
    return undefined;
  }

  private loop(s: Node, frame: Frame, scope: Scope | undefined, label: string | null): Completion {
    const body = (loopFrame: Frame): Completion | 'break' => {
      const r = this.stmt(s.body, loopFrame, scope);
      if (r instanceof BreakSignal && (r.label === null || r.label === label)) return 'break';
      if (r instanceof ContinueSignal && (r.label === null || r.label === label)) return undefined;
      return r;
    };
    switch (s.type) {
      case 'ForStatement': {
        const loop: Frame = { vars: new Map(), parent: frame };
        if (s.init) {
          if (s.init.type === 'VariableDeclaration') this.stmt(s.init, loop, scope);
          else if (this.expr(s.init, loop, scope) === UNKNOWN) throw new Abort();
        }
        for (;;) {
          if (s.test) {
            const t = this.expr(s.test, loop, scope);
            if (t === UNKNOWN) throw new Abort();
            if (!truthy(t)) break;
          }
          const r = body(loop);
          if (r === 'break') break;
          if (r) return r;
          if (s.update && this.expr(s.update, loop, scope) === UNKNOWN) throw new Abort();
        }
        return undefined;
      }
      case 'WhileStatement':
      case 'DoWhileStatement': {
        let first = s.type === 'DoWhileStatement';
        for (;;) {
          if (!first) {
            const t = this.expr(s.test, frame, scope);
            if (t === UNKNOWN) throw new Abort();
            if (!truthy(t)) break;
          }
          first = false;
          const r = body(frame);
          if (r === 'break') break;
          if (r) return r;
        }
        return undefined;
      }
      default: {
        const right = this.value(s.right, frame, scope);
        // (A generator is pulled one value at a time: a loop that breaks out of an endless one ends.)
        const items = s.type !== 'ForOfStatement' ? forInKeys(right) : right instanceof GeneratorValue ? this.pull(right) : this.iterate(right);
        const decl = s.left.type === 'VariableDeclaration' ? s.left : undefined;
        const target = decl ? decl.declarations[0].id : s.left;
        for (const item of items) {
          this.tick();
          const loop: Frame = { vars: new Map(), parent: frame };
          this.bindPattern(target, item, loop, scope, decl && decl.kind !== 'var' ? 'let' : 'assign');
          const r = body(loop);
          if (r === 'break') break;
          if (r) return r;
        }
        return undefined;
      }
    }
  }
}

// --- Values ---------------------------------------------------------------------------------

function isRecord(v: unknown): v is { [k: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === null;
}

/** The names a parameter or declaration pattern binds, added to `out`. */
export function collectNames(p: Node, out: string[]): void {
  if (!p) return;
  if (p.type === 'Identifier') out.push(p.name);
  else if (p.type === 'ObjectPattern') for (const prop of p.properties as Node[]) collectNames(prop.type === 'RestElement' ? prop.argument : prop.value, out);
  else if (p.type === 'ArrayPattern') for (const el of p.elements as (Node | null)[]) el && collectNames(el.type === 'RestElement' ? el.argument : el, out);
  else if (p.type === 'AssignmentPattern') collectNames(p.left, out);
}

function forInKeys(v: Value): Value[] {
  if (typeof v === 'string' || Array.isArray(v)) return Object.keys(v);
  if (isRecord(v)) return Object.keys(v);
  if (v instanceof Bytes) return Object.keys(Array.from(v.data));
  return [];
}

function typeOf(v: Value): string {
  if (v instanceof Closure || v instanceof Builtin) return 'function';
  if (v === null) return 'object';
  return typeof v;
}

export function truthy(v: Value): boolean {
  if (typeof v === 'object' && v !== null) return true;
  return !!v;
}

/** A property key from a value, as JavaScript converts it. */
function toKey(v: Value | Unknown): string | undefined {
  if (v === UNKNOWN) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return undefined;
}

/** ToPrimitive for the values the interpreter knows. */
function prim(v: Value): string | number | bigint | boolean | null | undefined {
  if (v === null || v === undefined || typeof v !== 'object') return v as string | number | bigint | boolean | null | undefined;
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? '' : toStr(x))).join(',');
  if (v instanceof Bytes) return Array.from(v.data).join(',');
  if (v instanceof RegexValue) return `/${v.pattern}/${v.flags}`;
  if (v instanceof ErrorValue) return `Error: ${v.message}`;
  if (isRecord(v)) return '[object Object]';
  throw new Abort();
}

function toStr(v: Value): string {
  return String(prim(v));
}

function toNum(v: Value): number {
  return Number(prim(v));
}

function binary(op: string, lv: Value, rv: Value): Value {
  switch (op) {
    case '===':
      return lv === rv;
    case '!==':
      return lv !== rv;
    case 'in':
      if (isRecord(rv)) return toStr(lv) in rv;
      if (Array.isArray(rv)) return toStr(lv) in rv;
      throw new Abort();
    case 'instanceof':
      throw new Abort();
  }
  const l = prim(lv) as never;
  const r = prim(rv) as never;
  if (typeof l === 'bigint' || typeof r === 'bigint') return bigBinary(op, l, r);
  switch (op) {
    case '+':
      return (l as number) + (r as number);
    case '-':
      return l - r;
    case '*':
      return l * r;
    case '/':
      return l / r;
    case '%':
      return l % r;
    case '**':
      return (l as number) ** (r as number);
    case '^':
      return l ^ r;
    case '&':
      return l & r;
    case '|':
      return l | r;
    case '<<':
      return l << r;
    case '>>':
      return l >> r;
    case '>>>':
      return l >>> r;
    case '<':
      return l < r;
    case '>':
      return l > r;
    case '<=':
      return l <= r;
    case '>=':
      return l >= r;
    case '==':
      // eslint-disable-next-line eqeqeq
      return l == r;
    case '!=':
      // eslint-disable-next-line eqeqeq
      return l != r;
  }
  throw new Abort();
}

/** The largest big integer an evaluation may make (4096 bits): packed lists are far smaller. */
const MAX_BIG = 1n << 4096n;

function bigOf(digits: string): bigint | Unknown {
  try {
    return digits.length <= 1300 ? BigInt(digits) : UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}

/** An operator on big integers (one side may be a number or text where JavaScript allows it: `+` joins text, comparisons mix). */
function bigBinary(op: string, l: string | number | bigint | boolean | null | undefined, r: string | number | bigint | boolean | null | undefined): Value {
  if (op === '+' && (typeof l === 'string' || typeof r === 'string')) return String(l) + String(r);
  if (op === '<' || op === '>' || op === '<=' || op === '>=' || op === '==' || op === '!=') {
    if ((typeof l !== 'bigint' && typeof l !== 'number') || (typeof r !== 'bigint' && typeof r !== 'number')) throw new Abort();
    // eslint-disable-next-line eqeqeq
    return op === '<' ? l < r : op === '>' ? l > r : op === '<=' ? l <= r : op === '>=' ? l >= r : op === '==' ? l == r : l != r;
  }
  // (Mixing a big integer with a number in arithmetic throws in JavaScript.)
  if (typeof l !== 'bigint' || typeof r !== 'bigint') throw new Abort();
  // Bounded before it is computed: a power or a shift can make a number too large to hold.
  if (op === '**' && (r < 0n || (r > 1n && (l > 1n || l < -1n) && r * BigInt(l.toString(2).length) > 4096n))) throw new Abort();
  if (op === '<<' && r > 4096n) throw new Abort();
  switch (op) {
    case '+':
      return l + r;
    case '-':
      return l - r;
    case '*':
      return l * r;
    case '/':
      if (r === 0n) throw new Abort();
      return l / r;
    case '%':
      if (r === 0n) throw new Abort();
      return l % r;
    case '**':
      return l ** r;
    case '&':
      return l & r;
    case '|':
      return l | r;
    case '^':
      return l ^ r;
    case '<<':
      return l << r;
    case '>>':
      if (r < -4096n) throw new Abort();
      return l >> r;
  }
  throw new Abort();
}

/** Whether a value holds a big integer (which stays inside the interpreter), looking at up to `budget` elements; too many to look at counts as holding one. */
function holdsBig(v: Value, depth: number, budget: { left: number }): boolean {
  if (typeof v === 'bigint') return true;
  if (v === null || typeof v !== 'object' || !(Array.isArray(v) || Object.getPrototypeOf(v) === null)) return false;
  if (--budget.left < 0 || depth > 8) return true;
  const xs = Array.isArray(v) ? v : Object.values(v as Record<string, Value>);
  for (const x of xs) if (typeof x === 'bigint' || (typeof x === 'object' && x !== null && holdsBig(x, depth + 1, budget))) return true;
  return false;
}

export function applyPath(v: Value, path: (string | number)[]): Value | Unknown {
  let cur: Value = v;
  for (const key of path) {
    if (key === '...') return UNKNOWN;
    if (Array.isArray(cur) && typeof key === 'number') cur = cur[key];
    else if (isRecord(cur)) cur = cur[String(key)];
    else return UNKNOWN;
  }
  return cur;
}

// --- Builtins -------------------------------------------------------------------------------

const STRING_METHODS = new Set(['split', 'charCodeAt', 'codePointAt', 'charAt', 'slice', 'substring', 'substr', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'replace', 'replaceAll', 'trim', 'trimStart', 'trimEnd', 'trimLeft', 'trimRight', 'padStart', 'padEnd', 'repeat', 'concat', 'indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'at', 'normalize', 'toString', 'valueOf', 'match', 'search', 'localeCompare']);
const ARRAY_METHODS = new Set(['join', 'reverse', 'map', 'filter', 'reduce', 'reduceRight', 'slice', 'splice', 'concat', 'indexOf', 'lastIndexOf', 'includes', 'forEach', 'push', 'pop', 'shift', 'unshift', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flat', 'flatMap', 'fill', 'at', 'toString', 'sort', 'keys', 'values', 'entries', 'toSpliced', 'toReversed', 'toSorted', 'with']);
const IN_PLACE_BYTES = new Set(['reverse', 'swap16', 'swap32', 'swap64']);
const BYTES_METHODS = new Set(['toString', 'slice', 'subarray', 'map', 'forEach', 'reduce', 'join', 'includes', 'indexOf', 'reverse', 'readUInt8', 'every', 'some', 'filter', 'at', 'fill', 'set', 'swap16', 'swap32', 'swap64']);
const MAP_METHODS = new Set(['get', 'set', 'has', 'delete', 'keys', 'values', 'entries', 'forEach']);
const SET_METHODS = new Set(['has', 'add', 'delete', 'keys', 'values', 'entries', 'forEach']);
const STATIC_BUILTINS = new Set([
  'String.fromCharCode', 'String.fromCodePoint', 'String.raw', 'Buffer.from', 'Buffer.alloc', 'Buffer.concat', 'Buffer.isBuffer',
  'Math.floor', 'Math.ceil', 'Math.round', 'Math.abs', 'Math.min', 'Math.max', 'Math.pow', 'Math.trunc', 'Math.sign', 'Math.imul',
  'Number.parseInt', 'Number.parseFloat', 'Number.isInteger', 'Number.isNaN', 'Number.isFinite', 'JSON.parse', 'JSON.stringify',
  'Object.keys', 'Object.values', 'Object.entries', 'Object.fromEntries', 'Object.assign', 'Object.freeze', 'Object.create', 'Object.getOwnPropertyNames',
  'Object.prototype', 'Object.prototype.hasOwnProperty', 'Array.from', 'Array.isArray', 'Array.of', 'Uint8Array.from', 'Uint8Array.of',
]);
/**
 * Functions of Node's built-in modules the interpreter runs: decompression, which bundles use to
 * pack a list small (`inflateRawSync(Buffer.from(PACK, "base64"))`). Pure data to data, bounded
 * by the evaluation's largest string.
 */
const DECOMPRESS = new Map<string, { run: (b: Uint8Array, o: { maxOutputLength: number }) => Uint8Array; encoding: string }>([
  ['zlib.inflateSync', { run: inflateSync, encoding: 'deflate' }],
  ['zlib.inflateRawSync', { run: inflateRawSync, encoding: 'deflate' }],
  ['zlib.gunzipSync', { run: gunzipSync, encoding: 'gzip' }],
  ['zlib.unzipSync', { run: unzipSync, encoding: 'deflate' }],
  ['zlib.brotliDecompressSync', { run: brotliDecompressSync, encoding: 'Brotli' }],
]);
const CONSTANTS: Record<string, Value> = { 'Math.PI': Math.PI, 'Math.E': Math.E, 'Number.MAX_SAFE_INTEGER': Number.MAX_SAFE_INTEGER };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const t = new Int16Array(256).fill(-1);
  for (let i = 0; i < 64; i++) t[B64.charCodeAt(i)] = i;
  t['-'.charCodeAt(0)] = 62;
  t['_'.charCodeAt(0)] = 63;
  return t;
})();

export function base64Decode(s: string): Uint8Array {
  const out = new Uint8Array(Math.ceil((s.length * 3) / 4));
  let n = 0;
  let buf = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61) break; // '='
    const v = c < 256 ? B64_INDEX[c] : -1;
    if (v < 0) continue; // Buffer.from skips invalid characters too
    buf = ((buf << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buf >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function base64Encode(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return s;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function bytesToString(bytes: Uint8Array, enc: string, ev: Interpreter): string | Unknown {
  switch (enc.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return new TextDecoder('utf-8').decode(bytes);
    case 'latin1':
    case 'binary':
    case 'ascii':
      return latin1(bytes);
    case 'hex':
      return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    case 'base64':
      return base64Encode(bytes);
    case 'utf16le':
    case 'ucs2':
      ev.decoded.add('UTF-16');
      return new TextDecoder('utf-16le').decode(bytes);
  }
  return UNKNOWN;
}

function toBytes(v: Value, enc: string | undefined, ev: Interpreter): Uint8Array | Unknown {
  if (typeof v === 'string') {
    switch ((enc ?? 'utf8').toLowerCase()) {
      case 'base64':
      case 'base64url':
        ev.decoded.add('base64');
        return base64Decode(v);
      case 'hex': {
        ev.decoded.add('hex');
        const out = new Uint8Array(v.length >> 1);
        for (let i = 0; i < out.length; i++) {
          const b = parseInt(v.substr(i * 2, 2), 16);
          if (Number.isNaN(b)) return out.slice(0, i);
          out[i] = b;
        }
        return out;
      }
      case 'utf8':
      case 'utf-8':
        return new TextEncoder().encode(v);
      case 'latin1':
      case 'binary':
      case 'ascii':
        return Uint8Array.from(v, (c) => c.charCodeAt(0) & 0xff);
    }
    return UNKNOWN;
  }
  if (Array.isArray(v) && v.length <= 1 << 20 && v.every((x) => typeof x === 'number')) return Uint8Array.from(v as number[]);
  if (v instanceof Bytes) return v.data.slice();
  return UNKNOWN;
}

/** A copy of plain data (strings, numbers, booleans, arrays and null-prototype records of them) within `budget` elements, else UNKNOWN. */
function copyData(v: Value | Unknown, depth: number, budget: { left: number }): Value | Unknown {
  if (v === UNKNOWN) return UNKNOWN;
  if (--budget.left < 0) return UNKNOWN;
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (depth > 8) return UNKNOWN;
  if (Array.isArray(v)) {
    if (v.length > budget.left) return UNKNOWN;
    const out: Value[] = [];
    for (const x of v) {
      const c = copyData(x, depth + 1, budget);
      if (c === UNKNOWN) return UNKNOWN;
      out.push(c as Value);
    }
    return out;
  }
  if (typeof v === 'object' && Object.getPrototypeOf(v) === null) {
    const out = Object.create(null) as Record<string, Value>;
    for (const [k, x] of Object.entries(v as Record<string, Value>)) {
      const c = copyData(x, depth + 1, budget);
      if (c === UNKNOWN) return UNKNOWN;
      out[k] = c as Value;
    }
    return out as Value;
  }
  // (A Map or Set of such data, `new Map(toggles.map((t) => [t.name, t]))`: keys are kept, values copied.)
  if (v instanceof MapValue || v instanceof SetValue) {
    const items = v instanceof MapValue ? [...v.map] : [...v.set].map((x) => [x, x] as [Value, Value]);
    if (items.length > budget.left) return UNKNOWN;
    const out: [Value, Value][] = [];
    for (const [k, x] of items) {
      const c = x === k ? k : copyData(x, depth + 1, budget);
      if (c === UNKNOWN || (k !== null && typeof k === 'object')) return UNKNOWN;
      out.push([k, c as Value]);
    }
    return v instanceof MapValue ? new MapValue(new Map(out)) : new SetValue(new Set(out.map(([k]) => k)));
  }
  return UNKNOWN;
}

/**
 * Whether running a regular expression from the scanned code is safe: nested quantifiers (`(a+)+`)
 * can take exponential time, and a pattern is hostile input like everything else.
 */
export function safeRegex(re: RegexValue, input: string): RegExp | undefined {
  if (re.pattern.length > 2000 || input.length > 100_000) return undefined;
  if (/\([^)]*[+*}][^)]*\)[+*{]/.test(re.pattern) || /\\[1-9]/.test(re.pattern)) return undefined;
  try {
    return new RegExp(re.pattern, re.flags.replace(/[^dgimsuy]/g, ''));
  } catch {
    return undefined;
  }
}

function callBuiltin(fn: Builtin, args: Value[], isNew: boolean, ev: Interpreter): Value | Unknown {
  const self = fn.self;
  const [a0, a1] = args;
  const unpack = DECOMPRESS.get(fn.name);
  if (unpack) {
    const input = a0 instanceof Bytes ? a0.data : typeof a0 === 'string' ? toBytes(a0, undefined, ev) : UNKNOWN;
    if (input === UNKNOWN) return UNKNOWN;
    let out: Uint8Array;
    try {
      out = unpack.run(input, { maxOutputLength: ev.maxString });
    } catch {
      // Not that format, truncated, or larger than an evaluation may make.
      throw new Thrown(new ErrorValue('invalid compressed data'));
    }
    ev.charge(out.length >> 4);
    ev.decoded.add(unpack.encoding);
    return new Bytes(new Uint8Array(out));
  }
  switch (fn.name) {
    case 'crypto.createHash':
      return typeof a0 === 'string' && HASHES.has(a0.toLowerCase()) ? new HashValue(a0.toLowerCase()) : UNKNOWN;
    case 'hash.update': {
      const h = self as HashValue;
      const input = toBytes(a0, typeof a1 === 'string' ? a1 : undefined, ev);
      if (input === UNKNOWN || h.chunks.length > 64) return UNKNOWN;
      ev.charge(input.length >> 4);
      h.chunks.push(input);
      return h;
    }
    case 'hash.digest': {
      // (Node's own digest of bytes the interpreter holds: nothing of the scanned tool runs.)
      const h = self as HashValue;
      const out = h.chunks.reduce((d, c) => d.update(c), createHash(h.algorithm)).digest();
      ev.decoded.add(`${h.algorithm} digest`);
      if (a0 === undefined) return new Bytes(new Uint8Array(out));
      return a0 === 'hex' || a0 === 'base64' || a0 === 'base64url' || a0 === 'latin1' ? out.toString(a0) : UNKNOWN;
    }
    case 'String':
      return isNew ? UNKNOWN : args.length === 0 ? '' : toStr(a0);
    case 'Number':
      // (A digit of a big integer taken back as a number, `Number(n % RADIX)`: a list packed into one, unpacked.)
      if (typeof a0 === 'bigint') ev.decoded.add('big-integer packing');
      return isNew ? UNKNOWN : args.length === 0 ? 0 : toNum(a0);
    case 'BigInt': {
      // (`BigInt(38)`, `BigInt("0x…")`: what JavaScript converts; a fraction or a bad text throws.)
      if (isNew || (typeof a0 !== 'number' && typeof a0 !== 'string' && typeof a0 !== 'bigint' && typeof a0 !== 'boolean')) return UNKNOWN;
      if (typeof a0 === 'string' && a0.length > 400) return UNKNOWN;
      try {
        ev.madeBig = true;
        return BigInt(a0);
      } catch {
        throw new Abort();
      }
    }
    case 'Boolean':
      return truthy(a0);
    case 'Array':
      if (args.length === 1 && typeof a0 === 'number') return a0 <= 1 << 16 ? new Array(a0).fill(undefined) : UNKNOWN;
      return args;
    case 'Object':
      return a0 === undefined || a0 === null ? Object.create(null) : a0;
    case 'Error':
    case 'TypeError':
    case 'RangeError':
    case 'SyntaxError':
      return new ErrorValue(a0 === undefined ? '' : toStr(a0));
    case 'RegExp': {
      const src = a0 instanceof RegexValue ? a0.pattern : toStr(a0);
      return new RegexValue(src, a1 === undefined ? (a0 instanceof RegexValue ? a0.flags : '') : toStr(a1));
    }
    case 'Map': {
      if (!isNew) return UNKNOWN;
      const m = new Map<Value, Value>();
      if (a0 !== undefined && a0 !== null) for (const e of ev.iterate(a0)) if (Array.isArray(e)) m.set(e[0], e[1]);
      return new MapValue(m);
    }
    case 'Set':
      return isNew ? new SetValue(new Set(a0 === undefined || a0 === null ? [] : ev.iterate(a0))) : UNKNOWN;
    case 'parseInt':
    case 'Number.parseInt':
      if (a1 !== undefined && toNum(a1) === 16) ev.decoded.add('hex');
      return parseInt(toStr(a0), a1 === undefined ? undefined : toNum(a1));
    case 'parseFloat':
    case 'Number.parseFloat':
      return parseFloat(toStr(a0));
    case 'isNaN':
      return Number.isNaN(toNum(a0));
    case 'isFinite':
      return Number.isFinite(toNum(a0));
    case 'Number.isInteger':
      return Number.isInteger(a0);
    case 'Number.isNaN':
      return Number.isNaN(a0);
    case 'Number.isFinite':
      return Number.isFinite(a0);
    case 'String.fromCharCode':
      ev.decoded.add('char codes');
      return String.fromCharCode(...args.map((x) => toNum(x)));
    case 'String.fromCodePoint':
      ev.decoded.add('char codes');
      try {
        return String.fromCodePoint(...args.map((x) => toNum(x)));
      } catch {
        return UNKNOWN;
      }
    case 'atob': {
      if (typeof a0 !== 'string') return UNKNOWN;
      ev.decoded.add('base64');
      return latin1(base64Decode(a0));
    }
    case 'btoa':
      return typeof a0 === 'string' ? base64Encode(Uint8Array.from(a0, (c) => c.charCodeAt(0) & 0xff)) : UNKNOWN;
    case 'decodeURIComponent':
    case 'decodeURI':
    case 'unescape':
      if (typeof a0 !== 'string') return UNKNOWN;
      if (/%[0-9a-f]{2}/i.test(a0)) ev.decoded.add('percent-encoding');
      if (fn.name === 'unescape') return a0.replace(/%u([0-9a-f]{4})|%([0-9a-f]{2})/gi, (_, u, h) => String.fromCharCode(parseInt(u ?? h, 16)));
      try {
        return decodeURIComponent(a0);
      } catch {
        throw new Thrown(new ErrorValue('URI malformed'));
      }
    case 'escape':
      return typeof a0 === 'string' ? escape(a0) : UNKNOWN;
    case 'encodeURIComponent':
    case 'encodeURI':
      return typeof a0 === 'string' ? encodeURIComponent(a0) : UNKNOWN;
    case 'Buffer.from': {
      const enc = typeof a1 === 'string' ? a1 : undefined;
      const b = toBytes(a0, enc, ev);
      return b === UNKNOWN ? UNKNOWN : new Bytes(b);
    }
    case 'Buffer.alloc':
      return typeof a0 === 'number' && a0 <= 1 << 20 ? new Bytes(new Uint8Array(a0)) : UNKNOWN;
    case 'Buffer.concat': {
      if (!Array.isArray(a0) || !a0.every((x) => x instanceof Bytes)) return UNKNOWN;
      const parts = a0 as Bytes[];
      const out = new Uint8Array(parts.reduce((n, p) => n + p.data.length, 0));
      let at = 0;
      for (const p of parts) {
        out.set(p.data, at);
        at += p.data.length;
      }
      return new Bytes(out);
    }
    case 'Buffer.isBuffer':
      return a0 instanceof Bytes;
    case 'Int8Array':
    case 'Int16Array':
    case 'Uint16Array':
    case 'Int32Array':
    case 'Uint32Array':
    case 'Float32Array':
    case 'Float64Array':
      return isNew ? typedView(fn.name, args) : UNKNOWN;
    case 'Uint8Array':
      if (!isNew) return UNKNOWN;
      if (typeof a0 === 'number') return a0 <= 1 << 20 ? new Bytes(new Uint8Array(a0)) : UNKNOWN;
      return wrapBytes(toBytes(a0, undefined, ev));
    case 'Uint8Array.from': {
      const items = a0 === undefined || a0 === null ? [] : ev.iterate(a0);
      if (a1 === undefined) return wrapBytes(toBytes(items, undefined, ev));
      const mapped: Value[] = [];
      for (let i = 0; i < items.length; i++) {
        const v = ev.call(a1, [items[i], i], undefined, false);
        if (v === UNKNOWN) return UNKNOWN;
        mapped.push(v);
      }
      return wrapBytes(toBytes(mapped.map((x) => toNum(x) & 0xff), undefined, ev));
    }
    case 'Uint8Array.of':
      return wrapBytes(toBytes(args, undefined, ev));
    case 'TextDecoder':
      return isNew ? new DecoderObject('TextDecoder', typeof a0 === 'string' ? a0 : 'utf-8') : UNKNOWN;
    case 'TextEncoder':
      return isNew ? new DecoderObject('TextEncoder', 'utf-8') : UNKNOWN;
    case 'TextDecoder.decode': {
      const b = a0 instanceof Bytes ? a0.data : toBytes(a0 as Value, undefined, ev);
      if (b === UNKNOWN) return UNKNOWN;
      return bytesToString(b, (self as DecoderObject).encoding, ev);
    }
    case 'TextEncoder.encode':
      return typeof a0 === 'string' ? new Bytes(new TextEncoder().encode(a0)) : UNKNOWN;
    case 'JSON.parse':
      if (typeof a0 !== 'string') return UNKNOWN;
      try {
        return sanitize(JSON.parse(a0));
      } catch {
        throw new Thrown(new ErrorValue('Unexpected token in JSON'));
      }
    case 'JSON.stringify':
      return stringify(a0);
    case 'Object.keys':
      return isRecord(a0) ? Object.keys(a0) : Array.isArray(a0) || typeof a0 === 'string' ? Object.keys(a0) : UNKNOWN;
    case 'Object.getOwnPropertyNames':
      return isRecord(a0) ? Object.keys(a0) : a0 instanceof Closure ? [...(a0.props?.keys() ?? [])] : UNKNOWN;
    case 'Object.values':
      return isRecord(a0) ? Object.values(a0) : Array.isArray(a0) ? a0.slice() : UNKNOWN;
    case 'Object.entries':
      return isRecord(a0) ? Object.entries(a0) : UNKNOWN;
    case 'Object.fromEntries': {
      const out: { [k: string]: Value } = Object.create(null);
      for (const e of ev.iterate(a0)) {
        if (!Array.isArray(e)) return UNKNOWN;
        const k = toKey(e[0]);
        if (k === undefined || FORBIDDEN_KEYS.has(k)) return UNKNOWN;
        out[k] = e[1];
      }
      return out;
    }
    case 'Object.assign': {
      if (!isRecord(a0)) return UNKNOWN;
      for (const src of args.slice(1)) if (isRecord(src)) for (const k of Object.keys(src)) a0[k] = src[k];
      return a0;
    }
    case 'Object.freeze':
      return a0;
    case 'Object.create':
      return a0 === null ? Object.create(null) : UNKNOWN;
    case 'Object.prototype.hasOwnProperty':
      return isRecord(self) ? Object.prototype.hasOwnProperty.call(self, toStr(a0)) : UNKNOWN;
    case 'Array.from': {
      let items: Value[];
      if (isRecord(a0) && typeof a0.length === 'number' && !('0' in a0)) items = new Array(Math.min(a0.length, 1 << 16)).fill(undefined);
      else items = ev.iterate(a0);
      if (a1 === undefined) return items.slice();
      return mapAll(items, (x, i) => ev.call(a1, [x, i], undefined, false));
    }
    case 'Array.isArray':
      return Array.isArray(a0);
    case 'Array.of':
      return args;
    case 'Math.floor':
      return Math.floor(toNum(a0));
    case 'Math.ceil':
      return Math.ceil(toNum(a0));
    case 'Math.round':
      return Math.round(toNum(a0));
    case 'Math.abs':
      return Math.abs(toNum(a0));
    case 'Math.trunc':
      return Math.trunc(toNum(a0));
    case 'Math.sign':
      return Math.sign(toNum(a0));
    case 'Math.imul':
      return Math.imul(toNum(a0), toNum(a1));
    case 'Math.min':
      return Math.min(...args.map(toNum));
    case 'Math.max':
      return Math.max(...args.map(toNum));
    case 'Math.pow':
      return toNum(a0) ** toNum(a1);
    case 'num.toString': {
      const radix = a0 === undefined ? 10 : toNum(a0);
      return radix >= 2 && radix <= 36 ? (self as number).toString(radix) : UNKNOWN;
    }
    case 'big.toString': {
      const radix = a0 === undefined ? 10 : toNum(a0);
      if (radix !== 10) ev.decoded.add('big-integer packing');
      return radix >= 2 && radix <= 36 ? (self as bigint).toString(radix) : UNKNOWN;
    }
    case 'num.toFixed':
      return (self as number).toFixed(Math.min(100, Math.max(0, toNum(a0 ?? 0))));
    case 'bool.toString':
      return String(self);
    case 're.test':
    case 're.exec': {
      const re = self as RegexValue;
      const s = toStr(a0);
      const r = safeRegex(re, s);
      if (!r) return UNKNOWN;
      r.lastIndex = re.lastIndex;
      const m = r.exec(s);
      if (r.global || r.sticky) re.lastIndex = r.lastIndex;
      if (fn.name === 're.test') return m !== null;
      return m ? matchArray(m) : null;
    }
  }
  if (fn.name.startsWith('str.')) return stringMethod(fn.name.slice(4), self as string, args, ev);
  if (fn.name.startsWith('arr.')) return arrayMethod(fn.name.slice(4), self as Value[], args, ev);
  if (fn.name.startsWith('bytes.')) return bytesMethod(fn.name.slice(6), self as Bytes, args, ev);
  if (fn.name.startsWith('map.')) return mapMethod(fn.name.slice(4), self as MapValue, args, ev);
  if (fn.name.startsWith('set.')) return setMethod(fn.name.slice(4), self as SetValue, args, ev);
  return UNKNOWN;
}

const TYPED: Record<string, { new (b: ArrayBuffer | number | number[]): ArrayLike<number>; BYTES_PER_ELEMENT: number }> = {
  Int8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
};

/**
 * `new Int16Array(bytes.buffer, offset, length)`, `new Uint32Array(n)`, `new Float64Array([…])`: a
 * typed array other than bytes, as the list of numbers it holds (a list packed as 16-bit numbers
 * in a base64 string reads back as its numbers). The platform's byte order, little-endian here as
 * on every machine these tools run on.
 */
function typedView(name: string, args: Value[]): Value | Unknown {
  const T = TYPED[name];
  const [a0, a1, a2] = args;
  if (typeof a0 === 'number') return Number.isInteger(a0) && a0 >= 0 && a0 <= 1 << 16 ? new Array(a0).fill(0) : UNKNOWN;
  if (Array.isArray(a0)) return a0.length <= 1 << 16 ? withMemory(Array.from(new T(a0.map((x) => Number(x)))), T) : UNKNOWN;
  if (!(a0 instanceof Bytes)) return UNKNOWN;
  const offset = a1 === undefined ? 0 : a1;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset % T.BYTES_PER_ELEMENT !== 0 || offset > a0.data.length) return UNKNOWN;
  const count = a2 === undefined ? (a0.data.length - offset) / T.BYTES_PER_ELEMENT : a2;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || offset + count * T.BYTES_PER_ELEMENT > a0.data.length || count > 1 << 16) return UNKNOWN;
  const copy = a0.data.slice(offset, offset + count * T.BYTES_PER_ELEMENT);
  return Array.from(new T(copy.buffer));
}

/**
 * A typed array made from a list of numbers keeps its memory: `.buffer` gives its bytes in the
 * platform's order (`Buffer.from(new Uint32Array([0x706e756b, …]).buffer).toString("latin1")`, a
 * text packed as words). Read when asked, from what the list holds then.
 */
function withMemory(list: number[], T: (typeof TYPED)[string]): Value {
  Object.defineProperty(list, 'buffer', { enumerable: false, get: () => (list.length <= 1 << 16 ? new Bytes(new Uint8Array((new T(list.map((x) => Number(x))) as unknown as { buffer: ArrayBuffer }).buffer)) : undefined) });
  return list;
}

function wrapBytes(b: Uint8Array | Unknown): Value | Unknown {
  return b === UNKNOWN ? UNKNOWN : new Bytes(b);
}

function matchArray(m: RegExpExecArray): Value[] {
  const out: Value[] = [...m].map((x) => (x === undefined ? undefined : x));
  (out as unknown as Record<string, Value>).index = m.index;
  return out;
}

function stringify(v: Value): Value | Unknown {
  const plain = (x: Value, depth: number): unknown => {
    if (depth > 32) throw new Abort();
    if (x === null || typeof x !== 'object') return x;
    if (Array.isArray(x)) return x.map((e) => plain(e, depth + 1));
    if (isRecord(x)) return Object.fromEntries(Object.entries(x).map(([k, e]) => [k, plain(e, depth + 1)]));
    throw new Abort();
  };
  return JSON.stringify(plain(v, 0));
}

function sanitize(v: unknown): Value {
  if (v === null || typeof v !== 'object') return v as Value;
  if (Array.isArray(v)) return v.map(sanitize);
  const out: { [k: string]: Value } = Object.create(null);
  for (const [k, x] of Object.entries(v)) if (!FORBIDDEN_KEYS.has(k)) out[k] = sanitize(x);
  return out;
}

function mapAll(items: Value[], f: (x: Value, i: number) => Value | Unknown): Value[] | Unknown {
  const out: Value[] = [];
  for (let i = 0; i < items.length; i++) {
    const v = f(items[i], i);
    if (v === UNKNOWN) return UNKNOWN;
    out.push(v);
  }
  return out;
}

function stringMethod(name: string, s: string, args: Value[], ev: Interpreter): Value | Unknown {
  const [a0, a1] = args;
  const num = (x: Value, d?: number) => (x === undefined ? d : toNum(x));
  switch (name) {
    case 'split': {
      const limit = a1 === undefined ? undefined : toNum(a1);
      if (a0 instanceof RegexValue) {
        const r = safeRegex(a0, s);
        return r ? s.split(r, limit) : UNKNOWN;
      }
      return a0 === undefined ? [s] : s.split(toStr(a0), limit);
    }
    case 'charCodeAt':
      return s.charCodeAt(num(a0, 0)!);
    case 'codePointAt':
      return s.codePointAt(num(a0, 0)!);
    case 'charAt':
      return s.charAt(num(a0, 0)!);
    case 'at':
      return s.at(num(a0, 0)!);
    case 'slice':
      return s.slice(num(a0), num(a1));
    case 'substring':
      return s.substring(num(a0, 0)!, num(a1));
    case 'substr':
      return s.substr(num(a0, 0)!, num(a1));
    case 'toLowerCase':
    case 'toLocaleLowerCase':
      return s.toLowerCase();
    case 'toUpperCase':
    case 'toLocaleUpperCase':
      return s.toUpperCase();
    case 'trim':
      return s.trim();
    case 'trimStart':
    case 'trimLeft':
      return s.trimStart();
    case 'trimEnd':
    case 'trimRight':
      return s.trimEnd();
    case 'padStart':
    case 'padEnd': {
      const n = num(a0, 0)!;
      if (n > 1 << 20) return UNKNOWN;
      return name === 'padStart' ? s.padStart(n, a1 === undefined ? undefined : toStr(a1)) : s.padEnd(n, a1 === undefined ? undefined : toStr(a1));
    }
    case 'repeat': {
      const n = num(a0, 0)!;
      if (n < 0 || n * s.length > 1 << 20) return UNKNOWN;
      return s.repeat(n);
    }
    case 'concat':
      return s.concat(...args.map(toStr));
    case 'indexOf':
      return s.indexOf(toStr(a0), num(a1));
    case 'lastIndexOf':
      return s.lastIndexOf(toStr(a0), num(a1));
    case 'includes':
      return s.includes(toStr(a0));
    case 'startsWith':
      return s.startsWith(toStr(a0), num(a1));
    case 'endsWith':
      return s.endsWith(toStr(a0), num(a1));
    case 'normalize':
      return s.normalize(a0 === undefined ? undefined : (toStr(a0) as 'NFC'));
    case 'localeCompare':
      return s < toStr(a0) ? -1 : s > toStr(a0) ? 1 : 0;
    case 'toString':
    case 'valueOf':
      return s;
    case 'match':
    case 'search': {
      const re = a0 instanceof RegexValue ? a0 : new RegexValue(toStr(a0).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), '');
      const r = safeRegex(re, s);
      if (!r) return UNKNOWN;
      if (name === 'search') return s.search(r);
      if (r.global) return s.match(r) ?? null;
      const m = r.exec(s);
      return m ? matchArray(m) : null;
    }
    case 'replace':
    case 'replaceAll': {
      let replacer: string | ((...m: string[]) => string);
      if (typeof a1 === 'string') replacer = a1;
      else if (a1 instanceof Closure || a1 instanceof Builtin) {
        replacer = (...m: string[]) => {
          const v = ev.call(a1, m.slice(0, -2).concat([m[m.length - 2]]) as Value[], undefined, false);
          if (v === UNKNOWN) throw new Abort();
          return toStr(v);
        };
      } else return UNKNOWN;
      if (a0 instanceof RegexValue) {
        const r = safeRegex(a0, s);
        if (!r) return UNKNOWN;
        return name === 'replace' ? s.replace(r, replacer as string) : s.replaceAll(r, replacer as string);
      }
      if (typeof a0 !== 'string') return UNKNOWN;
      return name === 'replace' ? s.replace(a0, replacer as string) : s.replaceAll(a0, replacer as string);
    }
  }
  return UNKNOWN;
}

function arrayMethod(name: string, arr: Value[], args: Value[], ev: Interpreter): Value | Unknown {
  const [a0, a1] = args;
  const callback = (x: Value, i: number) => ev.call(a0, [x, i, arr], a1, false);
  switch (name) {
    case 'join':
      return arr.map((x) => (x === null || x === undefined ? '' : toStr(x))).join(a0 === undefined ? ',' : toStr(a0));
    case 'toString':
      return arr.map((x) => (x === null || x === undefined ? '' : toStr(x))).join(',');
    case 'reverse':
      ev.decoded.add('reversal');
      return arr.reverse();
    case 'sort':
      if (a0 === undefined) return arr.sort();
      {
        let failed = false;
        arr.sort((x, y) => {
          if (failed) return 0;
          const r = ev.call(a0, [x, y], undefined, false);
          if (typeof r !== 'number') failed = true;
          return typeof r === 'number' ? r : 0;
        });
        return failed ? UNKNOWN : arr;
      }
    case 'slice':
      return arr.slice(a0 === undefined ? undefined : toNum(a0), a1 === undefined ? undefined : toNum(a1));
    case 'splice':
      return arr.splice(toNum(a0 ?? 0), a1 === undefined ? arr.length : toNum(a1), ...args.slice(2));
    // (ES2023's copying forms: `[...text].toSpliced(3, 0, mark).join("")`.)
    case 'toSpliced': {
      const copy = arr.slice();
      copy.splice(toNum(a0 ?? 0), a1 === undefined ? copy.length : toNum(a1), ...args.slice(2));
      return copy;
    }
    case 'toReversed':
      ev.decoded.add('reversal');
      return arr.slice().reverse();
    case 'toSorted':
      return a0 === undefined ? arr.slice().sort() : arrayMethod('sort', arr.slice(), args, ev);
    case 'with': {
      const i = toNum(a0);
      const k = i < 0 ? arr.length + i : i;
      if (!Number.isInteger(k) || k < 0 || k >= arr.length) return UNKNOWN;
      const copy = arr.slice();
      copy[k] = a1;
      return copy;
    }
    case 'concat':
      return arr.concat(...args.map((x) => (Array.isArray(x) ? x : [x])));
    case 'indexOf':
      return arr.indexOf(a0);
    case 'lastIndexOf':
      return arr.lastIndexOf(a0);
    case 'includes':
      return arr.includes(a0);
    case 'at':
      return arr.at(toNum(a0));
    case 'flat':
      return (arr as unknown[]).flat(a0 === undefined ? 1 : Math.min(8, toNum(a0))) as Value[];
    case 'fill':
      return arr.fill(a0);
    case 'push':
      arr.push(...args);
      return arr.length;
    case 'pop':
      return arr.pop();
    case 'shift':
      return arr.shift();
    case 'unshift':
      arr.unshift(...args);
      return arr.length;
    case 'keys':
      return arr.map((_, i) => i);
    case 'values':
      return arr.slice();
    case 'entries':
      return arr.map((x, i) => [i, x]);
    case 'map':
      return mapAll(arr, callback);
    case 'flatMap': {
      const r = mapAll(arr, callback);
      return r === UNKNOWN ? UNKNOWN : (r as Value[]).flatMap((x) => (Array.isArray(x) ? x : [x]));
    }
    case 'forEach':
      return mapAll(arr, callback) === UNKNOWN ? UNKNOWN : undefined;
    case 'filter': {
      const keep = mapAll(arr, callback);
      if (keep === UNKNOWN) return UNKNOWN;
      return arr.filter((_, i) => truthy((keep as Value[])[i]));
    }
    case 'some':
    case 'every':
    case 'find':
    case 'findIndex':
    case 'findLast':
    case 'findLastIndex': {
      const order = name.startsWith('findLast') ? [...arr.keys()].reverse() : [...arr.keys()];
      for (const i of order) {
        const v = callback(arr[i], i);
        if (v === UNKNOWN) return UNKNOWN;
        const t = truthy(v);
        if (name === 'some' && t) return true;
        if (name === 'every' && !t) return false;
        if ((name === 'find' || name === 'findLast') && t) return arr[i];
        if ((name === 'findIndex' || name === 'findLastIndex') && t) return i;
      }
      return name === 'some' ? false : name === 'every' ? true : name.endsWith('Index') ? -1 : undefined;
    }
    case 'reduce':
    case 'reduceRight': {
      const items = name === 'reduce' ? arr : [...arr].reverse();
      let acc: Value | Unknown;
      let i = 0;
      if (args.length >= 2) acc = a1;
      else {
        if (!items.length) throw new Thrown(new ErrorValue('Reduce of empty array with no initial value'));
        acc = items[0];
        i = 1;
      }
      for (; i < items.length; i++) {
        acc = ev.call(a0, [acc as Value, items[i], i, arr], undefined, false);
        if (acc === UNKNOWN) return UNKNOWN;
      }
      return acc;
    }
  }
  return UNKNOWN;
}

function bytesMethod(name: string, b: Bytes, args: Value[], ev: Interpreter): Value | Unknown {
  const [a0, a1] = args;
  // (In place on a declaration's bytes, read again by each evaluation: on a copy.)
  if (ev.declared.has(b) && IN_PLACE_BYTES.has(name)) b = new Bytes(b.data.slice());
  switch (name) {
    case 'toString': {
      const enc = typeof a0 === 'string' ? a0 : 'utf8';
      // `buf.toString("latin1", start, end)`: Node's bounds, as subarray() takes them.
      const a2 = args[2];
      // (Negative or missing bounds clamp to the buffer, as Node's do; they do not count from its end.)
      const from = a1 === undefined ? 0 : Math.max(0, toNum(a1) || 0);
      const to = a2 === undefined ? b.data.length : Math.max(from, Math.min(b.data.length, toNum(a2) || 0));
      const data = a1 === undefined && a2 === undefined ? b.data : b.data.subarray(from, to);
      return bytesToString(data, enc, ev);
    }
    case 'slice':
    case 'subarray':
      return new Bytes(b.data.slice(a0 === undefined ? undefined : toNum(a0), a1 === undefined ? undefined : toNum(a1)));
    case 'reverse':
      ev.decoded.add('reversal');
      b.data.reverse();
      return b;
    case 'swap16':
    case 'swap32':
    case 'swap64': {
      // Node's in-place byte-order swaps: each group of 2, 4 or 8 bytes reversed (a whole number of groups, or Node throws).
      const size = name === 'swap16' ? 2 : name === 'swap32' ? 4 : 8;
      if (b.data.length % size !== 0) return UNKNOWN;
      ev.decoded.add('byte swaps');
      for (let i = 0; i < b.data.length; i += size) b.data.subarray(i, i + size).reverse();
      return b;
    }
    case 'readUInt8':
      return b.data[toNum(a0 ?? 0)];
    case 'fill':
      b.data.fill(toNum(a0));
      return b;
    case 'set':
      if (!(a0 instanceof Bytes) && !Array.isArray(a0)) return UNKNOWN;
      b.data.set(a0 instanceof Bytes ? a0.data : (a0 as number[]), toNum(a1 ?? 0));
      return undefined;
    case 'map': {
      const r = arrayMethod('map', Array.from(b.data), args, ev);
      return r === UNKNOWN ? UNKNOWN : new Bytes(Uint8Array.from((r as Value[]).map((x) => toNum(x) & 0xff)));
    }
    case 'filter': {
      const r = arrayMethod('filter', Array.from(b.data), args, ev);
      return r === UNKNOWN ? UNKNOWN : new Bytes(Uint8Array.from(r as number[]));
    }
  }
  return arrayMethod(name, Array.from(b.data), args, ev);
}

function mapMethod(name: string, m: MapValue, args: Value[], ev: Interpreter): Value | Unknown {
  const [a0, a1] = args;
  switch (name) {
    case 'get':
      return m.map.get(a0);
    case 'has':
      return m.map.has(a0);
    case 'set':
      m.map.set(a0, a1);
      return m;
    case 'delete':
      return m.map.delete(a0);
    case 'keys':
      return [...m.map.keys()];
    case 'values':
      return [...m.map.values()];
    case 'entries':
      return [...m.map].map(([k, v]) => [k, v]);
    case 'forEach':
      for (const [k, v] of m.map) if (ev.call(a0, [v, k], undefined, false) === UNKNOWN) return UNKNOWN;
      return undefined;
  }
  return UNKNOWN;
}

function setMethod(name: string, s: SetValue, args: Value[], ev: Interpreter): Value | Unknown {
  const [a0] = args;
  switch (name) {
    case 'has':
      return s.set.has(a0);
    case 'add':
      s.set.add(a0);
      return s;
    case 'delete':
      return s.set.delete(a0);
    case 'keys':
    case 'values':
      return [...s.set];
    case 'entries':
      return [...s.set].map((v) => [v, v]);
    case 'forEach':
      for (const v of s.set) if (ev.call(a0, [v, v], undefined, false) === UNKNOWN) return UNKNOWN;
      return undefined;
  }
  return UNKNOWN;
}

/** `fn = 0` (or `false`, `null`, `void 0`): the reset of a run-once function. */
function isFalsyReset(a: Node): boolean {
  if (a.type !== 'AssignmentExpression' || a.operator !== '=') return false;
  const r = a.right;
  return (r.type === 'Literal' && (r.value === 0 || r.value === false || r.value === null)) || (r.type === 'UnaryExpression' && r.operator === 'void');
}

/** Methods that turn bytes or a list in place. */
const MUTATORS_AFTER = /^(swap16|swap32|swap64|reverse|sort)$/;

/** `name.swap16();`: a statement that only calls one of `mutators` on the name. */
function mutatorCall(st: Node | undefined, name: string, mutators: RegExp): boolean {
  const e = st?.type === 'ExpressionStatement' ? st.expression : undefined;
  const c = e?.type === 'CallExpression' ? e.callee : undefined;
  return c?.type === 'MemberExpression' && !c.computed && c.object.type === 'Identifier' && c.object.name === name && mutators.test(c.property.name) && e.arguments.length === 0;
}

/**
 * `for (let i = 0; i < n; i++) name[i] ^= K[i % K.length];`: a counted loop whose body writes
 * elements of `name` and nothing else but its own counter (an in-place decoder).
 */
function elementLoop(st: Node, name: string): boolean {
  if (st.type !== 'ForStatement' || st.init?.type !== 'VariableDeclaration') return false;
  let writes = false;
  let others = false;
  forEachDescendant(st, (x) => {
    if (others) return false;
    if (isFunction(x)) {
      others = true;
      return false;
    }
    const target = x.type === 'AssignmentExpression' ? x.left : x.type === 'UpdateExpression' ? x.argument : undefined;
    if (!target) return true;
    if (!loopOwnWrite(target, name, st)) others = true;
    else if (target.type === 'MemberExpression') writes = true;
    return true;
  }, 500);
  return writes && !others;
}

/** A write a loop of `elementLoop` may make: an element of `name`, or a variable its own init declares. */
function loopOwnWrite(target: Node, name: string, loop: Node): boolean {
  if (target.type === 'MemberExpression') return target.computed && target.object.type === 'Identifier' && target.object.name === name;
  if (target.type !== 'Identifier' || loop.init?.type !== 'VariableDeclaration') return false;
  return (loop.init.declarations as Node[]).some((d) => d.id.type === 'Identifier' && d.id.name === target.name);
}

/** `{}`, `[]`, `new Map()`, `new Set()`: an empty object a block goes on to fill. */
function emptyStart(n: Node): boolean {
  const x = unwrap(n);
  if (x.type === 'ObjectExpression' || x.type === 'ArrayExpression') return (x.properties ?? x.elements).length === 0;
  return x.type === 'NewExpression' && x.callee.type === 'Identifier' && /^(Map|Set)$/.test(x.callee.name) && x.arguments.length === 0;
}

/** Whether `name` is declared inside `n` (a loop's own variable, `const [k, v] = …`). */
function declaredWithin(name: string, n: Node): boolean {
  let found = false;
  forEachDescendant(n, (x) => {
    if (found) return false;
    if (x.type === 'VariableDeclarator') forEachDescendant(x.id, (y) => ((found ||= y.type === 'Identifier' && y.name === name), !found), 50);
    return !found;
  }, 2000);
  return found;
}
