import { isFunction, memberName, propertyKeyName, type Node } from './ast';
import type { Binding, Scope } from './scope';

/**
 * A small, bounded evaluator over literal values: enough to undo the encodings bundles use to
 * hide strings (base64, hex, XOR and arithmetic over char codes, fromCharCode arrays, reversal,
 * small decoder functions called with constants). It interprets the AST itself; it never calls
 * eval, Function or vm, touches no global object, and stops at a step and size budget.
 */

export const UNKNOWN: unique symbol = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

export class Bytes {
  constructor(readonly data: Uint8Array) {}
}
export class RegexValue {
  constructor(readonly pattern: string, readonly flags: string) {}
}
/** A function value: its node and the frame it closes over. */
export class Closure {
  constructor(readonly node: Node, readonly frame: Frame | undefined, readonly scope: Scope | undefined) {}
}
/** A builtin we model, named by path ("String.fromCharCode", "Buffer.from", "str.split"…). */
export class Builtin {
  constructor(readonly name: string, readonly self?: Value) {}
}
export class DecoderObject {
  constructor(readonly kind: 'TextDecoder', readonly encoding: string) {}
}

export type Value = string | number | boolean | null | undefined | Value[] | Bytes | RegexValue | Closure | Builtin | DecoderObject | { [k: string]: Value };

export interface Frame {
  vars: Map<string, { v: Value | Unknown }>;
  parent: Frame | undefined;
}

/** How the evaluator asks the program about names it does not hold itself. */
export interface StaticResolver {
  /** Value of a binding that is constant enough to evaluate (single assignment), or UNKNOWN. */
  bindingValue(binding: Binding, evaluator: Evaluator): Value | Unknown;
  scopeOf(fn: Node): Scope | undefined;
}

export interface EvalBudget {
  steps: number;
  maxString: number;
  maxArray: number;
  maxDepth: number;
}

export const DEFAULT_BUDGET: EvalBudget = { steps: 200_000, maxString: 1 << 20, maxArray: 1 << 16, maxDepth: 48 };

class Abort extends Error {}
class ReturnSignal {
  constructor(readonly value: Value | Unknown) {}
}
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');

const GLOBALS = new Set(['String', 'Buffer', 'Math', 'Number', 'parseInt', 'parseFloat', 'atob', 'btoa', 'decodeURIComponent', 'decodeURI', 'encodeURIComponent', 'unescape', 'escape', 'JSON', 'Object', 'Array', 'Uint8Array', 'TextDecoder', 'Boolean']);

export class Evaluator {
  private steps = 0;
  private depth = 0;
  /** Set when a decoding builtin ran: the result was hidden, not merely written down. */
  decoded = new Set<string>();

  constructor(
    private readonly resolver: StaticResolver,
    private readonly budget: EvalBudget = DEFAULT_BUDGET,
  ) {}

  /** Evaluates an expression in a program scope; UNKNOWN when it is not a pure literal computation. */
  evaluate(node: Node, scope: Scope | undefined): Value | Unknown {
    this.steps = 0;
    this.depth = 0;
    this.decoded = new Set();
    try {
      return this.expr(node, undefined, scope);
    } catch (err) {
      if (err instanceof Abort) return UNKNOWN;
      if (err instanceof RangeError) return UNKNOWN; // hostile sizes inside builtins
      throw err;
    }
  }

  /** For the resolver: evaluate a binding's initialiser within the current budget. */
  nested(node: Node, scope: Scope | undefined): Value | Unknown {
    return this.expr(node, undefined, scope);
  }

  private tick(): void {
    if (++this.steps > this.budget.steps) throw new Abort();
  }

  private checkSize(v: Value): Value {
    if (typeof v === 'string' && v.length > this.budget.maxString) throw new Abort();
    if (Array.isArray(v) && v.length > this.budget.maxArray) throw new Abort();
    return v;
  }

