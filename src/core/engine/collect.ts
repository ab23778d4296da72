import * as acorn from 'acorn';
import { forgetLastCall, isFunction, type Node } from './ast';
import { parseWith, type ParseFailure } from './parse';
import { Scope, type Binding, type BindingKind, type FunctionInfo } from './scope';

export type Visitor = (node: Node, scope: Scope) => void;
export type Visitors = Partial<Record<string, Visitor>>;

export interface CallSite {
  node: Node;
  scope: Scope;
  /** Arguments to skip before the callee's first parameter (1 for `f.call(thisArg, …)`). */
  shift?: number;
  /** The arguments when they are not the call's own (`f.apply(t, [a, b])`: `t, a, b`). */
  args?: readonly Node[];
  /** React renders the function here (an element made of a component): the call's value is not what it returns. */
  rendered?: boolean;
}

/** The arguments a call site passes (its own, or those an `apply` spreads). */
export function siteArgs(site: CallSite): readonly Node[] {
  return site.args ?? (site.node.arguments as Node[]);
}

/** What the one pass learns about a program, for the checks' lazy, demand-driven resolution. */
export interface ProgramFacts {
  programScope: Scope;
  functions: Map<Node, FunctionInfo>;
  /** Calls whose callee is a plain identifier named `name`. */
  callSites(name: string): readonly CallSite[];
  /** Calls whose callee is a member named `name` (`o.name(…)`). */
  methodCallSites?(name: string): readonly CallSite[];
  /** Calls whose callee is a plain identifier and whose arguments include the plain identifier `name` (`init(setState, getState)`). */
  handedSites?(name: string): readonly CallSite[];
  /** Method calls whose arguments include the plain identifier `name` (`p.then(normalise)`). */
  methodHandedSites?(name: string): readonly CallSite[];
  /** `new name(…)`: classes constructed by the name they are bound to. */
  constructions?(name: string): readonly CallSite[];
  /** `new o.name(…)`: classes constructed through a module or namespace object. */
  memberConstructions?(name: string): readonly CallSite[];
  /** Class expressions that have a name of their own (`var A = class _A { … }`): `_A` is the class inside it. */
  namedClassExpressions?: readonly Node[];
  /** `name[k](…)`, `o.name[k](…)`: a function picked from a table by a key that is not a literal, by the table's name. */
  tableCalls?(name: string): readonly CallSite[];
  /** `const f = name[k]` (a VariableDeclarator), k not a literal: a function picked from a table into a variable, by the table's name. */
  tablePicks?(name: string): readonly CallSite[];
  /** The tree and its source, for analyses that look names up in the text (refs.ts). */
  root?: Node;
  text?: string;
  /** Every for…of and for…in loop. */
  loops?: readonly Node[];
  /** Members read with a computed key that is a call or a string (`o[_0x1f(3)]`, `o["k"]`), with their scopes. */
  computedMembers?: readonly CallSite[];
  /** Calls (and `new`) of a method named by a computed key that is a call or a string (`o[_0x1f(3)](…)`, `o["f"](…)`). */
  computedCalls?: readonly CallSite[];
  /**
   * What defines properties of the object a name holds, after its literal: `o.k = v`, and calls
   * that take it first and an object (or a key and a descriptor) next (`__export(o, { k: … })`,
   * `Object.defineProperty(o, "k", …)`), by that name.
   */
  propertyDefinitions?(name: string): readonly CallSite[];
  /** Where a name is stored under a key: `{ k: name }`, `{ k: () => name }`, `o.k = name` (the Property or AssignmentExpression), by that name. */
  aliasSites?(name: string): readonly CallSite[];
  /** Array literals that hold a name as an element (`[sense, gate]`), by that name. */
  listSites?(name: string): readonly CallSite[];
  /** Every `this.k = v`, in the order the assignments end (so those inside a function are one run). */
  thisWrites?: readonly CallSite[];
  /** The block scope a lexical declaration (or a catch clause) declares in, when it is not a function's. */
  blockScope?(declaration: Node): Scope | undefined;
}

export type CollectOutcome = { ok: true; ast: Node; facts: ProgramFacts; sourceType: 'module' | 'script' } | ParseFailure;

// acorn's scope flags (acorn/src/scopeflags.js).
const SCOPE_TOP = 1;
const SCOPE_FUNCTION = 2;
const SCOPE_CLASS_STATIC_BLOCK = 256;
const SCOPE_SIMPLE_CATCH = 32;
const SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK;
// acorn's binding types (acorn/src/scopeflags.js); anything else declares like a var.
const BIND_LEXICAL = 2;
const BIND_FUNCTION = 3;
const BIND_SIMPLE_CATCH = 4;

/**
 * The names a scope declares of one kind (var, lexical or function), for acorn's redeclaration
 * checks: none, one name, a few in an array, or a Set once there are many. Most scopes declare
 * a name or two and many thousands of them live on (functions keep their scopes), so a Set each
 * (about 180 bytes) would be most of what the collector adds to the parse's memory; acorn itself
 * uses arrays searched with indexOf, which is quadratic in a bundle's top level.
 */
type Names = string | string[] | Set<string> | undefined;
const FEW_NAMES = 8;

function hasName(names: Names, name: string): boolean {
  if (names === undefined) return false;
  if (typeof names === 'string') return names === name;
  return Array.isArray(names) ? names.includes(name) : names.has(name);
}

function addName(names: Names, name: string): Names {
  if (names === undefined) return name;
  if (typeof names === 'string') return names === name ? names : [names, name];
  if (Array.isArray(names)) {
    if (names.includes(name)) return names;
    // A new array of the exact size: push would reserve room for 16 more names.
    return names.length < FEW_NAMES ? [...names, name] : new Set([...names, name]);
  }
  names.add(name);
  return names;
}

function firstName(names: Names): string | undefined {
  if (names === undefined || typeof names === 'string') return names;
  return Array.isArray(names) ? names[0] : names.values().next().value;
}

/**
 * A scope that is both acorn's (its redeclaration bookkeeping: flags and the names declared)
 * and Candor's (parent chain, bindings, enclosing function): one object per scope the parser
 * opens anyway, none built afterwards. Declarations are only recorded while parsing (the
 * declaring nodes, in order); they become bindings the first time a name is looked up here, so
 * the many scopes no check ever asks about cost one array and no Map.
 */
class ParseScope extends Scope {
  varNames: Names = undefined;
  lexicalNames: Names = undefined;
  functionNames: Names = undefined;
  /** Declaring nodes in source order: VariableDeclaration, FunctionDeclaration, ClassDeclaration, CatchClause, ImportDeclaration. */
  declared: Node[] | undefined = undefined;
  constructor(
    parent: Scope | undefined,
    fn: FunctionInfo | undefined,
    readonly flags: number,
  ) {
    super(parent, fn);
  }

  get isFunctionScope(): boolean {
    return (this.flags & SCOPE_VAR) !== 0;
  }

  /** Whether the resolver finds this scope by the block that makes it: any but a function's (a class's static block is one, though `var` stays in it). */
  get byBlock(): boolean {
    return (this.flags & SCOPE_VAR) === 0 || (this.flags & SCOPE_CLASS_STATIC_BLOCK) !== 0;
  }

