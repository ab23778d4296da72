import { isFunction, memberName, staticString, unwrap, type Node } from './ast';
import { CALL_SOURCES, DISCOVERY_COMMANDS, envKind, MACHINE_ID_FILES, MEMBER_SOURCES, normaliseModule, type SenseKind } from '../rules/data/sources';
import { Closure, Evaluator, UNKNOWN, type StaticResolver, type Unknown, type Value } from './evaluate';
import type { TraceRole } from '../model';
import { functionBinding, type Binding, type FunctionInfo, type Scope } from './scope';
import type { CallSite, ProgramFacts } from './collect';

export interface Sensed {
  kind: SenseKind;
  label: string;
  node: Node;
  weak?: boolean;
  /** For env reads: the variable name. */
  envName?: string;
}

export interface Step {
  role: TraceRole;
  node: Node;
  note: string;
}

/**
 * The abstract value of an expression, as far as Candor cares: a known object (`process.env`,
 * the `os` module, `Intl.DateTimeFormat()`), something sensed about the user, a constant
 * (possibly decoded), function values, or an object literal whose properties can be followed.
 */
export interface AV {
  ref?: string;
  sensed?: Sensed[];
  steps?: Step[];
  fns?: FunctionInfo[];
  konst?: { v: Value; decodedVia?: string[]; node: Node };
  obj?: { node: Node; scope: Scope };
  /** Elements of a constant list this value ranges over (callback parameter of `.some`, …). */
  elementOf?: AV;
}

