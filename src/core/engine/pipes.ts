import { calleeName, isFunction, memberName, propertyKeyName, unwrap, type Node } from './ast';

/*
 * Pipelines of operators: RxJS's `source.pipe(map(f), filter(g), timeout(n))` and Effect's
 * `effect.pipe(Effect.map(f), Effect.orDie)`. Each stage is handed what the stage before it passes
 * on: an operator of the map family passes on what its callback returns, every other one (filter,
 * tap, timeout, retry, catchError, orDie, withSpan…) passes on what it was handed. The operators
 * are known by the names both libraries give them; what they do is the libraries' contract, not
 * code a bundle has to carry in a form that can be followed.
 */

/** Operators whose callback's return (or what it emits) is what the stage passes on. */
export const PIPE_MAPS = new Set(['map', 'switchMap', 'mergeMap', 'concatMap', 'exhaustMap', 'flatMap', 'andThen']);
/** Sources that emit what they are given: `of(x)`, `from(promise)`, `Effect.succeed(x)`. */
const EMITS_ARG = new Set(['of', 'from', 'succeed', 'just']);
/** Sources that emit what their function returns: `defer(() => x)`, `Effect.sync(() => x)`, `Effect.gen(function* () { … return x })`. */
const EMITS_RETURN = new Set(['defer', 'sync', 'suspend', 'promise', 'tryPromise', 'gen']);
/** What turns a stream or an effect into its value: `firstValueFrom(obs)`, `Effect.runPromise(effect)`. */
export const CONSUMES = new Set(['firstValueFrom', 'lastValueFrom', 'runPromise', 'runSync']);

/**
 * `x.pipe(op(…), …)` whose every argument is an operator: a call (`map(f)`) or a member naming
 * one (`Effect.orDie`). A stream piped into a variable (`src.pipe(res)`) is no such pipeline.
 */
export function isOperatorPipe(call: Node): boolean {
  const callee = unwrap(call.callee);
  if (call.type !== 'CallExpression' || callee.type !== 'MemberExpression' || memberName(callee) !== 'pipe') return false;
  const args = call.arguments as Node[];
  return args.length > 0 && args.length <= 24 && args.every((a) => a.type === 'CallExpression' || a.type === 'MemberExpression');
}

/** The pipeline stage whose operator is handed `fn` (`map((v) => …)` at `pipe`'s argument `k`), from the path down to fn. */
export function stageOf(fn: Node, path: Node[]): { pipe: Node; op: Node; k: number } | undefined {
  const op = path[path.length - 2];
  const pipe = path[path.length - 3];
  if (op?.type !== 'CallExpression' || !(op.arguments as Node[]).includes(fn) || pipe?.type !== 'CallExpression' || !isOperatorPipe(pipe)) return undefined;
  const k = (pipe.arguments as Node[]).indexOf(op);
  return k < 0 ? undefined : { pipe, op, k };
}

/** The callback an operator is handed (`map(f)`'s f, `Effect.map(self, f)`'s last argument), written in place or named. */
export function operatorCallback(op: Node): Node | undefined {
  if (op.type !== 'CallExpression') return undefined;
  const args = op.arguments as Node[];
  const fn = args.find((a) => isFunction(unwrap(a)));
  return fn ? unwrap(fn) : args.length === 1 && unwrap(args[0]).type === 'Identifier' ? unwrap(args[0]) : undefined;
}

/** How a source is made: from the argument it emits, or from what its function returns. */
export function sourceKind(call: Node): 'arg' | 'return' | 'consume' | undefined {
  if (call.type !== 'CallExpression' || call.arguments.length !== 1) return undefined;
  const name = calleeName(call) ?? '';
  if (EMITS_ARG.has(name)) return 'arg';
  if (EMITS_RETURN.has(name) && isFunction(unwrap(call.arguments[0]))) return 'return';
  if (CONSUMES.has(name)) return 'consume';
  return undefined;
}

/** Whether the operator passes on what its callback returns (a map), rather than what it was handed. */
export const mapsValue = (op: Node): boolean => op.type === 'CallExpression' && PIPE_MAPS.has(calleeName(op) ?? '');