  /** The function whose parameters (and own name) this scope binds, once the parser has finished it. */
  private ownFunction(): Node | undefined {
    const fn = this.fn;
    return fn !== undefined && fn.scope === this ? fn.node : undefined;
  }

  /**
   * The names acorn saw declared here (for its redeclaration errors): a scope that lacks the name
   * need not bind its declarations for this lookup. (`var` names are also listed in the blocks
   * between, which only costs a needless binding pass.)
   */
  mayDeclare(name: string): boolean {
    if (this.ownFunction()?.id?.name === name) return true;
    return hasName(this.varNames, name) || hasName(this.lexicalNames, name) || hasName(this.functionNames, name);
  }

  /** A simple catch scope's parameter, which a `var` may redeclare. */
  firstLexical(): string | undefined {
    return firstName(this.lexicalNames);
  }

  record(node: Node): void {
    // A literal for the first: push on an empty array would reserve room for 16 more.
    if (this.declared === undefined) this.declared = [node];
    else this.declared.push(node);
    this.ready = false;
  }

  /**
   * The binding this scope gives `name`. A scope with few declarations binds just the name asked
   * for (about half of all declared names are never looked up); one with many (a bundle's top
   * level) binds them all at once, so a lookup does not scan thousands of declarations.
   * Either way a name keeps one Binding object, which resolution memoises on.
   */
  own(name: string): Binding | undefined {
    const known = this.vars?.get(name);
    if (known !== undefined) return known === UNBOUND ? undefined : known;
    if (this.ready || !this.mayDeclare(name)) return undefined;
    if (this.declared !== undefined && this.declared.length > FEW_DECLARATIONS) {
      this.bindAll();
      return this.vars?.get(name);
    }
    // The last declaration of the name wins, as when all are bound: a later `var x` overrides a parameter `x`.
    const b = this.declarations(name);
    (this.vars ??= new Map()).set(name, b ?? UNBOUND);
    return b;
  }

  /** Binds every declaration here. Only for scopes that never bound a single name (see own()). */
  private bindAll(): void {
    this.ready = true;
    // Names bound one by one keep their Binding (none are, once the parse is over: see own()).
    const before = this.vars;
    this.vars = undefined;
    this.declarations(undefined);
    this.declared = undefined;
    if (before) for (const [name, b] of before) if (b !== UNBOUND) this.declare(b);
  }

  /**
   * Goes through what this scope declares, in order (the function's own name, its parameters,
   * then the declaring nodes in source order): declares it all, or with `only`, returns the last
   * binding of that name.
   */
  private declarations(only: string | undefined): Binding | undefined {
    let found: Binding | undefined;
    const fnNode = this.ownFunction();
    if (fnNode) {
      if (fnNode.id && fnNode.type !== 'FunctionDeclaration' && (only === undefined || fnNode.id.name === only)) {
        found = { name: fnNode.id.name, kind: 'function', scope: this, node: fnNode };
        if (only === undefined) this.declare(found);
      }
      const params: Node[] = fnNode.params;
      for (let i = 0; i < params.length; i++) found = declarePattern(params[i], this, 'param', fnNode, undefined, [], this.fn, i, only) ?? found;
    }
    for (const node of this.declared ?? []) found = declarationOf(node, this, only) ?? found;
    return found;
  }
}

/** More declaring nodes than this, and a scope binds all its names on the first lookup. */
const FEW_DECLARATIONS = 16;

/** Marks, in a scope's bindings, a name it was asked about and does not bind. */
const UNBOUND = Object.freeze({ name: '', kind: 'var', scope: undefined, node: undefined }) as unknown as Binding;

/**
 * The bindings one declaring node makes in `scope`: declared there, or with `only`, just the
 * binding of that name returned (the last, when a pattern names it twice).
 */
function declarationOf(node: Node, scope: Scope, only: string | undefined): Binding | undefined {
  let found: Binding | undefined;
  switch (node.type) {
    case 'VariableDeclaration': {
      const kind = node.kind as string;
      const bkind: BindingKind = kind === 'var' ? 'var' : kind === 'const' ? 'const' : 'let';
      for (const d of node.declarations as Node[]) found = declarePattern(d.id, scope, bkind, d, d.init ?? undefined, [], undefined, undefined, only) ?? found;
      break;
    }
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      if (only === undefined || node.id.name === only) {
        found = { name: node.id.name, kind: node.type === 'ClassDeclaration' ? 'class' : 'function', scope, node };
        if (only === undefined) scope.declare(found);
      }
      break;
    case 'CatchClause':
      found = declarePattern(node.param, scope, 'catch', node, undefined, [], undefined, undefined, only) ?? found;
      break;
    case 'ImportDeclaration':
      for (const sp of node.specifiers as Node[]) {
        if (only !== undefined && sp.local.name !== only) continue;
        const importName = sp.type === 'ImportNamespaceSpecifier' ? '*' : sp.type === 'ImportDefaultSpecifier' ? 'default' : sp.imported.type === 'Identifier' ? sp.imported.name : String(sp.imported.value);
        found = { name: sp.local.name, kind: 'import', scope, node: sp, importSource: String(node.source.value), importName };
        if (only === undefined) scope.declare(found);
      }
      break;
  }
  return found;
}

/** Shared by the many functions that return nothing, until one does. */
const NO_RETURNS = Object.freeze([]) as unknown as Node[];

function addReturn(info: FunctionInfo, node: Node, scope?: Scope): void {
  if (info.returns === NO_RETURNS) info.returns = [node];
  else info.returns.push(node);
  if (scope && scope !== info.scope) (info.returnScopes ??= [])[info.returns.length - 1] = scope;
}

/** What the collecting parser gathers while it parses. */
class Collector {
  programScope: Scope | undefined;
  readonly functions = new Map<Node, FunctionInfo>();
  // Calls to a plain name, as two parallel arrays (no object per call on 20 MB bundles); grouped
  // by name the first time a check asks.
  readonly callNodes: Node[] = [];
  readonly callScopes: Scope[] = [];
  readonly methodCallNodes: Node[] = [];
  readonly methodCallScopes: Scope[] = [];
  readonly newMemberNodes: Node[] = [];
  readonly namedClassExpressions: Node[] = [];
  readonly newMemberScopes: Scope[] = [];
  readonly newNodes: Node[] = [];
  readonly newScopes: Scope[] = [];
  readonly tableCallNodes: Node[] = [];
  readonly tableCallScopes: Scope[] = [];
  readonly tablePickNodes: Node[] = [];
  readonly tablePickScopes: Scope[] = [];
  readonly assignScopes: Scope[] = [];
  readonly assignNodes: Node[] = [];
  readonly patternAssignScopes: Scope[] = [];
  readonly patternAssignNodes: Node[] = [];
  readonly loops: Node[] = [];
  readonly computedMembers: CallSite[] = [];
  readonly computedCalls: CallSite[] = [];
  readonly definitionNodes: Node[] = [];
  readonly definitionScopes: Scope[] = [];
  readonly aliasNodes: Node[] = [];
  readonly aliasScopes: Scope[] = [];
  /** Array literals with a name among their elements (`[sense, gate]`), with their scopes. */
  readonly listNodes: Node[] = [];
  readonly listScopes: Scope[] = [];
  /** `this.k = v` (any assignment operator), in the order they end. */
  readonly thisWrites: CallSite[] = [];
  /** Lexical declarations in blocks, loops' heads and catch clauses, with the block scope they declare in. */
  readonly blockScopes = new Map<Node, Scope>();
  /** The scope the parser closed last, and the last function scope it closed. */
  lastExited: ParseScope | undefined;
  lastFunction: ParseScope | undefined;
  readonly dispatch: Map<string, Handler[]>;
  readonly skipIdentifiers: boolean;
  constructor(visitors: readonly Visitors[]) {
    this.dispatch = dispatchTable(this, visitors);
    this.skipIdentifiers = !this.dispatch.has('Identifier');
  }
}

