import { calleeName, isFunction, memberName, unwrap, type Node } from './ast';

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