/*
 * Effect's functions from generators, its data-first operators and its caches. Effect code holds a
 * value as an effect that gives it (a promise is followed as what it resolves to, an effect as what
 * it succeeds with): `Effect.gen(function* () { … return v })` gives v, a function made by
 * `Effect.fn("name")(function* (…) { … })` gives what its body returns, `Effect.map(self, f)` what f
 * makes of what self gives, and a cache made from a lookup function gives what the lookup returns.
 */

/** `Effect.gen(function* () {…})` (also `Effect.gen(this, function* () {…})`): the generator whose return the effect gives. */
export function effectGenBody(call: Node): Node | undefined {
  if (call.type !== 'CallExpression' || calleeName(call) !== 'gen') return undefined;
  const args = call.arguments as Node[];
  const body = args.length >= 1 && args.length <= 2 ? unwrap(args[args.length - 1]) : undefined;
  return body?.type === 'FunctionExpression' && body.generator ? body : undefined;
}

/**
 * The body of a function Effect makes from one (`Effect.fn("Config.get")(function* () {…}, …pipeables)`,
 * `Effect.fn(function* (…) {…})`, `Effect.fnUntraced(…)`): its calls give what the body returns.
 * The name goes to the first call, the body (and the operators applied to its effect) to the second.
 */
export function effectFnBody(call: Node): Node | undefined {
  if (call.type !== 'CallExpression') return undefined;
  const args = call.arguments as Node[];
  const body = args[0] ? unwrap(args[0]) : undefined;
  if (!body || !isFunction(body)) return undefined;
  const callee = unwrap(call.callee);
  // `Effect.fn("name")(body)`: the first call is handed the span's name and options, no function.
  if (callee.type === 'CallExpression') return unwrap(callee.callee).type === 'MemberExpression' && calleeName(callee) === 'fn' && !(callee.arguments as Node[]).some((a) => isFunction(unwrap(a))) ? body : undefined;
  return callee.type === 'MemberExpression' && (memberName(callee) === 'fn' || memberName(callee) === 'fnUntraced') ? body : undefined;
}

/**
 * A data-first operator (`Effect.map(self, f)`, `Effect.flatMap(self, f)`, `Effect.andThen(self, f)`):
 * f is handed what self gives, and what it returns is what the call gives. (An array's
 * `list.map(f, thisArg)` is handed the function first.)
 */
export function isDataFirstOperator(call: Node | undefined): call is Node {
  if (call?.type !== 'CallExpression' || call.arguments.length !== 2) return false;
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || !PIPE_MAPS.has(memberName(callee) ?? '')) return false;
  const [self, f] = call.arguments as Node[];
  return self.type !== 'SpreadElement' && f.type !== 'SpreadElement' && !isFunction(unwrap(self));
}

/** The option that names a cache's lookup function: Effect's `Cache.make({ lookup })` and `ScopedCache.make`, lru-cache's `fetchMethod`. */
export const CACHE_LOOKUPS = ['lookup', 'fetchMethod'] as const;
/** What reads a cache's entry, computed by its lookup when missing: `Cache.get(cache, k)` (data first) or `cache.get(k)`; lru-cache's `fetch(k)`. */
export const CACHE_READS = new Set(['get', 'getEither', 'fetch', 'forceFetch']);

/** `Cache.make({ capacity, lookup })`, `new LRUCache({ max, fetchMethod })`: the record of options, which holds the lookup. */
export function cacheOptions(call: Node): Node | undefined {
  if ((call.type !== 'CallExpression' && call.type !== 'NewExpression') || call.arguments.length !== 1) return undefined;
  if (call.type === 'CallExpression' && calleeName(call) !== 'make') return undefined;
  const opts = unwrap(call.arguments[0]);
  if (opts.type !== 'ObjectExpression') return undefined;
  const key = call.type === 'NewExpression' ? 'fetchMethod' : 'lookup';
  return (opts.properties as Node[]).some((p) => p.type === 'Property' && !p.computed && propertyKeyName(p) === key) ? opts : undefined;
}