/*
 * Node layout. A bundle's tree is most of a scan's memory, and the garbage collector's work
 * grows with it (every node is copied out of the young generation and marked again later), so
 * Candor's parser builds the same tree as acorn in less memory:
 * - acorn makes every node with one constructor, whose objects V8 sizes after the first few it
 *   makes (in-object slack tracking): five fields, so a member expression or a call spills two
 *   into a separate property array. Candor's nodes hold seven fields in the object, which covers
 *   all but functions, properties and a few rare kinds; identifiers and literals, half of all
 *   nodes, get constructors of their own sized for the four or five fields they have.
 * - acorn fills lists (arguments, bodies, declarations…) with push, which reserves room for 17
 *   elements. Candor's parser gathers the common lists on a scratch stack and copies each out
 *   at its exact size (see `gather` in the parser below); the rarer ones are copied at their
 *   exact size when their node is finished (LIST_FIELDS).
 * - Identifier names share one string each (see `Words`).
 * Fields are added in acorn's order, so the trees are the same (the unit tests compare them).
 *
 * Garbage matters too: until its first full collection, V8 lowers the old generation's limit
 * after every young collection by the share of young objects that survived it. A parser that
 * drops many short-lived objects (a 17-slot array per list, a string per name) gets its first
 * full collection early, a lower limit after it, and a second full collection of the whole
 * tree before the parse ends.
 */
function NodeOf(this: Node, start: number): void {
  this.type = '';
  this.start = start;
  this.end = 0;
}
function IdentifierNode(this: Node, start: number, name: string): void {
  this.type = '';
  this.start = start;
  this.end = 0;
  this.name = name;
}
function LiteralNode(this: Node, start: number, value: unknown, raw: string): void {
  this.type = '';
  this.start = start;
  this.end = 0;
  this.value = value;
  this.raw = raw;
}
type NodeConstructor<A extends unknown[]> = new (...args: A) => Node;
const AnyNode = NodeOf as unknown as NodeConstructor<[number]>;
const Identifier = IdentifierNode as unknown as NodeConstructor<[number, string]>;
const Literal = LiteralNode as unknown as NodeConstructor<[number, unknown, string]>;
// Slack tracking settles on the most fields any of the first objects has: a member expression's seven.
{
  const first = new AnyNode(0);
  first.object = first.property = null;
  first.computed = first.optional = false;
  for (let i = 0; i < 8; i++) new AnyNode(0);
}

/** The lists acorn fills with push that the parser does not gather itself, by node type. */
const LIST_FIELDS: Record<string, string[]> = {
  Program: ['body'],
  StaticBlock: ['body'],
  ClassBody: ['body'],
  ArrowFunctionExpression: ['params'],
  SequenceExpression: ['expressions'],
  TemplateLiteral: ['quasis', 'expressions'],
  SwitchStatement: ['cases'],
  SwitchCase: ['consequent'],
  ImportDeclaration: ['specifiers'],
  ExportNamedDeclaration: ['specifiers'],
};

/** Replaces a finished node's lists (those of `type`) with copies of their exact size. */
function exactLists(type: string): Handler | undefined {
  if (!Object.prototype.hasOwnProperty.call(LIST_FIELDS, type)) return undefined;
  const fields = LIST_FIELDS[type];
  return (node) => {
    for (let i = 0; i < fields.length; i++) {
      const list = node[fields[i]];
      if (list.length) node[fields[i]] = list.slice();
    }
  };
}

const tt = acorn.tokTypes;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const keywordTypes = (acorn as any).keywordTypes as Record<string, acorn.TokenType>;

/** The ASCII characters an identifier continues with: letters, digits, `$` and `_`. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9$_]/.test(String.fromCharCode(c))) WORD_CHAR[c] = 1;

/** FNV-1a over a word's characters: the hash the Words table files it under. */
const HASH_START = 0x811c9dc5 | 0;
const hashStep = (h: number, ch: number): number => Math.imul(h ^ ch, 0x01000193);
export function hashWord(word: string): number {
  let h = HASH_START;
  for (let j = 0; j < word.length; j++) h = hashStep(h, word.charCodeAt(j));
  return h;
}
/** The slot a hash starts probing at, in a table of `mask + 1` slots. */
export const firstSlot = (h: number, mask: number): number => (h ^ (h >>> 16)) & mask;
/**
 * Longer probes than this, and a Words table gives up: code crafted so that many names hash
 * alike would otherwise make every lookup walk the same long run of slots (quadratic time).
 */
const MAX_PROBES = 128;

/**
 * The words one parse has read (names and keywords), each with its one string and its token
 * type, in an open-addressing table keyed by a hash of the word's characters, so that a word
 * can be found from its place in the source before any string is made for it.
 */
export class Words {
  strings: string[];
  types: acorn.TokenType[];
  hashes: Int32Array;
  count = 0;
  /** Set once a lookup probed too long: the parser then reads words as acorn does. */
  flooded = false;

  /**
   * Sized for a source of `sourceLength` characters: bundles hold one distinct word per 200 to
   * 500 characters, and a table that grows leaves its old arrays behind as garbage.
   */
  constructor(sourceLength = 0) {
    let size = 1024;
    while (size < sourceLength / 128 && size < 1 << 20) size *= 2;
    this.strings = new Array<string>(size).fill('');
    this.types = new Array<acorn.TokenType>(size).fill(tt.name);
    this.hashes = new Int32Array(size);
  }

  /** The slot of the word at `input[start, end)`, whose characters hash to `h`; -1 once flooded. */
  slotOfSource(input: string, start: number, end: number, h: number, keywords: RegExp): number {
    const n = end - start;
    const strings = this.strings;
    const mask = strings.length - 1;
    for (let i = firstSlot(h, mask), probes = 0; probes < MAX_PROBES; i = (i + 1) & mask, probes++) {
      const k = strings[i];
      if (k === '') return this.add(i, input.slice(start, end), h, keywords);
      if (k.length !== n || this.hashes[i] !== h) continue;
      let j = 0;
      while (j < n && k.charCodeAt(j) === input.charCodeAt(start + j)) j++;
      if (j === n) return i;
    }
    this.flooded = true;
    return -1;
  }

  /** The slot of a word read with acorn's own reader (escapes or non-ASCII characters); -1 once flooded. */
  slotOfString(word: string, keywords: RegExp): number {
    return this.slotOfSource(word, 0, word.length, hashWord(word), keywords);
  }