  private lookup(name: string, frame: Frame | undefined, scope: Scope | undefined): Value | Unknown {
    for (let f = frame; f; f = f.parent) {
      const slot = f.vars.get(name);
      if (slot) return slot.v;
    }
    const b = scope?.lookup(name);
    if (b) return this.resolver.bindingValue(b, this);
    if (name === 'undefined') return undefined;
    if (name === 'NaN') return NaN;
    if (name === 'Infinity') return Infinity;
    if (GLOBALS.has(name)) return new Builtin(name);
    if (name === 'globalThis' || name === 'window' || name === 'self' || name === 'global') return new Builtin('globalThis');
    return UNKNOWN;
  }

  private assign(name: string, v: Value | Unknown, frame: Frame | undefined): void {
    for (let f = frame; f; f = f.parent) {
      const slot = f.vars.get(name);
      if (slot) {
        slot.v = v;
        return;
      }
    }
    throw new Abort(); // assigning to program state: not a pure computation
  }

  expr(n: Node, frame: Frame | undefined, scope: Scope | undefined): Value | Unknown {
    this.tick();
    switch (n.type) {
      case 'Literal':
        if (n.regex) return new RegexValue(n.regex.pattern, n.regex.flags);
        if (typeof n.value === 'bigint') return UNKNOWN;
        return n.value as Value;
      case 'TemplateLiteral': {
        let s = n.quasis[0].value.cooked ?? '';
        for (let i = 0; i < n.expressions.length; i++) {
          const v = this.expr(n.expressions[i], frame, scope);
          if (v === UNKNOWN || typeof v === 'object' && v !== null && !Array.isArray(v)) return UNKNOWN;
          s += String(v) + (n.quasis[i + 1].value.cooked ?? '');
          this.checkSize(s);
        }
        return s;
      }
      case 'Identifier':
        return this.lookup(n.name, frame, scope);
      case 'ArrayExpression': {
        const out: Value[] = [];
        for (const el of n.elements as (Node | null)[]) {
          if (!el) out.push(undefined);
          else if (el.type === 'SpreadElement') {
            const v = this.expr(el.argument, frame, scope);
            if (typeof v === 'string') out.push(...v);
            else if (Array.isArray(v)) out.push(...v);
            else return UNKNOWN;
          } else {
            const v = this.expr(el, frame, scope);
            if (v === UNKNOWN) return UNKNOWN;
            out.push(v);
          }
          this.checkSize(out);
        }
        return out;
      }
      case 'ObjectExpression': {
        const out: { [k: string]: Value } = Object.create(null);
        for (const p of n.properties as Node[]) {
          if (p.type !== 'Property' || p.kind !== 'init') return UNKNOWN;
          const key = propertyKeyName(p);
          if (key === undefined) return UNKNOWN;
          const v = isFunction(p.value) ? new Closure(p.value, frame, scope && this.resolver.scopeOf(p.value)) : this.expr(p.value, frame, scope);
          if (v === UNKNOWN) return UNKNOWN;
          out[key] = v;
        }
        return out;
      }
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return new Closure(n, frame, this.resolver.scopeOf(n) ?? scope);
      case 'SequenceExpression': {
        let v: Value | Unknown = undefined;
        for (const e of n.expressions) v = this.expr(e, frame, scope);
        return v;
      }
      case 'ParenthesizedExpression':
      case 'ChainExpression':
        return this.expr(n.expression, frame, scope);
      case 'UnaryExpression': {
        if (n.operator === 'typeof') {
          const v = this.expr(n.argument, frame, scope);
          if (v === UNKNOWN) return UNKNOWN;
          return v instanceof Closure || v instanceof Builtin ? 'function' : v === null || typeof v === 'object' ? 'object' : typeof v;
        }
        if (n.operator === 'delete') return UNKNOWN;
        const v = this.expr(n.argument, frame, scope);
        if (v === UNKNOWN) return UNKNOWN;
        switch (n.operator) {
          case '!':
            return !truthy(v);
          case '-':
            return -(prim(v) as number);
          case '+':
            return +(prim(v) as number);
          case '~':
            return ~(prim(v) as number);
          case 'void':
            return undefined;
        }
        return UNKNOWN;
      }
      case 'BinaryExpression': {
        const l = this.expr(n.left, frame, scope);
        if (l === UNKNOWN) return UNKNOWN;
        const r = this.expr(n.right, frame, scope);
        if (r === UNKNOWN) return UNKNOWN;
        return this.checkSize(binary(n.operator, l, r));
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
      case 'AssignmentExpression': {
        if (!frame) return UNKNOWN;
        let v = this.expr(n.right, frame, scope);
        if (v === UNKNOWN) return UNKNOWN;
        if (n.operator !== '=') {
          const cur = n.left.type === 'Identifier' ? this.lookup(n.left.name, frame, scope) : this.expr(n.left, frame, scope);
          if (cur === UNKNOWN) return UNKNOWN;
          const op = n.operator.slice(0, -1);
          if (op === '&&' || op === '||' || op === '??') {
            const keep = op === '&&' ? !truthy(cur) : op === '||' ? truthy(cur) : cur !== null && cur !== undefined;
            if (keep) return cur;
          } else v = this.checkSize(binary(op, cur, v));
        }
        this.store(n.left, v, frame, scope);
        return v;
      }
      case 'UpdateExpression': {
        if (!frame || n.argument.type !== 'Identifier') return UNKNOWN;
        const cur = this.lookup(n.argument.name, frame, scope);
        if (typeof cur !== 'number') return UNKNOWN;
        const next = n.operator === '++' ? cur + 1 : cur - 1;
        this.assign(n.argument.name, next, frame);
        return n.prefix ? next : cur;
      }
      case 'MemberExpression': {
        const obj = this.expr(n.object, frame, scope);
        if (obj === UNKNOWN) return UNKNOWN;
        if (n.optional && (obj === null || obj === undefined)) return undefined;
        const key = n.computed ? this.expr(n.property, frame, scope) : memberName(n);
        if (key === UNKNOWN || key === undefined) return UNKNOWN;
        return this.member(obj, key as Value);
      }
      case 'CallExpression':
      case 'NewExpression': {
        const callee = n.callee as Node;
        let fn: Value | Unknown;
        if (callee.type === 'MemberExpression') {
          fn = this.expr(callee, frame, scope);
        } else fn = this.expr(callee, frame, scope);
        if (fn === UNKNOWN) return UNKNOWN;
        const args: Value[] = [];
        for (const a of n.arguments as Node[]) {
          if (a.type === 'SpreadElement') {
            const v = this.expr(a.argument, frame, scope);
            if (!Array.isArray(v)) return UNKNOWN;
            args.push(...v);
          } else {
            const v = this.expr(a, frame, scope);
            if (v === UNKNOWN) return UNKNOWN;
            args.push(v);
          }
        }
        return this.call(fn, args, n.type === 'NewExpression');
      }
    }
    return UNKNOWN;
  }

  private store(target: Node, v: Value | Unknown, frame: Frame | undefined, scope: Scope | undefined): void {
    if (target.type === 'Identifier') return this.assign(target.name, v, frame);
    if (target.type === 'MemberExpression') {
      const obj = this.expr(target.object, frame, scope);
      const key = target.computed ? this.expr(target.property, frame, scope) : memberName(target);
      if (Array.isArray(obj) && typeof key === 'number' && key >= 0 && key < this.budget.maxArray) {
        obj[key] = v as Value;
        return;
      }
      if (obj && typeof obj === 'object' && !Array.isArray(obj) && Object.getPrototypeOf(obj) === null && typeof key === 'string') {
        (obj as Record<string, Value>)[key] = v as Value;
        return;
      }
    }
    throw new Abort();
  }

  private member(obj: Value, key: Value): Value | Unknown {
    if (typeof obj === 'string') {
      if (key === 'length') return obj.length;
      if (typeof key === 'number') return obj[key];
      if (typeof key === 'string' && STRING_METHODS.has(key)) return new Builtin('str.' + key, obj);
      return UNKNOWN;
    }
    if (Array.isArray(obj)) {
      if (key === 'length') return obj.length;
      if (typeof key === 'number' || (typeof key === 'string' && /^\d+$/.test(key))) return obj[Number(key)];
      if (typeof key === 'string' && ARRAY_METHODS.has(key)) return new Builtin('arr.' + key, obj);
      return UNKNOWN;
    }
    if (typeof obj === 'number') {
      if (key === 'toString' || key === 'toFixed') return new Builtin('num.' + key, obj);
      return UNKNOWN;
    }
    if (obj instanceof Bytes) {
      if (key === 'length') return obj.data.length;
      if (typeof key === 'number') return obj.data[key];
      if (key === 'toString') return new Builtin('bytes.toString', obj);
      if (ARRAY_METHODS.has(String(key))) return this.member(Array.from(obj.data), key);
      return UNKNOWN;
    }
    if (obj instanceof DecoderObject && key === 'decode') return new Builtin('TextDecoder.decode', obj);
    if (obj instanceof RegexValue) return key === 'source' ? obj.pattern : key === 'flags' ? obj.flags : UNKNOWN;
    if (obj instanceof Builtin) {
      const name = obj.name === 'globalThis' ? String(key) : `${obj.name}.${String(key)}`;
      if (obj.name === 'globalThis' && GLOBALS.has(name)) return new Builtin(name);
      if (STATIC_BUILTINS.has(name)) return new Builtin(name);
      if (name === 'Math.PI') return Math.PI;
      return UNKNOWN;
    }
    if (obj && typeof obj === 'object' && !(obj instanceof Closure) && typeof key === 'string') {
      const v = (obj as Record<string, Value>)[key];
      return v === undefined && !(key in obj) ? undefined : v;
    }
    return UNKNOWN;
  }

  call(fn: Value | Unknown, args: Value[], isNew = false): Value | Unknown {
    this.tick();
    if (fn instanceof Closure) return this.invoke(fn, args);
    if (!(fn instanceof Builtin)) return UNKNOWN;
    const r = callBuiltin(fn, args, isNew, this);
    if (r === UNKNOWN) return UNKNOWN;
    return this.checkSize(r);
  }

  invoke(fn: Closure, args: Value[]): Value | Unknown {
    if (++this.depth > this.budget.maxDepth) throw new Abort();
    try {
      const node = fn.node;
      const frame: Frame = { vars: new Map(), parent: fn.frame };
      const params = node.params as Node[];
      for (let i = 0; i < params.length; i++) {
        const p = params[i];
        if (p.type === 'Identifier') frame.vars.set(p.name, { v: args[i] });
        else if (p.type === 'AssignmentPattern' && p.left.type === 'Identifier') {
          const v = args[i] === undefined ? this.expr(p.right, frame, fn.scope) : args[i];
          frame.vars.set(p.left.name, { v });
        } else if (p.type === 'RestElement' && p.argument.type === 'Identifier') frame.vars.set(p.argument.name, { v: args.slice(i) });
        else return UNKNOWN;
      }
      if (node.type !== 'ArrowFunctionExpression') frame.vars.set('arguments', { v: args });
      if (node.expression) return this.expr(node.body, frame, fn.scope);
      this.hoist(node.body.body, frame, fn.scope);
      const r = this.block(node.body.body, frame, fn.scope);
      if (r instanceof ReturnSignal) return r.value;
      if (r === BREAK || r === CONTINUE) return UNKNOWN;
      return undefined;
    } finally {
      this.depth--;
    }
  }

  private hoist(body: Node[], frame: Frame, scope: Scope | undefined): void {
    for (const s of body) {
      if (s.type === 'FunctionDeclaration' && s.id) frame.vars.set(s.id.name, { v: new Closure(s, frame, this.resolver.scopeOf(s) ?? scope) });
    }
  }

  private block(body: Node[], frame: Frame, scope: Scope | undefined): ReturnSignal | typeof BREAK | typeof CONTINUE | undefined {
    for (const s of body) {
      const r = this.stmt(s, frame, scope);
      if (r !== undefined) return r;
    }
    return undefined;
  }

  private stmt(s: Node, frame: Frame, scope: Scope | undefined): ReturnSignal | typeof BREAK | typeof CONTINUE | undefined {
    this.tick();
    switch (s.type) {
      case 'EmptyStatement':
      case 'FunctionDeclaration':
        return undefined;
      case 'ExpressionStatement':
        if (this.expr(s.expression, frame, scope) === UNKNOWN) throw new Abort();
        return undefined;
      case 'VariableDeclaration':
        for (const d of s.declarations as Node[]) {
          if (d.id.type !== 'Identifier') throw new Abort();
          const v = d.init ? this.expr(d.init, frame, scope) : undefined;
          if (v === UNKNOWN) throw new Abort();
          frame.vars.set(d.id.name, { v });
        }
        return undefined;
      case 'ReturnStatement':
        return new ReturnSignal(s.argument ? this.expr(s.argument, frame, scope) : undefined);
      case 'IfStatement': {
        const t = this.expr(s.test, frame, scope);
        if (t === UNKNOWN) throw new Abort();
        if (truthy(t)) return this.stmt(s.consequent, frame, scope);
        return s.alternate ? this.stmt(s.alternate, frame, scope) : undefined;
      }
      case 'BlockStatement':
        return this.block(s.body, { vars: new Map(), parent: frame }, scope);
      case 'BreakStatement':
        if (s.label) throw new Abort();
        return BREAK;
      case 'ContinueStatement':
        if (s.label) throw new Abort();
        return CONTINUE;
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
          const r = this.stmt(s.body, loop, scope);
          if (r === BREAK) break;
          if (r instanceof ReturnSignal) return r;
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
          const r = this.stmt(s.body, frame, scope);
          if (r === BREAK) break;
          if (r instanceof ReturnSignal) return r;
        }
        return undefined;
      }
      case 'ForOfStatement':
      case 'ForInStatement': {
        const right = this.expr(s.right, frame, scope);
        let items: Value[];
        if (s.type === 'ForOfStatement') {
          if (typeof right === 'string') items = [...right];
          else if (Array.isArray(right)) items = right;
          else throw new Abort();
        } else {
          if (Array.isArray(right) || typeof right === 'string') items = Object.keys(right);
          else if (right && typeof right === 'object' && Object.getPrototypeOf(right) === null) items = Object.keys(right);
          else throw new Abort();
        }
        const left = s.left.type === 'VariableDeclaration' ? s.left.declarations[0].id : s.left;
        if (left.type !== 'Identifier') throw new Abort();
        for (const item of items) {
          const loop: Frame = { vars: new Map([[left.name, { v: item }]]), parent: frame };
          if (s.left.type !== 'VariableDeclaration') this.assign(left.name, item, frame);
          const r = this.stmt(s.body, loop, scope);
          if (r === BREAK) break;
          if (r instanceof ReturnSignal) return r;
        }
        return undefined;
      }
    }
    throw new Abort();
  }
}