const EMPTY: AV = Object.freeze({}) as AV;
const IN_PROGRESS: AV = Object.freeze({}) as AV;
const STRING_TRANSFORMS = new Set(['toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'split', 'replace', 'replaceAll', 'slice', 'substring', 'substr', 'normalize', 'toString', 'valueOf', 'at', 'concat', 'padStart', 'padEnd', 'toLocaleLowerCase', 'toLocaleUpperCase', 'match', 'exec', 'then', 'get', 'join']);
const KNOWN_GLOBALS = new Set(['process', 'Intl', 'navigator', 'Buffer', 'require', 'Date', 'String', 'JSON', 'Object', 'fetch', 'atob', 'btoa', 'URL', 'Reflect', 'WebSocket', 'XMLHttpRequest', 'globalThis', 'window', 'global', 'self', '__require', 'module', 'Set', 'Map', 'Array', 'Math', 'Number', 'decodeURIComponent', 'TextDecoder', 'Uint8Array', 'Proxy']);
const MAX_DEPTH = 40;
const MAX_CALLSITES = 24;
/** Calls by a name examined for the ones that reach a given binding. */
const MAX_SITES_SCANNED = 512;
const MAX_STEPS = 10;

function addStep(av: AV, step: Step): AV {
  const steps = av.steps ? av.steps.slice(0, MAX_STEPS - 1) : [];
  if (!steps.some((s) => s.node === step.node && s.note === step.note)) steps.push(step);
  return { ...av, steps };
}

function union(values: AV[]): AV {
  const nonEmpty = values.filter((v) => v !== EMPTY);
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return nonEmpty[0];
  const out: AV = {};
  for (const v of nonEmpty) {
    if (v.sensed) {
      out.sensed = [...(out.sensed ?? []), ...v.sensed];
      out.steps = [...(out.steps ?? []), ...(v.steps ?? [])].slice(0, MAX_STEPS);
    }
    if (v.fns) out.fns = [...(out.fns ?? []), ...v.fns];
    if (v.ref && !out.ref) out.ref = v.ref;
    if (v.elementOf && !out.elementOf) out.elementOf = v.elementOf;
  }
  if (out.sensed) out.sensed = [...new Map(out.sensed.map((x) => [`${x.node.start}:${x.label}`, x])).values()];
  if (out.steps) out.steps = [...new Map(out.steps.map((x) => [`${x.node.start}:${x.note}`, x])).values()];
  // A constant only survives a union when every alternative is that constant.
  const consts = nonEmpty.filter((v) => v.konst);
  if (consts.length === nonEmpty.length && consts.length) out.konst = consts[0].konst;
  return out;
}

export function isSensed(av: AV): boolean {
  return !!av.sensed && av.sensed.length > 0;
}

/**
 * Demand-driven resolution over the facts of one parse. Checks ask for the values of the
 * few expressions they care about; answers are memoised per node, recursion is bounded, and
 * cycles resolve to "unknown".
 */
export class Resolver implements StaticResolver {
  private memo = new Map<Node, AV>();
  private bindingMemo = new Map<Binding, AV>();
  private inProgress = new Set<unknown>();
  private constMemo = new Map<Binding, Value | Unknown>();
  private depth = 0;
  readonly evaluator: Evaluator;
  /** Total evaluator work, bounded per file so hostile input cannot stall a scan. */
  private evalCalls = 0;

  /**
   * @param callbackOwner Calls whose callback argument is a function literal (`list.some(d => …)`),
   * by that function: a parameter ranges over the list the call iterates.
   */
  constructor(
    readonly facts: ProgramFacts,
    readonly callbackOwner: ReadonlyMap<Node, { node: Node; scope: Scope }> = new Map(),
  ) {
    this.evaluator = new Evaluator(this);
  }

  scopeOf(fn: Node): Scope | undefined {
    return this.facts.functions.get(fn)?.scope;
  }

  // --- StaticResolver: constant values of bindings, for the evaluator -----------------------

  bindingValue(b: Binding, ev: Evaluator): Value | Unknown {
    const cached = this.constMemo.get(b);
    if (cached !== undefined || this.constMemo.has(b)) return cached as Value | Unknown;
    if (this.inProgress.has(b)) return UNKNOWN;
    this.inProgress.add(b);
    let v: Value | Unknown = UNKNOWN;
    try {
      if (b.kind === 'function' && isFunction(b.node)) v = new Closure(b.node, undefined, this.scopeOf(b.node));
      else if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.init && !b.assignments) {
        v = ev.nested(b.init, b.scope);
        if (v !== UNKNOWN && b.path) v = applyPath(v, b.path);
      }
    } finally {
      this.inProgress.delete(b);
    }
    this.constMemo.set(b, v);
    return v;
  }

  /** Constant value of an expression (decoding as needed), or UNKNOWN. */
  constant(node: Node, scope: Scope | undefined): { v: Value; decodedVia: string[] } | undefined {
    if (++this.evalCalls > 20_000) return undefined;
    const v = this.evaluator.evaluate(node, scope);
    if (v === UNKNOWN) return undefined;
    return { v, decodedVia: [...this.evaluator.decoded] };
  }

  // --- Abstract values -------------------------------------------------------------------------

  valueOf(node: Node, scope: Scope): AV {
    const hit = this.memo.get(node);
    // A node being computed is marked in the memo itself: a cycle back to it is unknown.
    if (hit !== undefined) return hit === IN_PROGRESS ? EMPTY : hit;
    if (this.depth > MAX_DEPTH) return EMPTY;
    this.memo.set(node, IN_PROGRESS);
    this.depth++;
    let v: AV = EMPTY;
    try {
      v = this.compute(node, scope);
    } finally {
      this.depth--;
      this.memo.set(node, v);
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
        const sensed = union(parts.filter(isSensed));
        if (isSensed(sensed)) return sensed;
        return this.tryConst(node, scope);
      }
      case 'Identifier':
        return this.identifier(node, scope);
      case 'MemberExpression':
        return this.member(node, scope);
      case 'CallExpression':
      case 'NewExpression':
        return this.call(node, scope);
      case 'ChainExpression':
      case 'ParenthesizedExpression':
        return this.valueOf(node.expression, scope);
      case 'AwaitExpression':
        return node.argument ? this.valueOf(node.argument, scope) : EMPTY;
      case 'SequenceExpression':
        return this.valueOf(node.expressions[node.expressions.length - 1], scope);
      case 'AssignmentExpression':
        return this.valueOf(node.right, scope);
      case 'ConditionalExpression':
        return union([this.valueOf(node.consequent, scope), this.valueOf(node.alternate, scope)]);
      case 'LogicalExpression': {
        const l = this.valueOf(node.left, scope);
        const r = this.valueOf(node.right, scope);
        if (node.operator === '&&') return isSensed(r) ? r : isSensed(l) ? l : EMPTY;
        return union([l, r]);
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return EMPTY;
        const l = this.valueOf(node.left, scope);
        const r = this.valueOf(node.right, scope);
        if (isSensed(l) || isSensed(r)) return union([l, r].filter(isSensed));
        if (l.konst && r.konst) return this.tryConst(node, scope);
        return EMPTY;
      }
      case 'ArrayExpression': {
        const c = this.tryConst(node, scope);
        if (c.konst) return c;
        const parts = (node.elements as (Node | null)[]).filter((e): e is Node => !!e).slice(0, 64).map((e) => this.valueOf(e.type === 'SpreadElement' ? e.argument : e, scope));
        return union(parts.filter(isSensed));
      }
      case 'ObjectExpression': {
        // An object literal carries what its properties carry (request bodies, event payloads).
        const parts: AV[] = [];
        for (const p of (node.properties as Node[]).slice(0, 64)) {
          const v = p.type === 'Property' ? (p.kind === 'init' && !isFunction(p.value) ? this.valueOf(p.value, scope) : EMPTY) : p.type === 'SpreadElement' ? this.valueOf(p.argument, scope) : EMPTY;
          if (isSensed(v)) parts.push(v);
        }
        const carried = union(parts);
        return { obj: { node, scope }, sensed: carried.sensed, steps: carried.steps };
      }
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const info = this.facts.functions.get(node);
        return info ? { fns: [info] } : EMPTY;
      }
      case 'UnaryExpression':
        if (node.operator === 'void') return { konst: { v: undefined, node } };
        if (node.operator === '-' || node.operator === '!') return this.tryConst(node, scope);
        return EMPTY;
    }
    return EMPTY;
  }

  private tryConst(node: Node, scope: Scope): AV {
    const c = this.constant(node, scope);
    return c ? { konst: { v: c.v, decodedVia: c.decodedVia.length ? c.decodedVia : undefined, node } } : EMPTY;
  }

  private identifier(node: Node, scope: Scope): AV {
    const b = scope.lookup(node.name);
    if (!b) {
      if (node.name === 'undefined') return { konst: { v: undefined, node } };
      return KNOWN_GLOBALS.has(node.name) ? { ref: globalRef(node.name) } : EMPTY;
    }
    return this.binding(b);
  }

  binding(b: Binding): AV {
    const hit = this.bindingMemo.get(b);
    if (hit !== undefined) return hit === IN_PROGRESS ? EMPTY : hit;
    this.bindingMemo.set(b, IN_PROGRESS);
    let v: AV = EMPTY;
    try {
      v = this.computeBinding(b);
    } finally {
      this.bindingMemo.set(b, v);
    }
    return v;
  }

  private computeBinding(b: Binding): AV {
    switch (b.kind) {
      case 'import': {
        const mod = normaliseModule(b.importSource!);
        return { ref: b.importName === '*' || b.importName === 'default' ? mod : `${mod}.${b.importName}` };
      }
      case 'function':
      case 'class': {
        const info = this.facts.functions.get(b.node);
        return info ? { fns: [info] } : EMPTY;
      }
      case 'param':
        return this.param(b);
      case 'catch':
        return EMPTY;
    }
    const parts: AV[] = [];
    if (b.init) {
      let v = this.valueOf(b.init, b.scope);
      if (b.path) v = this.applyAVPath(v, b.path, b.init);
      parts.push(v);
    }
    if (b.assignments) {
      for (const a of b.assignments.slice(0, 16)) {
        if (a.type === 'AssignmentExpression') {
          const v = this.valueOf(a.right, b.scope);
          parts.push(a.operator === '=' || a.operator.length === 3 ? v : isSensed(v) ? v : EMPTY);
        }
      }
      // A reassigned variable is not a constant.
      const u = union(parts);
      if (u.konst && parts.length > 1) return { ...u, konst: undefined };
      return u;
    }
    return union(parts);
  }

  private applyAVPath(v: AV, path: (string | number)[], at: Node): AV {
    let cur = v;
    for (const key of path) {
      if (key === '...') return isSensed(cur) || cur.ref === 'process.env' ? cur : EMPTY;
      cur = this.memberOf(cur, String(key), at);
      if (cur === EMPTY) return EMPTY;
    }
    return cur;
  }

  /** A parameter's value: list elements for iteration callbacks, else the union over call sites. */
  private param(b: Binding): AV {
    const fn = b.fn;
    if (!fn || b.paramIndex === undefined || b.path) return EMPTY;
    const fnNode = fn.node;
    // Callback of `list.some(x => …)`: x ranges over the list.
    const parentCall = this.callbackOwner.get(fnNode);
    if (parentCall && b.paramIndex === 0) {
      const recv = this.valueOf(parentCall.node.callee.object, parentCall.scope);
      return { elementOf: recv, sensed: recv.sensed, steps: recv.steps };
    }
    const fnBinding = functionBinding(fn);
    // Call sites are calls of a plain name: a method (`{ f() {} }`) is called as `o.f(…)`, and a
    // bare `f(…)` elsewhere is another function.
    if (!fnBinding) return EMPTY;
    const name = fnBinding.name;
    const parts: AV[] = [];
    for (const site of this.callsOf(fnBinding, MAX_CALLSITES)) {
      const arg = site.node.arguments[b.paramIndex];
      if (!arg || arg.type === 'SpreadElement') continue;
      const v = this.valueOf(arg, site.scope);
      if (isSensed(v)) parts.push(addStep(v, { role: 'transform', node: site.node, note: `passed to ${name}()` }));
      else if (v.fns || v.ref) parts.push({ fns: v.fns, ref: v.ref });
    }
    return union(parts);
  }

  /**
   * Calls of the function a binding names, up to `limit`: the calls by that name whose name
   * resolves to this binding (a minified `e(…)` is a different function in every other module).
   */
  callsOf(binding: Binding, limit: number): CallSite[] {
    const out: CallSite[] = [];
    const sites = this.facts.callSites(binding.name);
    for (let i = 0; i < sites.length && i < MAX_SITES_SCANNED && out.length < limit; i++) {
      if (sites[i].scope.lookup(binding.name) === binding) out.push(sites[i]);
    }
    return out;
  }

  private member(node: Node, scope: Scope): AV {
    const obj = this.valueOf(node.object, scope);
    let key: string | undefined = memberName(node);
    if (key === undefined && node.computed) {
      const k = this.valueOf(node.property, scope);
      if (k.konst && (typeof k.konst.v === 'string' || typeof k.konst.v === 'number')) key = String(k.konst.v);
      else if (obj.ref === 'process.env') {
        const s: Sensed = { kind: 'env', label: 'env (computed name)', node, envName: '*' };
        return { sensed: [s], steps: [{ role: 'source', node, note: 'reads an environment variable by a computed name' }] };
      } else if (obj.konst && isSensed(k)) {
        // Table lookup keyed by a sensed value: the table's keys are what it is compared with.
        return { ...k, elementOf: obj };
      }
    }
    if (key === undefined) return EMPTY;
    return this.memberOf(obj, key, node);
  }

  memberOf(obj: AV, key: string, node: Node): AV {
    if (obj.ref) {
      if (obj.ref === 'globalThis') return KNOWN_GLOBALS.has(key) ? { ref: globalRef(key) } : { ref: key };
      if (key === 'default' && (obj.ref.startsWith('module:') || !obj.ref.includes('.'))) return obj;
      const ref = `${obj.ref}.${key}`;
      if (obj.ref === 'process.env') {
        const def = envKind(key);
        return { ref, sensed: [{ kind: def.kind, label: def.label, node, envName: key }], steps: [{ role: 'source', node, note: `reads ${key} from the environment` }] };
      }
      const src = MEMBER_SOURCES[ref];
      if (src) return { ref, sensed: [{ kind: src.kind, label: src.label, node, weak: src.weak }], steps: [{ role: 'source', node, note: `reads ${src.label}` }] };
      return { ref };
    }
    // An object literal: follow the property itself, not everything the object carries.
    if (obj.obj) {
      for (const p of obj.obj.node.properties as Node[]) {
        if (p.type === 'Property' && !p.computed && ((p.key.type === 'Identifier' && p.key.name === key) || (p.key.type === 'Literal' && String(p.key.value) === key))) {
          return this.valueOf(p.value, obj.obj.scope);
        }
      }
      // A property the literal does not declare: only a spread could hold it.
      if (!(obj.obj.node.properties as Node[]).some((p) => p.type === 'SpreadElement')) return EMPTY;
    }
    if (isSensed(obj)) {
      if (key === 'length') return EMPTY;
      const interesting = key === 'hostname' || key === 'host' || key === 'origin' || key === 'timeZone' || key === 'locale' || key === 'username' || key === 'href';
      return interesting ? addStep({ sensed: obj.sensed, steps: obj.steps }, { role: 'transform', node, note: `takes .${key}` }) : { sensed: obj.sensed, steps: obj.steps };
    }
    if (obj.konst) {
      const v = obj.konst.v;
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const x = applyPath(v, [key]);
        if (x !== UNKNOWN) return { konst: { v: x as Value, node, decodedVia: obj.konst.decodedVia } };
      }
      if (Array.isArray(v) && /^\d+$/.test(key)) return { konst: { v: v[Number(key)], node, decodedVia: obj.konst.decodedVia } };
    }
    return EMPTY;
  }

  private call(node: Node, scope: Scope): AV {
    const callee = unwrap(node.callee);
    const isNew = node.type === 'NewExpression';
    if (callee.type === 'MemberExpression') {
      const method = memberName(callee);
      const recv = this.valueOf(callee.object, scope);
      if (method === 'getTimezoneOffset') {
        return { sensed: [{ kind: 'timezone', label: 'getTimezoneOffset()', node }], steps: [{ role: 'source', node, note: 'reads the UTC offset of the local time zone' }] };
      }
      if (method && recv.ref) return this.refCall(`${recv.ref}.${method}`, node, scope);
      if (method && isSensed(recv) && STRING_TRANSFORMS.has(method)) return addStep({ sensed: recv.sensed, steps: recv.steps }, { role: 'transform', node, note: `${method}()` });
      if (method && recv.fns && (method === 'call' || method === 'apply')) return this.returnsOf(recv.fns, node);
      if (recv.konst || recv.obj) {
        const c = this.tryConst(node, scope);
        if (c.konst) return c;
      }
      if (method === 'stringify' || method === 'from' || method === 'parse' || method === 'resolve' || method === 'join') {
        const args = (node.arguments as Node[]).slice(0, 4).map((a) => this.valueOf(a, scope)).filter(isSensed);
        if (args.length) return addStep(union(args), { role: 'transform', node, note: `${method}()` });
      }
      return EMPTY;
    }
    const f = this.valueOf(callee, scope);
    if (f.ref) {
      if ((f.ref === 'require' || f.ref === '__require') && node.arguments.length >= 1) {
        const name = staticString(node.arguments[0]);
        return name !== undefined ? { ref: normaliseModule(name) } : EMPTY;
      }
      if (f.ref === 'URL' && isNew) {
        const a = node.arguments[0] ? this.valueOf(node.arguments[0], scope) : EMPTY;
        return isSensed(a) ? addStep({ sensed: a.sensed, steps: a.steps }, { role: 'transform', node, note: 'parses it as a URL' }) : EMPTY;
      }
      if (f.ref === 'Set' || f.ref === 'Map' || f.ref === 'String' || f.ref === 'atob' || f.ref === 'decodeURIComponent' || f.ref === 'Buffer.from') {
        const a = node.arguments[0] ? this.valueOf(node.arguments[0], scope) : EMPTY;
        if (isSensed(a)) return a;
        return f.ref === 'Set' || f.ref === 'Map' ? this.setLiteral(node, scope) : this.tryConst(node, scope);
      }
      return this.refCall(f.ref, node, scope);
    }
    // Module interop wrappers (`__toESM(require("os"))`, renamed by minifiers): same module.
    if (node.arguments.length >= 1 && node.arguments.length <= 2 && node.arguments[0].type === 'CallExpression') {
      const inner = this.valueOf(node.arguments[0], scope);
      if (inner.ref && !inner.ref.includes('(') && !inner.sensed) return { ref: inner.ref };
    }
    if (f.fns) {
      const args = node.arguments as Node[];
      if (args.length > 0 && args.every((a) => isConstantish(a))) {
        const c = this.tryConst(node, scope);
        if (c.konst) return c;
      }
      return this.returnsOf(f.fns, node);
    }
    // `const g = once(() => …)` and friends: an unknown wrapper around one function literal.
    if (callee.type === 'Identifier' || callee.type === 'MemberExpression') {
      const fnArgs = (node.arguments as Node[]).filter((a) => isFunction(a));
      if (fnArgs.length === 1 && node.arguments.length <= 2) {
        const info = this.facts.functions.get(fnArgs[0]);
        if (info) return { fns: [info] };
      }
    }
    return EMPTY;
  }

  private setLiteral(node: Node, scope: Scope): AV {
    const a = node.arguments[0];
    if (!a) return EMPTY;
    const c = this.valueOf(a, scope);
    return c.konst ? { konst: { ...c.konst, node } } : EMPTY;
  }

  private returnsOf(fns: FunctionInfo[], call: Node): AV {
    const parts: AV[] = [];
    for (const fn of fns.slice(0, 4)) {
      for (const r of fn.returns.slice(0, 12)) {
        const v = this.valueOf(r, fn.scope);
        if (isSensed(v)) parts.push(addStep(v, { role: 'transform', node: call, note: `returned by ${fn.name ?? 'a function'}()` }));
        else if (v.ref || v.fns || v.obj) parts.push(v);
      }
    }
    return union(parts);
  }

  private refCall(ref: string, node: Node, scope: Scope): AV {
    const callRef = `${ref}()`;
    const src = CALL_SOURCES[callRef];
    if (src) return { ref: callRef, sensed: [{ kind: src.kind, label: src.label, node, weak: src.weak }], steps: [{ role: 'source', node, note: `calls ${src.label}` }] };
    if (ref === 'child_process.execSync' || ref === 'child_process.exec' || ref === 'child_process.execFileSync' || ref === 'child_process.spawnSync') {
      const cmd = commandText(node, this, scope);
      const d = cmd && DISCOVERY_COMMANDS.find((x) => x.re.test(cmd));
      if (d) return { sensed: [{ kind: d.kind, label: d.label, node }], steps: [{ role: 'source', node, note: `runs \`${cmd.slice(0, 80)}\`` }] };
      return EMPTY;
    }
    if (ref === 'fs.readFileSync' || ref === 'fs.readFile') {
      const p = node.arguments[0] ? this.valueOf(node.arguments[0], scope) : EMPTY;
      if (p.konst && typeof p.konst.v === 'string' && MACHINE_ID_FILES.test(p.konst.v)) {
        return { sensed: [{ kind: 'machine-id', label: p.konst.v, node }], steps: [{ role: 'source', node, note: `reads ${p.konst.v}` }] };
      }
      return EMPTY;
    }
    if (ref === 'JSON.stringify' || ref === 'String' || ref === 'encodeURIComponent' || ref === 'url.parse' || ref === 'path.join') {
      const args = (node.arguments as Node[]).slice(0, 4).map((a) => this.valueOf(a, scope)).filter(isSensed);
      return args.length ? addStep(union(args), { role: 'transform', node, note: `${ref}()` }) : EMPTY;
    }
    return { ref: callRef };
  }
}