  private add(i: number, word: string, h: number, keywords: RegExp): number {
    this.strings[i] = word;
    this.types[i] = keywords.test(word) ? keywordTypes[word] : tt.name;
    this.hashes[i] = h;
    if (++this.count * 2 <= this.strings.length) return i;
    this.grow();
    return this.slotOfString(word, keywords);
  }

  /** Doubles the table once it is half full. */
  private grow(): void {
    const { strings, types, hashes } = this;
    const size = strings.length * 2;
    const mask = size - 1;
    this.strings = new Array<string>(size).fill('');
    this.types = new Array<acorn.TokenType>(size).fill(tt.name);
    this.hashes = new Int32Array(size);
    for (let i = 0; i < strings.length; i++) {
      if (strings[i] === '') continue;
      let j = firstSlot(hashes[i], mask);
      while (this.strings[j] !== '') j = (j + 1) & mask;
      this.strings[j] = strings[i];
      this.types[j] = types[i];
      this.hashes[j] = hashes[i];
    }
  }
}

type ParserInternals = { scopeStack: ParseScope[]; collector: Collector };

// The parser is extended once; each parse gets its own Collector through the options object.
// Its overrides copy and adapt acorn 8.19.0's own methods (readWord, enterScope, declareName,
// exitScope, checkLocalExport, parseExprList, parseBindingList, parseBlock, parseObj, parseVar,
// startNode, parseIdentNode, parseLiteral, finishNode…); package.json pins acorn to exactly that version,
// because a later acorn may change those internals without changing its public API.
export const ACORN_VERSION = '8.19.0';
let CollectingParser: typeof acorn.Parser | undefined;

