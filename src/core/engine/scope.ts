import type { Node } from './ast';

export type BindingKind = 'var' | 'let' | 'const' | 'param' | 'function' | 'class' | 'import' | 'catch';

/**
 * A declared name. `init` plus `path` says where its value comes from: `const {env: e} = process`
 * is init `process`, path `["env"]`; `const [a, b] = x` gives paths `[0]` and `[1]`.
 */
export interface Binding {
  name: string;
  kind: BindingKind;
  scope: Scope;
  /** The declaring node: VariableDeclarator, function, class, import specifier, param owner. */
  node: Node;
  init?: Node;
  path?: (string | number)[];
  /** For params: the function and the argument's position (a name destructured from it has `path` too). */
  fn?: FunctionInfo;
  paramIndex?: number;
  /** For imports: module name and imported name (`*`, `default` or a named export). */
  importSource?: string;
  importName?: string;
  /** Later assignments `x = …`, `x ||= …`, `x++` (set after the parse). */
  assignments?: Node[];
  /** The scope each of `assignments` is in, in the same order. */
  assignmentScopes?: Scope[];
  /**
   * Later destructuring assignments that set it (`({ TZ: x = "" } = process.env)`, as a lazy
   * initialiser writes a module's `const { … } = …`): the assignment, where its value is in the
   * right side, and the scope.
   */
  destructured?: { node: Node; path: (string | number)[]; scope: Scope }[];
}

/** A scope as resolution sees it; the collecting parser (collect.ts) builds the only kind there is. */
export abstract class Scope {
  vars: Map<string, Binding> | undefined;
  /**
   * True when `vars` holds every binding here. A scope whose declarations wait for lookups (see
   * collect.ts) is not: its own() binds them when asked.
   */
  ready = true;
  constructor(
    readonly parent: Scope | undefined,
    readonly fn: FunctionInfo | undefined,
  ) {}

  /** True for program and function scopes (and class static blocks), where `var` lands. */
  abstract get isFunctionScope(): boolean;

  declare(b: Binding): void {
    (this.vars ??= new Map()).set(b.name, b);
  }

  functionScope(): Scope {
    let s: Scope = this;
    while (!s.isFunctionScope && s.parent) s = s.parent;
    return s;
  }

  /** The binding this scope itself gives `name`, made from the declarations recorded while parsing. */
  abstract own(name: string): Binding | undefined;

  lookup(name: string): Binding | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const b = s.ready ? s.vars?.get(name) : s.own(name);
      if (b) return b;
    }
    return undefined;
  }
}

/** A function with what the parse learned about it. */
export interface FunctionInfo {
  node: Node;
  scope: Scope;
  /** Expressions it returns (an arrow's expression body counts). */
  returns: Node[];
  /**
   * The block scope each of `returns` is in, where it is not the function's own (`for (;;) { let
   * v = …; return v }`): `v` is only found from there. Absent when every return is at the top.
   */
  returnScopes?: (Scope | undefined)[];
  /** A generator's yielded values (`yield v`, `yield* other()`), with their scopes: what iterating its call gives. */
  yields?: { node: Node; scope: Scope }[];
  /** The name it is known by: declaration id, `var f = function…`, `{ f() {} }`, `var f = once(() => …)`. */
  name?: string;
  /** The scope whose (deferred) declarations name it. */
  bindingScope?: Scope;
  /** Heuristic flags the checks' visitors set while parsing. */
  decoderLike?: boolean;
  /** A function assigned to a plain name (`f = function () {…}`): the name and where it is assigned. */
  assignedTo?: { name: string; scope: Scope };
}

/**
 * The binding that names a function (`function f…`, `var f = …`, `var f = once(() => …)`): the
 * name's binding in the scope that declares it, if that declaration is this function's (a later
 * `var f = …` in the same scope takes the name over).
 */
export function functionBinding(info: FunctionInfo): Binding | undefined {
  if (info.bindingScope === undefined || info.name === undefined) return undefined;
  const b = info.bindingScope.own(info.name);
  if (b === undefined) return undefined;
  if (b.node === info.node) return b;
  const init = b.node.type === 'VariableDeclarator' && b.path === undefined ? b.init : undefined;
  return init !== undefined && (init === info.node || (init.type === 'CallExpression' && (init.arguments as Node[]).includes(info.node))) ? b : undefined;
}

/** The variable a function is assigned to once and never otherwise set (`var f; … f = function () {…}`). */
export function assignedBinding(info: FunctionInfo): Binding | undefined {
  const to = info.assignedTo;
  const b = to?.scope.lookup(to.name);
  if (!b || b.init || b.path || b.destructured || b.assignments?.length !== 1 || (b.kind !== 'var' && b.kind !== 'let')) return undefined;
  const a = b.assignments[0];
  return a.type === 'AssignmentExpression' && a.right === info.node ? b : undefined;
}