function globalRef(name: string): string {
  if (name === '__require') return 'require';
  if (name === 'globalThis' || name === 'window' || name === 'global' || name === 'self') return 'globalThis';
  return name;
}

/** Literal-looking arguments worth a try in the evaluator (decoder calls). */
export function isConstantish(n: Node): boolean {
  switch (n.type) {
    case 'Literal':
    case 'TemplateLiteral':
    case 'ArrayExpression':
      return true;
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

export function applyPath(v: Value, path: (string | number)[]): Value | Unknown {
  let cur: Value = v;
  for (const key of path) {
    if (key === '...') return UNKNOWN;
    if (Array.isArray(cur) && typeof key === 'number') cur = cur[key];
    else if (cur && typeof cur === 'object' && !Array.isArray(cur) && Object.getPrototypeOf(cur) === null) cur = (cur as Record<string, Value>)[String(key)];
    else return UNKNOWN;
  }
  return cur;
}

function commandText(node: Node, r: Resolver, scope: Scope): string | undefined {
  const a = node.arguments[0];
  if (!a) return undefined;
  const v = r.valueOf(a, scope);
  if (v.konst && typeof v.konst.v === 'string') {
    const args = node.arguments[1];
    if (args && args.type === 'ArrayExpression') {
      const rest = (args.elements as Node[]).map((e) => (e ? staticString(e) : undefined)).filter((x): x is string => x !== undefined);
      return [v.konst.v, ...rest].join(' ');
    }
    return v.konst.v;
  }
  return undefined;
}