function collectingParser(): typeof acorn.Parser {
  if (CollectingParser) return CollectingParser;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  CollectingParser = (acorn.Parser as any).extend(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (Base: any) =>
      class extends Base {
        collector: Collector;
        declare lastTokEnd: number;
        declare lastTokStart: number;
        declare start: number;
        declare end: number;
        declare input: string;
        declare type: acorn.TokenType;
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        declare value: any;
        declare context: unknown[];
        declare unexpected: () => never;
        declare next: () => void;
        declare inModule: boolean;
        declare treatFunctionsAsVar: boolean;
        declare undefinedExports: Record<string, Node>;
        declare treatFunctionsAsVarInScope: (scope: ParseScope) => boolean;
        declare raiseRecoverable: (pos: number, message: string) => void;
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        constructor(options: any, input: string, startPos?: number) {
          super(options, input, startPos);
          this.collector = options.collector as Collector;
          this.words = new Words(input.length);
        }
        /** One string per identifier name for the whole tree, with its token type (see Words). */
        readonly words: Words;
        declare pos: number;
        declare containsEsc: boolean;
        declare keywords: RegExp;
        declare finishToken: (type: acorn.TokenType, value: unknown) => void;
        declare readWord1: () => string;
        /**
         * acorn's readWord without a new string per occurrence: a plain ASCII word is looked up by
         * its characters in the source, and its string and token type (a keyword's, or a name's)
         * come from the first time it was read. acorn slices every word out of the source and
         * tests it against its keyword pattern; most words in a bundle are short names seen
         * thousands of times. A word with escapes or non-ASCII characters is read by acorn.
         */
        readWord(): void {
          const words = this.words;
          if (words.flooded) return super.readWord();
          const input = this.input;
          const start = this.pos;
          let pos = start;
          let h = HASH_START;
          for (; pos < input.length; pos++) {
            const ch = input.charCodeAt(pos);
            if (ch < 128 && WORD_CHAR[ch] === 1) h = hashStep(h, ch);
            else if (ch >= 128 || ch === 92) {
              const slot = words.slotOfString(this.readWord1(), this.keywords);
              if (slot >= 0) return this.finishToken(words.types[slot], words.strings[slot]);
              // The table gave up on this word: acorn reads it again.
              this.pos = start;
              return super.readWord();
            } else break;
          }
          const slot = words.slotOfSource(input, start, pos, h, this.keywords);
          if (slot < 0) return super.readWord();
          this.containsEsc = false;
          this.pos = pos;
          return this.finishToken(words.types[slot], words.strings[slot]);
        }

        enterScope(flags: number): void {
          const stack = (this as unknown as ParserInternals).scopeStack;
          const parent = stack.length ? stack[stack.length - 1] : undefined;
          let scope: ParseScope;
          if (flags & SCOPE_FUNCTION) {
            const info: FunctionInfo = { node: undefined as unknown as Node, scope: undefined as unknown as Scope, returns: NO_RETURNS };
            scope = new ParseScope(parent, info, flags);
            info.scope = scope;
          } else scope = new ParseScope(parent, flags & SCOPE_VAR ? undefined : parent?.fn, flags);
          stack.push(scope);
        }
        // acorn's declareName and checkLocalExport, with the same errors, over ParseScope's name
        // collections (see Names) instead of arrays searched with indexOf.
        declareName(name: string, bindingType: number, pos: number): void {
          const stack = (this as unknown as ParserInternals).scopeStack;
          const scope = stack[stack.length - 1];
          let redeclared = false;
          if (bindingType === BIND_LEXICAL) {
            redeclared = hasName(scope.lexicalNames, name) || hasName(scope.functionNames, name) || hasName(scope.varNames, name);
            scope.lexicalNames = addName(scope.lexicalNames, name);
            if (this.inModule && scope.flags & SCOPE_TOP) delete this.undefinedExports[name];
          } else if (bindingType === BIND_SIMPLE_CATCH) {
            scope.lexicalNames = addName(scope.lexicalNames, name);
          } else if (bindingType === BIND_FUNCTION) {
            redeclared = this.treatFunctionsAsVar ? hasName(scope.lexicalNames, name) : hasName(scope.lexicalNames, name) || hasName(scope.varNames, name);
            scope.functionNames = addName(scope.functionNames, name);
          } else {
            for (let i = stack.length - 1; i >= 0; --i) {
              const s = stack[i];
              if ((hasName(s.lexicalNames, name) && !(s.flags & SCOPE_SIMPLE_CATCH && s.firstLexical() === name)) || (!this.treatFunctionsAsVarInScope(s) && hasName(s.functionNames, name))) {
                redeclared = true;
                break;
              }
              s.varNames = addName(s.varNames, name);
              if (this.inModule && s.flags & SCOPE_TOP) delete this.undefinedExports[name];
              if (s.flags & SCOPE_VAR) break;
            }
          }
          if (redeclared) this.raiseRecoverable(pos, `Identifier '${name}' has already been declared`);
        }
        checkLocalExport(id: Node): void {
          const top = (this as unknown as ParserInternals).scopeStack[0];
          if (!hasName(top.lexicalNames, id.name) && !hasName(top.varNames, id.name)) this.undefinedExports[id.name] = id;
        }
        exitScope(): void {
          const scope = (this as unknown as ParserInternals).scopeStack.pop()!;
          const c = this.collector;
          c.lastExited = scope;
          if (scope.flags & SCOPE_FUNCTION) c.lastFunction = scope;
        }
        // Lists at their exact size (see "Node layout"): acorn 8.19's list parsers, with the
        // elements gathered on one scratch stack that every list shares (nested lists above the
        // outer one's), then copied out once. acorn pushes onto a new array, which reserves room
        // for 17 elements; that array would be garbage once copied. The unit tests and the real
        // bundles' tests compare the trees with acorn's, so a change in acorn shows there.
        readonly scratch: (Node | null)[] = [];
        top = 0;
        gather(item: Node | null): void {
          const s = this.scratch;
          if (this.top === s.length) s.push(item);
          else s[this.top] = item;
          this.top++;
        }
        /** The elements gathered since `base`, as a list of their exact size. */
        listFrom(base: number): (Node | null)[] {
          const list = base === this.top ? [] : this.scratch.slice(base, this.top);
          this.top = base;
          return list;
        }
        parseExprList(close: acorn.TokenType, allowTrailingComma: boolean, allowEmpty: boolean, refDestructuringErrors: unknown): (Node | null)[] {
          const base = this.top;
          let first = true;
          while (!this.eat(close)) {
            if (!first) {
              this.expect(tt.comma);
              if (allowTrailingComma && this.afterTrailingComma(close)) break;
            } else first = false;
            let elt: Node | null;
            if (allowEmpty && this.type === tt.comma) elt = null;
            else if (this.type === tt.ellipsis) {
              elt = this.parseSpread(refDestructuringErrors);
              if (refDestructuringErrors && this.type === tt.comma && (refDestructuringErrors as { trailingComma: number }).trailingComma < 0) (refDestructuringErrors as { trailingComma: number }).trailingComma = this.start;
            } else elt = this.parseMaybeAssign(false, refDestructuringErrors);
            this.gather(elt);
          }
          return this.listFrom(base);
        }
        parseBindingList(close: acorn.TokenType, allowEmpty: boolean, allowTrailingComma: boolean, allowModifiers: boolean): (Node | null)[] {
          const base = this.top;
          let first = true;
          while (!this.eat(close)) {
            if (first) first = false;
            else this.expect(tt.comma);
            if (allowEmpty && this.type === tt.comma) this.gather(null);
            else if (allowTrailingComma && this.afterTrailingComma(close)) break;
            else if (this.type === tt.ellipsis) {
              const rest = this.parseRestBinding();
              this.parseBindingListItem(rest);
              this.gather(rest);
              if (this.type === tt.comma) this.raiseRecoverable(this.start, 'Comma is not permitted after the rest element');
              this.expect(close);
              break;
            } else this.gather(this.parseAssignableListItem(allowModifiers));
          }
          return this.listFrom(base);
        }
        parseBlock(createNewLexicalScope = true, node: Node = this.startNode(), exitStrict?: boolean): Node {
          node.body = null;
          const base = this.top;
          this.expect(tt.braceL);
          if (createNewLexicalScope) this.enterScope(0);
          while (this.type !== tt.braceR) this.gather(this.parseStatement(null));
          node.body = this.listFrom(base);
          if (exitStrict) this.strict = false;
          this.next();
          if (createNewLexicalScope) this.exitScope();
          return this.finishNode(node, 'BlockStatement');
        }
        parseObj(isPattern: boolean, refDestructuringErrors: unknown): Node {
          const node = this.startNode();
          const propHash = {};
          let first = true;
          node.properties = null;
          const base = this.top;
          this.next();
          while (!this.eat(tt.braceR)) {
            if (!first) {
              this.expect(tt.comma);
              if (this.options.ecmaVersion >= 5 && this.afterTrailingComma(tt.braceR)) break;
            } else first = false;
            const prop = this.parseProperty(isPattern, refDestructuringErrors);
            if (!isPattern) this.checkPropClash(prop, propHash, refDestructuringErrors);
            this.gather(prop);
          }
          node.properties = this.listFrom(base);
          return this.finishNode(node, isPattern ? 'ObjectPattern' : 'ObjectExpression');
        }
        parseVar(node: Node, isFor: boolean, kind: string, allowMissingInitializer: boolean): Node {
          node.declarations = null;
          node.kind = kind;
          const base = this.top;
          for (;;) {
            const decl = this.startNode();
            this.parseVarId(decl, kind);
            if (this.eat(tt.eq)) decl.init = this.parseMaybeAssign(isFor);
            else if (!allowMissingInitializer && kind === 'const' && !(this.type === tt._in || (this.options.ecmaVersion >= 6 && this.isContextual('of')))) this.unexpected();
            else if (!allowMissingInitializer && (kind === 'using' || kind === 'await using') && this.options.ecmaVersion >= 17 && this.type !== tt._in && !this.isContextual('of')) this.raise(this.lastTokEnd, `Missing initializer in ${kind} declaration`);
            else if (!allowMissingInitializer && decl.id.type !== 'Identifier' && !(isFor && (this.type === tt._in || this.isContextual('of')))) this.raise(this.lastTokEnd, 'Complex binding patterns require an initialization value');
            else decl.init = null;
            this.gather(this.finishNode(decl, 'VariableDeclarator'));
            if (!this.eat(tt.comma)) break;
          }
          node.declarations = this.listFrom(base);
          return node;
        }
        // acorn's node makers, with the constructors above (see "Node layout").
        startNode(): Node {
          return new AnyNode(this.start);
        }
        startNodeAt(pos: number): Node {
          return new AnyNode(pos);
        }
        copyNode(node: Node): Node {
          const copy = new AnyNode(node.start);
          for (const key in node) copy[key] = node[key];
          return copy;
        }
        parseIdentNode(): Node {
          let name: string;
          if (this.type === acorn.tokTypes.name) name = this.value;
          else if (this.type.keyword) {
            name = this.type.keyword;
            // acorn#575: `class` and `function` pushed a context that a property name never closes.
            if ((name === 'class' || name === 'function') && (this.lastTokEnd !== this.lastTokStart + 1 || this.input.charCodeAt(this.lastTokStart) !== 46)) this.context.pop();
            this.type = acorn.tokTypes.name;
          } else return this.unexpected();
          return new Identifier(this.start, name);
        }
        parseLiteral(value: unknown): Node {
          const raw = this.input.slice(this.start, this.end);
          const node = new Literal(this.start, value, raw);
          if (raw.charCodeAt(raw.length - 1) === 110) node.bigint = value != null ? String(value) : raw.slice(0, -1).replace(/_/g, '');
          this.next();
          return this.finishNode(node, 'Literal');
        }
        // acorn's finishNode/finishNodeAt set the type and end (locations and ranges are off in
        // parseWith's options); doing it here saves a call per node on millions of nodes.
        finishNode(node: Node, type: string): Node {
          return this.finishNodeAt(node, type, this.lastTokEnd);
        }
        finishNodeAt(node: Node, type: string, pos: number): Node {
          node.type = type;
          node.end = pos;
          // A third of all nodes are identifiers, which nothing handles on their own.
          if (type === 'Identifier' && this.collector.skipIdentifiers) return node;
          const handlers = this.collector.dispatch.get(type);
          if (handlers !== undefined) {
            const stack = (this as unknown as ParserInternals).scopeStack;
            const scope = stack[stack.length - 1];
            for (let i = 0; i < handlers.length; i++) handlers[i](node, scope, stack);
          }
          return node;
        }
      },
  ) as typeof acorn.Parser;
  return CollectingParser;
}