export function truthy(v: Value): boolean {
  if (v instanceof Bytes || v instanceof Closure || v instanceof Builtin || v instanceof RegexValue || v instanceof DecoderObject) return true;
  return !!v;
}

function prim(v: Value): unknown {
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? '' : String(prim(x)))).join(',');
  if (v instanceof Bytes || v instanceof Closure || v instanceof Builtin || v instanceof DecoderObject) throw new Abort();
  if (v instanceof RegexValue) return `/${v.pattern}/${v.flags}`;
  if (v && typeof v === 'object') return '[object Object]';
  return v;
}

function binary(op: string, lv: Value, rv: Value): Value {
  if (op === '===' || op === '!==') {
    return op === '===' ? lv === rv : lv !== rv;
  }
  if (op === 'in' || op === 'instanceof') throw new Abort();
  const l = prim(lv) as never;
  const r = prim(rv) as never;
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

const STRING_METHODS = new Set(['split', 'charCodeAt', 'codePointAt', 'charAt', 'slice', 'substring', 'substr', 'toLowerCase', 'toUpperCase', 'replace', 'replaceAll', 'trim', 'trimStart', 'trimEnd', 'padStart', 'padEnd', 'repeat', 'concat', 'indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'at', 'normalize', 'toString', 'valueOf']);
const ARRAY_METHODS = new Set(['join', 'reverse', 'map', 'filter', 'reduce', 'slice', 'concat', 'indexOf', 'includes', 'forEach', 'push', 'some', 'every', 'find', 'flat', 'fill', 'at', 'toString', 'sort']);
const STATIC_BUILTINS = new Set(['String.fromCharCode', 'String.fromCodePoint', 'String.raw', 'Buffer.from', 'Math.floor', 'Math.ceil', 'Math.round', 'Math.abs', 'Math.min', 'Math.max', 'Math.pow', 'Math.trunc', 'Number.parseInt', 'Number.parseFloat', 'JSON.parse', 'Object.keys', 'Object.values', 'Object.entries', 'Object.fromEntries', 'Array.from', 'Array.isArray', 'Array.of']);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const t = new Int16Array(256).fill(-1);
  for (let i = 0; i < 64; i++) t[B64.charCodeAt(i)] = i;
  t['-'.charCodeAt(0)] = 62;
  t['_'.charCodeAt(0)] = 63;
  return t;
})();

export function base64Decode(s: string): Uint8Array {
  const out: number[] = [];
  let buf = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61) break; // '='
    const v = c < 256 ? B64_INDEX[c] : -1;
    if (v < 0) continue; // Buffer.from skips invalid characters too
    buf = (buf << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buf >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
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

function bytesToString(bytes: Uint8Array, enc: string): string | Unknown {
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
      return new TextDecoder('utf-16le').decode(bytes);
  }
  return UNKNOWN;
}

function toBytes(v: Value, enc: string | undefined): Uint8Array | Unknown {
  if (typeof v === 'string') {
    switch ((enc ?? 'utf8').toLowerCase()) {
      case 'base64':
      case 'base64url':
        return base64Decode(v);
      case 'hex': {
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
  if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return Uint8Array.from(v as number[]);
  if (v instanceof Bytes) return v.data.slice();
  return UNKNOWN;
}

function callBuiltin(fn: Builtin, args: Value[], isNew: boolean, ev: Evaluator): Value | Unknown {
  const self = fn.self;
  const a0 = args[0];
  const a1 = args[1];
  const cb = (f: Value) => (f instanceof Closure || f instanceof Builtin ? f : UNKNOWN);
  switch (fn.name) {
    case 'String':
      return isNew ? UNKNOWN : a0 === undefined && args.length === 0 ? '' : String(prim(a0));
    case 'Number':
      return Number(prim(a0));
    case 'Boolean':
      return truthy(a0);
    case 'parseInt':
    case 'Number.parseInt':
      return parseInt(String(prim(a0)), a1 === undefined ? undefined : Number(a1));
    case 'parseFloat':
    case 'Number.parseFloat':
      return parseFloat(String(prim(a0)));
    case 'String.fromCharCode':
      ev.decoded.add('char codes');
      return String.fromCharCode(...args.map((x) => Number(prim(x))));
    case 'String.fromCodePoint':
      ev.decoded.add('char codes');
      try {
        return String.fromCodePoint(...args.map((x) => Number(prim(x))));
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
      try {
        if (/%[0-9a-f]{2}/i.test(a0)) ev.decoded.add('percent-encoding');
        return fn.name === 'unescape' ? a0.replace(/%u([0-9a-f]{4})|%([0-9a-f]{2})/gi, (_, u, h) => String.fromCharCode(parseInt(u ?? h, 16))) : decodeURIComponent(a0);
      } catch {
        return UNKNOWN;
      }
    case 'escape':
    case 'encodeURIComponent':
      return typeof a0 === 'string' ? encodeURIComponent(a0) : UNKNOWN;
    case 'Buffer.from': {
      const enc = typeof a1 === 'string' ? a1 : undefined;
      const b = toBytes(a0, enc);
      if (b === UNKNOWN) return UNKNOWN;
      if (enc && enc !== 'utf8' && enc !== 'utf-8') ev.decoded.add(enc);
      return new Bytes(b);
    }
    case 'Uint8Array': {
      if (!isNew) return UNKNOWN;
      const b = toBytes(a0, undefined);
      return b === UNKNOWN ? UNKNOWN : new Bytes(b);
    }
    case 'TextDecoder':
      return isNew ? new DecoderObject('TextDecoder', typeof a0 === 'string' ? a0 : 'utf-8') : UNKNOWN;
    case 'TextDecoder.decode': {
      const b = a0 instanceof Bytes ? a0.data : toBytes(a0 as Value, undefined);
      if (b === UNKNOWN) return UNKNOWN;
      return bytesToString(b, (self as DecoderObject).encoding);
    }
    case 'bytes.toString': {
      const enc = typeof a0 === 'string' ? a0 : 'utf8';
      return bytesToString((self as Bytes).data, enc);
    }
    case 'JSON.parse':
      if (typeof a0 !== 'string') return UNKNOWN;
      try {
        return sanitize(JSON.parse(a0));
      } catch {
        return UNKNOWN;
      }
    case 'Object.keys':
      return a0 && typeof a0 === 'object' && !(a0 instanceof Closure) ? Object.keys(a0) : UNKNOWN;
    case 'Object.values':
      return a0 && typeof a0 === 'object' && !(a0 instanceof Closure) ? (Object.values(a0) as Value[]) : UNKNOWN;
    case 'Object.entries':
      return a0 && typeof a0 === 'object' && !(a0 instanceof Closure) ? (Object.entries(a0) as Value[]) : UNKNOWN;
    case 'Array.from': {
      let items: Value[];
      if (typeof a0 === 'string') items = [...a0];
      else if (Array.isArray(a0)) items = a0.slice();
      else if (a0 instanceof Bytes) items = Array.from(a0.data);
      else if (a0 && typeof a0 === 'object' && typeof (a0 as Record<string, Value>).length === 'number') items = new Array(Math.min(Number((a0 as Record<string, Value>).length), 1 << 16)).fill(undefined);
      else return UNKNOWN;
      if (a1 === undefined) return items;
      const f = cb(a1);
      if (f === UNKNOWN) return UNKNOWN;
      return mapAll(items, (x, i) => ev.call(f, [x, i]));
    }
    case 'Array.isArray':
      return Array.isArray(a0);
    case 'Array.of':
      return args;
    case 'Math.floor':
      return Math.floor(Number(a0));
    case 'Math.ceil':
      return Math.ceil(Number(a0));
    case 'Math.round':
      return Math.round(Number(a0));
    case 'Math.abs':
      return Math.abs(Number(a0));
    case 'Math.trunc':
      return Math.trunc(Number(a0));
    case 'Math.min':
      return Math.min(...args.map(Number));
    case 'Math.max':
      return Math.max(...args.map(Number));
    case 'Math.pow':
      return Number(a0) ** Number(a1);
    case 'num.toString':
      return (self as number).toString(a0 === undefined ? 10 : Number(a0));
    case 'num.toFixed':
      return (self as number).toFixed(Number(a0 ?? 0));
  }
  if (fn.name.startsWith('str.')) return stringMethod(fn.name.slice(4), self as string, args);
  if (fn.name.startsWith('arr.')) return arrayMethod(fn.name.slice(4), self as Value[], args, ev);
  return UNKNOWN;
}

function sanitize(v: unknown): Value {
  if (v === null || typeof v !== 'object') return v as Value;
  if (Array.isArray(v)) return v.map(sanitize);
  const out: { [k: string]: Value } = Object.create(null);
  for (const [k, x] of Object.entries(v)) out[k] = sanitize(x);
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

function stringMethod(name: string, s: string, args: Value[]): Value | Unknown {
  const [a0, a1] = args;
  const num = (x: Value, d?: number) => (x === undefined ? d : Number(x));
  switch (name) {
    case 'split':
      if (a0 instanceof RegexValue) {
        try {
          return s.split(new RegExp(a0.pattern, a0.flags));
        } catch {
          return UNKNOWN;
        }
      }
      return a0 === undefined ? [s] : s.split(String(a0));
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
      return s.toLowerCase();
    case 'toUpperCase':
      return s.toUpperCase();
    case 'trim':
      return s.trim();
    case 'trimStart':
      return s.trimStart();
    case 'trimEnd':
      return s.trimEnd();
    case 'padStart':
      return s.padStart(num(a0, 0)!, a1 === undefined ? undefined : String(a1));
    case 'padEnd':
      return s.padEnd(num(a0, 0)!, a1 === undefined ? undefined : String(a1));
    case 'repeat': {
      const n = num(a0, 0)!;
      if (n < 0 || n * s.length > 1 << 20) return UNKNOWN;
      return s.repeat(n);
    }
    case 'concat':
      return s.concat(...args.map((x) => String(prim(x))));
    case 'indexOf':
      return s.indexOf(String(a0), num(a1));
    case 'lastIndexOf':
      return s.lastIndexOf(String(a0), num(a1));
    case 'includes':
      return s.includes(String(a0));
    case 'startsWith':
      return s.startsWith(String(a0));
    case 'endsWith':
      return s.endsWith(String(a0));
    case 'normalize':
      return s.normalize(a0 === undefined ? undefined : String(a0));
    case 'toString':
    case 'valueOf':
      return s;
    case 'replace':
    case 'replaceAll': {
      if (typeof a1 !== 'string') return UNKNOWN;
      if (a0 instanceof RegexValue) {
        try {
          const re = new RegExp(a0.pattern, a0.flags);
          return name === 'replace' ? s.replace(re, a1) : s.replaceAll(re, a1);
        } catch {
          return UNKNOWN;
        }
      }
      if (typeof a0 !== 'string') return UNKNOWN;
      return name === 'replace' ? s.replace(a0, a1) : s.replaceAll(a0, a1);
    }
  }
  return UNKNOWN;
}

function arrayMethod(name: string, arr: Value[], args: Value[], ev: Evaluator): Value | Unknown {
  const [a0, a1] = args;
  const f = a0 instanceof Closure || a0 instanceof Builtin ? a0 : undefined;
  switch (name) {
    case 'join':
      return arr.map((x) => (x === null || x === undefined ? '' : String(prim(x)))).join(a0 === undefined ? ',' : String(a0));
    case 'toString':
      return arr.map((x) => (x === null || x === undefined ? '' : String(prim(x)))).join(',');
    case 'reverse':
      ev.decoded.add('reversal');
      return arr.reverse();
    case 'sort':
      if (a0 !== undefined) return UNKNOWN;
      return arr.sort();
    case 'slice':
      return arr.slice(a0 === undefined ? undefined : Number(a0), a1 === undefined ? undefined : Number(a1));
    case 'concat':
      return arr.concat(...args.map((x) => (Array.isArray(x) ? x : [x])));
    case 'indexOf':
      return arr.indexOf(a0);
    case 'includes':
      return arr.includes(a0);
    case 'at':
      return arr.at(Number(a0));
    case 'flat':
      return arr.flat() as Value[];
    case 'fill':
      return arr.fill(a0);
    case 'push':
      arr.push(...args);
      return arr.length;
    case 'map':
      if (!f) return UNKNOWN;
      return mapAll(arr, (x, i) => ev.call(f, [x, i, arr]));
    case 'forEach': {
      if (!f) return UNKNOWN;
      const r = mapAll(arr, (x, i) => ev.call(f, [x, i, arr]));
      return r === UNKNOWN ? UNKNOWN : undefined;
    }
    case 'filter': {
      if (!f) return UNKNOWN;
      const keep = mapAll(arr, (x, i) => ev.call(f, [x, i, arr]));
      if (keep === UNKNOWN) return UNKNOWN;
      return arr.filter((_, i) => truthy((keep as Value[])[i]));
    }
    case 'some':
    case 'every':
    case 'find': {
      if (!f) return UNKNOWN;
      const r = mapAll(arr, (x, i) => ev.call(f, [x, i, arr]));
      if (r === UNKNOWN) return UNKNOWN;
      const flags = (r as Value[]).map(truthy);
      if (name === 'some') return flags.some(Boolean);
      if (name === 'every') return flags.every(Boolean);
      const i = flags.indexOf(true);
      return i === -1 ? undefined : arr[i];
    }
    case 'reduce': {
      if (!f) return UNKNOWN;
      let acc: Value | Unknown;
      let i = 0;
      if (args.length >= 2) acc = a1;
      else {
        if (!arr.length) return UNKNOWN;
        acc = arr[0];
        i = 1;
      }
      for (; i < arr.length; i++) {
        acc = ev.call(f, [acc as Value, arr[i], i, arr]);
        if (acc === UNKNOWN) return UNKNOWN;
      }
      return acc;
    }
  }
  return UNKNOWN;
}