/**
 * Parses and collects in one pass (ESLint's model of one traversal for every rule, with the
 * parser as the traversal): as acorn finishes each node, the scope it is in is acorn's own scope
 * stack, declarations are recorded there, and every check's visitor for that node type runs.
 * There is no second walk over a 26 MB tree, so Candor adds little to the parse. Visitors see
 * nodes in post-order and only collect candidates; names are resolved after the parse, when
 * every declaration (hoisted ones included) is known. `visitors` (one set, or several that run
 * in their order) may be a factory, called for each parse attempt (module, then script), so a
 * failed attempt leaves nothing behind.
 */
export function parseAndCollect(text: string, visitors: Visitors | readonly Visitors[] | (() => Visitors | readonly Visitors[])): CollectOutcome {
  let collector: Collector | undefined;
  const parsed = parseWith(text, (options) => {
    const sets = typeof visitors === 'function' ? visitors() : visitors;
    collector = new Collector(Array.isArray(sets) ? sets : [sets as Visitors]);
    try {
      return collectingParser().parse(text, { ...options, collector } as acorn.Options);
    } finally {
      forgetLastCall();
    }
  });
  if (!parsed.ok) return parsed;
  const c = collector!;
  const ast = parsed.ast as unknown as Node;
  for (let i = 0; i < c.assignNodes.length; i++) {
    const n = c.assignNodes[i];
    // `(a = 1) => …` was parsed as an assignment, then turned into a default parameter.
    if (n.type !== 'AssignmentExpression' && n.type !== 'UpdateExpression') continue;
    const b = c.assignScopes[i].lookup(n.type === 'AssignmentExpression' ? n.left.name : n.argument.name);
    if (b) {
      (b.assignments ??= []).push(n);
      (b.assignmentScopes ??= []).push(c.assignScopes[i]);
    }
  }
  for (let i = 0; i < c.patternAssignNodes.length; i++) {
    const n = c.patternAssignNodes[i];
    // (a pattern in a parameter's default value was parsed as an assignment first)
    if (n.type !== 'AssignmentExpression') continue;
    const scope = c.patternAssignScopes[i];
    for (const { name, path } of patternNames(n.left)) {
      const b = scope.lookup(name);
      if (b) (b.destructured ??= []).push({ node: n, path, scope });
    }
  }
  const callSites = sitesByName(c.callNodes, c.callScopes, (n) => n.callee.name as string);
  const methodCallSites = sitesByName(c.methodCallNodes, c.methodCallScopes, (n) => memberCallee(n).property.name as string);
  const handedSites = sitesByArgument(c.callNodes, c.callScopes);
  const methodHandedSites = sitesByArgument(c.methodCallNodes, c.methodCallScopes);
  const memberConstructions = sitesByName(c.newMemberNodes, c.newMemberScopes, (n) => n.callee.property.name as string);
  const constructions = sitesByName(c.newNodes, c.newScopes, (n) => n.callee.name as string);
  // (An assignment acorn later turned into a pattern's default, `{ a = t[k] } = o`, keeps its right side.)
  const tablePicks = sitesByName(c.tablePickNodes, c.tablePickScopes, (n) => (n.type === 'VariableDeclarator' ? n.init : n.right).object.name as string);
  const tableCalls = sitesByName(c.tableCallNodes, c.tableCallScopes, (n) => (memberCallee(n).object.type === 'Identifier' ? memberCallee(n).object.name : memberCallee(n).object.property.name) as string);
  // (By shape: acorn turns an assignment inside a pattern, `[o.k = 1] = []`, into an AssignmentPattern after it was recorded.)
  const aliasSites = sitesByName(c.aliasNodes, c.aliasScopes, (n) => (n.type !== 'Property' ? n.right.name : n.value.type === 'Identifier' ? n.value.name : n.value.body.name) as string);
  const propertyDefinitions = sitesByName(c.definitionNodes, c.definitionScopes, (n) => (n.type !== 'CallExpression' ? n.left.object.name : n.arguments[0].name) as string);
  const listSites = listsByName(c.listNodes, c.listScopes);
  return {
    ok: true,
    ast,
    sourceType: parsed.sourceType,
    facts: {
      programScope: c.programScope!,
      functions: c.functions,
      root: ast,
      text,
      loops: c.loops,
      computedMembers: c.computedMembers,
      computedCalls: c.computedCalls,
      callSites,
      methodCallSites,
      handedSites,
      methodHandedSites,
      memberConstructions,
      namedClassExpressions: c.namedClassExpressions,
      constructions,
      tableCalls,
      tablePicks,
      propertyDefinitions,
      aliasSites,
      listSites,
      thisWrites: c.thisWrites,
      blockScope: (n) => c.blockScopes.get(n),
    },
  };
}

/** Array literals grouped by each name among their elements, the first time a check asks. */
function listsByName(nodes: Node[], scopes: Scope[]): (name: string) => readonly CallSite[] {
  let byName: Map<string, CallSite[]> | undefined;
  return (name) => {
    if (!byName) {
      byName = new Map();
      for (let i = 0; i < nodes.length; i++) {
        for (const e of nodes[i].elements as (Node | null)[]) {
          if (e?.type !== 'Identifier') continue;
          const list = byName.get(e.name);
          const site = { node: nodes[i], scope: scopes[i] };
          if (!list) byName.set(e.name, [site]);
          else if (list[list.length - 1].node !== nodes[i]) list.push(site);
        }
      }
      // (In source order: an inner list ends, and is recorded, before the one around it.)
      for (const list of byName.values()) if (list.length > 1) list.sort((a, b) => a.node.start - b.node.start);
    }
    return byName.get(name) ?? [];
  };
}

/** Calls grouped by a name (the callee's, or its property's) the first time a check asks. */
function sitesByName(nodes: Node[], scopes: Scope[], nameOf: (call: Node) => string): (name: string) => readonly CallSite[] {
  return lazySites(nodes, scopes, () => {
    const byName = new Map<string, number[]>();
    for (let i = 0; i < nodes.length; i++) {
      const n = nameOf(nodes[i]);
      const list = byName.get(n);
      if (list) list.push(i);
      else byName.set(n, [i]);
    }
    return byName;
  });
}

/** The calls among `nodes` that pass a plain identifier, by its name. */
function sitesByArgument(nodes: Node[], scopes: Scope[]): (name: string) => readonly CallSite[] {
  return lazySites(nodes, scopes, () => {
    const byName = new Map<string, number[]>();
    for (let i = 0; i < nodes.length; i++) {
      for (const a of nodes[i].arguments as Node[]) {
        if (a.type !== 'Identifier') continue;
        const list = byName.get(a.name);
        if (!list) byName.set(a.name, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
    return byName;
  });
}

/** Sites by a name, from an index of their positions in `nodes` built on the first question. */
function lazySites(nodes: Node[], scopes: Scope[], build: () => Map<string, number[]>): (name: string) => readonly CallSite[] {
  let byName: Map<string, number[]> | undefined;
  const sitesOf = new Map<string, CallSite[]>();
  return (name) => {
    byName ??= build();
    let sites = sitesOf.get(name);
    if (sites === undefined) {
      sites = (byName.get(name) ?? []).map((i) => ({ node: nodes[i], scope: scopes[i] }));
      sitesOf.set(name, sites);
    }
    return sites;
  };
}

type Handler = (node: Node, scope: ParseScope, stack: ParseScope[]) => void;
type Special = (c: Collector, node: Node, scope: ParseScope, stack: ParseScope[]) => void;

function onFunction(c: Collector, node: Node, scope: ParseScope): void {
  // The function's scope closed just before its node: nested functions close earlier.
  const fnScope = c.lastFunction!;
  const info = fnScope.fn!;
  info.node = node;
  c.functions.set(node, info);
  // Its parameters and own name are bound on the first lookup.
  fnScope.ready = false;
  if (node.id) {
    info.name = node.id.name;
    if (node.type === 'FunctionDeclaration') {
      scope.record(node);
      info.bindingScope = scope;
      if (scope.byBlock) c.blockScopes.set(node, scope);
    }
  }
  if (node.expression) addReturn(info, node.body);
}

/** A call's callee, and the member of `(0, m.f)(…)`, as TypeScript and Babel call what a module exports. */
function memberCallee(call: Node): Node {
  const c = call.callee;
  return c.type === 'SequenceExpression' && c.expressions.length === 2 && c.expressions[0].type === 'Literal' && c.expressions[1].type === 'MemberExpression' ? c.expressions[1] : c;
}

function onAssignment(c: Collector, node: Node, scope: ParseScope): void {
  const target = node.type === 'AssignmentExpression' ? node.left : node.argument;
  if (target.type === 'Identifier') {
    c.assignScopes.push(scope);
    c.assignNodes.push(node);
    // `(_a = probes[key]) === null || _a === void 0 ? void 0 : _a.call(probes)`: a function picked
    // from a table into a temporary, as TypeScript and esbuild lower `probes[key]?.()`.
    const right = node.type === 'AssignmentExpression' && node.operator === '=' ? node.right : undefined;
    if (right?.type === 'MemberExpression' && right.computed && right.object.type === 'Identifier' && right.property.type !== 'Literal') {
      c.tablePickNodes.push(node);
      c.tablePickScopes.push(scope);
    }
    // `var f; … f = function () {…}` (esbuild's lowered private methods, ES5 code): known by the variable.
    if (node.type === 'AssignmentExpression' && node.operator === '=' && isFunction(node.right)) {
      const info = c.functions.get(node.right);
      if (info && info.name === undefined) info.assignedTo = { name: target.name, scope };
    }
  } else if (target.type === 'ObjectPattern' || target.type === 'ArrayPattern') {
    c.patternAssignScopes.push(scope);
    c.patternAssignNodes.push(node);
  } else if (node.type === 'AssignmentExpression' && target.type === 'MemberExpression' && target.object.type === 'Identifier') {
    c.definitionNodes.push(node);
    c.definitionScopes.push(scope);
  } else if (node.type === 'AssignmentExpression' && target.type === 'MemberExpression' && target.object.type === 'ThisExpression') {
    c.thisWrites.push({ node, scope });
  }
  if (node.type === 'AssignmentExpression' && target.type === 'MemberExpression' && node.right.type === 'Identifier') {
    c.aliasNodes.push(node);
    c.aliasScopes.push(scope);
  }
  // `exports.messages = (q) => …`, `Client.prototype.send = function …`: the function is known as
  // that key (not `module.exports = function …`, and not over a name of its own).
  if (node.type === 'AssignmentExpression' && node.operator === '=' && target.type === 'MemberExpression' && !target.computed && isFunction(node.right) && target.property.name !== 'exports' && !c.functions.get(node.right)?.name) {
    nameFunction(c, node.right, target.property.name, undefined);
  }
}

function onNamedValue(c: Collector, node: Node, scope: ParseScope): void {
  const v = node.value as Node | null;
  if (node.type === 'Property' && v && (v.type === 'Identifier' || (v.type === 'ArrowFunctionExpression' && v.body.type === 'Identifier'))) {
    c.aliasNodes.push(node);
    c.aliasScopes.push(scope);
  }
  nameValue(c, node);
}

function nameValue(c: Collector, node: Node): void {
  // `{ f() {} }`, `{ f: function () {} }`, `class { f = () => … }`: the function is known as f.
  const v = node.value as Node | null;
  if (v && isFunction(v) && !node.computed) {
    const key = node.key;
    // (`#device() {…}`, a private method: known as #device, called as `this.#device()`.)
    const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : key.type === 'PrivateIdentifier' ? `#${key.name}` : undefined;
    if (name !== undefined) nameFunction(c, v, name, undefined);
  }
}

/** A computed member whose key is a call or a string (`o[_0x1f(3)]`, `o["k"]`): its name is evaluated when asked. */
function namedWhenAsked(member: Node): boolean {
  return member.computed && (member.property.type === 'CallExpression' || (member.property.type === 'Literal' && typeof member.property.value === 'string'));
}

/** What the collector itself does per node type: scopes, declarations, returns, calls, assignments, names. */
const SPECIAL: Record<string, Special> = {
  Program: (c, _node, _scope, stack) => {
    c.programScope = stack[0];
  },
  FunctionDeclaration: onFunction,
  FunctionExpression: onFunction,
  ArrowFunctionExpression: onFunction,
  CatchClause: (c, node) => {
    if (node.param) {
      c.lastExited!.record(node);
      c.blockScopes.set(node, c.lastExited!);
    }
  },
  VariableDeclaration: (c, node, scope) => {
    const target = node.kind === 'var' ? (scope.functionScope() as ParseScope) : scope;
    target.record(node);
    if (target.byBlock) c.blockScopes.set(node, target);
    for (const d of node.declarations as Node[]) {
      const init = d.init as Node | null;
      if (init && d.id.type === 'Identifier') {
        // `var f = function…` and `var f = once(() => …)`: the function is known by that name.
        if (isFunction(init)) nameFunction(c, init, d.id.name, target);
        else if (init.type === 'CallExpression') {
          for (const a of init.arguments as Node[]) if (isFunction(a)) nameFunction(c, a, d.id.name, target);
        } else if (init.type === 'MemberExpression' && init.computed && init.object.type === 'Identifier' && init.property.type !== 'Literal') {
          // `const rule = RULES[name]`: perhaps a function picked from a table, called by the new name.
          c.tablePickNodes.push(d);
          c.tablePickScopes.push(scope);
        }
      }
    }
  },
  ClassExpression: (c, node) => {
    if (node.id) c.namedClassExpressions.push(node);
  },
  ClassDeclaration: (c, node, scope) => {
    if (node.id) {
      scope.record(node);
      if (scope.byBlock) c.blockScopes.set(node, scope);
    }
  },
  ImportDeclaration: (_c, node, _scope, stack) => {
    stack[0].record(node);
  },
  ReturnStatement: (_c, node, scope) => {
    const fn = scope.functionScope().fn;
    if (fn && node.argument) addReturn(fn, node.argument, scope);
  },
  // A generator's call gives what it yields to whoever iterates it (`for (const v of gen())`,
  // `[...gen()]`), and what it returns to a `yield*`.
  YieldExpression: (_c, node, scope) => {
    const fn = scope.functionScope().fn;
    if (fn && node.argument && (fn.yields?.length ?? 0) < 32) (fn.yields ??= []).push({ node: node.argument, scope });
  },
  AssignmentExpression: onAssignment,
  UpdateExpression: onAssignment,
  MemberExpression: (c, node, scope) => {
    if (namedWhenAsked(node)) c.computedMembers.push({ node, scope });
  },
  ForOfStatement: (c, node) => {
    c.loops.push(node);
  },
  ForInStatement: (c, node) => {
    c.loops.push(node);
  },
  CallExpression: (c, node, scope) => {
    const callee = memberCallee(node);
    const args = node.arguments as Node[];
    // (`Object.defineProperty(o, "k", { get })`, also with the key behind a string decoder: `o, _0x1f(3), {…}`.)
    // (`Object.assign(config, fromEnv())`: records copied in, whatever they are written as.)
    if (args.length >= 2 && args[0].type === 'Identifier' && (args[1].type === 'ObjectExpression' || ((args[1].type === 'Literal' || args[1].type === 'CallExpression') && args[2]?.type === 'ObjectExpression') || (callee.type === 'MemberExpression' && callee.property.name === 'assign' && callee.object.type === 'Identifier' && callee.object.name === 'Object'))) {
      c.definitionNodes.push(node);
      c.definitionScopes.push(scope);
    }
    if (callee.type === 'Identifier') {
      c.callNodes.push(node);
      c.callScopes.push(scope);
    } else if (callee.type === 'MemberExpression' && !callee.computed) {
      c.methodCallNodes.push(node);
      c.methodCallScopes.push(scope);
    } else if (callee.type === 'MemberExpression') {
      // `o[_0x1f(3)](…)`, `o["f"](…)`: a method call whose name is resolved when asked.
      if (namedWhenAsked(callee)) c.computedCalls.push({ node, scope });
      // `handlers[e.type](e)`, `mod.checks[kind](v)`, `t[String(k)](v)`: perhaps a table of functions picked at run time.
      if (callee.object.type === 'Identifier' || (callee.object.type === 'MemberExpression' && !callee.object.computed && callee.object.property.type === 'Identifier')) {
        c.tableCallNodes.push(node);
        c.tableCallScopes.push(scope);
      }
    }
  },
  NewExpression: (c, node, scope) => {
    if (node.callee.type === 'Identifier') {
      c.newNodes.push(node);
      c.newScopes.push(scope);
      return;
    }
    if (node.callee.type !== 'MemberExpression') return;
    if (!node.callee.computed && node.callee.property.type === 'Identifier') {
      c.newMemberNodes.push(node);
      c.newMemberScopes.push(scope);
    } else if (namedWhenAsked(node.callee)) c.computedCalls.push({ node, scope }); // `new o[_0x1f(3)](…)`
  },
  ArrayExpression: (c, node, scope) => {
    for (const e of node.elements as (Node | null)[]) {
      if (e?.type === 'Identifier') {
        c.listNodes.push(node);
        c.listScopes.push(scope);
        return;
      }
    }
  },
  Property: onNamedValue,
  MethodDefinition: onNamedValue,
  PropertyDefinition: onNamedValue,
};

/**
 * The handlers of each node type that anything wants (exact-size lists, the collector's own
 * bookkeeping, then each set of visitors, in that order), as one flat list the parser runs in a
 * loop: it looks the type up once per node, most types have none, and no wrapper stands between
 * the parser and a check's visitor.
 */
function dispatchTable(c: Collector, sets: readonly Visitors[]): Map<string, Handler[]> {
  const table = new Map<string, Handler[]>();
  const types = new Set([...Object.keys(LIST_FIELDS), ...Object.keys(SPECIAL), ...sets.flatMap((v) => Object.keys(v))]);
  for (const type of types) {
    const special = Object.prototype.hasOwnProperty.call(SPECIAL, type) ? SPECIAL[type] : undefined;
    const steps = [exactLists(type), special && (((node, scope, stack) => special(c, node, scope, stack)) as Handler), ...sets.map((v) => v[type])].filter((h): h is Handler => h !== undefined);
    if (steps.length) table.set(type, steps);
  }
  return table;
}

function nameFunction(c: Collector, fn: Node, name: string, bindingScope: Scope | undefined): void {
  const info = c.functions.get(fn);
  if (!info) return;
  info.name = name;
  if (bindingScope) info.bindingScope = bindingScope;
}

/** The names a destructuring pattern sets, each with where its value is in what is destructured (`{ a: [x] }` → x at a.0). */
function patternNames(pattern: Node): { name: string; path: (string | number)[] }[] {
  const out: { name: string; path: (string | number)[] }[] = [];
  const work: { p: Node; path: (string | number)[] }[] = [{ p: pattern, path: [] }];
  while (work.length) {
    const { p, path } = work.pop()!;
    switch (p.type) {
      case 'Identifier':
        out.push({ name: p.name, path });
        break;
      case 'ObjectPattern':
        for (const prop of p.properties as Node[]) {
          if (prop.type === 'RestElement') work.push({ p: prop.argument, path: [...path, '...'] });
          else work.push({ p: prop.value, path: [...path, !prop.computed ? (prop.key.type === 'Identifier' ? prop.key.name : String(prop.key.value)) : prop.key.type === 'Literal' ? String(prop.key.value) : '?'] });
        }
        break;
      case 'ArrayPattern':
        (p.elements as (Node | null)[]).forEach((el, i) => {
          if (el) work.push({ p: el.type === 'RestElement' ? el.argument : el, path: [...path, el.type === 'RestElement' ? '...' : i] });
        });
        break;
      case 'AssignmentPattern':
        work.push({ p: p.left, path });
        break;
      case 'RestElement':
        work.push({ p: p.argument, path: [...path, '...'] });
        break;
    }
  }
  return out;
}

/**
 * Declares every name a (possibly nested) pattern binds, with the access path to its value; with
 * `only`, declares nothing and returns the binding of that name (the last one made, as declaring
 * them all would keep).
 */
function declarePattern(
  pattern: Node,
  scope: Scope,
  kind: BindingKind,
  owner: Node,
  init: Node | undefined,
  path: (string | number)[],
  fn?: FunctionInfo,
  paramIndex?: number,
  only?: string,
): Binding | undefined {
  if (pattern.type === 'Identifier' && path.length === 0) {
    if (only !== undefined && pattern.name !== only) return undefined;
    const b: Binding = { name: pattern.name, kind, scope, node: owner, init, fn, paramIndex };
    if (only === undefined) scope.declare(b);
    return b;
  }
  let found: Binding | undefined;
  for (const t of patternNames(pattern)) {
    if (only !== undefined && t.name !== only) continue;
    const at = path.length ? [...path, ...t.path] : t.path;
    found = { name: t.name, kind, scope, node: owner, init, path: at.length ? at : undefined, fn, paramIndex };
    if (only === undefined) scope.declare(found);
  }
  return found;
}
