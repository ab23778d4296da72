import { calleeName, calleeOf, constructorOf, isFunction, isNullish, memberName, propertyKeyName, staticString, stringListLiteral, unwrap, type Node } from '../engine/ast';
import { Bytes, Closure, collectNames, MapValue, type Value } from '../engine/interpret';
import { isOperatorPipe, mapsValue, operatorCallback, sourceKind, stageOf } from '../engine/pipes';
import { nodePath, referencesOf, type Reference } from '../engine/refs';
import { formatFieldIsIdentity, isElementFactory, isSensed, isUserInfo, KEEPS_ARGUMENT, splitSeparator, reactHook, SERIALIZER_REF, statePartner, USER_PATHS, type AV, type Resolver, type Step } from '../engine/resolve';
import { functionBinding, type Binding, type FunctionInfo, type Scope } from '../engine/scope';
import { siteArgs, type CallSite } from '../engine/collect';
import { childrenOf, forEachDescendant, pathTo } from '../engine/walk';
import { describeDifference, fold, isPlain, lookAlike } from './data/confusables';
import { cjsExportName, cjsExports, cjsNamesOf, MARK_SAMPLE, setStep, symbolFieldMatches, WHOLE_MODULE } from '../links';

/** Methods that register a route's handler on a web framework's app or router (Hono, Express, Koa's router, fastify). */
const ROUTE_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options', 'on', 'route', 'use', 'handle']);
const NO_NAMES: readonly string[] = [];

/**
 * Whether a branch leaves its function: its last statement returns or throws ('always'), or is an
 * if whose branch does (`if (Math.random() < 0.35) return { ok: false }`: 'sometimes').
 */
export function leavesAt(branch: Node | null | undefined, depth = 0): 'always' | 'sometimes' | undefined {
  if (!branch || depth > 3) return undefined;
  const own = statementsOf(branch);
  const last = own[own.length - 1];
  if (last?.type === 'ReturnStatement' || last?.type === 'ThrowStatement') return 'always';
  if (last?.type !== 'IfStatement') return undefined;
  const a = leavesAt(last.consequent, depth + 1);
  const b = last.alternate ? leavesAt(last.alternate, depth + 1) : undefined;
  return a === 'always' && b === 'always' ? 'always' : a || b ? 'sometimes' : undefined;
}

/*
 * What a decision changes: the value a comparison decides is followed forward, the way it
 * travels (variables, returns and their call sites, record fields and their reads, parameters,
 * getters, ternaries that turn it into another value, tables it indexes), to the places where
 * it picks between two behaviours. What differs between the picks is the effect: a refusal, an
 * exit, a request or one of its parameters, text (prompt or message), a returned value, or a
 * covert marker (look-alike strings).
 */

export type EffectKind = 'covert-marker' | 'exit' | 'throw' | 'request' | 'text' | 'value' | 'prompt';

export interface Effect {
  kind: EffectKind;
  node: Node;
  note: string;
  /** For a pick between two texts or two numbers: the two values. */
  picks?: [Value, Value];
  /** A service setting (the model, a limit, a tier) set to a constant on one side only: never a translation. */
  setting?: boolean;
  /** How the followed value reached this effect: the carriers along its own path. */
  via?: Step[];
  /** Inferred from a shape (headers handed to a client the bundle hides), not from a call Candor knows sends. */
  guess?: boolean;
  /** A look-alike against what code elsewhere gives: the plain text it passes for is inferred, not seen. */
  inferred?: boolean;
  /** Look-alike text a function of the file makes: its picks are what it makes of a sample, not texts of the code. */
  made?: boolean;
  /** The text goes to the console (`console.error(`[${stamp} ${style}] …`)`): what the program prints, not what it sends. */
  printed?: boolean;
  /** A list indexed by the value (`SEP[style]`): its entries, what a pick of indexes picks between. */
  entries?: Value[];
  /**
   * Reached through a test of a field of the table entry the decision picked (`switch (entry.kind)`
   * of `PROVIDERS[host]`): the table's keys whose entries pass it, the decision this effect follows.
   */
  among?: string[];
  /** A list with entries left out on one side only (`restricted ? tiers.filter(…) : tiers`): fewer choices, not a translation, when places decide it. */
  narrowed?: boolean;
  /** Text added on one side only, none on the other (`prompt += "…"`): what a translation never is when its script is not the one the compared places write. */
  added?: boolean;
  /** An error of its own shown before the guard returns (`showErrorMessage("Unsupported git host.")`): a refusal whose reason the list says. */
  errorShown?: boolean;
  /** A model API's call a guard returns before (`generateContent(…)`): the model withheld, which only queries that ask for it count (a translation skipped for English users is one too). */
  model?: boolean;
  /** A setting given each entry's own value (`cfg.model = model` of `for (const [host, model] of DEFAULTS)`): what a router looks up per provider. */
  perKey?: boolean;
}

export interface Slice {
  effects: Effect[];
  /** Other modules' functions a branch runs the text through (`variant(PROMPT)`): what they make of a sample text is asked of them. */
  samples: string[];
  /** How the decision travelled to its effects (carriers), for the trace. */
  carriers: Step[];
  /** Where the value leaves this file: passed to what another module exports (`ref` as the resolver names it). */
  exits: { ref: string; arg: number; field?: string; node: Node; via: Step[] }[];
  /** Where this file exports the value: under `name`, as a function whose calls return it (`call`) or as the value itself. */
  exported: { name: string; call: boolean; field?: string; accessor?: boolean; node: Node; via: Step[] }[];
  /**
   * Where the value is written into what another module passes an export (`run(wrapped)`, whose
   * callers are elsewhere, hands `wrapped` to a method that sets `event.machine`): the export's
   * path, the argument and the field of it that holds the value.
   */
  written: { path: string[]; arg: number; field: string; key?: string; node: Node; via: Step[] }[];
  /**
   * Where a value that came from another module (sliceParam) goes back into what that module
   * handed the entered function: argument `arg` (its `field`), its `method` called with the value
   * in argument `methodArg` (its `methodField`).
   */
  callbacks: { arg: number; field?: string; method?: string; methodArg: number; methodField?: string; node: Node; via: Step[] }[];
  /** A value that came from another module (sliceParam) and the entered function returns: it goes back to that module's call (in `field` of the result). */
  returned?: { field?: string; via: Step[] };
  /**
   * Where the value is returned by a method that overrides one of another module's class
   * (`class Regional extends Base { buildHeaders() { … } }`): that class's own methods call it on
   * themselves (`this.buildHeaders()`), there. `ref` names the base class as the resolver does.
   */
  overridden: { ref: string; method: string; field?: string; node: Node; via: Step[] }[];
  /** Environment variables the value is written into (`process.env.TOOL_RING = v`): the tool's other files may read them. */
  envWritten: { name: string; node: Node; via: Step[] }[];
  /** Returned by a function no call in this file makes (an export, a handler): what it does there is not seen. */
  unseen?: boolean;
  /** Reads of a field each entry of the decision's table gives its own value of (a per-provider default model): not followed. */
  perEntry?: number;
}

interface Item {
  /** An expression whose value is (or holds, in `field`) the decision's outcome. */
  node: Node;
  /** The path from the root to `node`. */
  path: Node[];
  /** When the value is a record or an object: the field that holds the outcome ("a.b" when nested). */
  field?: string;
  /** The value is a function: calling it yields the outcome. */
  callable?: boolean;
  depth: number;
  /**
   * The calls the value entered functions through (their parameters), innermost last: a return
   * goes back to the call it came in by, not to every call of the function.
   */
  ctx?: Node[];
  /** The carriers on the way from the start to this item (the last few). */
  via?: Step[];
  /** The value is the host of a URL (`http://${host}:8080/`) still being built, not yet carried as data. */
  urlHost?: boolean;
  /** The value is the file a command-line HTTP client writes what it downloads to (`curl -o /tmp/${user}.tgz`), not what it sends. */
  outPath?: boolean;
  /** The table's keys a test of a field of the picked entry let through (see Effect.among). */
  among?: string[];
}

type Push = (n: Node, p: Node[], f: string | undefined, note?: string, callable?: boolean, ctx?: Node[]) => void;

const MAX_ITEMS = 200;
/**
 * A value's slice may fan out through many references of a parameter before it reaches a request
 * (and through the callers of each callback it passes, now that a callback handed to a named
 * function is called where that function calls it: Qoder's machine id reaches its feedback
 * upload after about a thousand items).
 */
const MAX_DATA_ITEMS = 1200;
/** Hops a decision is followed through; a value (data mode) through more, as it often crosses a client's layers. */
const MAX_DEPTH = 12;
const MAX_DATA_DEPTH = 32;
/** The language's own functions, and a child process of the tool (`child.send(msg)` is IPC to its own process): never a client the bundle hides. */
const BUILTIN_REFS = /^(Array|Object|Promise|JSON|Math|String|Number|Reflect|Symbol|Map|Set|WeakMap|Date|Buffer|structuredClone|child_process)\b/;
/** Calls whose result is one element of the list they are given. */
const ELEMENT_REFS = /^Promise\.(race|any)$/;
/** Array methods whose result holds the receiver's elements (positions not kept). */
const ARRAY_KEEPS = new Set(['filter', 'slice', 'concat', 'flat', 'reverse', 'sort', 'toSorted', 'toReversed', 'splice', 'toSpliced', 'values']);
/** Array methods whose result is one of its elements. */
const ARRAY_ELEMENT = new Set(['at', 'pop', 'shift', 'find', 'findLast']);
/** Array methods that hand each element to a callback's first parameter. */
const ARRAY_CALLBACK = new Set(['map', 'flatMap', 'forEach', 'some', 'every', 'find', 'findIndex', 'filter', 'reduce', 'reduceRight']);
/** Array methods that fold: each element goes to the callback's second parameter, and what it returns to the first and to the result. */
const FOLDS = new Set(['reduce', 'reduceRight']);
/** Request parameters that only say how to format an answer (units, language, date format, currency). */
const FORMAT_PARAMS = /^(units?|metric|imperial|measurement|format|date_?format|locale|lang|language|hl|currency|tz|time_?zone)$/i;
/** The field a Map holds a value in, after `map.set(k, value)`. */
const MAP_ENTRY = '#entry';
/**
 * A Map's entry as a field's head: `#entry` (any key), or `#entry=keyLabel` for one set under a
 * constant key, so that `facts.get("os")` does not give what `facts.set("keyLabel", v)` put in.
 */
const isMapHead = (head: string | undefined): boolean => head === MAP_ENTRY || (head !== undefined && head.startsWith(`${MAP_ENTRY}=`));
const mapKeyOf = (head: string): string | undefined => (head.startsWith(`${MAP_ENTRY}=`) ? head.slice(MAP_ENTRY.length + 1) : undefined);
/** The field of a function that holds what it is called with, by parameter (`()1`: its second parameter; `()1.host`: under host in it). */
export function calledWith(index: number, field: string | undefined): string {
  return field === undefined ? `()${index}` : `()${index}.${field}`;
}

/** The parameter and the field in it that a `calledWith` field names, or undefined for any other field. */
export function parseCalledWith(field: string): { index: number; field?: string } | undefined {
  const m = /^\(\)(\d+)(?:\.(.+))?$/.exec(field);
  return m ? { index: Number(m[1]), field: m[2] } : undefined;
}

/** References of a reassigned variable a forward slice follows (40 for any other). */
const MAX_REASSIGNED_REFS = 240;

/** Methods of a schema that give back what they validate (zod's; `safe…` in `.data` of a result). */
const VALIDATES = new Set(['parse', 'parseAsync', 'safeParse', 'safeParseAsync']);

/** The strings a key can be when each way it is made is a constant (`k = flag ? "a" : "b"`), else undefined. */
function constantKeys(r: Resolver, key: Node, scope: Scope, depth = 0): Set<string> | undefined {
  const n = unwrap(key);
  if (depth > 4) return undefined;
  if (n.type === 'Literal' && (typeof n.value === 'string' || typeof n.value === 'number')) return new Set([String(n.value)]);
  if (n.type === 'ConditionalExpression' || n.type === 'LogicalExpression') {
    const a = constantKeys(r, n.type === 'ConditionalExpression' ? n.consequent : n.left, scope, depth + 1);
    const b = a && constantKeys(r, n.type === 'ConditionalExpression' ? n.alternate : n.right, scope, depth + 1);
    return a && b ? new Set([...a, ...b]) : undefined;
  }
  if (n.type === 'Identifier') {
    const b = scope.lookup(n.name);
    if (!b || b.path || b.assignments || !b.init || b.kind === 'param') return undefined;
    return constantKeys(r, b.init, b.scope, depth + 1);
  }
  return undefined;
}

/**
 * The keys a zod-like object schema keeps (`z.object({ a, b })`, then `.extend`, `.pick`,
 * `.omit`, `.strict()`…), or undefined when it keeps every key or is not known (a record,
 * `.passthrough()`, a schema made elsewhere).
 */
function schemaKeys(r: Resolver, schema: Node, scope: Scope): Set<string> | undefined {
  let n = unwrap(schema);
  let sc = scope;
  const chain: { m: string; arg?: Node }[] = [];
  for (let steps = 0; steps < 12; steps++) {
    // (A schema kept in a variable: what it was made with.)
    if (n.type === 'Identifier') {
      const b = sc.lookup(n.name);
      if (!b || b.path || b.assignments || !b.init) return undefined;
      n = unwrap(b.init);
      sc = b.scope;
      continue;
    }
    if (n.type !== 'CallExpression' || unwrap(n.callee).type !== 'MemberExpression') break;
    const c = unwrap(n.callee);
    const m = r.nameOf(c, sc);
    if (!m) return undefined;
    chain.unshift({ m, arg: n.arguments[0] });
    if (m === 'object') break;
    n = unwrap(c.object);
  }
  if (chain[0]?.m !== 'object' || chain[0].arg?.type !== 'ObjectExpression') return undefined;
  const listed = (o: Node | undefined) => (o?.type === 'ObjectExpression' ? (o.properties as Node[]).map((p) => (p.type === 'Property' ? propertyKeyName(p) : undefined)) : [undefined]);
  let keys = new Set<string>();
  for (const k of listed(chain[0].arg)) if (k === undefined) return undefined; else keys.add(k);
  for (const { m, arg } of chain.slice(1)) {
    if (m === 'passthrough' || m === 'catchall' || m === 'merge' || m === 'and') return undefined;
    const named = listed(arg);
    if ((m === 'extend' || m === 'pick' || m === 'omit') && named.some((k) => k === undefined)) return undefined;
    if (m === 'extend') for (const k of named) keys.add(k!);
    else if (m === 'pick') keys = new Set(named.filter((k): k is string => k !== undefined && keys.has(k)));
    else if (m === 'omit') for (const k of named) keys.delete(k!);
  }
  return keys;
}

/** Entries of a handler table a forward slice enters when the key is known only at run time. */
const MAX_TABLE_ENTRIES = 128;

/** A module the resolver names by its path (`module:./chunk-a.js.send`, `module:/$bunfs/root/chunk-b.js.A()`): another file of the same tool. */
export const LINKED_MODULE = /^module:(\.{1,2}\/|\/)/;
/** A parameter's pattern without its default (`constructor(options = {})` takes what is passed in options). */
const withoutDefault = (p: Node | undefined): Node | undefined => (p?.type === 'AssignmentPattern' ? p.left : p);
/** A field's head that names an element of an array: a position, or any one. */
const isElement = (head: string | undefined) => head === '*' || (head !== undefined && /^\d+$/.test(head));
/**
 * The field a record holds a value in once it is stored under `key`: a function value (its calls
 * yield the outcome) becomes a field that is called (`id.()`, `make.().id`), so that "called,
 * then read" and "read, then called" stay apart.
 */
const under = (key: string, field: string | undefined, callable: boolean | undefined): string => (callable ? (field ? `${key}.().${field}` : `${key}.()`) : field ? `${key}.${field}` : key);
/** A Map's entries as a list (`for…of`, spread, entries()): each element is `[key, value]`, the value at index 1. */
const mapEntries = <F extends string | undefined>(field: F): F | string => {
  if (field === undefined || !isMapHead(field.split('.')[0])) return field;
  const rest = tail(field);
  return rest ? `*.1.${rest}` : '*.1';
};
const tail = (field: string) => (field.includes('.') ? field.slice(field.indexOf('.') + 1) : undefined);
/** How a request is worded when a protocol, not a URL, says where it goes (a telemetry SDK's field, a JSON-RPC message). */
export const BY_PROTOCOL = 'in a request to ';
const REQUEST_NAMES = new Set(['fetch', 'sendBeacon']);
/** References that send: Node's clients (not their helpers: isIP, createServer, STATUS_CODES…), fetch and the browser's, and HTTP client packages. */
const REQUEST_API = /^(https?\.(request|get)|http2\.connect|net\.(connect|createConnection|Socket)|tls\.connect|dgram\.createSocket)\b|^module:(axios|node-fetch|undici|got|ky|superagent|request|cross-fetch|isomorphic-fetch|ws|socket.io-client)(?![\w-])|^(fetch|WebSocket|XMLHttpRequest|EventSource)\b/;
/** A command line's option that names the local file a download is written to (curl's -o/--output, wget's -O/-P), right before a value. */
const OUTPUT_OPTION = /(?:^|\s)(?:-o|-O|--output|--output-document|-P|--directory-prefix)(?:\s+|=)\S*$|(?:^|\s)>\s*\S*$/;
/** winston's transports that ship log records off the machine: its own Http transport and log services' transport packages. */
const REMOTE_LOG_TRANSPORT = /^module:(winston\.transports\.Http$|winston-loggly-bulk|@logtail\/winston|winston-elasticsearch|datadog-winston|winston-cloudwatch|winston-syslog|@google-cloud\/logging-winston|@azure\/monitor-opentelemetry)(?![\w-])/;
/** The event calls of product-analytics SDKs for Node, on the client their init or constructor makes: each sends its arguments to the vendor. */
const ANALYTICS_SDK_CALL = /^module:(mixpanel|posthog-node|@segment\/analytics-node|analytics-node|@amplitude\/analytics-node|@amplitude\/node|statsig-node|@rudderstack\/rudder-sdk-node)(?![\w-])[^]*\.(track|identify|capture|alias|group|groupIdentify|logEvent|people\.(set|set_once|append|union|increment))$/;
/** What a response gives (`fetch(u).then((r) => r.clone().json()).url`): data a request brought back, not a request. */
const RESPONSE_DATA = /\(\)\.(clone|json|text|body|url|headers|status|statusText|ok|arrayBuffer|blob|data|formData)\b/;
/** A method of a socket or session the tool opened (`dgram.createSocket().addMembership`): only those that send send. */
const SOCKET_METHOD = /^(?:dgram\.createSocket|net\.(?:connect|createConnection|Socket)|tls\.connect|http2\.connect)\(\)\.(\w+)/;
const SENDS = new Set(['send', 'write', 'end', 'request', 'connect']);
const REQUEST_REFS = {
  test: (ref: string) => {
    if (!REQUEST_API.test(ref) || RESPONSE_DATA.test(ref)) return false;
    const m = SOCKET_METHOD.exec(ref);
    return !m || SENDS.has(m[1]);
  },
};
/**
 * OpenTelemetry's exporter bundled in the same file, and its resource detectors run: by the Node
 * SDK (which runs them by default) or by a call to detectResources — and not turned off
 * (`new NodeSDK({ autoDetectResources: false })`). A detector that is only bundled sends nothing.
 */
/**
 * An OTLP exporter in the file: one made (`new OTLPTraceExporter(…)`, `new sdk_1.OTLPMetricExporter(…)`)
 * or an exporter package required, whatever name a bundler gives it; not the word alone (a comment).
 */
const OTLP = (text: string) => /\bnew\s+[\w$.]*OTLP\w*Exporter\s*\(/.test(text) || /["'`]@opentelemetry\/exporter-[\w-]*otlp[\w-]*["'`/]/.test(text);
function OTEL(text: string): boolean {
  // Three plain scans: one pattern with three look-aheads over a 16 MB bundle backtracks for ~70 ms.
  return /\botlp/i.test(text) && /new [\w$.]*NodeSDK\(|detectResources(Sync)?\(\{/.test(text) && !/autoDetectResources\s*:\s*(false|!1)/.test(text);
}
/**
 * An OTLP exporter, and a resource the program makes itself of attributes it gives, with the
 * resources package imported or required by name (`resourceFromAttributes({ … })`, `new
 * Resource({ … })`): they go with every export, whether the detectors run or not
 * (`autoDetectResources: false` only turns those off). (A bundled copy of the package defines and
 * calls these itself, next to its detectors: that is no resource of the program's.)
 */
function OTEL_RESOURCE(text: string): boolean {
  return OTLP(text) && /["'`]@opentelemetry\/resources["'`]/.test(text) && /resourceFromAttributes\(|new (?:[\w$]+\.)?Resource\(/.test(text);
}
/** A resource attribute of OpenTelemetry's: sent when the detectors run or when the program makes the resource. */
const OTEL_ATTRIBUTE = (text: string) => OTEL(text) || OTEL_RESOURCE(text);
const YARGS = (text: string) => /["'`]yargs["'`/]/.test(text);
const SENTRY = (text: string) => /\.server_name\s*=/.test(text);
/** Statsig's client SDK in the file: a StatsigClient made (`new StatsigClient(…)`, `new mod.StatsigClient(…)`). */
const STATSIG_CLIENT = (text: string) => /\bnew\s+(?:[\w$]+\.)?StatsigClient\(/.test(text);
/** vscode-jsonrpc bundled (or required) in the file: its connections write each message to a stream or socket of another program. */
const JSON_RPC = (text: string) => /createMessageConnection/.test(text) && /StreamMessageWriter|SocketMessageWriter|IPCMessageWriter|vscode-jsonrpc/.test(text);
const RPC_SENDS = new Set(['sendRequest', 'sendNotification']);
/** An attribute key of OpenTelemetry's conventions: dotted lower-case names (`enduser.id`, `host.name`, `vcs.author.name`). */
const SPAN_KEY = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$/;
/** `span.setAttributes({ … })`, `tracer.startSpan(name, { attributes: { … } })`: the object written out is a span's attributes. */
function spanAttributes(obj: Node | undefined, holder: Node | undefined, name: (n: Node) => string | undefined): boolean {
  if (obj?.type !== 'ObjectExpression' || !holder) return false;
  if (holder.type === 'CallExpression' && holder.arguments[0] === obj && unwrap(holder.callee).type === 'MemberExpression') return name(unwrap(holder.callee)) === 'setAttributes';
  return false;
}
/** The names Node gives platforms (`process.platform`, `os.platform()`, `os.type()`). */
const PLATFORMS = new Set(['win32', 'darwin', 'linux', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'android', 'cygwin', 'Windows_NT', 'Darwin', 'Linux']);
const isPlatform = (ref: string | undefined) => ref === 'process.platform' || ref === 'os.platform()' || ref === 'os.type()';
/** Calls that give an error in place of a value: Effect's `fail`/`die`, RxJS's `throwError`, `Promise.reject`. */
const FAILS = new Set(['fail', 'failSync', 'die', 'dieMessage', 'throwError', 'reject']);
/** immer's (and mutative's) producers: the state they make is the base with what the recipe writes into its draft. */
const IMMER = /^module:(immer|mutative)\.(default\.)?(produce|produceWithPatches|create)$/;
/** commander's `program.error(message, { exitCode })`: prints the message and exits. */
const COMMANDER_ERROR = /^module:commander\.(Command\(\)|program|createCommand\(\))(\..*)?\.error$/;
/** Calls that run a function a moment later: what it does belongs to the branch that scheduled it. */
const DEFERS = new Set(['setTimeout', 'setImmediate', 'queueMicrotask', 'nextTick']);
/** Fields that hold what a model service is asked for: the model and its limits. */
const SERVICE_FIELD = /^(?:model|modelId|modelName|model_name|maxTokens|max_tokens|contextWindow|context_window|contextLength|context_length|maxInputTokens|max_input_tokens|maxOutputTokens|max_output_tokens|max_completion_tokens|reasoningEffort|reasoning_effort|thinkingBudget|budgetTokens|budget_tokens)$/;
/** Field names a model request shares with other records (a weather reading's temperature, a spinner's thinking): one only beside another of the request's. */
const GENERIC_SERVICE_FIELD = /^(?:tier|plan|quota|temperature|reasoning|effort|thinking)$/;
/** Switches of what a session may do: `enableTools`, `allowSubagents`, `toolsEnabled` (not a theme's or a log's). */
const FEATURE_SWITCH = /^(?:enable|allow)(?:Tools?|ToolUse|Spawn[A-Z]\w*|Sub_?[Aa]gents?|Agents?|AgentTeams|WebSearch|WebFetch|Mcp(?:Servers?)?|Reasoning|Thinking|Plugins?|Skills?)$|^(?:tools?|subagents?|agents?|reasoning|thinking|webSearch|mcp|plugins?|skills?)Enabled$/;
/** Setters of what a service gives the user: the model, a limit, a tier, where requests go (not a language, a theme or a format). */
const SERVICE_SETTER = /^set(?:[A-Z]\w*)?(?:Model|ModelName|Tier|Plan|Quota|Limit|MaxTokens|Temperature|ReasoningEffort|Effort|Budget|Endpoint|BaseUrl|BaseURL|Provider)$/;
/** VS Code's chat messages to a language model: `LanguageModelChatMessage.User(text)`, `new LanguageModelChatMessage(role, text)`. */
const LM_MESSAGE = /^vscode\.LanguageModelChatMessage(\.(User|Assistant))?$/;
const HTTP_METHOD = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;
/** A JSON-RPC method's name (`host.start`, `textDocument/didOpen`, `initialize`). */
const RPC_METHOD = /^[A-Za-z_$][\w$]*(?:[./][A-Za-z_$][\w$]*)*$/;
/** OpenTelemetry's logs pipeline bundled in the file: an OTLP exporter, a LoggerProvider and a logger taken from one. */
const OTEL_LOGS = (text: string) => /\botlp/i.test(text) && /LoggerProvider/.test(text) && /\.getLogger\(/.test(text);
/**
 * Fields that telemetry SDKs send by their protocol, and what shows the SDK is bundled: Sentry's
 * Node client puts serverName (by default the host name) on every event as server_name;
 * OpenTelemetry's resource attributes go with every export.
 */
const PROTOCOL_FIELDS: Record<string, { sdk: (text: string) => boolean; note: string }> = {
  serverName: { sdk: SENTRY, note: 'in a request to Sentry (server_name, with every event)' },
  'host.name': { sdk: OTEL_ATTRIBUTE, note: "in a request to OpenTelemetry's collector (resource attribute host.name, with every export)" },
  'host.id': { sdk: OTEL_ATTRIBUTE, note: "in a request to OpenTelemetry's collector (resource attribute host.id, with every export)" },
  'enduser.id': { sdk: OTEL_ATTRIBUTE, note: "in a request to OpenTelemetry's collector (attribute enduser.id)" },
  'process.owner': { sdk: OTEL_ATTRIBUTE, note: "in a request to OpenTelemetry's collector (resource attribute process.owner, with every export)" },
  'user.name': { sdk: OTEL_ATTRIBUTE, note: "in a request to OpenTelemetry's collector (attribute user.name, with every export)" },
  'user.id': { sdk: OTEL_ATTRIBUTE, note: "in a request to OpenTelemetry's collector (attribute user.id, with every export)" },
};

/**
 * Whether an SDK is bundled in a file: asked by every effect finder of the file, answered once per
 * file (keyed by its program index, so nothing holds the text after the scan).
 */
const sdkAnswers = new WeakMap<object, Map<(text: string) => boolean, boolean>>();
function sdkBundled(test: (text: string) => boolean, index: { text: string }): boolean {
  let answers = sdkAnswers.get(index);
  if (!answers) sdkAnswers.set(index, (answers = new Map()));
  let a = answers.get(test);
  if (a === undefined) answers.set(test, (a = test(index.text)));
  return a;
}

/** Methods that put their last argument into their receiver. */
const STORES = new Set(['set', 'append', 'push', 'unshift', 'add']);
/** Methods that make a text or a list out of a list, keeping what it holds. */
const JOINS = new Set(['join', 'concat', 'toString', 'flat', 'slice', 'filter', 'map']);
/** Parts of an object that hold what is put into them for it (a URL's query, a request's headers). */
const HOLDER_PARTS = new Set(['searchParams', 'headers', 'query', 'params']);
const HTTP_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'request']);
/** A key of a record of settings that names who the user is (`user.email`, `author.name`, `committer`), not a signing key or an alias. */
const IDENTITY_KEY = /(?:^|[._-])(?:name|email|mail|user|username|login|author|committer)$/i;
/** Names of a fetch a client is handed (`fetchFunction`, `_fetchFn`, `fetchImpl`, `customFetch`): not `fetch` itself, judged above, nor `prefetch`/`refetch`. */
const INJECTED_FETCH = /^_*(?:(?:custom|global|native|node|undici|wrapped|platform|http)_?)?fetch_?(?:fn|func|function|impl|implementation|api)$|^_*(?:custom|global|native|node|undici|wrapped|platform|http)_?fetch$/i;
const PRINT = /^(console\.(log|error|warn|info)|process\.(stdout|stderr)\.write)$/;
const PRINT_NAMES = new Set(['log', 'error', 'warn', 'info', 'write']);
/** A function that shows the user an error or sets the one shown (`setQueueErrorMessage`, VS Code's `showErrorMessage`, `setError`). */
const ERROR_SHOWN = /^(?:set|show|display|report|present)[A-Za-z]*Error(?:Message|Text|Notice)?$/;
/** Calls that hand on what they are given, transformed (the outcome or a sensed value flows through them). */
const PURE_REFS = /^(JSON\.stringify|String|Number|Boolean|Math\.(round|floor|ceil|trunc|min|max|abs)|parseInt|parseFloat|Number\.parse(Int|Float)|Intl\.Locale|encodeURIComponent|encodeURI|Object\.assign|Object\.values|Object\.entries|Object\.fromEntries|Array\.from|Buffer\.from|btoa|crypto\.create(Hash|Hmac)\(\)\.update|crypto\.create(Hash|Hmac)\(\)\.digest)$/;
/** Node's one-call compressors: the bytes they give hold what they were given. */
const PACKS = /^(module:)?zlib\.(gzip|deflate|deflateRaw|brotliCompress)Sync$/;
const PURE_METHODS = new Set(['stream', 'pipeThrough', 'arrayBuffer', 'bytes', 'digest', 'update', 'toString', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'slice', 'substring', 'substr', 'split', 'join', 'replace', 'replaceAll', 'padStart', 'padEnd', 'map', 'filter', 'flat', 'flatMap', 'concat', 'at', 'normalize', 'toJSON', 'valueOf', 'match', 'exec', 'find', 'pop', 'shift', 'splice', 'values', 'entries', 'sort', 'reverse', 'toSorted', 'toReversed']);

export class EffectFinder {
  private requestFns = new Map<Node, boolean>();
  /** Whether a function's parameter (by position) goes into its request. */
  private feeds = new Map<Node, Map<string, boolean>>();
  /** 'control': the outcome of a decision (what it decides counts); 'data': a value itself (a comparison or test of it stops it). */
  private mode: 'control' | 'data' = 'control';
  constructor(
    private readonly r: Resolver,
    private readonly root: Node,
  ) {}

  /** Where the slice being run leaves the file (see Slice). */
  private out: Pick<Slice, 'exits' | 'exported' | 'written' | 'callbacks' | 'returned' | 'overridden' | 'samples' | 'envWritten' | 'unseen'> = { exits: [], exported: [], written: [], callbacks: [], overridden: [], samples: [], envWritten: [] };

  /**
   * Set for a collection followed as a whole (the environment copied or serialised): what is
   * sent must be all of it, not one entry read out of it (`env[name]` for a header template).
   */
  wholeOnly = false;

  /** Follows the value of `start` (or the record whose `field` holds it) forward. */
  slice(start: Node, mode: 'control' | 'data' = 'control', field?: string, callable?: boolean): Slice {
    const work: Item[] = [{ node: start, path: pathTo(this.root, start), depth: 0, field, ...(callable ? { callable } : {}) }];
    return this.run(work, mode, start);
  }

  /**
   * The table of records a decision picks an entry of by the sensed key, when it does
   * (`Object.keys(PROVIDERS).find((h) => host.endsWith(h))`, `PROVIDERS[host]`): its entries by key.
   */
  private entryTable?: Map<string, Record<string, Value>>;

  /**
   * Follows a decision (control mode). When it picks an entry of a table of records, a field of
   * the outcome read later (`endpoint.model`, `switch (endpoint.kind)`) is that entry's: a field
   * each entry gives its own value of is a per-key lookup (a default model per provider), not
   * followed; a test of a field (`case "relay":`) decides by the keys whose entries pass it, which
   * the effects it reaches carry (Effect.among) for the query to judge as the decision's list.
   */
  sliceDecision(decision: Node): Slice {
    this.entryTable = this.recordTableOf(decision);
    try {
      return this.slice(decision.type === 'SwitchStatement' ? decision.discriminant : decision);
    } finally {
      this.entryTable = undefined;
    }
  }

  private recordTableOf(decision: Node): Map<string, Record<string, Value>> | undefined {
    let d = unwrap(decision);
    let table: Node | undefined;
    // `T[x]` looked up (tested for being there, `T[x] ?? fallback`) …
    if (d.type === 'LogicalExpression' && (d.operator === '??' || d.operator === '||')) d = unwrap(d.left);
    if (d.type === 'MemberExpression' && d.computed) table = d.object;
    // … or a search over its keys: `Object.keys(T).find(…)`, `Object.entries(T).some(…)`.
    else if (d.type === 'CallExpression' && unwrap(d.callee).type === 'MemberExpression') {
      const over = unwrap(unwrap(d.callee).object);
      if (over.type === 'CallExpression' && over.arguments.length === 1 && /^(keys|entries)$/.test(calleeName(over) ?? '') && /^Object\.(keys|entries)$/.test(this.r.calleeValue(unwrap(over.callee), this.r.scopeAt(pathTo(this.root, over))).ref ?? '')) table = over.arguments[0];
    }
    if (!table) return undefined;
    const v = this.r.constant(table, this.r.scopeAt(pathTo(this.root, table)))?.v;
    const plain = (x: unknown): x is Record<string, Value> => !!x && typeof x === 'object' && !Array.isArray(x) && Object.getPrototypeOf(x) === null;
    if (!plain(v)) return undefined;
    const entries = Object.entries(v).slice(0, 2000);
    if (entries.length < 2 || !entries.every(([, e]) => plain(e))) return undefined;
    return new Map(entries as [string, Record<string, Value>][]);
  }

  /** The keys among which a decision's followed value was narrowed by a field test (carried by what the climb pushes and finds). */
  private climbAmong?: string[];

  /**
   * `entry.f` of the entry the decision picked (see sliceDecision): where it is tested with
   * literals, the keys whose entries pass (`among`); where it is read as data and each entry has
   * its own value of it, `own`; otherwise nothing (followed as before).
   */
  private entryField(member: Node, user: Node | undefined, scope: Scope, above: Node[]): { among?: string[]; own?: boolean } {
    const table = this.entryTable;
    if (!table || member.computed || member.property.type !== 'Identifier') return {};
    const f = member.property.name as string;
    const values = [...table].filter(([, e]) => Object.prototype.hasOwnProperty.call(e, f)).map(([k, e]) => [k, e[f]] as const);
    if (values.length * 2 < table.size) return {};
    const tested: Value[] = [];
    if (user?.type === 'SwitchStatement' && user.discriminant === member) {
      for (const c of user.cases as Node[]) if (c.test) tested.push(this.r.constant(c.test, scope)?.v);
    } else if (user?.type === 'BinaryExpression' && /^[!=]==?$/.test(user.operator)) {
      tested.push(this.r.constant(user.left === member ? user.right : user.left, scope)?.v);
    }
    // (A case the interpreter cannot tell: which keys pass is not known.)
    if (tested.some((x) => typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean')) return {};
    if (tested.length) return { among: values.filter(([, x]) => tested.includes(x)).map(([k]) => k) };
    // A per-key value is one that goes into data as it is (`{ model: e.model || "gpt-4.1" }`,
    // `${e.label}`); one that is tested (`if (e.lab)`, `e.lab ? 512 : 8192`, `KINDS.includes(e.kind)`,
    // `e.lab.length`) or kept in a variable to be tested later decides, and is followed as before.
    if (!this.dataUse(member, above)) return {};
    // (Each its own: many different values, none shared by a third of the entries.)
    const counts = new Map<Value, number>();
    for (const [, x] of values) counts.set(x, (counts.get(x) ?? 0) + 1);
    const own = values.every(([, x]) => typeof x === 'string' || typeof x === 'number') && counts.size * 2 >= values.length && Math.max(...counts.values()) * 3 <= values.length;
    return own ? { own } : {};
  }

  /** Whether `node` (whose ancestors, nearest last, are `above`) is put into data as it is: a field's value, a template's part, an element. */
  private dataUse(node: Node, above: Node[]): boolean {
    let cur = node;
    for (let j = above.length - 1; j >= 0; j--) {
      const p = above[j];
      if (p.type === 'ParenthesizedExpression' || p.type === 'ChainExpression') { cur = p; continue; }
      if (p.type === 'LogicalExpression' && (p.operator === '||' || p.operator === '??')) { cur = p; continue; }
      if (p.type === 'ConditionalExpression' && p.test !== cur) { cur = p; continue; }
      return (p.type === 'Property' && p.value === cur) || p.type === 'TemplateLiteral' || p.type === 'ArrayExpression' || p.type === 'SpreadElement' || (p.type === 'AssignmentExpression' && p.right === cur && p.left.type === 'MemberExpression');
    }
    return false;
  }

  /** Follows a value that enters function `fn` as its parameter `index` (from another module), in `field` when it is a record's. */
  sliceParam(fn: Node, index: number, field: string | undefined, at: Node, mode: 'control' | 'data' = 'data'): Slice {
    const work: Item[] = [];
    this.mode = mode;
    this.followParam(fn, index, field, (node, p, f) => work.push({ node, path: p, field: f, depth: 1, via: [] }), at, 'its parameter');
    // What fn returns goes back to the caller in the other module, not to this file's own callers
    // of fn: a shared helper (`truncate(text, n)`) given a host name by one module does not make
    // every caller's result a host name.
    this.entered = unwrap(fn);
    try {
      return this.run(work, mode);
    } finally {
      this.entered = undefined;
    }
  }

  /**
   * Follows what another module wrote into environment variable `name` (`process.env.TOOL_RING =
   * outcome`) from this file's reads of it.
   */
  sliceEnv(name: string, mode: 'control' | 'data' = 'control'): { slice: Slice; at: Node } | undefined {
    const reads = this.envReads(name);
    if (!reads.length) return undefined;
    const work: Item[] = reads.map((r) => ({ node: r.node, path: r.path, depth: 1, field: undefined, via: [] }));
    return { slice: this.run(work, mode), at: reads[0].node };
  }

  /** This file's reads of `process.env.NAME` (also `env.NAME` of a name bound to it). */
  private envReads(name: string, except?: Node): { node: Node; path: Node[] }[] {
    const ofEnv = (read: { node: Node; path: Node[] }) => read.node !== except && this.r.valueOf(unwrap(read.node.object), this.r.scopeAt(read.path)).ref === 'process.env';
    return [...this.propertyReads(name, 24).filter(ofEnv), ...this.readsByConstant(name, 8, ofEnv)];
  }

  /**
   * Members read with a key a constant names (`process.env[ENV_KEY]` beside `const ENV_KEY = "NAME"`,
   * `process.env[ENV.MID]` beside `const ENV = { MID: "NAME" }`): from where the name is written as a
   * string, the declaration it is the value of (or a field of), and that binding's references used
   * as the key (a bundle's minified `[e]` is everywhere; the binding's own references are few).
   */
  private readsByConstant(name: string, limit: number, keep: (read: { node: Node; path: Node[] }) => boolean): { node: Node; path: Node[] }[] {
    const out: { node: Node; path: Node[] }[] = [];
    const index = this.r.index;
    if (!index || !/^[\w$.-]+$/.test(name)) return out;
    for (const q of ['"', "'"]) {
      for (const at of this.r.positionsUpTo(`${q}${name}${q}`, 8)) {
        const path = nodePath(this.root, at, at + name.length + 2, (n) => n.type === 'Literal' && n.start === at);
        const lit = path[path.length - 1];
        if (lit?.type !== 'Literal' || lit.start !== at) continue;
        // (`const KEY = "NAME"`, or `const ENV = { MID: "NAME" }` read as `ENV.MID`.)
        let decl = path[path.length - 2];
        let field: string | undefined;
        const prop = decl;
        if (prop?.type === 'Property' && prop.value === lit && !prop.computed && path[path.length - 3]?.type === 'ObjectExpression') {
          field = propertyKeyName(prop);
          decl = path[path.length - 4];
          if (decl?.type !== 'VariableDeclarator' || decl.init !== path[path.length - 3] || field === undefined) continue;
        } else if (decl?.type !== 'VariableDeclarator' || decl.init !== lit) continue;
        if (decl.id.type !== 'Identifier') continue;
        const b = this.r.scopeAt(path).lookup(decl.id.name);
        if (!b || b.assignments) continue;
        for (const ref of referencesOf(b, index, 256)) {
          if (out.length >= limit) return out;
          let key: Node = ref.node;
          let at = ref.path.length - 2;
          if (field !== undefined) {
            const m = ref.path[at];
            if (m?.type !== 'MemberExpression' || m.object !== key || memberName(m) !== field) continue;
            key = m;
            at--;
          }
          const m = ref.path[at];
          if (m?.type !== 'MemberExpression' || !m.computed || m.property !== key) continue;
          const parent = ref.path[at - 1];
          if (parent?.type === 'AssignmentExpression' && parent.left === m) continue;
          // (Counted among those kept: `t[e]` of other records comes first in a bundle.)
          const read = { node: m, path: ref.path.slice(0, at + 1) };
          if (keep(read)) out.push(read);
        }
      }
    }
    return out;
  }

  /**
   * The field of a value that a pattern or a spread takes apart: the value's own, or in data mode,
   * when the whole record is the value (`const { stdout } = await run(…)`, `.then(({ stdout }) =>
   * …)`, `{ ...attrs }`), every field.
   */
  private partOf(field: string | undefined): string | undefined {
    return field ?? (this.mode === 'data' ? '*' : undefined);
  }

  /** The function a value from another module entered (sliceParam): its return is not followed here. */
  private entered?: Node;

  /** The command lines whose output the value being followed is (a field of it, split, may hold no identity). */
  commands?: string[];

  private run(work: Item[], mode: 'control' | 'data', start?: Node): Slice {
    this.mode = mode;
    this.origin = start;
    this.out = { exits: [], exported: [], written: [], callbacks: [], overridden: [], samples: [], envWritten: [] };
    this.climbing = undefined;
    this.perEntry = 0;
    const effects: Effect[] = [];
    const carriers: Step[] = [];
    const seen = new Set<string>();
    const effectKeys = new Set<string>();
    // A value a callback receives (`exec(cmd, (err, stdout) => …)`, `readFile(p, (err, data) => …)`): its second parameter.
    const last = start?.type === 'CallExpression' ? (start.arguments as Node[])[start.arguments.length - 1] : undefined;
    if (mode === 'data' && last && isFunction(unwrap(last)) && unwrap(last).params.length >= 2) {
      this.followParam(last, 1, undefined, (node, p, f, note) => {
        const step: Step | undefined = note ? { role: 'transform', node, note } : undefined;
        if (step) carriers.push(step);
        work.push({ node, path: p, field: f, depth: 1, via: step ? [step] : [] });
      }, start!, 'its output, in the callback');
    }
    let count = 0;
    // Twelve effects are enough to say what a decision changes. A value followed for where it goes
    // is written into text on its way to many places (log lines, ids made from it): that text does
    // not end the search for a request, up to a wider bound.
    let counted = 0;
    while (work.length && count++ < (mode === 'data' ? MAX_DATA_ITEMS : MAX_ITEMS) && counted < 12 && effects.length < 48) {
      const item = work.shift()!;
      // The same expression reached through another call of its function is another item: its
      // return goes back to that call (returnSites), so marking it seen would lose that caller.
      const inner = item.ctx?.[item.ctx.length - 1];
      const key = `${item.node.start}:${item.node.end}:${item.field ?? ''}:${inner ? `${inner.start}-${inner.end}` : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const before = effects.length;
      const local: Step[] = [];
      this.climbAmong = item.among;
      this.climb(item, effects, carriers, work, local);
      // An effect met again (the same text reached through another call of its function) is not
      // kept twice: the bound on effects counts different ones.
      let kept = before;
      for (let k = before; k < effects.length; k++) {
        const e = effects[k];
        const ek = `${e.kind}:${e.node.start}:${e.note}`;
        if (effectKeys.has(ek)) continue;
        effectKeys.add(ek);
        e.via ??= [...(item.via ?? []), ...local];
        if (this.climbAmong && !e.among) e.among = this.climbAmong;
        effects[kept++] = e;
        if (mode === 'control' || e.kind !== 'text') counted++;
      }
      effects.length = kept;
    }
    return { effects, carriers: carriers.slice(0, 6), ...this.out, ...(this.perEntry ? { perEntry: this.perEntry } : {}) };
  }

  private perEntry = 0;

  /** The item being climbed and the carriers met on its way so far: the path of a value that leaves the file. */
  private climbing?: { item: Item; local: Step[] };

  private viaSoFar(): Step[] {
    return this.climbing ? [...(this.climbing.item.via ?? []), ...this.climbing.local] : [];
  }

  /** The value leaves the file as an argument to another file's export. */
  private exitTo(rec: Omit<Slice['exits'][number], 'via'>): void {
    this.out.exits.push({ ...rec, via: this.viaSoFar() });
  }

  /** The value leaves the file as (the result of) one of its exports. */
  private exportAs(rec: Omit<Slice['exported'][number], 'via'>): void {
    this.out.exported.push({ ...rec, via: this.viaSoFar() });
  }

  /** The call a value is entering a function through, while its parameter's references are pushed. */
  private entering?: Node;
  /** The calls the item being climbed came in by. */
  private ctx?: Node[];

  /** Climbs from an item to what holds its value; `local` gets the carriers met on the way (for the item's effects). */
  private climb(item: Item, effects: Effect[], carriers: Step[], work: Item[], local: Step[]): void {
    const { path } = item;
    let field = item.field;
    let callable = item.callable;
    let urlHost = item.urlHost;
    let outPath = item.outPath;
    let i = path.length - 1;
    this.ctx = item.ctx;
    this.climbing = { item, local };
    const push: Push = (node, p, f, note, fn, ctx) => {
      if (item.depth >= (this.mode === 'data' ? MAX_DATA_DEPTH : MAX_DEPTH)) return;
      const step: Step | undefined = note ? { role: 'transform', node, note } : undefined;
      // The slice's own list says each way once; the item's path keeps every step it took.
      if (step && !carriers.some((c) => c.note === step.note)) carriers.push(step);
      const next = ctx ?? (this.entering ? [...(item.ctx ?? []), this.entering].slice(-8) : item.ctx);
      const via = [...(item.via ?? []), ...local, ...(step ? [step] : [])];
      work.push({ node, path: p, field: f, callable: fn ?? callable, depth: item.depth + 1, ctx: next, via: via.length > 12 ? [...via.slice(0, 4), ...via.slice(-8)] : via, ...(urlHost && f === field ? { urlHost } : {}), ...(outPath && f === field ? { outPath } : {}), ...(this.climbAmong ? { among: this.climbAmong } : {}) });
    };
    for (; i > 0; i--) {
      const cur = path[i];
      const parent = path[i - 1];
      const up = path.slice(0, i);
      // What a CommonJS module exports under a name (`exports.n = v`, esbuild's `__export(t, { n: () => v })`, a getter): another module's `require` of it.
      if (this.mode === 'data') for (const name of this.cjsExportedAs(cur)) this.exportAs({ name, call: !!callable, ...(field ? { field } : {}), node: cur });
      switch (parent.type) {
        case 'ParenthesizedExpression':
        case 'ChainExpression':
        case 'AwaitExpression':
          continue;
        case 'UnaryExpression':
          if (field || this.mode === 'data') return;
          continue;
        case 'LogicalExpression':
          if (field) {
            // `rec ?? {}`, `rec || fallback` hand on the record; `rec && x` hands on x.
            if (parent.operator === '&&' && parent.left === cur) return;
            continue;
          }
          // `cond && act()` as a statement is an if: what it decides is not data the value carries.
          if (parent.left === cur && (parent.operator === '&&' || parent.operator === '||') && statementLike(path, i - 1)) {
            if (this.mode === 'data') return;
            effects.push(...this.branch(parent.right, parent.operator === '&&' ? 'when it holds' : 'when it does not'));
            this.decided(parent.right, up, push);
            return;
          }
          // `return cond && (warn(), process.exit(1))`, an arrow's body: the right side runs only
          // as the test decides, whatever is then done with the value.
          if (parent.left === cur && (parent.operator === '&&' || parent.operator === '||') && this.mode === 'control') {
            effects.push(...this.branch(parent.right, parent.operator === '&&' ? 'when it holds' : 'when it does not'));
          }
          continue;
        case 'SequenceExpression':
          if (parent.expressions[parent.expressions.length - 1] !== cur) return;
          continue;
        case 'BinaryExpression':
          if (field) return;
          if (this.mode === 'data' && parent.operator !== '+') return;
          // The host of a URL (`"http://" + host + ":8080/health"`): where a request to that URL goes, not what it carries.
          // (A URL it is the host of, extended at its end — `origin + "/health"` — keeps it there.)
          if (this.mode === 'data' && parent.operator === '+' && !(urlHost && parent.left === cur)) urlHost = parent.right === cur && urlHostAt(staticTail(parent.left), staticHead(path[i - 2]?.type === 'BinaryExpression' && path[i - 2].left === parent ? path[i - 2].right : undefined));
          // A value derived from the outcome (`level === 2`, `"Today" + mark`): keep following it.
          if (parent.operator === '+' ) {
            const other = parent.left === cur ? parent.right : parent.left;
            if (this.isText(other)) effects.push({ kind: 'text', node: parent, note: 'writes it into text' });
          }
          continue;
        case 'TemplateLiteral': {
          const at = (parent.expressions as Node[]).indexOf(cur);
          // `http://${process.env.HOSTNAME}:${port}/health`: the host a request to that URL connects to, not data it sends.
          // (`${origin}/health` of such a URL keeps it there.)
          if (this.mode === 'data' && !(urlHost && at === 0 && parent.quasis[0].value.cooked === '')) urlHost = at >= 0 && urlHostAt(parent.quasis[at].value.cooked, (parent.quasis as Node[]).slice(at + 1).map((q) => q.value.cooked ?? '').join('\u0000'));
          if (this.mode === 'data' && at >= 0) outPath = OUTPUT_OPTION.test(parent.quasis[at].value.cooked ?? '');
          effects.push({ kind: 'text', node: parent, note: 'writes it into text' });
          continue;
        }
        case 'IfStatement':
        case 'ConditionalExpression': {
          if (parent.test !== cur) {
            if (parent.type === 'ConditionalExpression') continue; // one of the results: the ternary's value holds it
            return;
          }
          if (field || this.mode === 'data') return;
          const picked = this.pair(parent.consequent, parent.alternate);
          effects.push(...picked, ...this.branch(parent.consequent, 'when it holds'), ...(parent.alternate ? this.branch(parent.alternate, 'otherwise') : []));
          // `{ model: lite ? FLASH_LITE_MODEL : defaultModel }`, `cfg.maxTokens = capped ? 1024 : limit`:
          // the model or a limit set to a constant on one side, whatever the other side is.
          if (!picked.length && parent.type === 'ConditionalExpression') {
            const set = this.serviceSetBy(parent, path[i - 2], this.r.scopeAt(up));
            if (set) effects.push(set);
          }
          // A guard (`if (blocked) { …; return }` with the request after it): the request is not sent when it holds.
          if (parent.type === 'IfStatement' && !parent.alternate) effects.push(...this.guarded(parent, path[i - 2]), ...this.returnPair(parent, path[i - 2]), ...this.errorShown(parent));
          if (parent.type === 'ConditionalExpression') continue; // the value it picks travels on
          this.decided(parent.consequent, up, push);
          if (parent.alternate) this.decided(parent.alternate, up, push);
          return;
        }
        case 'ForOfStatement': {
          // `for (const p of list)`: the loop variable holds each element.
          if (parent.right !== cur || this.mode !== 'data') return;
          field = mapEntries(field);
          const head = field?.split('.')[0];
          if (field !== undefined && !isElement(head)) return;
          const rest = field === undefined ? undefined : tail(field);
          const decl = parent.left.type === 'VariableDeclaration' ? parent.left.declarations[0]?.id : parent.left;
          const scope = this.r.scopeAt([...up, parent, parent.body]);
          if (decl?.type === 'Identifier') this.followName(decl.name, scope, up, rest, push, parent.left);
          // (`for (const [k, v] of Object.entries(rec))` over a whole sensed record: each part holds it.)
          else if (decl) this.destructure(decl, this.partOf(rest)!, scope, up, push, parent.left);
          return;
        }
        case 'WhileStatement':
        case 'DoWhileStatement':
        case 'ForStatement':
          if (parent.test === cur && this.mode === 'control') effects.push(...this.branch(parent.body, 'while it holds'));
          return;
        case 'SwitchStatement':
          if (parent.discriminant !== cur || this.mode === 'data') return;
          effects.push(...this.cases(parent));
          for (const c of parent.cases as Node[]) for (const st of c.consequent as Node[]) this.decided(st, [...up, parent, c], push);
          return;
        case 'MemberExpression':
          if (parent.property === cur && parent.computed) {
            if (this.mode === 'data') return;
            // A table indexed by the outcome: its entries are what it picks between.
            effects.push(...this.table(parent.object, up, path[i - 2]));
            continue;
          }
          if (parent.object === cur && !callable && path[i - 2]?.type === 'CallExpression' && path[i - 2].callee === parent) {
            const call = path[i - 2];
            const m = this.r.nameOf(parent, this.r.scopeAt(up));
            // A promise of the value: `.then(cb)` hands it to cb (whose return is the new promise's
            // value); `.catch`/`.finally` pass it on.
            if (m === 'then') {
              this.followParam(call.arguments[0], 0, field, push, call, 'when the promise resolves');
              return;
            }
            if (m === 'catch' || m === 'finally') {
              i--;
              continue;
            }
            // `src.pipe(req)` of Node's streams: written into a request's body when that is where it goes.
            if (m === 'pipe' && this.mode === 'data' && call.arguments.length === 1 && !isOperatorPipe(call) && this.streamsInto(call.arguments[0], this.r.scopeAt(up))) {
              effects.push({ kind: 'request', node: call, note: 'streams it into the body of a request' });
              return;
            }
            // `source.pipe(map(f), …)`: the stages are handed it in turn.
            if (m === 'pipe' && isOperatorPipe(call)) {
              this.pipeNext(call, 0, field, path.slice(0, i - 1), push);
              return;
            }
            const head = field?.split('.')[0];
            if (isMapHead(head)) {
              // What a Map was given by set() comes back from its get(), its values() and entries()
              // (iterators of it), and to its forEach() callback (the value first). A get() with
              // another constant key gives another entry.
              const rest = tail(field!);
              const want = m === 'get' && call.arguments[0] ? this.r.constant(call.arguments[0], this.r.scopeAt(up))?.v : undefined;
              if (m === 'get' && typeof want === 'string' && mapKeyOf(head!) !== undefined && want !== mapKeyOf(head!)) return;
              if (m === 'get') field = rest;
              else if (m === 'values') field = rest ? `*.${rest}` : '*';
              else if (m === 'entries') field = mapEntries(field!);
              else {
                if (m === 'forEach') this.followParam(call.arguments[0], 0, rest, push, call, 'for each entry');
                return;
              }
              i--;
              continue;
            }
            // `new Body().field("a", x).field("b", y)`: a builder's method that returns its receiver gives the object back, fields and all.
            if (field !== undefined && m && this.mode === 'data' && this.returnsReceiver(parent, this.r.scopeAt(up))) {
              i--;
              continue;
            }
            if (isElement(head) && m) {
              // An array that holds the value: joined into text, filtered or copied, iterated.
              if (m === 'join') {
                effects.push({ kind: 'text', node: call, note: 'writes it into text' });
                field = undefined;
                i--;
                continue;
              }
              if (ARRAY_KEEPS.has(m)) {
                field = tail(field!) ? `*.${tail(field!)}` : '*';
                i--;
                continue;
              }
              if (ARRAY_CALLBACK.has(m)) this.followParam(call.arguments[0], FOLDS.has(m) ? 1 : 0, tail(field!), push, call, 'for each element');
              if (ARRAY_ELEMENT.has(m)) {
                field = tail(field!);
                i--;
                continue;
              }
              return;
            }
          }
          // `os.userInfo().homedir`, `.shell`: a path, not the user's identity (their name is `.username`).
          if (parent.object === cur && field === undefined && this.mode === 'data' && !parent.computed && USER_PATHS.has(parent.property.name) && isUserInfo(this.r.valueOf(cur, this.r.scopeAt(up)))) return;
          // `out.split("\0")[0]` of `git log --format=%H%x00%an…`: a field that holds a hash or a subject, not who wrote it.
          if (parent.object === cur && field === undefined && this.mode === 'data' && this.commands && parent.computed && parent.property.type === 'Literal' && typeof parent.property.value === 'number') {
            const sep = splitSeparator(cur, this.r.scopeAt(up));
            const at = parent.property.value as number;
            if (sep && this.commands.every((c) => formatFieldIsIdentity(c, sep, at) === false)) return;
          }
          if (parent.object === cur && field !== undefined) {
            const [head, ...rest] = field.split('.');
            // (One entry read out of a collection followed as a whole: `env[name]` of `{ ...process.env }`.)
            if (this.wholeOnly && head === '*') return;
            let name = this.r.nameOf(parent, this.r.scopeAt(up));
            // `KEYS.flatMap((k) => c[k] ? …)`, `for (const k of KEYS) c[k]`: a key that ranges over a
            // constant list reads each field the list names.
            if (name === undefined && parent.computed && this.mode === 'data' && head !== '*' && !isElement(head)) {
              const keys = this.r.valueOf(parent.property, this.r.scopeAt(up)).elementOf?.konst?.v;
              if (Array.isArray(keys) && keys.length <= 2000 && keys.includes(head)) name = head;
            }
            // `Object.keys(jar).map((k) => \`${k}=${jar[k]}\`)`: a key that ranges over the object's own keys reads every field.
            if (name === undefined && parent.computed && this.mode === 'data' && head !== '*' && !isElement(head) && unwrap(cur).type === 'Identifier') {
              const scope = this.r.scopeAt(up);
              const over = this.r.keysRangedOver(unwrap(parent.property), scope);
              if (over?.node.type === 'Identifier' && over.scope.lookup(over.node.name) === scope.lookup(unwrap(cur).name)) name = head;
            }
            // `view[key]` with the key a parameter the code does not know (`get(obj, path)`, a fold
            // over a path's segments `(o, k) => o[k]`): it may read the field, as a table's entry
            // picked at run time may be any of them.
            if (name === undefined && parent.computed && this.mode === 'data' && head !== '*' && !isElement(head) && this.unknownKey(unwrap(parent.property), this.r.scopeAt(up))) name = head;
            // `for (const [no, name] of type.fields) value[name]` (a serialiser driven by a schema a
            // caller passes): a key drawn from a list the resolver cannot see reads the field when a
            // list written in this file names it.
            if (name === undefined && parent.computed && this.mode === 'data' && head !== '*' && !isElement(head)) {
              const kv = this.r.valueOf(parent.property, this.r.scopeAt(up));
              if (kv.elementOf && !kv.elementOf.konst && !kv.konst && this.listedName(head)) name = head;
            }
            // `probes[process.platform]()` (node-machine-id's dispatch): the key is the platform, so
            // the entry named after a platform is read, whichever it is.
            if (name === undefined && parent.computed && PLATFORMS.has(head) && isPlatform(this.r.valueOf(parent.property, this.r.scopeAt(up)).ref)) name = head;
            // `slots[IDENTITY]` with both imported from the module that keyed the field by the symbol it exports.
            if (name === undefined && parent.computed && head.startsWith('@key:') && symbolFieldMatches(head, this.r.valueOf(parent.property, this.r.scopeAt(up)).ref)) name = head;
            // A position matches its own index, and an index the resolver cannot tell (a list's
            // length is none of its elements).
            if (name !== head && head !== '*' && !(isElement(head) && name === undefined && parent.computed)) return;
            if (name === 'length' && (head === '*' || isElement(head))) return;
            field = rest.length ? rest.join('.') : undefined;
            continue;
          }
          if (parent.object === cur && !callable && field === undefined && this.mode === 'data' && FOLDS.has(this.r.nameOf(parent, this.r.scopeAt(up)) ?? '') && path[i - 2]?.type === 'CallExpression' && path[i - 2].callee === parent) {
            // A list made from the value as a whole (`s.split(",").reduce(…)`): each element holds it.
            this.followParam(path[i - 2].arguments[0], 1, undefined, push, path[i - 2], 'for each element');
            return;
          }
          if (parent.object === cur && !callable && field === undefined && this.r.nameOf(parent, this.r.scopeAt(up)) === 'length') {
            if (this.mode === 'data') return;
            continue; // `filter(…).length`: a count decided by the same test
          }
          if (parent.object === cur && !callable && field === undefined && !(path[i - 2]?.type === 'CallExpression' && path[i - 2].callee === parent)) {
            // (A collection followed as a whole, the environment: one entry of it is not the whole.)
            if (this.wholeOnly) return;
            // A field of the table entry the decision picked: its own value per key, or a test of it.
            if (this.entryTable && this.mode === 'control') {
              const at = this.entryField(parent, path[i - 2], this.r.scopeAt(up), path.slice(0, i - 1));
              if (at.own) {
                this.perEntry++;
                return;
              }
              if (at.among) this.climbAmong = at.among;
            }
            continue; // a part of the value (`m[1]`, `info.mac`)
          }
          if (parent.object === cur && !callable && PURE_METHODS.has(this.r.nameOf(parent, this.r.scopeAt(up)) ?? '') && path[i - 2]?.type === 'CallExpression' && path[i - 2].callee === parent) {
            // `v.trim()`, `hash.update(v).digest("hex")`: the transformed value travels on.
            i--;
            continue;
          }
          return;
        case 'Property': {
          if (parent.value !== cur) return;
          // (`{ ...acc, [n]: values[i] }` over `names = Object.keys(probes)`: the key of the entry the value began in.)
          const k = parent.computed ? this.r.keyOf(parent, this.r.scopeAt(up)) ?? this.originKey(unwrap(parent.key), this.r.scopeAt(up)) ?? '*' : propertyKeyName(parent) ?? '*';
          if (!field && this.mode === 'data') {
            // A field a bundled telemetry SDK sends by its protocol (Sentry's server_name, an
            // OpenTelemetry resource attribute): sent whenever the SDK sends, wherever that is set up.
            const proto = this.protocolField(k);
            if (proto) effects.push({ kind: 'request', node: parent, note: proto });
            else if (HEADER_ENV.test(k) && path[i - 2]?.type === 'ObjectExpression' && this.environmentRecord(path[i - 2], path[i - 3], this.r.scopeAt(up))) effects.push({ kind: 'request', node: parent, note: `sets ${k} in the environment it gives a program, which sends its value with every request (${HEADER_ENV_USE[k] ?? 'as HTTP headers'})` });
            else if (SPAN_KEY.test(k) && this.importedResource(path[i - 2], path[i - 3], up)) effects.push({ kind: 'request', node: parent, note: `${BY_PROTOCOL}OpenTelemetry's collector (resource attribute ${k}, with every export)` });
            else if (SPAN_KEY.test(k) && spanAttributes(path[i - 2], path[i - 3], (n) => this.r.nameOf(n, this.r.scopeAt(up)))) effects.push({ kind: 'request', node: parent, note: `${BY_PROTOCOL}OpenTelemetry's collector (span attribute ${k})` });
            if (path[i - 2]?.type === 'ObjectExpression' && promptField(path[i - 2], k, (n) => this.stringOf(n, up))) effects.push({ kind: 'prompt', node: parent, note: 'writes it into the prompt sent to the model' });
          }
          if (this.mode === 'data' && path[i - 2]?.type === 'ObjectExpression') {
            // `new OpenAI({ defaultHeaders: { session_id: id } })`: the headers a client is made
            // with go with every request it sends (OpenAI's, Anthropic's and most API SDKs' option),
            // whether the SDK is required or bundled where its code is not followed.
            const holder = path[i - 3];
            // (A client is made with them, `new OpenAI({ … })` or `createClient({ … })`: a record a store saves is not.)
            const makes = holder?.type === 'NewExpression' || (holder?.type === 'CallExpression' && /^create/i.test(calleeName(holder) ?? ''));
            if (k === 'defaultHeaders' && makes && (holder.arguments as Node[]).includes(path[i - 2])) {
              effects.push({ kind: 'request', node: parent, note: `sends it as a request header${field ? ` (${field.split('.')[0]})` : ''} with every request of the client it makes` });
              return;
            }
            // `client.messages.create({ model, messages, metadata: { user_id } })`: a model API's
            // request body, whose end-user fields (Anthropic's metadata.user_id, OpenAI's user and
            // safety_identifier) are sent to the provider with the prompt.
            // (Only the body handed to an SDK's create/stream call: the same record saved to a file
            // or stringified into a fetch is followed to where it goes.)
            const sdkCall = holder?.type === 'CallExpression' && holder.arguments[0] === path[i - 2] && calleeOf(holder).type === 'MemberExpression' && /^(create|stream|parse)$/.test(calleeName(holder) ?? '');
            if (sdkCall && MODEL_USER_KEYS.has(k) && modelBody(path[i - 2])) {
              effects.push({ kind: 'request', node: parent, note: `the model request carries it (its ${field ? `${k}.${field}` : k})` });
              return;
            }
          }
          if (this.mode === 'data' && k === 'experimental_telemetry' && (field === 'metadata' || field?.startsWith('metadata.')) && path[i - 2]?.type === 'ObjectExpression') {
            // The AI SDK's `generateText/streamText({ …, experimental_telemetry: { metadata } })`:
            // each metadata entry becomes an attribute (ai.telemetry.metadata.*) of the spans the
            // SDK records, exported with them to the OpenTelemetry collector when telemetry is on.
            effects.push({ kind: 'request', node: parent, note: "in a request to OpenTelemetry's collector (the AI SDK's telemetry metadata, an attribute of every span it records)" });
          }
          if (this.mode === 'data' && k === 'defaultMeta' && path[i - 2]?.type === 'ObjectExpression' && path[i - 3]?.type === 'CallExpression' && path[i - 3].arguments[0] === path[i - 2]) {
            // winston's `createLogger({ defaultMeta, transports: [new winston.transports.Http({ host })] })`:
            // the meta is merged into every log record, which a remote transport ships.
            const remote = this.remoteLogTransport(path[i - 3], path[i - 2], this.r.scopeAt(up));
            if (remote !== undefined) effects.push({ kind: 'request', node: parent, note: `${BY_PROTOCOL}${remote || 'a log service'} (winston's defaultMeta, merged into every log record its remote transport ships)` });
          }
          field = under(k, field, callable);
          callable = false;
          i--; // the object literal holds the outcome in that field
          if (path[i - 1] && path[i - 1].type !== 'ObjectExpression') return;
          continue;
        }
        case 'ObjectExpression':
          continue;
        case 'SpreadElement':
          if (path[i - 2]?.type === 'ArrayExpression') {
            field = mapEntries(field);
            // `[...list, x]`, `[...(c ? [v] : [])]`: the new array holds the list's elements.
            if (field !== undefined && !isElement(field.split('.')[0])) return;
            field = field === undefined ? undefined : tail(field);
            continue;
          }
          // `Object.assign({}, ...parts)` of parts a decision shaped: an argument like any other.
          if ((path[i - 2]?.type === 'CallExpression' || path[i - 2]?.type === 'NewExpression') && this.mode === 'control') continue;
          if ((path[i - 2]?.type === 'CallExpression' || path[i - 2]?.type === 'NewExpression') && this.mode === 'data' && field !== undefined) {
            // `f(...args)` with the value at a known position of args: f's parameter there.
            const call = path[i - 2];
            const args = call.arguments as Node[];
            const at = args.indexOf(parent);
            const head = field.split('.')[0];
            if (at >= 0 && /^\d+$/.test(head) && !args.slice(0, at).some((a) => a.type === 'SpreadElement')) {
              const fns = (this.r.calleeValue(unwrap(call.callee), this.r.scopeAt(path.slice(0, i - 1))).fns ?? []).slice(0, 3);
              for (const fn of fns) this.followParam(fn.node, at + Number(head), tail(field), push, call, `spread into ${fn.name ?? 'a function'}()`);
            }
            return;
          }
          // `{ ...rec, k: v }`: the new object holds the record's fields (every field, when the
          // whole record is the value: `{ ...attrs, _required: true }`). A decision's outcome spread
          // in (`{ model, ...(c ? { reasoning: "off" } : {}) }`) decides which fields the object has.
          field = this.partOf(field);
          if (path[i - 2]?.type !== 'ObjectExpression' || (!field && this.mode === 'data')) return;
          continue;
        case 'ArrayExpression': {
          // An element at a known position (no spread before it) keeps it: `[a, b] = await Promise.all([…])`.
          const els = parent.elements as (Node | null)[];
          const at = els.indexOf(cur);
          const exact = cur.type !== 'SpreadElement' && at >= 0 && !els.slice(0, at).some((e) => e?.type === 'SpreadElement');
          // (`spawn("curl", [url, "-o", file])`: the element after an output option is a local file.)
          const prev = at > 0 ? els[at - 1] : null;
          if (this.mode === 'data' && prev?.type === 'Literal' && typeof prev.value === 'string') outPath = OUTPUT_OPTION.test(`${prev.value} `);
          field = under(exact ? String(at) : '*', field, callable);
          callable = false;
          continue;
        }
        case 'ExportSpecifier':
          // `export { v as name }`: what another module imports.
          if (parent.local === cur && this.mode === 'data') this.exportAs({ name: exportedName(parent), call: !!callable, field, node: parent });
          return;
        case 'VariableDeclarator': {
          if (parent.init !== cur) return;
          const scope = this.r.scopeAt(up);
          if (this.mode === 'data' && path[i - 3]?.type === 'ExportNamedDeclaration' && parent.id.type === 'Identifier') this.exportAs({ name: parent.id.name, call: !!callable, field, node: parent });
          if (parent.id.type === 'Identifier') return this.followName(parent.id.name, scope, up, field, push, parent);
          const part = this.partOf(field);
          // (`const { username, homedir } = os.userInfo()`: the name, not the paths.)
          const skip = field === undefined && this.mode === 'data' && parent.id.type === 'ObjectPattern' && isUserInfo(this.r.valueOf(cur, scope)) ? USER_PATHS : undefined;
          if (part) this.destructure(parent.id, part, scope, up, push, parent, skip);
          return;
        }
        case 'PropertyDefinition': {
          // `class C { #id = v; … }`, `class C { id = v }`: reads of the field in the class and on its instances.
          if (parent.value !== cur || parent.static) return;
          const cls = path[i - 3];
          const k = this.r.keyOf(parent, this.r.scopeAt(up));
          if (k === undefined || !cls) return;
          for (const read of this.propertyReads(k, 24, cls)) if (this.onClass(read, cls)) push(read.node, read.path, field, `kept in .${k}`);
          if (parent.key.type !== 'PrivateIdentifier') this.instancesHolding(cls, k, field, push);
          return;
        }
        case 'AssignmentPattern': {
          // `function send(host = os.hostname())`, `const { zone = tz() } = o`: the name given the default.
          if (parent.right !== cur || parent.left.type !== 'Identifier') return;
          return this.followName(parent.left.name, this.r.scopeAt(up), up, field, push, parent);
        }
        case 'AssignmentExpression': {
          if (parent.right !== cur) return;
          const left = parent.left;
          const scope = this.r.scopeAt(up);
          if (left.type === 'Identifier') {
            this.followName(left.name, scope, up, field, push, parent);
            // `return cached ??= principal()`, `f(last = v)`: the assignment's own value, where it is used.
            if (!assignmentUsed(path, i)) return;
            continue;
          }
          const part = this.partOf(field);
          if ((left.type === 'ObjectPattern' || left.type === 'ArrayPattern') && part) return this.destructure(left, part, scope, up, push, parent);
          if (left.type === 'MemberExpression' && this.mode === 'data') {
            this.storedInto(left, scope, push, parent, field, callable);
            // `produce(state, (draft) => { draft.messages[0].content += v })`: the new state holds it there.
            this.draftWrite(left, scope, field, push);
            // `beforeRequest: [(options) => { options.headers["x-machine"] = id }]`: a hook an HTTP
            // client calls with the options it is about to send (got's hooks, axios's interceptors).
            const header = field === undefined && !callable ? this.hookHeader(left, scope) : undefined;
            if (header) effects.push({ kind: 'request', node: parent, note: `sends it as a request header (${header}) of the options it is handed`, guess: true });
            // `process.env.ANTHROPIC_CUSTOM_HEADERS = lines`: what the program itself and the programs it starts send.
            const envKey = field === undefined && !callable ? this.r.nameOf(left, scope) : undefined;
            if (envKey && HEADER_ENV.test(envKey) && this.r.valueOf(unwrap(left.object), scope).ref === 'process.env') effects.push({ kind: 'request', node: parent, note: `sets ${envKey} in the environment, whose value is sent with every request (${HEADER_ENV_USE[envKey] ?? 'as HTTP headers'})` });
            // (`const env = { ...process.env }; env.OTEL_RESOURCE_ATTRIBUTES = …`: a copy of it, extended for a program it starts.)
            else if (envKey && HEADER_ENV.test(envKey) && this.environmentCopy(left.object, scope)) effects.push({ kind: 'request', node: parent, note: `sets ${envKey} in the environment it gives a program, which sends its value with every request (${HEADER_ENV_USE[envKey] ?? 'as HTTP headers'})` });
            // `Sentry.init({ dsn, beforeSend(event) { event.user = { id } } })`: the event the hook is handed is the crash report it sends.
            if (this.crashReportHook(left, scope, up)) effects.push({ kind: 'request', node: parent, note: `${BY_PROTOCOL}Sentry (written into the event its beforeSend hook hands back, with every report)` });
            // `prefs.value = v` on an instance of another module's class: a setter there may take it.
            const ref = !callable ? this.r.valueOf(unwrap(left.object), scope).ref : undefined;
            const step = ref && LINKED_MODULE.test(ref) && ref.endsWith('()') ? setStep(this.r.nameOf(left, scope) ?? '') : undefined;
            if (step) this.exitTo({ ref: `${ref}.${step}`, arg: 0, field, node: parent });
          }
          // `exports.name = v`, `module.exports = { name: v }`: what another module's `require` gives.
          const cjs = left.type === 'MemberExpression' && this.mode === 'data' ? cjsExportName(left, scope, this.r) : undefined;
          if (cjs !== undefined) {
            // `module.exports = { name: v }`: the field's head is the name another module reads.
            const [head, ...rest] = cjs === WHOLE_MODULE ? (field ? field.split('.') : ['default']) : [cjs];
            if (!isElement(head)) this.exportAs({ name: head, call: !!callable, ...(rest.length ? { field: rest.join('.') } : field && cjs !== WHOLE_MODULE ? { field } : {}), node: parent });
          }
          if (left.type === 'MemberExpression' && !field) {
            // `this.k = outcome` or `obj.k = outcome`: reads of `.k` elsewhere.
            // (`facts[names[i]] = …` with `names = Object.keys(probes)`: the key of the entry the value began in.)
            const k = this.r.nameOf(left, scope) ?? (left.computed ? this.r.moduleConstant(left.property, scope) ?? this.originKey(left.property, scope) : undefined);
            const proto = k !== undefined && this.mode === 'data' ? this.protocolField(k) : undefined;
            if (proto) effects.push({ kind: 'request', node: parent, note: proto });
            if (k !== undefined) for (const read of this.readsOfStore(left, k, up)) push(read.node, read.path, undefined);
            if (k !== undefined && this.mode === 'data') for (const d of this.destructuredReads(left, k, up)) this.destructure(d.pattern, k, d.scope, d.path, push, d.at);
            if (k !== undefined) this.thisHolding(left, up, k, undefined, push);
            if (k !== undefined) this.exportedField(left, up, k, parent);
            if (left.computed || k !== undefined) effects.push(...this.objectSent(left.object, up, `sets .${k ?? '[…]'}`));
            // `m[key] = value` for each line of a command's output (`git config --get-regexp ^user\.`):
            // a record the function fills under keys read from the same text; any of its fields,
            // and the record, hold what it was given.
            const o = unwrap(left.object);
            const b = k === undefined && left.computed && this.mode === 'data' && o.type === 'Identifier' ? scope.lookup(o.name) : undefined;
            const made = b && b.kind !== 'param' && !b.path && b.init ? unwrap(b.init) : undefined;
            // (Read under a key written out, `m["user.signingkey"]`: only a name or an address is who the user is.)
            const who = (ref: Reference) => {
              const m = ref.path[ref.path.length - 2];
              const key = m?.type === 'MemberExpression' && m.object === ref.node ? (m.computed ? staticString(m.property) : memberName(m)) : undefined;
              return key === undefined || IDENTITY_KEY.test(key);
            };
            if (made?.type === 'ObjectExpression' && made.properties.length === 0) this.followBinding(b!, undefined, push, parent, `a field of ${o.name}, filled under keys read with it`, undefined, who);
          } else if (left.type === 'MemberExpression') {
            // `this.config = { name: outcome, … }`: reads of `.config` hold it in the same field.
            const k = this.r.nameOf(left, scope);
            if (k !== undefined) for (const read of this.readsOfStore(left, k, up)) push(read.node, read.path, field, `kept in .${k}`);
            if (k !== undefined && field !== undefined) for (const d of this.destructuredReads(left, k, up)) this.destructure(d.pattern, `${k}.${field}`, d.scope, d.path, push, d.at);
            if (k !== undefined) this.thisHolding(left, up, k, field, push);
            if (k !== undefined) this.exportedField(left, up, field === undefined ? k : `${k}.${field}`, parent);
          }
          // `return this._host ??= os.hostname()`, `return (init(), cache.id = read())`: the assignment's own value, where it is used.
          if (!assignmentUsed(path, i)) return;
          continue;
        }
        case 'ImportExpression': {
          // `await import(\`./prompts/${variant}.mjs\`)`: which module is loaded, and what it gives, is decided by it.
          if (parent.source !== cur || this.mode === 'data') return;
          // (`const { default: prompt } = await import(…)`: each name the pattern takes.)
          const j = path[i - 2]?.type === 'AwaitExpression' ? i - 3 : i - 2;
          const decl = path[j];
          if (decl?.type === 'VariableDeclarator' && decl.id.type === 'ObjectPattern') {
            this.destructure(decl.id, '*', this.r.scopeAt(path.slice(0, j)), path.slice(0, j), push, decl);
            return;
          }
          continue;
        }
        case 'YieldExpression': {
          // `yield v`: an element of what the generator gives its loop; `yield* gen()`: the
          // elements of gen() are this generator's too.
          if (parent.argument !== cur) return;
          // `const v = yield* gen()`: what gen returns is the value of the yield* expression.
          if (parent.delegate && !isElement(field?.split('.')[0])) continue;
          const fnIndex = lastIndex(up, isFunction);
          // `const v = yield p` in a coroutine (`__awaiter(…, function* () {…})`, `co(…)`): an await.
          if (!parent.delegate && fnIndex >= 0 && this.r.coroutine(path[fnIndex])) continue;
          if (this.mode !== 'data') return;
          if (fnIndex < 0) return;
          this.followReturn(path[fnIndex], path.slice(0, fnIndex + 1), parent.delegate ? field : field ? `*.${field}` : '*', push);
          return;
        }
        case 'ReturnStatement':
        case 'ArrowFunctionExpression':
        case 'FunctionExpression': {
          if (parent.type === 'ArrowFunctionExpression' && parent.body !== cur) return;
          if (parent.type === 'FunctionExpression') return;
          const fnIndex = parent.type === 'ReturnStatement' ? lastIndex(up, isFunction) : i - 1;
          if (fnIndex < 0) return;
          this.followReturn(path[fnIndex], path.slice(0, fnIndex + 1), field, push, !!callable && field !== undefined);
          return;
        }
        case 'CallExpression':
        case 'NewExpression': {
          // `of(v)`, `from(promise)`, `firstValueFrom(stream)`: a source that emits it, or the value a stream gives.
          if (parent.callee !== cur && !callable && (sourceKind(parent) === 'arg' || sourceKind(parent) === 'consume')) continue;
          // A stage of an operator pipeline that decides (`pipe(filter((z) => list.includes(z)), …)`): what the pipeline gives.
          if (parent.callee !== cur && this.mode === 'control' && isOperatorPipe(parent)) continue;
          if (parent.callee === cur && (field === '()' || field?.startsWith('().'))) {
            // Calling the field that holds the function (`session.resolveId()`).
            field = field === '()' ? undefined : field.slice(3);
            continue;
          }
          if (parent.callee === cur) {
            // Calling the function value that yields the outcome.
            if (!callable) return;
            callable = false;
            continue;
          }
          const scope = this.r.scopeAt(up);
          const callee = unwrap(parent.callee);
          const argIndex = (parent.arguments as Node[]).indexOf(cur);
          const method = callee.type === 'MemberExpression' ? this.r.nameOf(callee, scope) : undefined;
          // `Boolean(name)`: whether it is set, as `!name` says (see the UnaryExpression case), no data it carries on.
          if (this.mode === 'data' && argIndex === 0 && callee.type === 'Identifier' && callee.name === 'Boolean' && !scope.lookup('Boolean')) return;
          // `span.setAttribute("enduser.id", v)`: an attribute of a trace span, exported with it to
          // OpenTelemetry's collector. (Its keys are dotted names, `enduser.id`, `vcs.author.name`;
          // an element's attribute, `aria-label`, `data-id`, is not one.)
          if (this.mode === 'data' && argIndex === 1 && field === undefined && method === 'setAttribute' && parent.arguments.length === 2) {
            const k = this.r.constant(parent.arguments[0], scope)?.v;
            if (typeof k === 'string' && SPAN_KEY.test(k)) {
              effects.push({ kind: 'request', node: parent, note: `${BY_PROTOCOL}OpenTelemetry's collector (span attribute ${k})` });
              return;
            }
          }
          // Node's streams: `Readable.from(lines)` streams what the list holds; `pipeline(src, gzip,
          // req)` writes what src gives into its last stage, a request's body when that is one.
          const streamRef = this.mode === 'data' ? this.r.calleeValue(callee, scope).ref : undefined;
          if (this.mode === 'data' && argIndex === 0 && streamRef === 'module:stream.Readable.from') continue;
          if (this.mode === 'data' && argIndex >= 0 && argIndex < parent.arguments.length - 1 && streamRef && /^module:stream(\/promises)?\.pipeline$/.test(streamRef)) {
            if (this.streamsInto(parent.arguments[parent.arguments.length - 1], scope)) effects.push({ kind: 'request', node: parent, note: 'streams it into the body of a request' });
            return;
          }
          // `/(.+) <(.+)>/.exec(ident)`: the match holds parts of the text.
          if (this.mode === 'data' && argIndex === 0 && field === undefined && method === 'exec' && parent.arguments.length === 1) continue;
          if (this.mode === 'data' && argIndex === 0 && field !== undefined && /^attributes(\.|$)/.test(field) && method === 'emit' && this.r.index && sdkBundled(OTEL_LOGS, this.r.index)) {
            // `logger.emit({ body, attributes })`: an OpenTelemetry log record, exported with its attributes.
            effects.push({ kind: 'request', node: parent, note: "in a request to OpenTelemetry's collector (log record attribute, with every log export)" });
            return;
          }
          // `path.reduce((o, k) => o[k], view)`: the fold starts from it (its step's accumulator) and gives it back when no step runs.
          if (this.mode === 'data' && argIndex === 1 && FOLDS.has(method ?? '') && isFunction(unwrap(parent.arguments[0]))) {
            this.followParam(parent.arguments[0], 0, field, push, parent, 'the fold starts from it');
            push(parent, up, field, 'folded into the result');
            return;
          }
          // Statsig's client (`new StatsigClient(sdkKey, user, options)`, `client.updateUserAsync(user)`):
          // the user record is sent when the client initialises and with every event it logs.
          if (this.mode === 'data' && this.statsigUser(parent, callee, scope, argIndex)) {
            effects.push({ kind: 'request', node: parent, note: `${BY_PROTOCOL}Statsig (the user record its client is given, sent when it initialises and with every event)` });
            return;
          }
          const rpc = this.mode === 'data' ? this.rpcMethod(parent, scope, argIndex) : undefined;
          if (rpc) {
            effects.push({ kind: 'request', node: parent, note: `${BY_PROTOCOL}another program (JSON-RPC ${rpc})` });
            return;
          }
          // The address a socket connects to (a pipe named after the user, `{ socketPath }`): where it goes, not what it carries.
          if (this.mode === 'data' && argIndex >= 0 && this.connectTarget(parent, scope, argIndex, field)) return;
          // A URL whose host it is, requested: where the request goes (`fetch(\`http://${host}:3000/health\`)`).
          // (Also as the `url` of a request's config, `client.request({ url: \`http://${host}:9222/json\` })`.)
          if (this.mode === 'data' && urlHost && argIndex === 0 && (field === undefined || field === 'url') && this.isRequest(parent, scope, 0)) return;
          // The file a command-line client downloads into: written here, not sent.
          if (this.mode === 'data' && outPath && argIndex >= 0 && this.r.valueOf(unwrap(parent.callee), scope).ref?.startsWith('child_process.')) return;
          // A model API's SDK call (`client.beta.messages.stream(body)`, `client.chat.completions.create(body)`,
          // the client made where this file does not show it, a retry helper's parameter) whose body's
          // parameter the decision sets (`max_tokens`, `temperature`, `model`): how much of which model
          // the user gets. (Not the prompt's text: a reply language picked by the locale is a translation.)
          if (this.mode === 'control' && argIndex === 0 && field !== undefined && MODEL_PARAMS.has(field.split('.')[0]) && callee.type === 'MemberExpression' && modelSdkCall(callee, (n) => this.r.nameOf(n, scope))) {
            effects.push({ kind: 'request', node: parent, note: `changes the model request it sends (its ${field})` });
            return;
          }
          if (this.isRequest(parent, scope, argIndex >= 0 ? argIndex : undefined, 3, this.mode === 'data' ? field : undefined)) {
            effects.push({ kind: 'request', node: parent, note: field ? `changes the request it sends (its ${field})` : 'changes the request it sends' });
            return;
          }
          // `handlers.get(tier)`: the entry of a Map the outcome picks (a handler, called next, or a value) is decided by it.
          if (argIndex === 0 && this.mode === 'control' && parent.arguments.length === 1 && callee.type === 'MemberExpression' && this.r.nameOf(callee, scope) === 'get') {
            // A Map of look-alike strings looked up by the outcome (`new Map([["direct", "-"], ["relay", "\u2011"]]).get(segment)`):
            // as `TABLE[outcome]`, a covert pick. (Other entries, a strategy's name, are followed to what they change.)
            const marks = this.table(callee.object, up).filter((e) => e.kind === 'covert-marker');
            if (marks.length) {
              effects.push(...marks);
              continue;
            }
            const picked = this.r.valueOf(parent, scope);
            if (picked.fns?.length || picked.konst || picked.obj) {
              callable = !!picked.fns?.length;
              continue;
            }
          }
          // `new Promise((resolve) => … resolve(v))`: the promise's value.
          const settled = this.promiseOf(callee, scope);
          if (settled) {
            push(settled, pathTo(this.root, settled), field, 'resolves a promise with it');
            return;
          }
          // React's hooks (engine/resolve.ts reactHook): `useRef(v)` keeps it as `.current`, `useState(v)` as the state.
          const hook = argIndex === 0 ? reactHook(parent) : undefined;
          if (hook === 'useRef' || hook === 'useState') {
            const at = hook === 'useRef' ? 'current' : '0';
            field = field === undefined ? at : `${at}.${field}`;
            continue;
          }
          // `createElement(Ctx.Provider, { value: v })`: what `useContext(Ctx)` gives below it.
          if (argIndex === 1 && isElementFactory(parent) && field !== undefined && field.split('.')[0] === 'value') {
            const type = unwrap(parent.arguments[0]);
            const id = type.type === 'MemberExpression' && memberName(type) === 'Provider' ? unwrap(type.object) : type;
            const ctx = id.type === 'Identifier' ? scope.lookup(id.name) : undefined;
            const uses = ctx ? this.r.contextUses(ctx) : [];
            const rest = tail(field);
            for (const use of uses) push(use.node, use.path[0] === this.root ? use.path : pathTo(this.root, use.node), rest, 'provided as a React context');
            if (uses.length) return;
          }
          // `createElement(Panel, { host: v })`: Panel is called with the props.
          if (argIndex === 1 && isElementFactory(parent)) {
            const comps = (this.r.valueOf(parent.arguments[0], scope).fns ?? []).slice(0, 3);
            for (const fn of comps) this.followParam(fn.node, 0, field, push, parent, `passed as a prop to ${fn.name ?? 'a component'}`);
            if (comps.length) return;
          }
          // `setState(v)`: the state beside that setter holds it.
          if (argIndex === 0 && callee.type === 'Identifier') {
            const state = this.stateOfSetter(callee.name, scope);
            if (state) {
              this.followBinding(state, field, push, parent, 'set as React state');
              return;
            }
          }
          // immer's `produce(base, recipe)`: the new state holds what the base holds.
          if (argIndex === 0 && this.mode === 'data' && IMMER.test(this.r.calleeValue(callee, scope).ref ?? '')) {
            push(parent, path.slice(0, i), field, `kept by ${calleeName(parent) ?? 'produce'}()`);
            return;
          }
          // commander's `actionCommand.setOptionValue("tier", v)`: what its options give under that key (`opts.tier`).
          if (argIndex === 1 && callee.type === 'MemberExpression' && field === undefined && /^setOptionValue(WithSource)?$/.test(this.r.nameOf(callee, scope) ?? '')) {
            const k = this.r.constant(parent.arguments[0], scope)?.v;
            if (typeof k === 'string') {
              for (const read of this.propertyReads(k, 24, undefined)) if (this.r.commanderOptions(read.node.object, this.r.scopeAt(read.path))) push(read.node, read.path, undefined, `set as the option ${k}`);
              return;
            }
          }
          const f = this.r.calleeValue(callee, scope);
          // worker_threads: what a Worker is handed (its workerData, a message posted to it) is read
          // in the worker's file (flows.ts follows it there).
          if (this.mode === 'data' && argIndex >= 0) {
            const w = this.workerExit(parent, callee, f, argIndex, field, scope);
            if (w) {
              this.exitTo({ ref: w.ref, arg: 0, field: w.field, node: parent });
              return;
            }
            // `spawn(process.execPath, [__filename], { env: { ...process.env, [KEY]: v } })`, `fork(file, [], { env })`:
            // the tool's code that child runs reads v as process.env.KEY.
            const envKey = argIndex >= 1 && field?.startsWith('env.') ? field.split('.')[1] : undefined;
            if (envKey && envKey !== '*' && this.startsOwnCode(parent, f, scope)) {
              this.intoEnv(envKey, tail(tail(field!)!), push, parent, `handed to a child process of the tool as its ${envKey} environment variable`);
              return;
            }
            // A forked child's `process.send(v)`, a worker's `parentPort.postMessage(v)`: what the
            // thread that started it gets in its `child.on("message", fn)` (flows.ts replyHandlers).
            if (argIndex === 0 && this.replies(callee, f, scope)) {
              this.exportAs({ name: REPLY, call: false, ...(field ? { field } : {}), node: parent });
              return;
            }
            // `worker.send(v)` of a `cluster.fork()`: the forked worker runs this same file, whose
            // `process.on("message", fn)` (or `cluster.worker.on`) is handed v.
            const forked = argIndex === 0 ? this.clusterListeners(callee, scope) : undefined;
            if (forked?.length) {
              for (const fn of forked) this.followParam(fn, 0, field, push, parent, 'sent to a cluster worker, which runs this file');
              return;
            }
            // `port1.postMessage(v)` of a MessageChannel: what the listeners of its other port get.
            const listeners = argIndex === 0 ? this.portListeners(callee, scope) : undefined;
            if (listeners) {
              for (const l of listeners) this.followParam(l.fn, 0, l.event && field !== undefined ? `data.${field}` : l.event ? 'data' : field, push, parent, 'posted through a MessageChannel');
              return;
            }
          }
          // Electron's `crashReporter.start({ submitURL, globalExtra })`: the extra parameters go
          // with every minidump uploaded to submitURL (unless uploads are turned off outright);
          // `crashReporter.addExtraParameter(key, value)` adds one to them.
          if (this.mode === 'data' && f.ref && this.crashUpload(parent, f.ref, argIndex, field, scope)) {
            effects.push({ kind: 'request', node: parent, note: `${BY_PROTOCOL}the crash report server (Electron's crashReporter, with every minidump upload)` });
            return;
          }
          // `vscode.env.createTelemetryLogger(sender, { additionalCommonProperties })`: VS Code adds
          // the common properties to the data of every event it hands the sender's
          // `sendEventData(name, data)` / `sendErrorData(error, data)`.
          if (this.mode === 'data' && argIndex === 1 && f.ref === 'vscode.env.createTelemetryLogger' && field?.split('.')[0] === 'additionalCommonProperties') {
            // (`vscode.env.machineId` itself is VS Code's own telemetry id: the logger adds it to every
            // event anyway, and calls the sender only at the telemetry level the user chose.)
            const start = this.origin && unwrap(this.origin);
            if (start?.type === 'MemberExpression' && this.r.valueOf(start, this.r.scopeAt(pathTo(this.root, start))).ref === 'vscode.env.machineId') return;
            const sender = this.r.valueOf(parent.arguments[0], scope);
            for (const m of ['sendEventData', 'sendErrorData']) {
              for (const fn of (this.r.memberOf(sender, m, parent).fns ?? []).slice(0, 2)) this.followParam(fn.node, 1, tail(field), push, parent, `added by VS Code to the data of every event its telemetry sender's ${m} is handed`);
            }
            return;
          }
          if (f.ref && KEEPS_ARGUMENT.has(f.ref)) continue;
          // (`Object.defineProperty(fn, "name", …)` gives back the object it is handed first.)
          if ((f.ref === 'Object.defineProperty' || f.ref === 'Object.defineProperties') && argIndex === 0) continue;
          // `vscode.LanguageModelChatMessage.User(text)`: a message to a model, holding the text.
          if (f.ref && LM_MESSAGE.test(f.ref) && argIndex === (parent.type === 'NewExpression' ? 1 : 0)) continue;
          if (f.ref && ELEMENT_REFS.test(f.ref)) {
            if (field !== undefined && !isElement(field.split('.')[0])) return;
            field = field === undefined ? undefined : tail(field);
            continue;
          }
          if (f.ref && PRINT.test(f.ref)) {
            effects.push({ kind: 'text', node: parent, note: 'changes the message it prints', printed: true });
            return;
          }
          if (argIndex === 0 && this.mode === 'data' && callee.type === 'MemberExpression' && !field?.startsWith('()')) {
            // `schema.parse(v)`, `schema.safeParse(v).data` (zod and the validators shaped like it, a
            // bundled copy whose code is another chunk's): the input comes back, validated.
            // (A schema library bundled in this file is entered too, below; its internals may lose the value.)
            const m = this.r.nameOf(callee, scope);
            const receiver = unwrap(callee.object);
            if (m && VALIDATES.has(m) && !(receiver.type === 'Identifier' && receiver.name === 'JSON' && !scope.lookup('JSON'))) {
              // (`z.object({ version })` keeps only the keys it lists: another field of the input is dropped.)
              const keys = field === undefined ? undefined : schemaKeys(this.r, receiver, scope);
              if (!keys || keys.has(field!.split('.')[0])) push(parent, path.slice(0, i), m.startsWith('safe') ? (field === undefined ? 'data' : `data.${field}`) : field, `validated by ${m}()`);
              if (!this.r.valueOf(callee, scope).fns?.length) return;
            }
          }
          if (argIndex >= 1 && this.mode === 'data' && callee.type === 'MemberExpression' && this.r.nameOf(callee, scope) === 'bind') {
            // `send.bind(null, "start", v)`: the bound function's parameter after thisArg's.
            const bound = (this.r.valueOf(callee.object, scope).fns ?? []).slice(0, 3);
            for (const fn of bound) this.followParam(fn.node, argIndex - 1, field, push, parent, `bound to ${fn.name ?? 'a function'}()`);
            if (bound.length) return;
            // `fn.bind(null, "start", v)` of a function another module hands an export: that function's parameter.
            if (this.calledBack(callee.object, scope, argIndex - 1, field, parent)) return;
          }
          if (argIndex >= 1 && callee.type === 'MemberExpression' && /^(call|apply)$/.test(this.r.nameOf(callee, scope) ?? '') && this.r.directCall(parent, scope).callee !== parent.callee) {
            // `fn.call(t, v)`: fn's parameter after thisArg's; `fn.apply(t, [a, v])` and
            // `Reflect.apply(fn, t, [a, v])`: the parameter at the element's position.
            const method = this.r.nameOf(callee, scope);
            const reflect = method === 'apply' && this.r.valueOf(callee.object, scope).ref === 'Reflect';
            const spread = reflect ? argIndex === 2 : method === 'apply' && argIndex === 1;
            const head = field?.split('.')[0];
            const at = spread ? (head !== undefined && /^\d+$/.test(head) ? Number(head) : -1) : method === 'call' && !reflect ? argIndex - 1 : -1;
            if (at >= 0) {
              const rest = spread ? tail(field!) : field;
              const target = reflect ? parent.arguments[0] : callee.object;
              const fns = (this.r.valueOf(target, scope).fns ?? []).slice(0, 3);
              for (const fn of fns) this.followParam(fn.node, at, rest, push, parent, `passed to ${fn.name ?? 'a function'}()`);
              if (fns.length) return;
              if (this.mode === 'data' && this.calledBack(target, scope, at, rest, parent)) return;
            }
          }
          if (argIndex === 0 && this.mode === 'data' && callee.type === 'MemberExpression' && /^(run|enterWith)$/.test(this.r.nameOf(callee, scope) ?? '')) {
            // `als.run({ id: v }, fn)`: the code run inside reads it back with `als.getStore()`.
            const reads = this.r.contextReads(parent, scope);
            for (const read of reads) push(read.node, pathTo(this.root, read.node), field, 'kept in an async context');
            if (reads.length) return;
          }
          if (argIndex >= 1 && this.mode === 'data' && callee.type === 'MemberExpression') {
            // `bus.emit("identity", v)`: the listeners of that event on that emitter get it.
            const listeners = this.r.listenersFor(parent, scope);
            for (const fn of listeners) this.followParam(fn, argIndex - 1, field, push, parent, `emitted as ${this.stringOf(parent.arguments[0], up) ?? 'an event'}`);
            if (listeners.length) return;
          }
          if (parent.type === 'NewExpression' && argIndex === 0 && /^(Map|WeakMap)$/.test(f.ref ?? '') && this.mode === 'data' && field !== undefined) {
            // `new Map([["id", v], …])`: an entry's value, read back by get().
            const [, second, ...rest] = field.split('.');
            if (second !== '1') return;
            field = rest.length ? `${MAP_ENTRY}.${rest.join('.')}` : MAP_ENTRY;
            continue;
          }
          if (f.ref === 'Object.assign' && argIndex >= 1 && field !== undefined && this.mode === 'data') {
            // `Object.assign(state, { machine: v })`: the target holds the field from then on, and the call gives the target.
            const target = unwrap(parent.arguments[0]);
            const tb = target.type === 'Identifier' ? scope.lookup(target.name) : undefined;
            if (tb) {
              this.followBinding(tb, field, push, parent, `assigned into ${target.name}`);
              this.intoCallers(tb, field, push, 0);
            }
            continue;
          }
          if (f.ref === 'Object.defineProperty' && argIndex === 2 && this.mode === 'data' && (field === 'value' || field?.startsWith('value.'))) {
            // `Object.defineProperty(this, "headers", { value: v }).headers`: the call gives the object, which holds v under that key.
            const key = staticString(parent.arguments[1]);
            if (key === undefined) return;
            field = field === 'value' ? key : `${key}.${field.slice('value.'.length)}`;
            continue;
          }
          if (f.ref === 'Object.assign' && argIndex >= 1 && this.mode === 'control') {
            // `Object.assign(out, decided)`: the target is shaped by it from then on, and so is what the call gives.
            const target = unwrap(parent.arguments[0]);
            const tb = target.type === 'Identifier' ? scope.lookup(target.name) : undefined;
            if (tb) this.followBinding(tb, undefined, push, parent, `assigned into ${target.name}`);
            continue;
          }
          if (f.ref === 'JSON.stringify' && this.mode === 'data' && field !== undefined) {
            // `JSON.parse(JSON.stringify(rec))`: a deep copy, with the same fields.
            const outer = path[i - 2];
            if (outer?.type === 'CallExpression' && outer.arguments[0] === parent && this.r.calleeValue(unwrap(outer.callee), this.r.scopeAt(path.slice(0, i - 1))).ref === 'JSON.parse') {
              i--;
              continue;
            }
          }
          // Bytes made of it to be sent: `new Blob([json])`, `zlib.gzipSync(json)` (then
          // `.stream().pipeThrough(new CompressionStream("gzip"))`, below): what is sent holds it, compressed.
          if (this.mode === 'data' && argIndex === 0 && (PACKS.test(f.ref ?? '') || (parent.type === 'NewExpression' && callee.type === 'Identifier' && /^(Blob|File)$/.test(callee.name) && !scope.lookup(callee.name)))) {
            // (`new Blob([head, json])`: the parts of the list, one Blob.)
            const head = field?.split('.')[0];
            if (parent.type === 'NewExpression' && head !== undefined && /^(\d+|\*)$/.test(head)) field = tail(field!);
            continue;
          }
          // `JSON.parse(text)` of a text that holds it (a record written with JSON.stringify into a file,
          // a variable, a child's environment): the record read back holds it, in some field.
          if (f.ref === 'JSON.parse' && argIndex === 0 && this.mode === 'data') continue;
          // `Object.groupBy(list, fn)`, `Map.groupBy(list, fn)`: each group is a list of the elements.
          if ((f.ref === 'Object.groupBy' || f.ref === 'Map.groupBy') && argIndex === 0 && this.mode === 'data') {
            // (A whole list followed as one value: a Map's groups are what its get() gives.)
            if (field === undefined && f.ref === 'Map.groupBy') field = MAP_ENTRY;
            else if (field !== undefined) {
              const head = field.split('.')[0];
              const each = /^(\d+|\*)$/.test(head) ? ['*', ...field.split('.').slice(1)].join('.') : undefined;
              if (each === undefined) return;
              field = f.ref === 'Map.groupBy' ? `${MAP_ENTRY}.${each}` : `*.${each}`;
            }
            continue;
          }
          if ((f.ref === 'Object.entries' || f.ref === 'Object.values') && argIndex === 0 && this.mode === 'data' && field !== undefined) {
            // A record's entries (`[name, value]` pairs) or values: each element holds what a field held.
            const rest = tail(field);
            const each = f.ref === 'Object.entries' ? '*.1' : '*';
            field = rest ? `${each}.${rest}` : each;
            continue;
          }
          // `JSON.stringify(rec, ["event", "ts"])`: the allow-list keeps only the keys it names, at every depth.
          if (f.ref === 'JSON.stringify' && argIndex === 0 && field !== undefined && this.mode === 'data') {
            const kept = stringListLiteral(parent.arguments[1]);
            // (Indices, calls and a Map's entries are no keys.)
            if (kept && field.split('.').some((k) => !/^(\d+|\*|\(\)|#entry)$/.test(k) && !kept.includes(k))) return;
          }
          // A serializer of another module (`safeJsonStringify(payload)` from a shared chunk): its text holds the whole record, as JSON.stringify's does.
          if (f.ref && (PURE_REFS.test(f.ref) || (argIndex === 0 && parent.arguments.length === 1 && SERIALIZER_REF.test(f.ref)))) {
            if (/\.(update|digest)$/.test(f.ref)) {
              const step: Step = { role: 'transform', node: parent, note: 'hashes it' };
              carriers.push(step);
              local.push(step);
            }
            field = undefined;
            continue;
          }
          // (`list.push({ headers })` keeps the record in the list: that is below, not a client.) A
          // client a class is handed (`this.transport.send(req)`) may be any of those its makers
          // pass, not only the ones found: the headers are taken as sent there too.
          const receiver = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
          const injected = receiver?.type === 'MemberExpression' && unwrap(receiver.object).type === 'ThisExpression';
          if ((!f.fns?.length || injected) && !(f.ref && BUILTIN_REFS.test(f.ref)) && field && /(^|\.)headers(\.\(\))?\.[^.]+$/.test(field) && !(callee.type === 'MemberExpression' && STORES.has(this.r.nameOf(callee, scope) ?? ''))) {
            // `client.init({ headers: { "X-Device-Id": id } })` with a client the bundle hides
            // (a container's, a dynamic import's): request headers are sent, whoever sends them.
            // (`httpBatchLink({ url, async headers() { return { "x-device": id } } })`: a function the
            // client calls for the headers of each request, as tRPC's links and many others take them.)
            const header = field.slice(field.lastIndexOf('.') + 1);
            effects.push({ kind: 'request', node: parent, note: `sends it as a request header${header === '*' ? '' : ` (${header})`}`, guess: true });
            return;
          }
          const idx = (parent.arguments as Node[]).indexOf(cur);
          if (this.mode === 'data' && callee.type === 'MemberExpression' && idx >= 0 && !f.fns?.length && this.r.nameOf(callee, scope) === 'concat') {
            // `saved.concat(pending.splice(0))`: the new list holds what the argument holds.
            continue;
          }
          // Hono's `c.set("affinity", v)` in a middleware: the request's handlers get v back from
          // `c.get("affinity")` (or `c.var.affinity`) on the same context.
          if (callee.type === 'MemberExpression' && idx === 1 && parent.arguments.length === 2 && !f.fns?.length && this.r.nameOf(callee, scope) === 'set') {
            const reads = this.contextReads(parent, callee, scope, up);
            if (reads) {
              for (const read of reads) push(read.node, read.path, field, `kept in the request's context as ${read.key}`);
              return;
            }
          }
          if (callee.type === 'MemberExpression' && idx >= 0 && idx === parent.arguments.length - 1 && !f.fns?.length) {
            // `url.searchParams.set(k, outcome)`, `headers.append(k, outcome)`, `list.push(outcome)`: the
            // receiver holds it from then on.
            const m = this.r.nameOf(callee, scope);
            if (m && STORES.has(m)) {
              let holder = unwrap(callee.object);
              if (holder.type === 'MemberExpression' && HOLDER_PARTS.has(this.r.nameOf(holder, scope) ?? '')) holder = unwrap(holder.object);
              // A value put into a Map (data mode) is read back by get(): the holder holds it as an entry.
              // (made where it is declared, or by the one assignment a lazy initialiser gives it)
              // (A field that holds one, `this.#cache.set(k, v)`, known by the `new` that made it.)
              const hb = holder.type === 'Identifier' ? scope.lookup(holder.name) : undefined;
              const made = hb ? hb.init ?? (hb.assignments?.length === 1 && hb.assignments[0].type === 'AssignmentExpression' ? hb.assignments[0].right : undefined) : holder.type === 'MemberExpression' ? this.r.valueOf(holder, scope).made : undefined;
              const isMap = made?.type === 'NewExpression' && unwrap(made.callee).type === 'Identifier' && /^(Map|WeakMap)$/.test(unwrap(made.callee).name);
              // (A function put there is called once taken out: `registry.get(name)()`. A decision
              // kept there is what get() gives back, not what every use of the Map is.)
              const key = m === 'set' && isMap && parent.arguments.length === 2 ? this.r.constant(parent.arguments[0], scope)?.v : undefined;
              // (A record's field pushed onto a list, `queue.push({ kind, host })` followed for host: the
              // list holds it in each element, not as a whole; `queue.map((j) => j.kind)` does not give it.)
              const pushed = field !== undefined && !callable && this.mode === 'data' && (m === 'push' || m === 'unshift' || m === 'add');
              const held = m === 'set' && isMap ? under(typeof key === 'string' && /^[\w$-]{1,64}$/.test(key) ? `${MAP_ENTRY}=${key}` : MAP_ENTRY, field, callable) : pushed ? `*.${field}` : undefined;
              if (held) callable = false;
              if (holder.type === 'Identifier') this.followName(holder.name, scope, up, held, push, parent);
              else if (holder.type === 'MemberExpression') {
                const k = this.r.nameOf(holder, scope);
                // `this.events.push(ev)`: reads of the class's own `.events` first (a common name has
                // more reads in a bundle than are followed).
                const reads = k === undefined ? [] : unwrap(holder.object).type === 'ThisExpression' ? this.readsOfStore(holder, k, up) : this.propertyReads(k, 24);
                for (const read of reads) push(read.node, read.path, held, `kept in .${k}`);
              }
              return;
            }
          }
          // `new Client(outcome)`: the constructor's parameter.
          const ctor = f.cls && parent.type === 'NewExpression' ? constructorOf(f.cls.node) : undefined;
          const ctorInfo = ctor ? this.r.facts.functions.get(ctor.value) : undefined;
          const p0 = withoutDefault(ctorInfo?.node.params[idx]);
          this.entering = parent;
          try {
            if (ctorInfo && p0?.type === 'Identifier') {
              const b = ctorInfo.scope.own(p0.name);
              if (b) this.followBinding(b, field, push, parent, `passed to new ${f.cls!.node.id?.name ?? 'a class'}()`);
            } else if (ctorInfo && p0 && (p0.type === 'ObjectPattern' || p0.type === 'ArrayPattern') && field) {
              // `constructor({ provider, context })`: the field lands in the name it is destructured to.
              this.destructure(p0, field, ctorInfo.scope, [], push, parent);
            }
            // `handlers[att.type](att)`: a handler table picked by a key known only at run time gives
            // the value to every entry (a renderer of a hundred attachment types), not the first few.
            // A key that is one of a few constants (`cond ? "a" : "b"`) picks those entries only.
            let table: FunctionInfo[] | undefined;
            if (this.mode === 'data' && callee.type === 'MemberExpression' && callee.computed && (f.fns?.length ?? 0) > 1) {
              const keys = constantKeys(this.r, callee.property, scope);
              const k = keys ? undefined : this.r.valueOf(callee.property, scope);
              if (keys || (k!.konst === undefined && !k!.elementOf?.konst)) {
                const entries = this.r.tableFunctionsOf(this.r.valueOf(callee.object, scope), MAX_TABLE_ENTRIES, keys);
                if (keys || entries.length) table = entries;
              }
            }
            for (const fn of table ?? (f.fns ?? []).slice(0, 3)) {
              const params = fn.node.params as Node[];
              const p = withoutDefault(params[idx]);
              // `function callModel(...args)`: the rest parameter's element.
              const rest = params.findIndex((x) => x.type === 'RestElement');
              if (rest >= 0 && rest <= idx) {
                // (A spread argument before it moves it to a position not known here.)
                if ((parent.arguments as Node[]).slice(0, idx).some((a) => a.type === 'SpreadElement')) continue;
                const b = params[rest].argument.type === 'Identifier' ? fn.scope.own(params[rest].argument.name) : undefined;
                if (b) this.followBinding(b, field === undefined ? String(idx - rest) : `${idx - rest}.${field}`, push, parent, `passed to ${fn.name ?? 'a function'}()`);
              } else if (p?.type === 'Identifier') {
                const b = fn.scope.own(p.name);
                if (b) this.followBinding(b, field, push, parent, `passed to ${fn.name ?? 'a function'}()`);
              } else if (p && (p.type === 'ObjectPattern' || p.type === 'ArrayPattern') && field) this.destructure(p, field, fn.scope, [], push, parent);
            }
          } finally {
            this.entering = undefined;
          }
          // `callback(null, v)` in a function the file promisifies (`promisify(lookup)()`): what that promise gives.
          if (!ctorInfo && !f.fns?.length && !f.ref && idx === 1 && this.mode === 'data') this.promisified(parent, scope, field, push);
          // `fn("start", v)` with fn a function another module hands an export (`withIdentity(announce)`): that function's parameter.
          if (!ctorInfo && !f.fns?.length && !f.ref && idx >= 0 && this.mode === 'data') this.calledBack(callee, scope, idx, field, parent);
          // `io(url, { auth: (cb) => cb({ user }) })`: a callback a request's client hands a function it is given, to take what goes out.
          if (!ctorInfo && !f.fns?.length && !f.ref && idx >= 0 && this.mode === 'data') {
            const into = this.callbackOfRequest(callee, scope);
            if (into) effects.push({ kind: 'request', node: parent, note: `hands it to the request through the callback its ${into} option is given` });
          }
          // A function another module exports (`import { send } from "./chunk-a.js"`): where the value leaves this file.
          // (A decision's outcome handed so, `tagged(text, label)`: what that function does with it is decided there; query.ts hands it over.)
          if (!ctorInfo && !f.fns?.length && idx >= 0 && f.ref && LINKED_MODULE.test(f.ref)) {
            this.exitTo({ ref: parent.type === 'NewExpression' ? `new ${f.ref}` : f.ref, arg: idx, field, node: parent });
          }
          // `this.provider.getAll({ context })` in a class another module constructs with the
          // provider: the value goes back into an object of that module's (also when a method
          // of that name here was found for it: that is one of the providers, not the one handed).
          if (this.entered && !ctorInfo && !f.ref && idx >= 0 && this.mode === 'data' && this.out.callbacks.length < 8) {
            const handed = this.handedIn(callee, scope, up);
            if (handed) this.out.callbacks.push({ ...handed, methodArg: idx, methodField: field, node: parent, via: this.viaSoFar() });
          }
          return;
        }
        default:
          return;
      }
    }
  }

  /**
   * What a branch decides beyond its own effects: variables it assigns (`hit = true; break;`)
   * and the value its function returns (`if (…) return i;`) — followed on from there.
   */
  private decided(branch: Node, path: Node[], push: (n: Node, p: Node[], f: string | undefined, note?: string) => void): void {
    if (this.mode !== 'control') return;
    const scope = this.r.scopeAt(path);
    let returned = false;
    forEachDescendant(branch, (x) => {
      if (isFunction(x)) return false;
      if (x.type === 'AssignmentExpression' && x.left.type === 'Identifier') this.followName(x.left.name, scope, path, undefined, push, x);
      // `state.sampling = { temperature: 1.15 }`: reads of state.sampling hold what was decided.
      else if (x.type === 'AssignmentExpression' && x.operator === '=' && x.left.type === 'MemberExpression') {
        this.storedInto(x.left, scope, push, x);
        // `this.digest = { …, model: "lite" }` in a method: the class's reads of this.digest (in its other methods) hold what was decided.
        const k = unwrap(x.left.object).type === 'ThisExpression' ? this.r.nameOf(x.left, scope) : undefined;
        if (k !== undefined) for (const read of this.readsOfStore(x.left, k, path, true)) if (read.node !== x.left) push(read.node, read.path, undefined, `kept in this.${k}`);
      } else if (x.type === 'ReturnStatement') returned = true;
      // `set({ endpoint: "…" })`: a record the branch hands a function of the file (a store's setter) is decided too, followed where that function keeps it.
      else if (x.type === 'CallExpression' && x.arguments.length <= 2) {
        for (const a of x.arguments as Node[]) {
          if (a.type !== 'ObjectExpression' || !this.r.valueOf(x.callee, scope).fns?.length) continue;
          // (Each field it sets, so that reads of the record's other fields are not taken for decided.)
          const keys = (a.properties as Node[]).map((p) => (p.type === 'Property' ? this.r.keyOf(p, scope) : undefined));
          if (keys.length > 8 || keys.some((k) => k === undefined)) continue;
          const at = pathTo(this.root, a);
          for (const k of keys) push(a, at, k, 'handed to a function that keeps it');
        }
      }
      return true;
    }, 500);
    if (returned) {
      const fnIndex = lastIndex(path, isFunction);
      if (fnIndex >= 0) this.followReturn(path[fnIndex], path.slice(0, fnIndex + 1), undefined, push);
    }
  }

  /** The state binding beside a React state setter (`const [v, setV] = useState(…)`), for `setV`. */
  private stateOfSetter(name: string, scope: Scope): Binding | undefined {
    const b = scope.lookup(name);
    return b?.path?.length === 1 && String(b.path[0]) === '1' ? statePartner(b, 0) : undefined;
  }

  /**
   * A computed key the code does not know: a parameter, or a loop's or a callback's element of a
   * list that is not written out, which no constant or constant list says anything of.
   */
  private unknownKey(key: Node, scope: Scope): boolean {
    if (key.type !== 'Identifier') return false;
    const b = scope.lookup(key.name);
    if (b?.kind !== 'param' || b.path) return false;
    const v = this.r.valueOf(key, scope);
    return !v.konst && !v.elementOf?.konst && !isSensed(v) && !v.fns && !v.obj;
  }

  /** `fn`'s parameter at `index` (a function written in place, or one the value resolves to) holds the value from here. */
  private followParam(fnNode: Node | undefined, index: number, field: string | undefined, push: Push, at: Node, note: string): void {
    if (!fnNode) return;
    const fn = unwrap(fnNode);
    const infos = isFunction(fn) ? [this.r.facts.functions.get(fn)] : (this.r.valueOf(fn, this.r.scopeAt(pathTo(this.root, fn))).fns ?? []).slice(0, 3);
    for (const info of infos) {
      const p = withoutDefault(info?.node.params[index]);
      const b = p?.type === 'Identifier' ? info!.scope.own(p.name) : undefined;
      const part = this.partOf(field);
      if (b) this.followBinding(b, field, push, at, note);
      else if (p && info && (p.type === 'ObjectPattern' || p.type === 'ArrayPattern') && part) this.destructure(p, part, info.scope, [], push, at);
    }
  }

  /**
   * `o.k = v`, `o[k] = v`: the object holds the value from then on, in its other references and,
   * when it is a parameter (`setHeader(headers, "X-Host", v)`), in what the callers passed.
   */
  private storedInto(left: Node, scope: Scope, push: Push, at: Node, field?: string, callable?: boolean): void {
    // `o.k = v`, and `o.event.k = v` (o holds it under event.k): the keys down to a variable.
    const keys = [this.r.nameOf(left, scope) ?? (left.computed ? this.originKey(left.property, scope) : undefined) ?? '*'];
    let obj = unwrap(left.object);
    while (obj.type === 'MemberExpression' && keys.length < 4) {
      const k = this.r.nameOf(obj, scope);
      if (k === undefined) return;
      keys.unshift(k);
      obj = unwrap(obj.object);
    }
    // `o.config = rec` with the value in rec.machine_name: o holds it under config.machine_name.
    const held = under(keys.join('.'), field, callable);
    // A namespace written as it is made, as a minifier inlines one: `(exports.NS = ns ||= {}).k = v`.
    obj = this.namespaceTarget(obj, scope, held, at);
    if (obj.type !== 'Identifier') return;
    const b = scope.lookup(obj.name);
    // `process.env.TOOL_RING = v`: the program's own reads of that variable hold v from then on,
    // in this file and in the tool's others.
    if (!b && keys.length >= 2 && keys[0] === 'env' && keys[1] !== '*' && this.r.valueOf(unwrap(left.object), scope).ref === 'process.env') {
      this.intoEnv(keys[1], field, push, at, `written into process.env.${keys[1]}`, left);
      return;
    }
    if (!b) {
      // `_Client.tag = v` inside a named class expression, by its own name (which no scope declares:
      // a memo kept on the class, `static get() { if (_Client.tag === void 0) _Client.tag = …; return _Client.tag; }`): the reads of `.tag` on that class.
      const cls = keys.length === 1 && keys[0] !== '*' && !callable ? this.r.valueOf(obj, scope).cls?.node : undefined;
      if (cls?.type === 'ClassExpression') for (const read of this.propertyReads(keys[0], 24, cls)) if (read.node.type === 'MemberExpression' && this.r.valueOf(unwrap(read.node.object), this.r.scopeAt(read.path)).cls?.node === cls) push(read.node, read.path, field, `kept in ${obj.name}.${keys[0]}`);
      return;
    }
    const note = `stored in ${obj.name}${keys.map((k) => (k === '*' ? '[…]' : `.${k}`)).join('')}`;
    // The record is not itself the function: what follows it is not called for the value.
    if (callable) {
      const outer = push;
      push = (n, p, f, nt, fn, ctx) => outer(n, p, f, nt, fn ?? false, ctx);
    }
    this.followBinding(b, held, push, at, note);
    this.intoAliases(b, held, scope, [], push, at);
    this.intoCallers(b, held, push, 0);
    this.intoImporters(b, held, push);
  }

  /** Environment variable `name` holds the value (its field `field`): this file's reads of it, and (flows.ts) the tool's other files'. */
  private intoEnv(name: string, field: string | undefined, push: Push, at: Node, note: string, except?: Node): void {
    for (const read of this.envReads(name, except)) push(read.node, read.path, field, note);
    if (this.out.envWritten.length < 8 && !this.out.envWritten.some((w) => w.name === name)) this.out.envWritten.push({ name, node: at, via: this.viaSoFar() });
  }

  /**
   * Whether a child_process call starts the tool's own code again: `fork(file)`, or Node itself
   * (`spawn(process.execPath, [__filename])`, `execFile(process.execPath, [script])`, `spawn(process.argv[0], process.argv.slice(1))`). What its
   * `env` option holds is what that code reads from process.env; another program's is not.
   */
  private startsOwnCode(call: Node, f: AV, scope: Scope): boolean {
    if (f.ref === 'child_process.fork') return true;
    if (!f.ref || !/^child_process\.(spawn|spawnSync|execFile|execFileSync)$/.test(f.ref) || !call.arguments[0]) return false;
    // (Node's own path as `process.execPath`, or as it was started: `process.argv[0]`, `process.argv0`.)
    const exe = this.r.valueOf(unwrap(call.arguments[0]), scope).ref;
    return exe === 'process.execPath' || exe === 'process.argv.0' || exe === 'process.argv0';
  }

  /**
   * `exports.k = v` (or `module.exports.k = v`) in a module factory of a bundle's table (`{ 101:
   * (module, exports, require) => { … } }`): the calls that require that module (`require(101)`)
   * give the exports, v under k.
   */
  private intoImporters(b: Binding, field: string, push: Push): void {
    if (b.kind !== 'param' || !b.fn || b.path || (b.paramIndex !== 0 && b.paramIndex !== 1)) return;
    if (b.paramIndex === 0 && field !== 'exports' && !field.startsWith('exports.')) return;
    // (`module.exports = v`: the module is the value itself.)
    const held = b.paramIndex === 0 ? (field === 'exports' ? undefined : field.slice('exports.'.length)) : field;
    const factory = b.fn.node;
    const path = pathTo(this.root, factory);
    const prop = path[path.length - 2];
    if (prop?.type !== 'Property' || prop.value !== factory || path[path.length - 3]?.type !== 'ObjectExpression') return;
    const key = propertyKeyName(prop);
    if (key === undefined || !/^[\w$-]+$/.test(String(key))) return;
    const text = String(key);
    // (`require(101)` as written; a short id such as 1 is in `.slice(1)` too: those are looked at, a few hundred at most.)
    let found = 0;
    let looked = 0;
    for (const open of this.r.positionsOf(`(${text})`)) {
      if (found >= 16 || ++looked > 512) break;
      const at = open + 1;
      const p = nodePath(this.root, at, at + text.length, (x) => x.type === 'CallExpression' && (x.arguments as Node[]).length === 1 && x.arguments[0].start === at && x.arguments[0].end === at + text.length);
      const call = p[p.length - 1];
      if (call?.type !== 'CallExpression' || call.arguments[0]?.start !== at) continue;
      if (this.r.valueOf(call, this.r.scopeAt(p.slice(0, -1))).module?.factory !== factory) continue;
      found++;
      push(call, p, held, `exported by module ${text}`);
    }
  }

  /**
   * The object a namespace expression fills (`NS || (NS = {})`, `NS ||= {}`, and TypeScript's
   * exported `exports.NS = NS ||= {}`): the name innermost, each CommonJS export on the way
   * exported as holding `field`. A member written that is no export is where it stops.
   */
  private namespaceTarget(e: Node, scope: Scope, field: string, at?: Node): Node {
    while (e.type === 'LogicalExpression' || e.type === 'AssignmentExpression') {
      // `NS || (exports.NS = NS = {})`, TypeScript's exported namespace: the export is on the right.
      if (e.type === 'LogicalExpression') {
        const right = unwrap(e.right);
        if (right.type === 'AssignmentExpression') this.namespaceTarget(right, scope, field, at);
        e = unwrap(e.left);
        continue;
      }
      const cjs = e.type === 'AssignmentExpression' && e.left.type === 'MemberExpression' && this.mode === 'data' ? cjsExportName(e.left, scope, this.r) : undefined;
      if (cjs === undefined) {
        e = unwrap(e.left);
        continue;
      }
      if (cjs !== WHOLE_MODULE) this.exportAs({ name: cjs, call: false, field, node: at ?? e });
      e = unwrap(e.right);
    }
    return e;
  }

  /**
   * A write into `o.event.k` is a write into the object `o` was made with under `event`
   * (`const o = { code, event: ev }`): ev holds it under k from then on.
   */
  private intoAliases(b: Binding | Node, field: string, scope: Scope, path: Node[], push: Push, at: Node): void {
    const dot = field.indexOf('.');
    if (dot < 0) return;
    // The binding's object, or an object literal passed as the argument itself (`run({ code, event: ev })`).
    const made = 'kind' in b ? madeWith(b as Binding) : b;
    if (made?.type !== 'ObjectExpression') return;
    const head = field.slice(0, dot);
    for (const p of made.properties as Node[]) {
      if (p.type !== 'Property' || p.computed || propertyKeyName(p) !== head) continue;
      const v = unwrap(p.value);
      if (v.type === 'Identifier') this.followName(v.name, scope, path, field.slice(dot + 1), push, at);
    }
  }

  /**
   * `fn(…, v)` (or `fn.bind(null, …, v)`) where fn is a parameter of an exported function whose
   * callers are in another module: what they pass there receives the value in parameter `index`,
   * written as the field `()index` of that argument (core/links.ts, LinkWrite).
   */
  private calledBack(fnExpr: Node, scope: Scope, index: number, field: string | undefined, at: Node): boolean {
    const e = unwrap(fnExpr);
    const b = e.type === 'Identifier' ? scope.lookup(e.name) : undefined;
    if (b?.kind !== 'param' || !b.fn || b.paramIndex === undefined || b.path || this.out.written.length >= 8) return false;
    if (this.r.callSitesOf(b.fn).length) return false;
    const exported = this.exportPathOf(b.fn);
    if (!exported) return false;
    this.out.written.push({ path: exported, arg: b.paramIndex, field: calledWith(index, field), node: at, via: this.viaSoFar() });
    return true;
  }

  /**
   * `callback(null, v)` where callback is the last parameter of a function that util.promisify is
   * handed in this file (`const get = promisify(lookup)`): Node's callback convention, so calling
   * what promisify gives resolves to v. The promisify calls are pushed as functions whose calls
   * give the value.
   */
  private promisified(call: Node, scope: Scope, field: string | undefined, push: Push): void {
    const e = unwrap(call.callee);
    const b = e.type === 'Identifier' ? scope.lookup(e.name) : undefined;
    if (b?.kind !== 'param' || !b.fn || b.path || b.paramIndex !== b.fn.node.params.length - 1 || !isNullish(call.arguments[0])) return;
    const fb = functionBinding(b.fn);
    if (!fb) return;
    for (const ref of this.r.references(fb).slice(0, 32)) {
      const wrap = ref.path[ref.path.length - 2];
      if (wrap?.type !== 'CallExpression' || wrap.arguments[0] !== ref.node) continue;
      if (this.r.calleeValue(unwrap(wrap.callee), this.r.scopeAt(ref.path)).ref !== 'util.promisify') continue;
      push(wrap, ref.path.slice(0, -1), field === undefined ? '()' : `().${field}`, `resolved by ${b.fn.name ?? 'a function'}() through promisify`);
    }
  }

  /**
   * The option (`auth`) of a request's options whose function calls `fnExpr`, its parameter, with
   * what the request is to carry: socket.io's `auth: (cb) => cb({ token })`, a credentials
   * callback. The function is written right in the options of a call that sends a request.
   */
  private callbackOfRequest(fnExpr: Node, scope: Scope): string | undefined {
    const e = unwrap(fnExpr);
    const b = e.type === 'Identifier' ? scope.lookup(e.name) : undefined;
    if (b?.kind !== 'param' || !b.fn || b.path || !this.r.index) return undefined;
    const fn = b.fn.node;
    const path = pathTo(this.root, fn);
    const prop = path[path.length - 2];
    const opts = path[path.length - 3];
    const call = path[path.length - 4];
    if (prop?.type !== 'Property' || prop.value !== fn || opts?.type !== 'ObjectExpression' || (call?.type !== 'CallExpression' && call?.type !== 'NewExpression')) return undefined;
    const at = (call.arguments as Node[]).indexOf(opts);
    const key = propertyKeyName(prop);
    if (at < 0 || key === undefined) return undefined;
    return this.isRequest(call, this.r.scopeAt(path.slice(0, -3)), at) ? key : undefined;
  }

  /**
   * `b` is a parameter whose object holds the value in `field`: so do the objects its callers
   * pass — a name (`setHeader(headers, …)`), or a field of one (`setHeader(req.headers, …)`: req
   * under headers.k, and req's own callers when it is a parameter too, one level up).
   */
  private intoCallers(b: Binding, field: string, push: Push, depth: number, key?: string): void {
    if (b.kind !== 'param' || !b.fn || b.paramIndex === undefined) return;
    // `process({ event }) { event.k = v }`: the caller's argument holds it under event.k.
    if (b.path && !b.path.every((k) => typeof k === 'string')) return;
    if (b.path) field = `${b.path.join('.')}.${field}`;
    const found = this.returnSites(b.fn, this.r.callSitesOf(b.fn));
    const back = found.back;
    let sites = found.sites;
    let byName: string | undefined;
    if (!sites.length && b.path && depth === 0) {
      sites = this.dispatchedSites(b.fn, b.paramIndex, String(b.path[0]));
      if (sites.length) byName = `written into it by ${this.r.methodName(b.fn) ?? 'a method'}(), called by name on what a list holds`;
    }
    // Its callers are in another module (an exported function or method of an exported class): what they passed holds it.
    if (!sites.length && this.mode === 'data') {
      const exported = this.exportPathOf(b.fn);
      if (exported && this.out.written.length < 8) this.out.written.push({ path: exported, arg: b.paramIndex, field, ...(key ? { key } : {}), node: b.fn.node, via: this.viaSoFar() });
      return;
    }
    // Back out through the call the value came in by: the context it had before that call.
    const outer: Push = back ? (n, p, f, note, c, ctx) => push(n, p, f, note, c, ctx ?? back) : push;
    for (const site of sites.slice(0, 4)) {
      const a = siteArgs(site)[b.paramIndex + (site.shift ?? 0)];
      let arg = a ? unwrap(a) : undefined;
      // A compiled namespace: `((o) => { o.k = … })(NS || (NS = {}))`, `(NS ||= {})`, `(exports.NS = NS ||= {})`.
      if (!arg) continue;
      arg = this.namespaceTarget(arg, site.scope, field);
      if (arg.type === 'Identifier') {
        const ab = site.scope.lookup(arg.name);
        if (!ab) continue;
        this.followBinding(ab, field, outer, site.node, byName ?? `kept in ${arg.name}`);
        this.intoAliases(ab, field, site.scope, [], outer, site.node);
        // The caller's own parameter (`runProcessors(rec) { … p.process(rec) }`): its callers' objects, one level up.
        // (Reached by a call by name: the other module's object must be made with the key the method takes.)
        if (depth < 1) this.intoCallers(ab, field, outer, depth + 1, byName ? String(b.path![0]) : key);
      } else if (arg.type === 'ObjectExpression') this.intoAliases(arg, field, site.scope, [], outer, site.node);
      else if (arg.type === 'MemberExpression') {
        const name = this.r.nameOf(arg, site.scope);
        if (name === undefined) continue;
        const owner = unwrap(arg.object);
        // Reads of every `.headers` in the file would join unrelated objects: only when the
        // owner is no variable whose references say where it goes.
        const ob = owner.type === 'Identifier' ? site.scope.lookup(owner.name) : undefined;
        if (!ob) {
          for (const read of this.propertyReads(name, 12)) outer(read.node, read.path, field, `kept in .${name}`);
          continue;
        }
        this.followBinding(ob, `${name}.${field}`, outer, site.node, `stored in ${owner.name}.${name}`);
        if (depth < 1) this.intoCallers(ob, `${name}.${field}`, outer, depth + 1);
      }
    }
  }

  /**
   * A method no call resolves to, taking its argument apart (`process({ event })`), as a container
   * or a plugin list calls it (`for (const p of this.processors.get()) p.process(rec)`): the calls
   * of a method of its name on a receiver nothing resolves, whose argument is an object made with
   * the field it takes (`rec = { code, event }`). The shape stands in for the type.
   */
  private dispatchedSites(fn: FunctionInfo, index: number, key: string): CallSite[] {
    const name = functionBinding(fn) ? undefined : this.r.methodName(fn);
    if (!name) return [];
    // The argument is an object made with `key`, here or (a parameter) at a call of its function.
    const hasKey = (arg: Node | undefined, scope: Scope, depth: number): boolean => {
      const a = arg && unwrap(arg);
      const b = a?.type === 'Identifier' ? scope.lookup(a.name) : undefined;
      const init = a?.type === 'ObjectExpression' ? a : madeWith(b);
      if (init?.type === 'ObjectExpression') return (init.properties as Node[]).some((p) => p.type === 'Property' && !p.computed && propertyKeyName(p) === key);
      if (depth > 0 || b?.kind !== 'param' || !b.fn || b.paramIndex === undefined || b.path) return false;
      const calls = this.r.callSitesOf(b.fn);
      // A parameter of an export no call here makes (`run(wrapped)`): its callers are in another module, which looks for the key.
      if (!calls.length) return this.mode === 'data' && this.exportPathOf(b.fn) !== undefined;
      return calls.slice(0, 4).some((s) => hasKey(siteArgs(s)[b.paramIndex! + (s.shift ?? 0)], s.scope, depth + 1));
    };
    const out: CallSite[] = [];
    for (const site of this.r.methodCalls(name, 64)) {
      const callee = unwrap(site.node.callee);
      if (callee.type !== 'MemberExpression' || site.node.arguments.length <= index) continue;
      if (!hasKey(site.node.arguments[index], site.scope, 0)) continue;
      const v = this.r.valueOf(callee, site.scope);
      if (v.fns?.length || v.ref || v.cls) continue;
      out.push(site);
      if (out.length >= 4) break;
    }
    return out;
  }

  /**
   * Where a value leaves a function for its callers: when it came in through a parameter at one of
   * these calls, only that call, with the context it had before it (`back`); otherwise every call.
   */
  private returnSites(fn: FunctionInfo, all: CallSite[]): { sites: CallSite[]; back?: Node[] } {
    const ctx = this.ctx ?? [];
    // The innermost call that entered this function (calls above it entered callbacks inside it:
    // `headers.forEach((v, k) => …)`), also one its own call sites do not list (through an
    // export object, `(0, f)(v)`): the value goes back there, not to every call of it.
    for (let j = ctx.length - 1; j >= 0; j--) {
      const top = ctx[j];
      const site = all.find((s) => s.node === top);
      if (site) return { sites: [site], back: ctx.slice(0, j) };
      if (top.type !== 'CallExpression' && top.type !== 'NewExpression') continue;
      const scope = this.r.scopeAt(pathTo(this.root, top));
      // (Its callee resolves to the function itself: arguments line up with parameters.)
      if (scope && this.r.valueOf(unwrap(top.callee), scope).fns?.includes(fn)) return { sites: [{ node: top, scope }], back: ctx.slice(0, j) };
    }
    // A helper that runs the command it is given (`sh(cmd)`): its output reveals nothing at a call
    // that gives a command written out that reveals nothing (`sh("git rev-parse HEAD")`).
    const run = this.origin;
    if (run && this.mode === 'data' && run.start >= fn.node.start && run.end <= fn.node.end) return { sites: all.filter((s) => this.r.commandGiven(run, fn, s.node, s.scope)) };
    return { sites: all };
  }

  /** A string a node evaluates to without running anything (a literal, a key, a string table's entry). */
  private stringOf(n: Node, path: Node[]): string | undefined {
    if (n.type === 'Literal') return typeof n.value === 'string' ? n.value : undefined;
    if (n.type === 'Identifier') return undefined;
    const v = this.r.constant(n, this.r.scopeAt(path))?.v;
    return typeof v === 'string' ? v : undefined;
  }

  /**
   * Reads of what `left` (`this.k = …`, `obj.k = …`) stores. A decision is followed to every read
   * of the name (a flag set here is tested there). A value is followed only to reads of the same
   * object: inside the class for `this.k`, or where the receiver resolves to an instance of it;
   * `obj.k` through obj's own references (storedInto). Matching `.host` or `.username` by name
   * across a 30 MB bundle joins unrelated objects (an mDNS record's host, a proxy's target).
   */
  private readsOfStore(left: Node, k: string, path: Node[], ownOnly = false): { node: Node; path: Node[] }[] {
    const cls = this.ownClass(left, path);
    if (this.mode === 'data' && !cls && unwrap(left.object).type === 'Identifier') return [];
    const reads = this.propertyReads(k, 24, cls);
    // (Only the class's own reads, in its methods or on its instances: not every `.k` of the file.)
    if (ownOnly) return cls ? reads.filter((r) => this.onClass(r, cls)) : [];
    // A decision stored on an object is tested on that object: the same record, instance, module or
    // global, or the same variable or path of fields. (An HTML element's `lang` set from the UI
    // language is not a syntax highlighter's `options.grammarState.lang`.)
    if (this.mode !== 'data') return cls ? reads : reads.filter((r) => this.sameObject(left.object, path, r.node.object, r.path) || this.sameHolder(left.object, path, r.node.object, r.path));
    if (!cls) {
      // `function Client(user) { this.user = user }` (tsc's ES5 output, Babel's loose mode): read in its
      // prototype's methods and on what `new Client(…)` makes.
      const owners = unwrap(left.object).type === 'ThisExpression' ? this.r.thisOwners(this.r.scopeAt(path)) : undefined;
      return reads.filter((r) => this.sameObject(left.object, path, r.node.object, r.path) || (!!owners && this.onConstructed(r, owners)));
    }
    return reads.filter((r) => this.onClass(r, cls));
  }

  /**
   * `this.k = v` in a class (or a plain function used as one): the instances `new C(…)` makes hold
   * v under k, and go wherever they are sent whole (`JSON.stringify({ session })`). Private
   * fields (`this.#k`) are not: serialising skips them.
   */
  private thisHolding(left: Node, path: Node[], k: string, field: string | undefined, push: Push): void {
    if (this.mode !== 'data' || unwrap(left.object).type !== 'ThisExpression' || left.property.type === 'PrivateIdentifier') return;
    // (`this` in a static method is the class itself, not an instance.)
    if (path.some((n) => n.type === 'MethodDefinition' && n.static)) return;
    const cls = this.ownClass(left, path) ?? this.r.thisOwners(this.r.scopeAt(path))?.slice(-1)[0];
    if (cls) this.instancesHolding(cls, k, field, push);
  }

  private instancesHolding(cls: Node, k: string, field: string | undefined, push: Push): void {
    if (this.mode === 'data' && this.recordClass(cls)) this.toInstances(cls, field === undefined ? k : `${k}.${field}`, `kept in .${k} of what new ${cls.id?.name ?? 'it'}() makes`, push);
  }

  /** Whether the method a member call calls (one of a class's) returns `this` and nothing else (a builder's chained calls). */
  private returnsReceiver(member: Node, scope: Scope): boolean {
    const fns = this.r.valueOf(member, scope).fns;
    if (fns?.length !== 1) return false;
    const fn = fns[0].node;
    let hit = this.receiverReturns.get(fn);
    if (hit !== undefined) return hit;
    hit = false;
    if (fn.type === 'FunctionExpression' && fn.body.type === 'BlockStatement' && fn.end - fn.start < 20_000) {
      let returns = 0;
      let other = false;
      forEachDescendant(fn.body, (n) => {
        if (other || isFunction(n) || n.type === 'ClassBody') return false;
        if (n.type !== 'ReturnStatement') return;
        returns++;
        if (!n.argument || unwrap(n.argument).type !== 'ThisExpression') other = true;
      });
      hit = returns > 0 && !other;
    }
    this.receiverReturns.set(fn, hit);
    return hit;
  }
  private receiverReturns = new Map<Node, boolean>();

  /** What `new C(…)` makes, at each place it is made (the first eight), holding the value in `field`. */
  private toInstances(cls: Node, field: string | undefined, note: string, push: Push): void {
    for (const site of this.r.instanceSites(cls).slice(0, 8)) push(site.node, pathTo(this.root, site.node), field, note);
  }

  /**
   * A class whose instances are records (fields, accessors, toJSON): sent whole, as serialising
   * writes them. An instance of a class with methods is a service (a transport, a client) that
   * is handed around, not written out.
   */
  private recordClass(cls: Node): boolean {
    if (cls.type === 'ClassDeclaration' || cls.type === 'ClassExpression') {
      // (A subclass is its base's kind, an Error or an EventEmitter; a function kept in a field is a method.)
      if (cls.superClass) return false;
      return !(cls.body.body as Node[]).some((m) => !m.static && ((m.type === 'MethodDefinition' && m.kind === 'method' && !/^(toJSON|toString)$/.test(propertyKeyName(m) ?? '')) || (m.type === 'PropertyDefinition' && m.value && isFunction(m.value))));
    }
    const name = cls.id?.name;
    if (typeof name !== 'string' || !this.r.index) return false;
    const text = this.r.index.text;
    return !this.r.positionsOf(`${name}.prototype`).some((at) => !/[\w$.]/.test(text[at - 1] ?? ''));
  }

  /** The instances of a class whose toJSON() returns the value: serialised, each is written as it. */
  private instancesWritten(cls: Node, field: string | undefined, push: Push): void {
    if (cls.type === 'ClassDeclaration' || cls.type === 'ClassExpression') this.toInstances(cls, field, `written by toJSON() for what new ${cls.id?.name ?? 'it'}() makes`, push);
  }

  /** A read of `this.k` in a function sharing `this` with one of `owners`, or of `o.k` where o is what one of them constructs. */
  private onConstructed(read: { node: Node; path: Node[] }, owners: Node[]): boolean {
    const scope = this.r.scopeAt(read.path);
    const obj = unwrap(read.node.object);
    if (obj.type === 'ThisExpression') return !!this.r.thisOwners(scope)?.some((o) => owners.includes(o));
    const made = this.r.valueOf(obj, scope).proto?.fn.node;
    return !!made && owners.includes(made);
  }

  /**
   * Whether the statement that sets `o.temperature` also sets a field only a model request has
   * (`o.model = m, o.temperature = 0.2`): then the record is one.
   */
  private setsServiceBeside(x: Node, scope: Scope): boolean {
    const path = pathTo(this.root, x);
    const st = [...path].reverse().find((n) => n.type === 'ExpressionStatement') ?? x;
    const obj = unwrap(x.left.object);
    let found = false;
    forEachDescendant(st, (n) => {
      if (found || isFunction(n)) return false;
      if (n !== x && n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression' && unwrap(n.left.object).type === obj.type && (obj.type !== 'Identifier' || unwrap(n.left.object).name === obj.name)) {
        const k = this.r.nameOf(n.left, scope);
        if (k !== undefined && SERVICE_FIELD.test(k)) found = true;
      }
      return true;
    }, 200);
    return found;
  }

  /** Whether a member read is made on the class itself (or a subclass): `Device.label` of a static getter. */
  private ofClass(read: { node: Node; path: Node[] }, cls: Node): boolean {
    const of = this.r.valueOf(read.node.object, this.r.scopeAt(read.path)).cls?.node;
    return !!of && (of === cls || this.r.extendsClass(of, cls));
  }

  /** A read inside class `cls` or on one of its instances (a subclass's `this.meta` of what the base class's constructor set too). */
  private onClass(read: { node: Node; path: Node[] }, cls: Node): boolean {
    if (read.node.start >= cls.start && read.node.end <= cls.end) return true;
    const of = this.r.valueOf(read.node.object, this.r.scopeAt(read.path)).instance?.cls;
    return !!of && (of === cls || this.r.extendsClass(of, cls));
  }

  /**
   * `const { k: v } = o` (or `({ k: v } = o)`) where o is the object `left` stores `.k` into
   * (`state(s).k ??= value`, then `let o = state(s), { k: r } = o`): the patterns that take `.k` out.
   * At most `limit` of them.
   */
  private destructuredReads(left: Node, k: string, path: Node[], limit = 8): { pattern: Node; scope: Scope; path: Node[]; at: Node }[] {
    const out: { pattern: Node; scope: Scope; path: Node[]; at: Node }[] = [];
    // Only for a record a call hands out (`state(s).k = v`): a name's own references and an
    // instance's reads already follow `o.k` and `this.k`, and each key costs a search of the text.
    if (unwrap(left.object).type !== 'CallExpression') return out;
    for (const c of this.patternsTaking(k)) {
      if (out.length >= limit) break;
      if (this.sameObject(left.object, path, c.from, c.path)) out.push({ pattern: c.pattern, scope: this.r.scopeAt(c.path), path: c.path, at: c.at });
    }
    return out;
  }

  /** Object patterns in the file that take field `k` out of an expression, by the key's text: found once per key, the first 2 000 occurrences looked at. */
  private patternsTaking(k: string): { pattern: Node; from: Node; path: Node[]; at: Node }[] {
    let found = this.patternCache.get(k);
    if (found) return found;
    found = [];
    this.patternCache.set(k, found);
    const index = this.r.index;
    if (!index || k.length < 2 || !/^[A-Za-z_$][\w$]*$/.test(k)) return found;
    const { text } = index;
    let seen = 0;
    for (let at = text.indexOf(k); at !== -1 && found.length < 64 && seen++ < 2000; at = text.indexOf(k, at + k.length)) {
      if (/[\w$]/.test(text[at - 1] ?? '') || /[\w$]/.test(text[at + k.length] ?? '')) continue;
      // A pattern's key is followed by `:`, `,`, `}` or `=` (a default), and preceded by `{` or `,`.
      if (!/^\s*[:,}=]/.test(text.slice(at + k.length, at + k.length + 8)) || !/[{,]\s*$/.test(text.slice(Math.max(0, at - 8), at))) continue;
      // (The walk does not stop at a pattern's properties: the path ends at the pattern.)
      const p = nodePath(this.root, at, at + k.length, (n) => n.type === 'ObjectPattern');
      const pattern = p[p.length - 1];
      const owner = p[p.length - 2];
      if (pattern?.type !== 'ObjectPattern' || !(pattern.properties as Node[]).some((q) => q.type === 'Property' && q.key.start === at && propertyKeyName(q) === k)) continue;
      const from = owner?.type === 'VariableDeclarator' && owner.id === pattern ? owner.init : owner?.type === 'AssignmentExpression' && owner.left === pattern ? owner.right : undefined;
      if (from) found.push({ pattern, from, path: p.slice(0, -1), at: owner });
    }
    return found;
  }

  private readonly patternCache = new Map<string, { pattern: Node; from: Node; path: Node[]; at: Node }[]>();

  /** The same variable, or the same fields of it (`ctx.state` and `ctx.state`), written in both places. */
  private sameHolder(a: Node, aPath: Node[], b: Node, bPath: Node[]): boolean {
    const key = (n: Node, p: Node[]): string | undefined => {
      const x = unwrap(n);
      if (x.type === 'Identifier') {
        const bd = this.r.scopeAt(p).lookup(x.name);
        if (!bd) return `global:${x.name}`;
        let id = this.holderIds.get(bd);
        if (id === undefined) this.holderIds.set(bd, (id = this.holderIds.size));
        return `b${id}`;
      }
      if (x.type === 'MemberExpression' && !x.computed) {
        const inner = key(x.object, p);
        const name = memberName(x);
        return inner !== undefined && name !== undefined ? `${inner}.${name}` : undefined;
      }
      return undefined;
    };
    const ka = key(a, aPath);
    return ka !== undefined && ka === key(b, bPath);
  }

  private holderIds = new Map<Binding, number>();

  /** Whether two object expressions resolve to the same object literal, class instance, module or named global (not two results of one call). */
  private sameObject(a: Node, aPath: Node[], b: Node, bPath: Node[]): boolean {
    const va = this.r.valueOf(a, this.r.scopeAt(aPath));
    const vb = this.r.valueOf(b, this.r.scopeAt(bPath));
    if (va.obj && vb.obj) return va.obj.node === vb.obj.node;
    if (va.ref && vb.ref && !va.obj && !vb.obj && !va.ref.endsWith(')')) return va.ref === vb.ref;
    if (va.instance && vb.instance) return va.instance.cls === vb.instance.cls;
    if (va.module && vb.module) return va.module.factory === vb.module.factory;
    return false;
  }

  /** `resolve` of `new Promise((resolve) => …)`: that `new Promise(…)`. */
  private promiseOf(callee: Node, scope: Scope): Node | undefined {
    if (callee.type !== 'Identifier') return undefined;
    const b = scope.lookup(callee.name);
    if (b?.kind !== 'param' || b.paramIndex !== 0 || b.path || !b.fn) return undefined;
    const fn = b.fn.node;
    const path = pathTo(this.root, fn);
    const owner = path[path.length - 2];
    if (owner?.type !== 'NewExpression' || owner.arguments[0] !== fn) return undefined;
    const c = unwrap(owner.callee);
    return c.type === 'Identifier' && c.name === 'Promise' ? owner : undefined;
  }

  /** `const { id } = rec`, `const [, id] = await Promise.all([…])`: the names that receive the field's head. */
  private destructure(pattern: Node, field: string, scope: Scope, path: Node[], push: Push, at: Node, skip?: ReadonlySet<string>): void {
    const head = field.split('.')[0];
    const rest = tail(field);
    const targets: Node[] = [];
    if (pattern.type === 'ObjectPattern') {
      for (const p of pattern.properties as Node[]) if (p.type === 'Property' && (propertyKeyName(p) === head || head === '*') && !skip?.has(propertyKeyName(p) ?? '')) targets.push(p.value);
      // `const { a, ...others } = o`: the rest holds every field the pattern does not name, under its own name.
      // (Not of the user's record, `{ username, homedir, ...rest } = os.userInfo()`: what is left is the ids and the shell.)
      const restOf = (pattern.properties as Node[]).find((p) => p.type === 'RestElement');
      if (!skip && restOf?.argument.type === 'Identifier' && (head === '*' || !(pattern.properties as Node[]).some((p) => p.type === 'Property' && propertyKeyName(p) === head))) this.followName(restOf.argument.name, scope, path, field, push, at);
    } else if (pattern.type === 'ArrayPattern') {
      (pattern.elements as (Node | null)[]).forEach((e, k) => {
        if (e && e.type !== 'RestElement' && (head === '*' || head === String(k))) targets.push(e);
        // `const [key, ...words] = line.split(" ")`: the rest is a list of the elements from there on.
        // (Not of a command that sets where each field goes, `git log --format=%an%n%B`: the rest is what the format puts there.)
        else if (e?.type === 'RestElement' && e.argument.type === 'Identifier' && (head === '*' || (/^\d+$/.test(head) && +head >= k)) && !(head === '*' && this.commands?.some((c) => /--(?:format|pretty)=/.test(c)))) this.followName(e.argument.name, scope, path, head === '*' ? undefined : String(+head - k) + (rest ? `.${rest}` : ''), push, at);
      });
    }
    for (let t of targets) {
      if (t.type === 'AssignmentPattern') t = t.left;
      if (t.type === 'Identifier') this.followName(t.name, scope, path, rest, push, at);
      else if (rest && (t.type === 'ObjectPattern' || t.type === 'ArrayPattern')) this.destructure(t, rest, scope, path, push, at);
    }
  }

  private followName(name: string, scope: Scope, _path: Node[], field: string | undefined, push: (n: Node, p: Node[], f: string | undefined, note?: string) => void, at: Node): void {
    const b = scope.lookup(name);
    if (b) this.followBinding(b, field, push, at, `kept in ${name}`);
  }

  private followBinding(b: NonNullable<ReturnType<Scope['lookup']>>, field: string | undefined, push: (n: Node, p: Node[], f: string | undefined, note?: string, callable?: boolean) => void, at: Node, note: string, callable?: boolean, keep?: (ref: Reference) => boolean): void {
    const index = this.r.index;
    if (!index) return;
    let refs = referencesOf(b, index, 40);
    // A variable given new values as it goes (`F = [...F, v]` in a loop that reads `F.length` a
    // hundred times): its later reads too, those after the write first.
    if (refs.length === 40 && b.assignments?.length) {
      const all = referencesOf(b, index, MAX_REASSIGNED_REFS);
      refs = [...all.filter((r) => r.node.start >= at.start), ...all.filter((r) => r.node.start < at.start)].slice(0, MAX_REASSIGNED_REFS);
    }
    for (const ref of refs) {
      if (ref.node.start >= at.start && ref.node.end <= at.end && at.type !== 'CallExpression' && at.type !== 'NewExpression') continue; // the declaration itself
      const parent = ref.path[ref.path.length - 2];
      if (parent?.type === 'AssignmentExpression' && parent.left === ref.node) continue;
      if (keep && !keep(ref)) continue;
      const full = ref.path[0] === this.root ? ref.path : [...pathTo(this.root, ref.path[0]).slice(0, -1), ...ref.path];
      push(ref.node, full, field, note, callable);
    }
  }

  /** Whether a stream written into `dest` goes out as a request's body (`https.request(…)`, a `fetch`'s duplex body is no stream here). */
  private streamsInto(dest: Node, scope: Scope): boolean {
    const ref = this.r.valueOf(dest, scope).ref;
    return !!ref && /^(https?\.request|http2\.connect\(\)\.request)\(\)$/.test(ref);
  }

  /**
   * A value handed to stage `k` of an operator pipeline (`pipe` last on `path`): each stage's
   * callback gets it until a map turns it into what its callback returns (followed from that
   * return); past the last stage it is the pipeline's output.
   */
  private pipeNext(pipe: Node, k: number, field: string | undefined, path: Node[], push: Push): void {
    const args = pipe.arguments as Node[];
    for (let j = k; j < args.length; j++) {
      const op = unwrap(args[j]);
      const cb = operatorCallback(op);
      if (cb) this.followParam(cb, 0, field, push, op, `handed to ${calleeName(op) ?? 'a stage'}()`);
      if (mapsValue(op)) return;
    }
    push(pipe, path, field, 'given by the pipeline');
  }

  /** The outcome is returned: where the function's result goes (its calls; a getter's reads; a memo's calls). */
  private followReturn(fn: Node, path: Node[], field: string | undefined, push: Push, fieldCalled = false): void {
    if (fn === this.entered) {
      if (this.mode === 'data') this.out.returned ??= { field, via: this.viaSoFar() };
      return;
    }
    const info = this.r.facts.functions.get(fn);
    if (!info) return;
    const parent = path[path.length - 2];
    // A coroutine's return (`return __awaiter(this, void 0, void 0, function* () { … return v; })`):
    // what its runner's call gives, or, for a runner that makes a function of it
    // (`const collect = co.wrap(function* () {…})`), what calls of that give.
    if (parent?.type === 'CallExpression' && this.r.coroutine(fn)) {
      const up = path.slice(0, -1);
      const wraps = this.r.runnerWraps(parent, this.r.scopeAt(up));
      if (wraps !== true) push(parent, up, field, 'returned by the coroutine');
      if (wraps !== false) push(parent, up, field === undefined ? '()' : `().${field}`, 'returned by the coroutine');
      return;
    }
    // A class's `toJSON()`: what JSON.stringify writes for each instance of it.
    if (this.mode === 'data' && parent?.type === 'MethodDefinition' && !parent.static && propertyKeyName(parent) === 'toJSON' && path[path.length - 4]) {
      this.instancesWritten(path[path.length - 4], field, push);
    }
    // A class's `*[Symbol.iterator]()`: what it yields is each instance's elements, where the
    // instance is spread or looped over (`[...body]`, `for (const b of body)`).
    if (this.mode === 'data' && fn.generator && parent?.type === 'MethodDefinition' && !parent.static && parent.computed && path[path.length - 4] && isElement(field?.split('.')[0])) {
      const key = this.r.valueOf(parent.key, this.r.scopeAt(path.slice(0, -2))).ref;
      if (key === 'Symbol.iterator' || key === 'Symbol.asyncIterator') this.toInstances(path[path.length - 4], field, 'yielded when the instance is iterated', push);
    }
    // A stage of an operator pipeline (core/engine/pipes.ts): a map's callback returns what the
    // next stage is handed; any other callback (`filter((z) => list.includes(z))`) decides what
    // the pipeline gives, so its output is the outcome.
    const stage = stageOf(fn, path);
    if (stage) {
      const up = path.slice(0, -2);
      if (mapsValue(stage.op)) this.pipeNext(stage.pipe, stage.k + 1, field, up, push);
      else if (this.mode === 'control') push(stage.pipe, up, undefined, `decides what ${calleeName(stage.op) ?? 'the stage'}() lets through`);
      return;
    }
    // A callback of list.some(…)/find(…): the iteration call decides.
    const owner = this.r.callbackOwner.get(fn);
    if (owner && this.r.iterates(owner.node, owner.scope)) {
      // A value (not a decision) only travels on through map(): some()/find() give back a test's result or the list's own element.
      const m = this.r.nameOf(unwrap(owner.node.callee), owner.scope);
      if (FOLDS.has(m ?? '') && owner.node.arguments[0] === fn) {
        // A fold's step: what it returns is the next step's accumulator, and the fold's result.
        this.followParam(fn, 0, field, push, owner.node, 'accumulated');
        push(owner.node, pathTo(this.root, owner.node), field, 'folded into the result');
        return;
      }
      if (this.mode === 'data' && m !== 'map' && m !== 'flatMap') return;
      // map() gives back a list of what the callback returns: each element holds it.
      const each = this.mode === 'data' ? (field ? `*.${field}` : '*') : field;
      push(owner.node, pathTo(this.root, owner.node), each);
      return;
    }
    // An export getter (`__export(ns, { k: () => v })`, webpack's `.d(exports, { k: () => v })`): reads of ns.k.
    const obj = path[path.length - 3];
    const call = path[path.length - 4];
    // (A helper called by its name or written in place, as terser inlines esbuild's `__export`, or
    // webpack's `.d`: `registry.set(tag, { user: () => v })` is no export table.)
    const helper = call?.type === 'CallExpression' ? unwrap(call.callee) : undefined;
    const exportHelper = helper !== undefined && (helper.type === 'Identifier' || isFunction(helper) || (helper.type === 'MemberExpression' && memberName(helper) === 'd'));
    if (exportHelper && parent?.type === 'Property' && parent.value === fn && obj?.type === 'ObjectExpression' && call.arguments[1] === obj && call.arguments[0]) {
      const key = this.r.keyOf(parent, this.r.scopeAt(path));
      const target = call.arguments[0];
      if (key) {
        const scope = this.r.scopeAt(path.slice(0, -3));
        const tb = target.type === 'Identifier' ? scope.lookup(target.name) : undefined;
        for (const read of this.propertyReads(key, 48)) {
          const rs = this.r.scopeAt(read.path);
          const o = this.r.valueOf(read.node.object, rs);
          if ((tb && o.obj?.binding === tb) || (o.module && o.module.factory.start <= fn.start && o.module.factory.end >= fn.end)) push(read.node, read.path, field, `exported as ${key}`);
        }
        // `const { k: f } = await import(…)` of that namespace (esbuild's lazy `Promise.resolve().then(() => (init_x(), x_exports))`).
        if (tb) {
          for (const d of this.patternsTaking(key).slice(0, 8)) {
            const ds = this.r.scopeAt(d.path);
            if (this.r.valueOf(d.from, ds).obj?.binding === tb) this.destructure(d.pattern, field === undefined ? key : `${key}.${field}`, ds, d.path, push, d.at);
          }
        }
        return;
      }
    }
    // `Object.defineProperty(env, "machine", { get() { return v } })`: reads of env.machine.
    if (parent?.type === 'Property' && parent.value === fn && obj?.type === 'ObjectExpression' && call?.type === 'CallExpression' && call.arguments[2] === obj && this.r.keyOf(parent, this.r.scopeAt(path)) === 'get') {
      const scope = this.r.scopeAt(path.slice(0, -3));
      if (this.r.calleeValue(unwrap(call.callee), scope).ref === 'Object.defineProperty') {
        const key = this.r.constant(call.arguments[1], scope)?.v;
        const target = unwrap(call.arguments[0]);
        const tb = target.type === 'Identifier' ? scope.lookup(target.name) : undefined;
        if (typeof key === 'string' && tb) {
          // An enumerable getter: the object holds it in that field from then on, its reads and
          // wherever it goes (an export another module reads `info.id` of, an argument, a
          // serialisation). One that is not (the default) is seen by reads of that name only.
          // (`enumerable: !0` as minifiers write it, a key behind an obfuscator's string table.)
          const enumerable = (obj.properties as Node[]).some((p) => p.type === 'Property' && this.r.keyOf(p, scope) === 'enumerable' && this.r.constant(p.value, scope)?.v === true);
          if (enumerable) this.followBinding(tb, field === undefined ? key : `${key}.${field}`, push, call, `read through the getter ${key}`);
          else {
            for (const read of this.propertyReads(key, 48)) {
              const o = unwrap(read.node.object);
              if (o.type === 'Identifier' && this.r.scopeAt(read.path).lookup(o.name) === tb) push(read.node, read.path, field, `read through the getter ${key}`);
            }
          }
        }
        return;
      }
    }
    if (parent?.type === 'MethodDefinition' && parent.kind === 'get') {
      const name = this.r.keyOf(parent, this.r.scopeAt(path.slice(0, -2)));
      // A getter of a class is read on its instances (or inside the class), not wherever an object
      // has a field of that name: an OpenTelemetry resource's attributes are not a feature-flag
      // client's options.attributes.
      const cls = path[path.length - 4];
      const mine = this.mode === 'data' && cls && /^Class/.test(cls.type) ? cls : undefined;
      // (A static getter is read on the class itself: `Device.label`.)
      if (name) for (const read of this.propertyReads(name, 24)) if (!mine || (parent.static ? this.ofClass(read, mine) : this.onClass(read, mine))) push(read.node, read.path, field, `read through the getter ${name}`);
      // A class this module exports: the instances other modules make read it too (`new Client().id`).
      if (name && mine && this.mode === 'data' && !parent.static && !(this.ctx ?? []).some((c) => c.start < fn.start || c.end > fn.end)) {
        for (const cname of this.classExportNames(mine, path.slice(0, -3))) this.exportAs({ name: cname, call: true, field: field === undefined ? name : `${name}.${field}`, accessor: true, node: fn });
        // An instance this module makes and exports (`exports.hostInfo = new HostInfo()`, `export const info = new Info()`): importers read the getter on it.
        for (const site of this.r.instanceSites(mine).slice(0, 8)) for (const iname of this.instanceExportNames(site.node)) this.exportAs({ name: iname, call: false, field: field === undefined ? name : `${name}.${field}`, accessor: true, node: fn });
      }
      return;
    }
    // The callback of `p.then(cb)`: its return is the value of the promise `then` gives back.
    if (parent?.type === 'CallExpression' && parent.arguments[0] === fn && unwrap(parent.callee).type === 'MemberExpression') {
      const m = this.r.nameOf(unwrap(parent.callee), this.r.scopeAt(path.slice(0, -1)));
      if (m === 'then' || m === 'catch') {
        push(parent, path.slice(0, -1), field, 'the promise it resolves');
        return;
      }
    }
    // `useMemo(() => v, deps)`: the hook's call gives what the function returns.
    if (parent?.type === 'CallExpression' && parent.arguments[0] === fn && reactHook(parent) === 'useMemo') {
      push(parent, path.slice(0, -1), field, 'kept by useMemo()');
      return;
    }
    // `template.replace(/\{\{(\w+)\}\}/g, (_, k) => view[k])`: what the replacer returns is in the new text.
    if (parent?.type === 'CallExpression' && parent.arguments[1] === fn && field === undefined && this.mode === 'data') {
      const callee = unwrap(parent.callee);
      const m = callee.type === 'MemberExpression' ? this.r.nameOf(callee, this.r.scopeAt(path.slice(0, -1))) : undefined;
      if (m === 'replace' || m === 'replaceAll') {
        // (Not when no placeholder its templates hold names a sensed field of what the callback looks keys up in.)
        const at = this.r.scopeAt(path.slice(0, -1));
        if (this.r.placeholdersSensed(this.r.valueOf(callee.object, at), parent, at)) push(parent, path.slice(0, -1), undefined, `${m}() with what its callback returns`);
        return;
      }
    }
    // A function passed to a wrapper (`once(() => …)`): the wrapper's result is called instead,
    // wherever that result goes (called by its name, exported, passed on).
    if (parent?.type === 'CallExpression' && (parent.arguments as Node[]).includes(fn)) {
      const grand = path[path.length - 3];
      if (grand?.type === 'VariableDeclarator' && grand.id.type === 'Identifier') {
        const b = this.r.scopeAt(path.slice(0, -2)).lookup(grand.id.name);
        if (b) {
          this.followBinding(b, field, push, grand, `returned by ${grand.id.name}()`, true);
          return;
        }
      }
    }
    // `useState(() => v)`: the state; `setV((prev) => v)`: the state beside that setter.
    if (parent?.type === 'CallExpression' && parent.arguments[0] === fn) {
      if (reactHook(parent) === 'useState') {
        push(parent, path.slice(0, -1), field === undefined ? '0' : `0.${field}`, 'the first state of useState()');
        return;
      }
      const setter = unwrap(parent.callee);
      const state = setter.type === 'Identifier' ? this.stateOfSetter(setter.name, this.r.scopeAt(path.slice(0, -1))) : undefined;
      if (state) {
        this.followBinding(state, field, push, parent, 'set as React state');
        return;
      }
    }
    // (React calls a component where an element is made of it: the element is not what it returns.)
    const { sites, back } = this.returnSites(info, this.r.callSitesOf(info).filter((s) => !s.rendered));
    // A record returned with a function in a field (`{ resolveId: async () => id }`) by a function
    // no call here makes: another module may call it, then the field (`().`), for the value; it is
    // followed that way too, besides as the record whose field is the function.
    if (fieldCalled && !sites.length) this.followReturn(fn, path, `${field}.()`, push);
    for (const site of sites) {
      push(site.node, pathTo(this.root, site.node), field, `returned by ${info.name ?? 'a function'}()`, undefined, back);
    }
    // `p.then(normalise)`: what the function returns is what the promise then() gives back resolves to.
    for (const site of this.r.thenSites(info)) push(site.node, pathTo(this.root, site.node), field, `returned by ${info.name ?? 'a function'}() to the promise`);
    // A function the module exports and also calls itself (Bun's chunks list their exports at the
    // end): its callers in other modules get the value too, when the value begins inside it. One
    // that came in through a call from outside it (a string helper given a host name, also by
    // `f.call(x, v)` or through a reference) goes back to that call only.
    const fromOutside = (this.ctx ?? []).some((c) => c.start < fn.start || c.end > fn.end);
    if (sites.length && !back && !fromOutside && this.mode === 'data') for (const name of this.exportedAs(info, parent)) this.exportAs({ name, call: true, field, node: fn });
    // A method no call here makes that overrides one of another module's class: that class calls it.
    if (!sites.length) {
      // (Returned where another module calls it: an export, or a method of a class; not a callback
      // handed to a library, whose return goes to the library.)
      const handed = parent?.type === 'CallExpression' && (parent.arguments as Node[]).includes(fn);
      if (!handed && (parent?.type === 'MethodDefinition' || this.exportedAs(info, parent).length)) this.out.unseen = true;
      this.overrides(fn, path, field);
    }
    // A method of a class this module exports, called in other modules on the instances they make
    // (`new Account().describe().id`), when the value begins inside the class.
    if (!sites.length && !fromOutside && this.mode === 'data' && parent?.type === 'MethodDefinition' && parent.kind === 'method' && !parent.static) {
      const key = this.r.keyOf(parent, this.r.scopeAt(path.slice(0, -1)));
      const cls = path[path.length - 4];
      if (typeof key === 'string' && /^[\w$]+$/.test(key) && cls && /^Class/.test(cls.type)) {
        for (const cname of this.classExportNames(cls, path.slice(0, -3))) this.exportAs({ name: cname, call: true, field: field === undefined ? `${key}.()` : `${key}.().${field}`, node: fn });
      }
    }
    // A function value that is returned, passed, stored or exported under another name: follow the
    // function itself (a declaration through its name's references); its calls yield the outcome.
    if (!sites.length) {
      // `export function f() { return v }`: its callers are in other modules.
      if (this.mode === 'data' && (parent?.type === 'ExportNamedDeclaration' || parent?.type === 'ExportDefaultDeclaration')) for (const name of this.exportedAs(info, parent)) this.exportAs({ name, call: true, field, node: fn });
      if (fn.type !== 'FunctionDeclaration') push(fn, path, field, undefined, true);
      else {
        const b = functionBinding(info);
        if (b) this.followBinding(b, field, push, fn, `${info.name ?? 'a function'} passed on`, true);
      }
    }
  }

  /**
   * What the entered function was handed that a call's callee is: a method of one of its
   * parameters (`p.m(…)`, `p.k.m(…)`), of a field its constructor keeps one in (`this.k = p.k`,
   * then `this.k.m(…)` in any method), or the parameter itself, called.
   */
  private handedIn(callee: Node, scope: Scope, path: Node[]): { arg: number; field?: string; method?: string } | undefined {
    const entered = this.entered;
    if (!entered) return undefined;
    let method: string | undefined;
    let target = callee;
    if (callee.type === 'MemberExpression') {
      method = this.r.nameOf(callee, scope);
      if (!method) return undefined;
      target = unwrap(callee.object);
    }
    const direct = this.handedParam(target, entered, scope);
    if (direct) return { ...direct, method };
    // `this.k.m(…)` in a class whose constructor the other module called with the object.
    if (target.type !== 'MemberExpression' || unwrap(target.object).type !== 'ThisExpression') return undefined;
    const k = this.r.nameOf(target, scope);
    const cls = this.ownClass(target, path);
    const ctor = cls ? constructorOf(cls) : undefined;
    if (!k || !ctor || ctor.value !== entered) return undefined;
    const kept = this.ctorKeeps.get(ctor) ?? new Map<string, { arg: number; field?: string } | undefined>();
    this.ctorKeeps.set(ctor, kept);
    if (!kept.has(k)) kept.set(k, this.keptFromParam(ctor, k));
    const found = kept.get(k);
    return found ? { ...found, method } : undefined;
  }

  /** Which parameter (and field of it) a constructor keeps in `this.k`, the handed one when it has a fallback. */
  private keptFromParam(ctor: Node, k: string): { arg: number; field?: string } | undefined {
    const ctorScope = this.r.scopeOf(ctor.value);
    if (!ctorScope) return undefined;
    let found: { arg: number; field?: string } | undefined;
    forEachDescendant(ctor.value.body, (x) => {
      if (found || (isFunction(x) && x !== ctor.value)) return false;
      if (x.type === 'AssignmentExpression' && x.operator === '=' && x.left.type === 'MemberExpression' && unwrap(x.left.object).type === 'ThisExpression' && this.r.nameOf(x.left, ctorScope) === k) {
        // `this.provider = o.provider ?? new Noop()`: the handed one, when there is one.
        let right = unwrap(x.right);
        while (right.type === 'LogicalExpression' && (right.operator === '??' || right.operator === '||')) right = unwrap(right.left);
        found = this.handedParam(right, ctor.value, ctorScope);
      }
    }, 4000);
    return found;
  }

  /** `p` or `p.k` where p is a parameter of `within` it keeps as it was handed: its index, and the field. */
  private handedParam(n: Node, within: Node, sc: Scope): { arg: number; field?: string } | undefined {
    let field: string | undefined;
    let base = n;
    if (base.type === 'MemberExpression' && !base.computed) {
      field = this.r.nameOf(base, sc);
      base = unwrap(base.object);
    }
    if (base.type !== 'Identifier') return undefined;
    const b = sc.lookup(base.name);
    // (A parameter given another value on the way, `p = p || local()`, is not only what was handed.)
    if (!b || b.kind !== 'param' || b.fn?.node !== within || b.paramIndex === undefined || b.assignments?.length) return undefined;
    // `constructor({ provider })`: the field the pattern takes (not a rest or a computed key).
    if (b.path) return b.path.length === 1 && field === undefined && typeof b.path[0] === 'string' && /^[\w$]+$/.test(b.path[0]) ? { arg: b.paramIndex, field: b.path[0] } : undefined;
    return { arg: b.paramIndex, field };
  }

  private ctorKeeps = new Map<Node, Map<string, { arg: number; field?: string } | undefined>>();

  private listed = new Map<string, boolean>();
  /** Whether the file writes `name` as a string element of an array literal (a name a schema lists), by its quoted places in the text. */
  private listedName(name: string): boolean {
    let hit = this.listed.get(name);
    if (hit !== undefined) return hit;
    const element = (at: number) => {
      const path = nodePath(this.root, at, at + name.length + 2, (n) => n.start === at && n.type === 'Literal');
      const lit = path[path.length - 1];
      return lit?.type === 'Literal' && lit.start === at && path[path.length - 2]?.type === 'ArrayExpression';
    };
    hit = !!this.r.index && name.length <= 64 && ['"', "'"].some((q) => this.r.positionsUpTo(`${q}${name}${q}`, 16).some(element));
    this.listed.set(name, hit);
    return hit;
  }

  private webviewSpecs: { spec: string; at: Node }[] | undefined;
  /**
   * The script a webview of this file loads: the literal path parts of the `Uri.joinPath` calls
   * its `asWebviewUri(…)` is given (through names bound to them), from the extension's root,
   * seen from the extension's bundle one folder below it (`dist/`, `out/`).
   */
  private webviewScript(post: Node): string | undefined {
    const scripts = this.webviewScripts();
    if (scripts.length <= 1) return scripts[0]?.spec;
    // (Several panels, each loading its own script: the one made in the function that posts.)
    const own = (n: Node) => pathTo(this.root, n).filter(isFunction).pop();
    const here = own(post);
    const mine = scripts.filter((s) => own(s.at) === here);
    return new Set(mine.map((s) => s.spec)).size === 1 ? mine[0].spec : undefined;
  }

  /** The scripts this file's webviews load (`asWebviewUri(Uri.joinPath(root, "dist", "view.js"))`): each as a link specifier, with its call. */
  private webviewScripts(): { spec: string; at: Node }[] {
    if (this.webviewSpecs) return this.webviewSpecs;
    const out: { spec: string; at: Node }[] = [];
    this.webviewSpecs = out;
    const parts = (n: Node, scope: Scope, depth: number): string[] | undefined => {
      const e = unwrap(n);
      if (depth > 3) return undefined;
      if (e.type === 'Identifier') {
        const b = scope.lookup(e.name);
        return b?.init && !b.assignments && !b.path ? parts(b.init, b.scope, depth + 1) : [];
      }
      if (e.type !== 'CallExpression' || this.r.valueOf(unwrap(e.callee), scope).ref !== 'vscode.Uri.joinPath') return [];
      const tail: string[] = [];
      for (const a of (e.arguments as Node[]).slice(1)) {
        const c = this.r.constant(a, scope)?.v;
        if (typeof c !== 'string') return undefined;
        tail.push(...c.split('/').filter(Boolean));
      }
      const head = e.arguments[0] ? parts(e.arguments[0], scope, depth + 1) : undefined;
      return head ? [...head, ...tail] : undefined;
    };
    for (const site of this.r.methodCalls('asWebviewUri', 16)) {
      const p = site.node.arguments[0] ? parts(site.node.arguments[0], site.scope, 0) : undefined;
      if (p?.length && /\.(c|m)?js$/.test(p[p.length - 1]) && !p.includes('..')) out.push({ spec: `../${p.join('/')}`, at: site.node });
    }
    return out;
  }

  /** `new Worker(file, { workerData: { v } })`, `worker.postMessage(v)`: the worker's file, and the channel it reads the value by. */
  private workerExit(call: Node, callee: Node, f: AV, idx: number, field: string | undefined, scope: Scope): { ref: string; field?: string } | undefined {
    let made: Node;
    let channel: string;
    let rest = field;
    if (call.type === 'NewExpression' && f.ref === 'module:worker_threads.Worker' && idx === 1) {
      if (field?.split('.')[0] !== 'workerData') return undefined;
      made = call;
      channel = '@@workerData';
      rest = tail(field);
    } else if (callee.type === 'MemberExpression' && idx === 0 && this.r.nameOf(callee, scope) === 'postMessage') {
      const recv = this.r.valueOf(callee.object, scope);
      // VS Code's `panel.webview.postMessage(v)`: the script the webview's HTML loads (the file
      // named by `webview.asWebviewUri(Uri.joinPath(extensionUri, "dist", "webview.js"))`) reads v
      // in its `window.addEventListener("message", (e) => e.data)`.
      if (recv.ref !== 'module:worker_threads.Worker()' && unwrap(callee.object).type === 'MemberExpression' && this.r.nameOf(unwrap(callee.object), scope) === 'webview') {
        const spec = this.webviewScript(call);
        return spec ? { ref: `module:${spec}.@@webview`, ...(field ? { field } : {}) } : undefined;
      }
      if (recv.ref !== 'module:worker_threads.Worker()' || !recv.made) return undefined;
      made = recv.made;
      channel = '@@message';
    } else return undefined;
    const spec = workerSpec(made.arguments[0]);
    return spec ? { ref: `module:${spec}.${channel}`, ...(rest ? { field: rest } : {}) } : undefined;
  }

  /**
   * For `c.set(key, v)` on the context a middleware is handed (`app.use(path, async (c, next) => …)`,
   * Hono's shape): the reads of that variable on the contexts handlers are handed,
   * `c.get(key)` and `c.var.key`. Undefined when the call is no such set.
   */
  private contextReads(call: Node, callee: Node, scope: Scope, path: Node[]): { node: Node; path: Node[]; key: string }[] | undefined {
    const key = this.r.constant(call.arguments[0], scope)?.v;
    const ctx = unwrap(callee.object);
    // (Variables are named as code names them; a header, `ctx.set("X-Trace", v)` in Koa, has a dash.)
    if (typeof key !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(key) || ctx.type !== 'Identifier') return undefined;
    const b = scope.lookup(ctx.name);
    if (b?.kind !== 'param' || b.paramIndex !== 0 || b.path || !b.fn) return undefined;
    // The function is a middleware: an argument of a `use` call, and takes `next` after the context.
    const mw = b.fn.node;
    if ((mw.params as Node[]).length !== 2) return undefined;
    const at = path.lastIndexOf(mw);
    const holder = at > 0 ? path[at - 1] : undefined;
    if (holder?.type !== 'CallExpression' || !holder.arguments.includes(mw) || unwrap(holder.callee).type !== 'MemberExpression' || this.r.nameOf(unwrap(holder.callee), this.r.scopeAt(path.slice(0, at - 1))) !== 'use') return undefined;
    // A handler's context: the first parameter of a function handed to a call (a route).
    const handed = (obj: Node, s: Scope) => {
      const x = unwrap(obj);
      const pb = x.type === 'Identifier' ? s.lookup(x.name) : undefined;
      if (!(pb?.kind === 'param' && pb.paramIndex === 0 && !pb.path && !!pb.fn && pb.fn.node !== mw)) return false;
      // (A route's handler: handed to `app.get("/x", (c) => …)`, `.post`, `.all`…, not any function's first parameter.)
      const fp = pathTo(this.root, pb.fn.node);
      const route = fp[fp.length - 2];
      return route?.type === 'CallExpression' && route.arguments.includes(pb.fn.node) && unwrap(route.callee).type === 'MemberExpression' && ROUTE_METHODS.has(this.r.nameOf(unwrap(route.callee), this.r.scopeAt(fp.slice(0, -2))) ?? '');
    };
    const out: { node: Node; path: Node[]; key: string }[] = [];
    for (const site of this.r.methodCalls('get', 256)) {
      const c = unwrap(site.node.callee);
      if (out.length >= 8 || c.type !== 'MemberExpression' || site.node.arguments.length !== 1) continue;
      if (this.r.constant(site.node.arguments[0], site.scope)?.v !== key || !handed(c.object, site.scope)) continue;
      out.push({ node: site.node, path: pathTo(this.root, site.node), key });
    }
    for (const read of this.propertyReads(key, 24)) {
      const o = unwrap(read.node.object);
      if (out.length < 8 && o.type === 'MemberExpression' && this.r.nameOf(o, this.r.scopeAt(read.path)) === 'var' && handed(o.object, this.r.scopeAt(read.path))) out.push({ ...read, key });
    }
    return out.length ? out : undefined;
  }

  /**
   * Whether a value given to an Electron crashReporter call is uploaded with its crash reports:
   * the `extra` / `globalExtra` of `crashReporter.start(options)` (not when the options say
   * `uploadToServer: false`), the value of `crashReporter.addExtraParameter(key, value)`.
   */
  private crashUpload(call: Node, ref: string, argIndex: number, field: string | undefined, scope: Scope): boolean {
    const m = /^module:electron\.crashReporter\.(start|addExtraParameter)$/.exec(ref);
    if (!m) return false;
    if (m[1] === 'addExtraParameter') {
      if (argIndex !== 1) return false;
      // (Where the file starts the reporter with uploads off, the dumps stay on the machine.)
      for (const site of this.r.methodCalls('start', 64)) {
        if (this.r.calleeValue(unwrap(site.node.callee), site.scope).ref === 'module:electron.crashReporter.start' && site.node.arguments[0] && this.uploadsOff(site.node.arguments[0], site.scope)) return false;
      }
      return true;
    }
    if (argIndex !== 0 || !/^(globalExtra|extra)(\.|$)/.test(field ?? '')) return false;
    return !this.uploadsOff(call.arguments[0], scope);
  }

  /** Whether crashReporter options say `uploadToServer: false` (written in the call, or in the variable it names). */
  private uploadsOff(arg: Node, scope: Scope): boolean {
    let opts = unwrap(arg);
    if (opts.type === 'Identifier') {
      const b = scope.lookup(opts.name);
      if (b?.init && !b.assignments && unwrap(b.init).type === 'ObjectExpression') opts = unwrap(b.init);
    }
    if (opts.type !== 'ObjectExpression') return false;
    const up = opts.properties.find((p: Node) => p.type === 'Property' && propertyKeyName(p) === 'uploadToServer');
    return !!up && this.r.constant(up.value, scope)?.v === false;
  }

  /**
   * The functions a message sent to a forked cluster worker (`cluster.fork().send(msg)`) reaches:
   * the worker runs the same file, and its `process.on("message", fn)` or
   * `cluster.worker.on("message", fn)` is handed the message. Undefined when the call is no such send.
   */
  private clusterListeners(callee: Node, scope: Scope): Node[] | undefined {
    if (callee.type !== 'MemberExpression' || this.r.nameOf(callee, scope) !== 'send') return undefined;
    if (!/^module:cluster\.(fork\(\)|workers\.[^.]+)$/.test(this.r.valueOf(callee.object, scope).ref ?? '')) return undefined;
    const out: Node[] = [];
    for (const m of ['on', 'once', 'addListener', 'prependListener']) {
      for (const site of this.r.methodCalls(m, 256)) {
        const c = unwrap(site.node.callee);
        const ev = site.node.arguments[0];
        const fn = site.node.arguments[1];
        if (c.type !== 'MemberExpression' || ev?.type !== 'Literal' || ev.value !== 'message' || !fn || out.length >= 4) continue;
        const recv = this.r.valueOf(c.object, site.scope).ref;
        if (recv === 'process' || recv === 'module:cluster.worker') out.push(fn);
      }
    }
    return out;
  }

  /** Whether a call sends its argument back to the process or thread that started this file: `process.send(v)`, `parentPort.postMessage(v)`. */
  private replies(callee: Node, f: AV, scope: Scope): boolean {
    if (f.ref === 'process.send') return true;
    return callee.type === 'MemberExpression' && this.r.nameOf(callee, scope) === 'postMessage' && this.r.valueOf(callee.object, scope).ref === 'module:worker_threads.parentPort';
  }

  /**
   * The listeners a message posted on one port of a `new MessageChannel()` reaches: those of its
   * other port (`port2.on("message", fn)`; `addEventListener("message", fn)` is handed an event
   * whose `data` it is). Undefined when the call is no post on such a port.
   */
  private portListeners(callee: Node, scope: Scope): { fn: Node; event: boolean }[] | undefined {
    if (callee.type !== 'MemberExpression' || this.r.nameOf(callee, scope) !== 'postMessage') return undefined;
    const from = this.portOf(callee.object, scope);
    if (!from) return undefined;
    const out: { fn: Node; event: boolean }[] = [];
    for (const m of ['on', 'once', 'addListener', 'addEventListener']) {
      for (const site of this.r.methodCalls(m, 256)) {
        const c = unwrap(site.node.callee);
        const ev = site.node.arguments[0];
        const fn = site.node.arguments[1];
        if (c.type !== 'MemberExpression' || ev?.type !== 'Literal' || ev.value !== 'message' || !fn || out.length >= 4) continue;
        const to = this.portOf(c.object, site.scope);
        if (to && to.channel === from.channel && to.port !== from.port) out.push({ fn, event: m === 'addEventListener' });
      }
    }
    // (None found, `port2.onmessage = fn` among them: the post is followed as any call's argument.)
    return out.length ? out : undefined;
  }

  /** The MessageChannel a port is of, and which port: `const { port1 } = new MessageChannel()`, `ch.port1` of `const ch = new MessageChannel()`. */
  private portOf(n: Node, scope: Scope): { channel: Node; port: string } | undefined {
    const x = unwrap(n);
    const channel = (init: Node | undefined, s: Scope) => {
      const c = init ? unwrap(init) : undefined;
      if (c?.type !== 'NewExpression') return undefined;
      const ref = this.r.valueOf(c.callee, s).ref;
      const global = c.callee.type === 'Identifier' && c.callee.name === 'MessageChannel' && !s.lookup('MessageChannel');
      return global || /(^|\.)MessageChannel$/.test(ref ?? '') ? c : undefined;
    };
    if (x.type === 'Identifier') {
      const b = scope.lookup(x.name);
      const port = b?.path?.length === 1 ? b.path[0] : undefined;
      const c = (port === 'port1' || port === 'port2') && !b!.assignments ? channel(b!.init, b!.scope) : undefined;
      return c ? { channel: c, port: port as string } : undefined;
    }
    if (x.type === 'MemberExpression' && !x.computed && unwrap(x.object).type === 'Identifier') {
      const port = memberName(x);
      const b = scope.lookup(unwrap(x.object).name);
      const c = (port === 'port1' || port === 'port2') && b && !b.path && !b.assignments ? channel(b.init, b.scope) : undefined;
      return c ? { channel: c, port: port! } : undefined;
    }
    return undefined;
  }

  /** Where the value being followed began. */
  private origin: Node | undefined;

  /**
   * The key `o[names[i]] = v` (or `o[k] = v` with k ranging over T's keys) writes the followed value
   * under, when `names = Object.keys(T)` and the value began in T's entry for that key or the
   * function it names (each probe's result under its own name).
   */
  private originKey(prop: Node, scope: Scope): string | undefined {
    const at = this.origin;
    const t = at ? this.r.keyTable(unwrap(prop), scope) : undefined;
    if (!t || !at) return undefined;
    // (Begun in a helper every entry calls, `sh(cmd)`: the entry whose call it came back through.)
    return this.r.entryKeyOf(t, at) ?? this.r.entryKeyOfSteps(t, this.viaSoFar().map((s) => s.node));
  }


  /**
   * `this.k = v` in a class this module exports (`export { HostContext }`): the instances other
   * modules make (`new HostContext().k`) hold it in field k.
   */
  private exportedField(left: Node, path: Node[], field: string, at: Node): void {
    if (this.mode !== 'data' || field.startsWith('#')) return;
    const cls = this.ownClass(left, path);
    if (!cls) return;
    // `this.k` in a static method is the class's own field, not an instance's.
    if (path.some((n) => n.type === 'MethodDefinition' && n.static && n.start >= cls.start && n.end <= cls.end)) return;
    for (const name of this.classExportNames(cls, path)) this.exportAs({ name, call: true, field, node: at });
  }

  /** The names an object this module makes is exported under: a CommonJS export of it, or a top-level constant it initialises that is exported. */
  private instanceExportNames(made: Node): readonly string[] {
    const cjs = this.cjsExportedAs(made);
    if (cjs.length) return cjs;
    const path = pathTo(this.root, made);
    const decl = path[path.length - 2];
    if (decl?.type !== 'VariableDeclarator' || decl.init !== made || decl.id.type !== 'Identifier') return NO_NAMES;
    if (path[path.length - 4]?.type === 'ExportNamedDeclaration') return [decl.id.name];
    return path[path.length - 4]?.type === 'Program' ? this.exportListOf(decl.id.name) : NO_NAMES;
  }

  /** The names a class is exported under (`path` holds it): its own export declaration, an export list, a CommonJS export. */
  private classExportNames(cls: Node, path: Node[]): string[] {
    const i = path.indexOf(cls);
    const parent = path[i - 1];
    if (parent?.type === 'ExportDefaultDeclaration') return ['default'];
    if (parent?.type === 'ExportNamedDeclaration') return cls.id ? [cls.id.name] : [];
    if (cls.type === 'ClassDeclaration' && parent?.type === 'Program' && cls.id) return this.exportListOf(cls.id.name);
    if (cls.type === 'ClassExpression' && parent?.type === 'VariableDeclarator' && parent.init === cls && parent.id.type === 'Identifier') {
      const decl = path[i - 2];
      const holder = path[i - 3];
      if (holder?.type === 'ExportNamedDeclaration') return [parent.id.name];
      if (holder?.type === 'Program' && decl?.type === 'VariableDeclaration') return this.exportListOf(parent.id.name);
    }
    // `exports.EventPipeline = class { … }`, as a minifier writes a CommonJS module's class.
    if (cls.type === 'ClassExpression' && parent?.type === 'AssignmentExpression' && parent.right === cls) {
      const name = cjsExportName(parent.left, this.r.scopeAt(path.slice(0, i)), this.r);
      return name === undefined ? [] : [name === WHOLE_MODULE ? 'default' : name];
    }
    return [];
  }

  /**
   * How another module reaches a function of this one: an exported function (`[name]`), or a
   * method of an exported class on an instance (`[Class, "()", method]`).
   */
  private exportPathOf(fn: FunctionInfo): string[] | undefined {
    const path = pathTo(this.root, fn.node);
    const parent = path[path.length - 2];
    if (parent?.type === 'MethodDefinition') {
      if (parent.static || parent.kind !== 'method') return undefined;
      // (A method named by an obfuscator's string table: its decoded name.)
      const key = this.r.keyOf(parent, this.r.scopeAt(path.slice(0, -1)));
      const cls = path[path.length - 4];
      if (typeof key !== 'string' || (cls?.type !== 'ClassDeclaration' && cls?.type !== 'ClassExpression')) return undefined;
      const name = this.classExportNames(cls, path.slice(0, -3))[0];
      return name ? [name, '()', key] : undefined;
    }
    const name = this.exportedAs(fn, parent)[0];
    return name ? [name] : undefined;
  }

  /** The names a top-level function is exported under: its own export declaration, or the export lists (`export { f as g }`). */
  private exportedAs(info: FunctionInfo, parent: Node | undefined): string[] {
    if (parent?.type === 'ExportDefaultDeclaration') return ['default'];
    if (parent?.type === 'ExportNamedDeclaration') return info.node.id ? [info.node.id.name] : [];
    // `exports.f = function (…) {…}`: written in place.
    if (parent?.type === 'AssignmentExpression' && parent.right === info.node) return [...this.cjsExportedAs(info.node)];
    const b = functionBinding(info);
    if (!b || b.scope !== this.r.facts.programScope) return [];
    return this.exportListOf(b.name);
  }

  /** The names a CommonJS module's exports give the value of this node (cjsExports, by node). */
  private cjsExportedAs(n: Node): readonly string[] {
    if (!this.cjsByNode) {
      this.cjsByNode = new Map();
      for (const [name, v] of cjsExports(this.r, this.root, this.r.facts.programScope)) {
        const names = this.cjsByNode.get(v) ?? [];
        if (names.length < 4) names.push(name);
        this.cjsByNode.set(v, names);
      }
    }
    return this.cjsByNode.get(n) ?? NO_NAMES;
  }

  private cjsByNode: Map<Node, string[]> | undefined;

  /** The names the export lists (`export { f as g }`) and CommonJS assignments (`exports.g = f`) give a top-level name. */
  private exportListOf(local: string): string[] {
    return [...this.esmListOf(local), ...cjsNamesOf(this.r, this.root, this.r.facts.programScope, local)];
  }

  private esmListOf(local: string): string[] {
    if (!this.exportLists) {
      this.exportLists = new Map();
      for (const st of this.root.body as Node[]) {
        if (st.type !== 'ExportNamedDeclaration' || st.declaration || st.source) continue;
        for (const sp of st.specifiers as Node[]) {
          if (sp.local.type !== 'Identifier') continue;
          const names = this.exportLists.get(sp.local.name) ?? [];
          if (names.length < 4) names.push(exportedName(sp));
          this.exportLists.set(sp.local.name, names);
        }
      }
    }
    return this.exportLists.get(local) ?? [];
  }

  private exportLists: Map<string, string[]> | undefined;

  /**
   * The host of a remote transport of `winston.createLogger(options)` (its Http transport, or a
   * log service's transport package), '' when it names none; undefined when the logger has none
   * (files and the console only) or the call is not winston's.
   */
  private remoteLogTransport(call: Node, options: Node, scope: Scope): string | undefined {
    if (!/^module:winston\.(createLogger|loggers\.add)$/.test(this.r.valueOf(unwrap(call.callee), scope).ref ?? '')) return undefined;
    const prop = (options.properties as Node[]).find((p) => p.type === 'Property' && propertyKeyName(p) === 'transports');
    if (!prop) return undefined;
    const roots: Node[] = [prop.value];
    const v = unwrap(prop.value);
    if (v.type === 'Identifier') {
      const b = scope.lookup(v.name);
      if (b?.init) roots.push(b.init);
      // (`transports.push(new winston.transports.Http(…))` further on: the function the list is made in.)
      const fn = b?.scope.functionScope().fn?.node;
      if (fn) roots.push(fn.body);
    }
    let host: string | undefined;
    for (const root of roots) {
      forEachDescendant(root, (n) => {
        if (host !== undefined) return false;
        if (n.type !== 'NewExpression') return true;
        const ref = this.r.valueOf(unwrap(n.callee), this.r.scopeAt(pathTo(this.root, n))).ref ?? '';
        if (!REMOTE_LOG_TRANSPORT.test(ref)) return true;
        const opts = n.arguments[0] ? unwrap(n.arguments[0]) : undefined;
        const h = opts?.type === 'ObjectExpression' ? (opts.properties as Node[]).find((p) => p.type === 'Property' && propertyKeyName(p) === 'host') : undefined;
        const c = h ? this.r.constant(h.value, this.r.scopeAt(pathTo(this.root, h.value)))?.v : undefined;
        // (A collector on this machine, `{ host: "localhost" }`, keeps the records here.)
        if (typeof c === 'string' && /^(localhost|127\.|::1$|\[::1\])/i.test(c)) return true;
        host = typeof c === 'string' ? c : '';
        return false;
      }, 2000);
      if (host !== undefined) break;
    }
    return host;
  }

  /** What sends a field of this name by protocol, when the file bundles the SDK that does. */
  /**
   * `new resources.Resource({ "service.instance.id": v })`, `resourceFromAttributes({ … })`: the
   * attributes of a resource the program makes with the class another module gives it (the
   * resources package, or the SDK kept in a file of its own) in a file that sets up an OTLP
   * exporter. Every attribute goes with every export, whatever its key. (A copy of the package
   * bundled in the file makes its detectors' resources with its own class: not the program's.)
   */
  private importedResource(obj: Node | undefined, holder: Node | undefined, path: Node[]): boolean {
    if (obj?.type !== 'ObjectExpression' || (holder?.type !== 'NewExpression' && holder?.type !== 'CallExpression') || holder.arguments[0] !== obj || !this.r.index) return false;
    const callee = unwrap(holder.callee);
    const scope = this.r.scopeAt(path.slice(0, -2));
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? this.r.nameOf(callee, scope) : undefined;
    if (!(holder.type === 'NewExpression' ? name === 'Resource' : name === 'resourceFromAttributes')) return false;
    if (!this.r.calleeValue(callee, scope).ref?.startsWith('module:')) return false;
    return sdkBundled(OTLP, this.r.index);
  }

  /**
   * The user record handed to Statsig's client: the second argument of `new StatsigClient(…)` (its
   * JavaScript SDKs' class, required or bundled), or the argument of a StatsigClient's
   * `updateUserAsync`/`updateUserSync` in a file that makes one.
   */
  private statsigUser(call: Node, callee: Node, scope: Scope, argIndex: number): boolean {
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? this.r.nameOf(callee, scope) : undefined;
    if (call.type === 'NewExpression') return argIndex === 1 && name === 'StatsigClient';
    return argIndex === 0 && (name === 'updateUserAsync' || name === 'updateUserSync') && !!this.r.index && sdkBundled(STATSIG_CLIENT, this.r.index);
  }

  /**
   * A record that is a program's environment: one that spreads `process.env` in (`{ ...process.env, K: v }`),
   * or the `env` of a child process's or an agent SDK's options.
   */
  /** A variable holding a copy of the environment, `const env = { ...process.env }` (or `Object.assign({}, process.env)`). */
  private environmentCopy(x: Node, scope: Scope): boolean {
    const o = unwrap(x);
    const b = o.type === 'Identifier' ? scope.lookup(o.name) : undefined;
    const init = b && !b.path && b.kind !== 'param' && b.init ? unwrap(b.init) : undefined;
    if (init?.type === 'ObjectExpression') return this.environmentRecord(init, undefined, b!.scope);
    if (init?.type !== 'CallExpression' || calleeName(init) !== 'assign' || unwrap((init.arguments as Node[])[0] ?? init).type !== 'ObjectExpression') return false;
    return (init.arguments as Node[]).slice(1).some((a) => this.r.valueOf(a, b!.scope).ref === 'process.env');
  }

  private environmentRecord(obj: Node, holder: Node | undefined, scope: Scope): boolean {
    if ((obj.properties as Node[]).some((p) => p.type === 'SpreadElement' && this.r.valueOf(p.argument, scope).ref === 'process.env')) return true;
    if (holder?.type !== 'Property' || holder.value !== obj || propertyKeyName(holder) !== 'env') return false;
    // (The `env` of options handed to a call, `spawn(cmd, args, { env })`, `query({ options: { env } })`:
    // not one written into a file, a launch configuration's.)
    const path = pathTo(this.root, holder);
    for (let i = path.length - 2, hops = 0; i > 0 && hops < 4; i--, hops++) {
      const n = path[i];
      const up = path[i - 1];
      if (n.type !== 'ObjectExpression') return false;
      if ((up.type === 'CallExpression' || up.type === 'NewExpression') && (up.arguments as Node[]).includes(n)) return !/stringify|write/i.test(calleeName(up) ?? '');
      if (up.type !== 'Property') return false;
      i--;
    }
    return false;
  }

  private protocolField(key: string): string | undefined {
    const p = Object.hasOwn(PROTOCOL_FIELDS, key) ? PROTOCOL_FIELDS[key] : undefined;
    return p && this.r.index && sdkBundled(p.sdk, this.r.index) ? p.note : undefined;
  }

  /** For `this.k = …` in a class's method: the class (where its own field is most often read); else nothing. */
  private ownClass(left: Node, path: Node[]): Node | undefined {
    if (unwrap(left.object).type !== 'ThisExpression') return undefined;
    for (let j = path.length - 1; j >= 0; j--) {
      const n = path[j];
      if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') return n;
      // A method's function sits in a MethodDefinition; any other function has its own `this`.
      if ((n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression') && path[j - 1]?.type !== 'MethodDefinition') return undefined;
    }
    return undefined;
  }

  /** `x.name` reads anywhere in the file (a field or getter of a record or a class), also `x["name"]` and `x[_0x1f(3)]`. */
  private propertyReads(name: string, limit: number, first?: Node): { node: Node; path: Node[] }[] {
    // Reads inside `first` (the class whose method sets `this.k`) come before the rest of the file's.
    if (first) {
      const own = this.readsIn(name, limit, first);
      if (own.length >= limit) return own;
      const rest = this.readsIn(name, limit * 2).filter((r) => !own.some((o) => o.node === r.node));
      return [...own, ...rest].slice(0, limit);
    }
    return this.readsIn(name, limit);
  }

  private readsIn(name: string, limit: number, within?: Node): { node: Node; path: Node[] }[] {
    const index = this.r.index;
    const out: { node: Node; path: Node[] }[] = [];
    if (!index || name.length < 2) return out;
    const [from, to] = within ? [within.start, within.end] : [0, index.text.length];
    for (const m of this.r.hiddenMembers(name)) {
      if (out.length >= limit) break;
      if (m.start < from || m.end > to) continue;
      const path = pathTo(this.root, m);
      const parent = path[path.length - 2];
      if (parent?.type === 'AssignmentExpression' && parent.left === m) continue;
      out.push({ node: m, path });
    }
    const { text } = index;
    // `.name` (also found inside `?.name`), from the offsets of the whole file found once per name.
    const at = this.r.positionsOf(`.${name}`);
    let lo = 0;
    for (let hi = at.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < at.length && at[i] < to && out.length < limit; i++) {
      const s = at[i] + 1;
      if (/[A-Za-z0-9_$]/.test(text[s + name.length] ?? '')) continue;
      const path = nodePath(this.root, s, s + name.length, (n) => n.type === 'MemberExpression' && !n.computed && n.property.start === s);
      const m = path[path.length - 1];
      if (m?.type !== 'MemberExpression' || m.property.start !== s) continue;
      const parent = path[path.length - 2];
      if (parent?.type === 'AssignmentExpression' && parent.left === m) continue;
      if (!out.some((o) => o.node === m)) out.push({ node: m, path });
    }
    return out;
  }

  // --- What differs between the picks ---------------------------------------------------

  /** The string or number a branch yields, resolved (also through a string table). */
  private pick(n: Node | null | undefined, scope: Scope): Value | undefined {
    if (!n) return undefined;
    let cur = n;
    if (cur.type === 'BlockStatement' && cur.body.length === 1) cur = cur.body[0];
    if (cur.type === 'ReturnStatement') cur = cur.argument;
    else if (cur.type === 'ExpressionStatement') cur = cur.expression;
    if (!cur) return undefined;
    if (cur.type === 'AssignmentExpression') cur = cur.right;
    return this.r.constantWithParams(cur, scope);
  }

  private pair(a: Node | null | undefined, b: Node | null | undefined): Effect[] {
    if (!a || !b) return [];
    const scope = this.r.scopeAt(pathTo(this.root, a));
    // `{ concurrency: 1, spacingMs: 3500 }` or `{ concurrency: n, spacingMs: 0 }`: two records
    // written out. Compared whole first (describePair: look-alikes only when every field that
    // differs differs by them); then field by field for the numbers picked (a settings record
    // picked by the outcome), never for markers, which the whole record decides.
    const ra = unwrap(a);
    const rb = unwrap(b);
    if (ra.type === 'ObjectExpression' && rb.type === 'ObjectExpression') {
      const [px, py] = [this.pick(a, scope), this.pick(b, scope)];
      // A field given on one side only, whose default the code that reads it writes out
      // (`options.fence || "\`\`\`"`): a pick between the look-alike and that default, both seen.
      const one = isRecord(px) && isRecord(py) ? oneSided(px, py) : undefined;
      const fallback = one ? this.writtenDefault(one.key, one.mark) : undefined;
      if (one && fallback !== undefined) return [{ kind: 'covert-marker', node: a, note: `gives ${one.key} the look-alike ${JSON.stringify(one.mark)} on one side only, over the default ${JSON.stringify(fallback)} the code that reads it fills in (${describeDifference(one.mark, fallback).join(', ')})`, picks: one.inX ? [one.mark, fallback] : [fallback, one.mark] }];
      const whole = describePair(px, py, a);
      return whole.length ? whole : this.recordPair(ra, rb, scope).filter((e) => e.kind !== 'covert-marker');
    }
    // `zoned ? new CompactTypography() : new Typography()`: two classes of the file, one whose
    // method gives a look-alike of what the other's gives (an override of `apostrophe()`).
    if (ra.type === 'NewExpression' && rb.type === 'NewExpression') {
      const made = this.classPair(ra, rb, scope);
      if (made.length) return made;
    }
    // `restricted ? models.filter((m) => /^qwen/.test(m.id)) : models`: a list with entries left out on one side.
    const models = (n: Node) => this.holdsModels(n, scope);
    const narrowed = narrowedList(ra, rb, models) ?? narrowedList(rb, ra, models);
    if (narrowed) return [narrowed];
    // `{ ...p, systemPrompt: `${p.systemPrompt}\n\nKeep it short.` }` beside `p`: a copy of the record
    // with text added to one of its fields.
    const copied = this.copiedWithText(ra, rb, scope) ?? this.copiedWithText(rb, ra, scope);
    if (copied) return [copied];
    const x = this.pick(a, scope);
    const y = this.pick(b, scope);
    // `vendor ? "\u2019" : super.quote()`: a look-alike on one side, and on the other what code
    // elsewhere gives (another file's class) — the plain character it stands for.
    const lone = (v: Value | undefined) => (typeof v === 'string' ? loneLookAlike(v) : undefined);
    const [mark, other] = y === undefined && lone(x) !== undefined ? [x as string, b] : x === undefined && lone(y) !== undefined ? [y as string, a] : [];
    if (mark !== undefined && other) {
      const plain = lone(mark)!;
      const node = mark === x ? a : b;
      return [{ kind: 'covert-marker', node, note: `picks ${JSON.stringify(mark)}, a look-alike of ${JSON.stringify(plain)} (${describeDifference(mark, plain).join(', ')}), over what ${otherText(other)} gives`, picks: mark === x ? [mark, plain] : [plain, mark], inferred: true }];
    }
    // `zoned ? widen(iso) : iso`: one side is the other run through a function of the file, which
    // swaps look-alikes into what it is given (what it makes of a sample text says so).
    // (The text itself may be a constant: `vendor ? variant(PROMPT) : PROMPT`.)
    if (x === undefined || y === undefined) {
      const t = (x === undefined ? this.transformed(a, b, scope) ?? this.appended(a, b, scope) : undefined) ?? (y === undefined ? this.transformed(b, a, scope) ?? this.appended(b, a, scope) : undefined);
      if (t) return [t];
    }
    return describePair(x, y, a);
  }

  /**
   * The default a read of field `key` falls back to that `mark` is a look-alike of (`o.key || "lit"`,
   * `(o && o.key) ?? "lit"`), among the file's first reads of the name.
   */
  private writtenDefault(key: string, mark: string): string | undefined {
    for (const read of this.propertyReads(key, 24)) {
      let cur = read.node;
      for (let i = read.path.length - 2, hops = 0; i >= 0 && hops < 3; i--, hops++) {
        const p = read.path[i];
        if (p.type === 'ParenthesizedExpression' || p.type === 'ChainExpression') { cur = p; continue; }
        if (p.type !== 'LogicalExpression') break;
        if (p.operator === '&&' && p.right === cur) { cur = p; continue; }
        if ((p.operator === '||' || p.operator === '??') && p.left === cur) {
          const d = staticString(p.right);
          if (d !== undefined && lookAlike(mark, d, true)) return d;
        }
        break;
      }
    }
    return undefined;
  }

  /** The methods of two classes made (`new A()`, `new B()`) that return different constant strings, each a pair. */
  private classPair(a: Node, b: Node, scope: Scope): Effect[] {
    const methods = (n: Node) => {
      const m = new Map<string, Value>();
      let cls = this.r.valueOf(n.callee, scope).cls;
      for (let depth = 0; cls && depth < 4; depth++) {
        for (const d of (cls.node.body?.body ?? []) as Node[]) {
          if (d.type !== 'MethodDefinition' || d.kind !== 'method' || d.static || d.computed) continue;
          const k = propertyKeyName(d);
          const body = d.value?.body?.body as Node[] | undefined;
          if (k === undefined || m.has(k) || body?.length !== 1 || body[0].type !== 'ReturnStatement' || !body[0].argument) continue;
          // (In the method's own scope: a parameter is not an outer constant of the same name.)
          const c = this.r.constant(body[0].argument, this.r.scopeOf(d.value) ?? cls.scope)?.v;
          if (typeof c === 'string' && c.length <= 64) m.set(k, c);
        }
        if (m.size > 64) break;
        cls = cls.node.superClass ? this.r.valueOf(cls.node.superClass, cls.scope).cls : undefined;
      }
      return m;
    };
    const ma = methods(a);
    if (!ma.size) return [];
    const mb = methods(b);
    const out: Effect[] = [];
    for (const [k, x] of ma) {
      const y = mb.get(k);
      if (typeof y !== 'string' || x === y || !lookAlike(x as string, y, true)) continue;
      for (const e of describePair(x, y, a)) out.push({ ...e, note: `${e.note} (what ${k}() returns)` });
      if (out.length >= 3) break;
    }
    return out;
  }

  /**
   * A write into the draft an immer recipe is handed (`produce(base, (draft) => { draft.a.b = v })`):
   * the state produce() makes holds the value under that path of fields.
   */
  private draftWrite(left: Node, scope: Scope, field: string | undefined, push: Push): void {
    const keys: string[] = [];
    let o: Node = left;
    while (o.type === 'MemberExpression' && keys.length < 6) {
      const k = this.r.nameOf(o, scope) ?? (o.computed ? this.r.constant(o.property, scope)?.v : undefined);
      if (typeof k !== 'string' && typeof k !== 'number') return;
      keys.unshift(String(k));
      o = unwrap(o.object);
    }
    const b = o.type === 'Identifier' ? scope.lookup(o.name) : undefined;
    if (b?.kind !== 'param' || b.paramIndex !== 0 || b.path || !b.fn) return;
    const fnPath = pathTo(this.root, b.fn.node);
    const call = fnPath[fnPath.length - 2];
    if (call?.type !== 'CallExpression' || call.arguments[1] !== b.fn.node || !IMMER.test(this.r.calleeValue(unwrap(call.callee), this.r.scopeAt(fnPath.slice(0, -1))).ref ?? '')) return;
    const at = keys.join('.');
    push(call, fnPath.slice(0, -1), field === undefined ? at : `${at}.${field}`, `written into the draft of ${calleeName(call) ?? 'produce'}()`);
  }

  /** The fields two record literals give different numbers (at most 3 effects, 32 fields looked at). */
  private recordPair(a: Node, b: Node, scope: Scope): Effect[] {
    const fields = (o: Node) => {
      const m = new Map<string, Node>();
      for (const p of (o.properties as Node[]).slice(0, 32)) if (p.type === 'Property' && !p.computed && p.kind === 'init') {
        const k = propertyKeyName(p);
        if (k !== undefined) m.set(k, p.value);
      }
      return m;
    };
    const fb = fields(b);
    const out: Effect[] = [];
    for (const [k, va] of fields(a)) {
      const vb = fb.get(k);
      if (!vb || out.length >= 3) continue;
      const x = this.pick(va, scope);
      const y = this.pick(vb, scope);
      // (Numbers: a count, a delay, a limit. Two texts in a record, a date order or a separator, format as a locale does.)
      if (typeof x !== 'number' || typeof y !== 'number') continue;
      for (const e of describePair(x, y, va)) out.push({ ...e, note: `${e.note} for ${JSON.stringify(k)}` });
    }
    return out;
  }

  /**
   * `` `${text}${BEGIN}${toTags(label)}${CANCEL}` `` (or `text + ZWJ`) beside `text` itself: a covert
   * marker when what is put around the text, as far as it is known, is only characters no reader
   * sees (parts that cannot be known are left out: visible text there would show anyway).
   */
  private appended(made: Node, plain: Node, scope: Scope, note = 'adds {} to the text'): Effect | undefined {
    const p = unwrap(plain);
    if (p.type !== 'Identifier') return undefined;
    return this.appendedTo(made, (u) => u.type === 'Identifier' && u.name === p.name, scope, note);
  }

  /** A record that spreads `plain` (an identifier, a prompt's record) and gives one of its fields that field's text with more added. */
  private copiedWithText(rec: Node, plain: Node, scope: Scope): Effect | undefined {
    if (rec.type !== 'ObjectExpression' || plain.type !== 'Identifier') return undefined;
    const props = rec.properties as Node[];
    const spread = props[0];
    if (spread?.type !== 'SpreadElement' || unwrap(spread.argument).type !== 'Identifier' || unwrap(spread.argument).name !== plain.name) return undefined;
    for (const prop of props.slice(1, 17)) {
      const key = prop.type === 'Property' && !prop.computed ? propertyKeyName(prop) : undefined;
      // (Only a prompt's field: a footer or a label shown to the user is the program's own text.)
      if (key === undefined || !PROMPT_FIELD.test(key)) continue;
      const ownField = (u: Node) => u.type === 'MemberExpression' && !u.computed && memberName(u) === key && unwrap(u.object).type === 'Identifier' && unwrap(u.object).name === plain.name;
      const e = this.appendedTo(prop.value, ownField, scope, `adds {} to its ${key}`);
      if (e) return e;
    }
    return undefined;
  }

  /** `appended`, with the plain text any expression `isPlain` says is it (a field of a record, `p.systemPrompt`). */
  private appendedTo(made: Node, isPlain: (u: Node) => boolean, scope: Scope, note = 'adds {} to the text'): Effect | undefined {
    const e = unwrap(made);
    // (`text.concat(…)`, `[text, …].join(sep)`: the same text put together by a call.)
    const called = e.type === 'CallExpression' && unwrap(e.callee).type === 'MemberExpression' ? memberName(unwrap(e.callee)) : undefined;
    const joined = called === 'join' && unwrap(unwrap(e.callee).object).type === 'ArrayExpression' && e.arguments.length <= 1;
    const concat = called === 'concat' && isPlain(unwrap(unwrap(e.callee).object));
    if (e.type !== 'TemplateLiteral' && !(e.type === 'BinaryExpression' && e.operator === '+') && !joined && !concat) return undefined;
    let text = '';
    let holds = false;
    const part = (x: Node) => {
      const u = unwrap(x);
      if (isPlain(u)) {
        holds = true;
        text += MARK_SAMPLE;
        return;
      }
      const c = this.r.constant(u, scope)?.v;
      if (typeof c === 'string' || typeof c === 'number') text += String(c);
    };
    if (e.type === 'TemplateLiteral') {
      (e.quasis as Node[]).forEach((q, i) => {
        text += q.value.cooked ?? '';
        if (e.expressions[i]) part(e.expressions[i]);
      });
    } else if (concat) {
      [unwrap(e.callee).object as Node, ...(e.arguments as Node[])].slice(0, 16).forEach(part);
    } else if (joined) {
      const sep = e.arguments.length ? this.r.constant(e.arguments[0], scope)?.v : ',';
      if (typeof sep !== 'string') return undefined;
      ((unwrap(e.callee).object.elements as (Node | null)[]).slice(0, 16)).forEach((x, i) => {
        if (i) text += sep;
        if (x && x.type !== 'SpreadElement') part(x);
      });
    } else {
      const terms: Node[] = [];
      let cur: Node = e;
      while (cur.type === 'BinaryExpression' && cur.operator === '+' && terms.length < 16) {
        terms.unshift(cur.right);
        cur = unwrap(cur.left);
      }
      terms.unshift(cur);
      terms.forEach(part);
    }
    if (!holds || text === MARK_SAMPLE) return undefined;
    if (!lookAlike(MARK_SAMPLE, text)) return addedText(e, text.split(MARK_SAMPLE).join(' '), note);
    return { kind: 'covert-marker', node: e, note: `adds ${describeDifference(MARK_SAMPLE, text).join(', ')} to the text, invisible to a reader`, picks: [text, MARK_SAMPLE], made: true };
  }

  /**
   * `f(text)` or `text.replace(re, swap)` beside `text` itself: a covert marker when what the
   * expression makes of a sample text put in place of `text` is a look-alike of it.
   */
  private transformed(call: Node, plain: Node, scope: Scope): Effect | undefined {
    const c = unwrap(call);
    const p = unwrap(plain);
    if (c.type !== 'CallExpression' || p.type !== 'Identifier' || !c.arguments.length) return undefined;
    // (The name is the call's argument or its receiver: `widen(iso)`, `iso.replace(…)`.)
    const callee = unwrap(c.callee);
    const holds = (n: Node | undefined) => !!n && unwrap(n).type === 'Identifier' && unwrap(n).name === p.name;
    // (Or it is taken apart and put together again in the receiver's chain: `[...day].toSpliced(3, 0, mark).join("")`.)
    const within = (n: Node) => n.end - n.start <= 400 && mentions(n, new Set([p.name]));
    if (!holds(c.arguments[0]) && !(callee.type === 'MemberExpression' && (holds(callee.object) || within(callee.object)))) return undefined;
    let out = this.r.applyAt(c, scope, p.name, MARK_SAMPLE);
    // `variant(PROMPT)` of another module's function: what that module answered it makes of the sample, or the question.
    const ref = out === undefined && holds(c.arguments[0]) ? this.r.calleeValue(callee, scope).ref : undefined;
    if (ref && LINKED_MODULE.test(ref) && !ref.endsWith(')')) {
      out = this.r.linkedSample(ref);
      if (out === undefined && this.out.samples.length < 8 && !this.out.samples.includes(ref)) this.out.samples.push(ref);
    }
    if (out === undefined || !lookAlike(MARK_SAMPLE, out)) return undefined;
    const how = callee.type === 'MemberExpression' ? `${memberName(callee) ?? 'a method'}()` : `${calleeName(c) ?? 'a function'}()`;
    return { kind: 'covert-marker', node: c, note: `picks the text run through ${how}, which swaps look-alikes into it (${describeDifference(MARK_SAMPLE, out).join(', ')}), over the text itself`, picks: [out, MARK_SAMPLE], made: true };
  }

  private cases(sw: Node): Effect[] {
    const scope = this.r.scopeAt(pathTo(this.root, sw));
    const values: { v: Value; node: Node }[] = [];
    for (const c of sw.cases as Node[]) {
      for (const s of c.consequent as Node[]) {
        const v = this.pick(s, scope);
        if (typeof v === 'string' || typeof v === 'number') values.push({ v, node: s });
      }
    }
    const out: Effect[] = [];
    for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) out.push(...describePair(values[i].v, values[j].v, values[i].node));
    // What the cases return besides constants (`case "CN": return { ...p, systemPrompt: … }; default: return p`): compared as a branch's two sides are.
    const returned = (sw.cases as Node[]).flatMap((c) => (c.consequent as Node[]).filter((s) => s.type === 'ReturnStatement' && s.argument).slice(0, 1)).slice(0, 6);
    for (let i = 0; i < returned.length; i++) {
      for (let j = i + 1; j < returned.length; j++) {
        if (values.some((v) => v.node === returned[i]) && values.some((v) => v.node === returned[j])) continue;
        out.push(...this.pair(returned[i].argument, returned[j].argument));
      }
    }
    for (const c of sw.cases as Node[]) for (const s of c.consequent as Node[]) out.push(...this.branch(s, 'in one case'));
    return out;
  }

  private table(obj: Node, path: Node[], user?: Node): Effect[] {
    const scope = this.r.scopeAt(path);
    const c = this.r.constant(obj, scope)?.v;
    // (A list, or a record keyed by the outcome: `JOINERS[profile]` of `{ plain: "", lab: "\u2060" }`.)
    let t = Array.isArray(c) ? c : c instanceof MapValue ? [...c.map.values()] : c && typeof c === 'object' && Object.getPrototypeOf(c) === null ? Object.values(c as Record<string, Value>) : undefined;
    if (!t) return [];
    // A table of code points the entry is made into a character of (`String.fromCodePoint(CODES[c])`): those characters.
    if (user?.type === 'CallExpression' && user.arguments.length === 1 && unwrap(user.arguments[0]).type === 'MemberExpression' && unwrap(unwrap(user.arguments[0]).object) === unwrap(obj) && t.length <= 256 && t.every((x) => typeof x === 'number')) {
      const ref = this.r.calleeValue(unwrap(user.callee), scope).ref;
      if (ref === 'String.fromCodePoint' || ref === 'String.fromCharCode') t = t.map((x) => (Number.isInteger(x) && (x as number) >= 0 && (x as number) <= (ref === 'String.fromCodePoint' ? 0x10ffff : 0xffff) ? String.fromCodePoint(x as number) : x));
    }
    // (A table of thousands, an HTML entity map, is no choice between two texts: the pairs are not tried.)
    const strings = t.filter((x): x is string => typeof x === 'string');
    if (strings.length > 256) return [];
    for (let i = 0; i < strings.length; i++) for (let j = i + 1; j < strings.length; j++) if (lookAlike(strings[i], strings[j])) return describePair(strings[i], strings[j], obj);
    return strings.length >= 2 ? [{ kind: 'value', node: obj, note: `picks one of ${strings.slice(0, 3).map((s) => JSON.stringify(s)).join(', ')}`, ...(Array.isArray(c) ? { entries: t } : {}) }] : [];
  }

  /**
   * An if without an else whose branch leaves (`return`, `throw`) in a statement list: what the
   * statements after it send happens only when its test does not hold, so a request there is not
   * sent when it holds (a chat handler that answers "unavailable" and returns before the model).
   */
  private guarded(ifNode: Node, list: Node | undefined): Effect[] {
    const after = statementsAfter(ifNode, list);
    const leaves = leavesAt(ifNode.consequent);
    if (!after.length || !leaves) return [];
    for (const st of after.slice(0, 23)) {
      const effects = this.branch(st, 'otherwise');
      // (A model API's call, `geminiClient.generateContent(…)`, is the request a guard returns before
      // too, whoever sends it: what the call is given is judged elsewhere, by the model's parameters.)
      const sent = effects.find((e) => e.kind === 'request') ?? this.modelCallIn(st);
      if (sent) return [{ kind: 'request', node: sent.node, note: `returns early ${leaves === 'always' ? '' : 'at times '}when it holds, without the request it sends otherwise`, ...(sent.model ? { model: true } : {}) }];
      // `if (!blocked) return tiers; throw new Error(…)`: what the rest does is done only otherwise.
      // (Only a statement that always runs: a throw inside a further test, `if (digits.length !== 10) throw …`, is validation.
      // And only in the function that decides: far from it, `if (fn) return fn(); throw new Error("Module not found")`
      // of a bundler's helper is a lookup that failed.)
      const whole = st.type === 'ThrowStatement' || st.type === 'ExpressionStatement';
      const stop = leaves === 'always' && whole && this.inDecidingFunction(ifNode) ? effects.find((e) => e.kind === 'throw' || e.kind === 'exit') : undefined;
      if (stop) return [stop];
    }
    return [];
  }

  /** A call of a model API's request method in a statement (not in the functions it defines). */
  private modelCallIn(st: Node): Effect | undefined {
    let found: Node | undefined;
    this.forEachScoped(st, this.r.scopeAt(pathTo(this.root, st)), (x, scope) => {
      if (found || isFunction(x)) return false;
      if (x.type === 'CallExpression' && unwrap(x.callee).type === 'MemberExpression') {
        const f = this.r.valueOf(unwrap(x.callee), scope);
        if (modelRequestMethod(x, (n) => this.r.nameOf(n, scope), !!f.fns?.length || !!f.cls)) found = x;
      }
      return !found;
    }, 400);
    return found ? { kind: 'request', node: found, note: 'sends a request to the model', model: true } : undefined;
  }

  /** Whether `n` is in the function where the followed decision is made. */
  private inDecidingFunction(n: Node): boolean {
    if (!this.origin) return false;
    const fnOf = (x: Node) => [...pathTo(this.root, x)].reverse().find(isFunction);
    return fnOf(n) === fnOf(this.origin);
  }

  /**
   * A guard that tells the user of an error of its own and leaves (`if (blocked) {
   * setErrorMessage("Voice mode requires an API key."); return; }`, `showErrorMessage(…)`): a
   * refusal, as a throw is, whatever the rest of the function would have done (the connection a
   * service of another module makes). Only a message written out, handed to a function whose name
   * says it shows or sets an error.
   */
  private errorShown(ifNode: Node): Effect[] {
    if (!leavesAt(ifNode.consequent)) return [];
    const scope = this.r.scopeAt(pathTo(this.root, ifNode.consequent));
    for (const st of statementsOf(ifNode.consequent).slice(0, 12)) {
      const x = st.type === 'ExpressionStatement' ? unwrap(st.expression) : undefined;
      if (x?.type !== 'CallExpression' || !x.arguments[0]) continue;
      const name = calleeName(x);
      if (name === undefined || !ERROR_SHOWN.test(name)) continue;
      const msg = this.r.constant(x.arguments[0], scope)?.v;
      if (typeof msg === 'string' && msg.length >= 8) return [{ kind: 'throw', node: x, note: `refuses when it holds: shows the error "${msg.slice(0, 80)}" (${name}()) and returns`, errorShown: true }];
    }
    return [];
  }

  /** `if (c) { return A } return B`: the two results the test picks between, as a ternary's. */
  private returnPair(ifNode: Node, list: Node | undefined): Effect[] {
    const own = statementsOf(ifNode.consequent);
    const first = own.length === 1 ? own[0] : undefined;
    const next = statementsAfter(ifNode, list)[0];
    if (first?.type !== 'ReturnStatement' || !first.argument || next?.type !== 'ReturnStatement' || !next.argument) return [];
    return this.pair(first.argument, next.argument);
  }

  /** A return of the function handed to `.check(…)` in a file that names yargs. */
  private yargsCheck(ret: Node): boolean {
    const path = pathTo(this.root, ret);
    let i = path.length - 1;
    while (i > 0 && !isFunction(path[i])) i--;
    const fn = path[i];
    const call = path[i - 1];
    if (!fn || call?.type !== 'CallExpression' || call.arguments[0] !== fn) return false;
    const c = unwrap(call.callee);
    return c.type === 'MemberExpression' && memberName(c) === 'check' && !!this.r.index && sdkBundled(YARGS, this.r.index);
  }

  /** What a branch does: refuse, stop, send, print, return a value. */
  branch(n: Node, when: string): Effect[] {
    const out: Effect[] = [];
    // (Each node in its own scope: a branch's block declares its own locals.)
    this.forEachScoped(
      n,
      this.r.scopeAt(pathTo(this.root, n)),
      (x, scope) => {
        if (out.length >= 4) return false;
        if (isFunction(x)) return false;
        if (x.type === 'ThrowStatement') {
          const msg = x.argument?.type === 'NewExpression' && x.argument.arguments[0] ? this.r.constant(x.argument.arguments[0], scope)?.v : undefined;
          out.push({ kind: 'throw', node: x, note: `refuses ${when}: throws${typeof msg === 'string' ? ` "${msg.slice(0, 80)}"` : ' an error'}` });
        } else if (x.type === 'CallExpression' || x.type === 'NewExpression') {
          const c = unwrap(x.callee);
          const name = c.type === 'MemberExpression' ? this.r.nameOf(c, scope) : c.type === 'Identifier' ? c.name : undefined;
          const ref = this.r.valueOf(c, scope).ref;
          const later = x.type === 'CallExpression' && name !== undefined && DEFERS.has(name) ? unwrap(x.arguments[0] ?? x) : undefined;
          if (later && isFunction(later) && out.length < 4) {
            // `setTimeout(() => exit(new Error(…)), 50)`: what runs a moment later runs in this branch too.
            out.push(...this.branch(later.body, when).slice(0, 4 - out.length));
          } else if (name === 'exit' || name === 'kill' || name === 'abort' || ref === 'process.exit' || (name === 'error' && COMMANDER_ERROR.test(ref ?? ''))) out.push({ kind: 'exit', node: x, note: `stops the program ${when} (${name}())` });
          else if (c.type === 'MemberExpression' && PRINT_NAMES.has(name ?? '') && PRINT.test(this.r.calleeValue(c, scope).ref ?? '')) {
            // A message of its own (`console.error("The service is busy")`) is text the user is told; one made of what is at hand, a listing.
            const msg = x.arguments[0] ? this.r.constant(x.arguments[0], scope)?.v : undefined;
            out.push(typeof msg === 'string' ? { kind: 'text', node: x, note: `prints ${JSON.stringify(msg.slice(0, 60))} ${when}`, picks: [msg, ''] } : { kind: 'text', node: x, note: `prints a message ${when}` });
          }
          else if (x.type === 'CallExpression' && name !== undefined && FAILS.has(name) && x.arguments.length >= 1 && (name !== 'reject' || ref === 'Promise.reject')) {
            // `Effect.fail(new SessionError(…))`, `throwError(() => err)`, `Promise.reject(err)`: an error in place of the value.
            const err = unwrap(x.arguments[0]);
            const made = err.type === 'NewExpression' ? err : isFunction(err) && err.body.type === 'NewExpression' ? err.body : undefined;
            const msg = made?.arguments[0] ? this.r.constant(made.arguments[0], scope)?.v : undefined;
            out.push({ kind: 'throw', node: x, note: `refuses ${when}: fails with${typeof msg === 'string' ? ` "${msg.slice(0, 80)}"` : ' an error'} (${name}())` });
          }
          else if (this.isRequest(x, scope)) out.push({ kind: 'request', node: x, note: `sends a request ${when}` });
          else if (x.type === 'CallExpression' && ref === 'Object.assign' && x.arguments.length >= 2) {
            // `Object.assign(cfg, { model: "small" })`: the model or a limit set on this side, as `cfg.model = …` sets it.
            const e = (x.arguments as Node[]).slice(1, 4).map((a) => serviceFields(a, when)).find(Boolean);
            if (e) out.push({ ...e, node: x });
          } else if (x.type === 'CallExpression' && c.type === 'MemberExpression' && (name === 'splice' || name === 'pop' || name === 'shift') && listRef(c.object) !== undefined && serviceNamed(listRef(c.object)!)) {
            // `tiers.splice(tiers.indexOf("max"), 1)`: entries of a service's list taken out on this side.
            out.push({ kind: 'value', node: x, note: `takes entries out of ${listRef(c.object)} (${name}()) ${when}`, picks: [`${listRef(c.object)}.${name}(…)`, listRef(c.object)!], narrowed: true });
          } else if (x.type === 'CallExpression' && c.type === 'MemberExpression' && name !== undefined && SERVICE_SETTER.test(name) && x.arguments.length >= 1) {
            // `config.setModel(FLASH_MODEL)`, `client.setMaxTokens(1024)`: the model, a limit or a tier
            // the program goes on with is set to a constant on this side only.
            // (A constant another module exports, `DEFAULT_FLASH_MODEL`, by its name.)
            const v = this.r.constant(x.arguments[0], scope)?.v;
            const shown = shownConstant(v, x.arguments[0], true);
            if (shown !== undefined) out.push({ kind: 'value', node: x, note: `calls ${name}(${shown}) ${when}`, picks: [v ?? shown, v ?? shown], setting: true });
          }
          else if (c.type === 'MemberExpression' && (name === 'push' || name === 'unshift') && x.arguments.length >= 1 && unwrap(c.object).type === 'Identifier') {
            // `if (cn) rules.push("Only describe …")`: a list that later goes out (joined into a prompt, a body) changed.
            const added = this.r.constant(x.arguments[0], scope)?.v;
            out.push(...this.objectSent(unwrap(c.object), pathTo(this.root, x), `adds ${typeof added === 'string' ? JSON.stringify(added.slice(0, 60)) : 'an entry'} ${when}`));
          } else if (c.type === 'MemberExpression' && (name === 'set' || name === 'append') && x.arguments.length >= 2) {
            // `url.searchParams.set("safety", "max")`, `headers.append("x-tier", …)`: a URL's query or
            // a request's headers changed, then sent.
            let owner = unwrap(c.object);
            if (owner.type === 'MemberExpression' && /^(searchParams|headers)$/.test(this.r.nameOf(owner, scope) ?? '')) owner = unwrap(owner.object);
            const k = this.r.constant(x.arguments[0], scope)?.v;
            const sent = this.objectSent(owner, pathTo(this.root, x), `sets ${typeof k === 'string' ? JSON.stringify(k) : 'a parameter'} ${when}`);
            // (A formatting preference, `units=metric` or `lang=…`, formats the answer as dates and translations do: not a request changed by who the user is.)
            out.push(...(typeof k === 'string' && FORMAT_PARAMS.test(k) ? sent.map((e) => ({ ...e, kind: 'value' as const })) : sent));
          }
        } else if (x.type === 'AssignmentExpression' && x.operator === '+=' && (x.left.type === 'Identifier' || x.left.type === 'MemberExpression')) {
          // `prompt += "\nOutline only…"`: text added to what the variable holds, on this side only.
          // (`c += LIMITS[country]`: the text a table holds for the key, when its entries are texts.)
          const added = this.r.constant(x.right, scope)?.v ?? tableText(this.r.valueOf(x.right, scope).elementOf?.konst?.v);
          const e = typeof added === 'string' ? addedText(x, added, `adds {} to ${x.left.type === 'Identifier' ? x.left.name : 'the text'} ${when}`) : undefined;
          if (e) out.push(e);
        } else if (x.type === 'AssignmentExpression' && x.operator === '=' && x.left.type === 'Identifier') {
          // (`msg = msg + "\nOutline only…"`, `` msg = `${msg}…` ``, `msg = msg.concat(…)`, `msg = [msg, …].join("\n")`: text added as `+=` adds it.)
          const e = this.lookAlikeSet(x, scope, when) ?? this.appended(x.right, x.left, scope, `adds {} to ${x.left.name} ${when}`) ?? this.narrowedSet(x, scope, when) ?? spreadSetting(x, when);
          if (e) out.push(e);
        } else if (x.type === 'AssignmentExpression' && x.left.type === 'MemberExpression' && this.r.nameOf(x.left, scope) === 'exitCode' && this.r.valueOf(x.left.object, scope).ref === 'process') {
          // `process.exitCode = 3; return`: the program ends with that status.
          out.push({ kind: 'exit', node: x, note: `stops the program ${when} (exitCode)` });
        } else if (x.type === 'AssignmentExpression' && x.left.type === 'MemberExpression') {
          const k = this.r.nameOf(x.left, scope);
          const sent = this.objectSent(x.left.object, pathTo(this.root, x), `sets ${typeof k === 'string' ? JSON.stringify(k) : 'a field'} ${when}`);
          out.push(...sent);
          // `config.model = FLASH`, `G.reasoning = void 0`: the model, a limit or a tier the program
          // goes on with, set on this side only (as `config.setModel(FLASH)` is), wherever it is sent.
          if (!sent.length && typeof k === 'string' && (SERVICE_FIELD.test(k) || (GENERIC_SERVICE_FIELD.test(k) && this.setsServiceBeside(x, scope)))) out.push({ kind: 'value', node: x, note: `sets ${k} of ${unwrap(x.left.object).type === 'Identifier' ? unwrap(x.left.object).name : 'the settings'} ${when}`, picks: [k, k], setting: true, ...(this.perKey(x.right, scope) ? { perKey: true } : {}) });
          // `Q.enableTools = !1`, `opts.allowSubagents = false`: a feature of the session switched on this side.
          else if (!sent.length && typeof k === 'string' && FEATURE_SWITCH.test(k) && typeof this.r.constant(x.right, scope)?.v === 'boolean') out.push({ kind: 'value', node: x, note: `turns ${k} ${this.r.constant(x.right, scope)!.v ? 'on' : 'off'} ${when}`, picks: [k, k], setting: true });
        } else if (x.type === 'UnaryExpression' && x.operator === 'delete' && unwrap(x.argument).type === 'MemberExpression') {
          // `delete cfg.reasoning`: the model, a limit or a tier taken away on this side, as setting it to nothing does.
          const m = unwrap(x.argument);
          const k = this.r.nameOf(m, scope);
          // (A model's reasoning or thinking budget taken away is no spinner's or reading's field set.)
          if (typeof k === 'string' && (SERVICE_FIELD.test(k) || /^(?:reasoning|thinking|effort)$/.test(k))) out.push({ kind: 'value', node: x, note: `removes ${k} from ${unwrap(m.object).type === 'Identifier' ? unwrap(m.object).name : 'the settings'} ${when}`, picks: [k, k], setting: true });
        } else if (x.type === 'ReturnStatement' && x.argument) {
          const v = this.r.constant(x.argument, scope)?.v;
          // yargs' `.check((argv) => …)`: a message returned fails the parse, which prints it and exits.
          if (typeof v === 'string' && this.yargsCheck(x)) out.push({ kind: 'exit', node: x, note: `stops the program ${when}: yargs' check fails with ${JSON.stringify(v.slice(0, 80))}` });
          else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.push({ kind: 'value', node: x, note: `returns ${JSON.stringify(v)} ${when}`, picks: [v, v] });
        }
        return true;
      },
      2000,
    );
    return out;
  }

  /**
   * `cfg.model = model` of `for (const [host, model] of DEFAULTS) if (host === h)`: a value that is
   * each entry's own (a default model per provider), what a router looks up, not one side's setting.
   */
  private perKey(n: Node, scope: Scope): boolean {
    const v = this.r.valueOf(n, scope);
    const each = v.elementOf?.konst?.v;
    // (Also `cfg.model = m` of `m = new Map(DEFAULTS).get(host)`: the value the lookup decided, whatever it is.)
    return !v.konst && ((Array.isArray(each) && new Set(each.slice(0, 64).map((e) => JSON.stringify(e ?? null))).size > 1) || (!!v.control && !isSensed(v)));
  }

  /**
   * A ternary that is the value of a model request's field (`{ model: c ? A : b }`, `o.model = c ? A : b`)
   * with a constant on one side: that field set on one side.
   */
  private serviceSetBy(cond: Node, holder: Node | undefined, scope: Scope): Effect | undefined {
    const key = holder?.type === 'Property' && holder.value === cond && !holder.computed ? propertyKeyName(holder) : holder?.type === 'AssignmentExpression' && holder.right === cond && holder.left.type === 'MemberExpression' ? this.r.nameOf(holder.left, scope) : undefined;
    if (typeof key !== 'string' || !SERVICE_FIELD.test(key)) return undefined;
    const shown = (n: Node) => shownConstant(this.r.constant(n, scope)?.v, n, false);
    const [a, b] = [shown(cond.consequent), shown(cond.alternate)];
    const v = a ?? b;
    if (v === undefined) return undefined;
    return { kind: 'value', node: cond, note: `sets ${key} to ${v} ${a !== undefined ? 'when it holds' : 'otherwise'}`, picks: [v, v], setting: true };
  }

  /**
   * Whether a list holds models: most of its entries (strings, or records' `id`, `name` or
   * `model`) are models' names (`"claude-opus-4"`, `"gpt-4o"`), whatever the list is called.
   */
  private holdsModels(n: Node, scope: Scope): boolean {
    const v = this.r.constant(n, scope)?.v;
    if (!Array.isArray(v) || v.length < 2) return false;
    const names = v.slice(0, 200).map((e) => (typeof e === 'string' ? e : e && typeof e === 'object' && !Array.isArray(e) ? ['id', 'name', 'model'].map((k) => (e as Record<string, Value>)[k]).find((x) => typeof x === 'string') : undefined));
    return names.filter((x) => typeof x === 'string' && MODEL_NAME.test(x)).length * 2 > v.length;
  }

  /**
   * `out = tiers.filter(…)` in a branch, where `out` is otherwise `tiers` (`let out = tiers`): the
   * list cut on this side, as a ternary between the two cuts it.
   */
  private narrowedSet(x: Node, scope: Scope, when: string): Effect | undefined {
    const b = scope.lookup(x.left.name);
    if (!b) return undefined;
    // `B = []` of `let [A, B] = await Promise.all([…])`: whatever the list held, emptied on this side.
    const r = unwrap(x.right);
    if (r.type === 'ArrayExpression' && !r.elements.length && b.init && unwrap(b.init).type !== 'ArrayExpression' && (serviceNamed(x.left.name) || this.keptAsService(x, x.left.name))) {
      return { kind: 'value', node: x, note: `empties ${x.left.name} ${when}`, picks: [`${x.left.name} = []`, x.left.name], narrowed: true };
    }
    const others: Node[] = [];
    if (!b.path && b.init) others.push(b.init);
    for (const a of (b.assignments ?? []).slice(0, 16)) if (a !== x && a.type === 'AssignmentExpression' && a.operator === '=') others.push(a.right);
    for (const o of others) {
      const e = narrowedList(x.right, o, (n) => this.holdsModels(n, scope));
      if (e) return { ...e, node: x, note: `${e.note.replace(/ on one side$/, '')} in ${x.left.name} ${when}` };
    }
    return undefined;
  }

  /**
   * `return { skillDirCommands: A, pluginSkills: B }` after `B = []`: the (minified) variable is
   * handed on under a service's name in the function that empties it.
   */
  private keptAsService(x: Node, name: string): boolean {
    const path = pathTo(this.root, x);
    const fn = [...path].reverse().find(isFunction);
    if (!fn) return false;
    let found = false;
    forEachDescendant(fn.body, (n) => {
      if (found || (n !== fn.body && isFunction(n))) return false;
      if (n.type === 'Property' && !n.computed && unwrap(n.value).type === 'Identifier' && unwrap(n.value).name === name) {
        const k = propertyKeyName(n);
        if (typeof k === 'string' && serviceNamed(k)) found = true;
      }
      return true;
    }, 4000);
    return found;
  }

  /**
   * `q = "\u2019"` in a branch, where `q` is otherwise set to `"'"` (`let q = "'"; if (…) q = "\u2019"`;
   * also `q = mark` of `for (const [domain, mark] of MARKS)`, each of a table's values): the
   * variable holds a look-alike of its plain value on this side only, a marker in whatever text it
   * is put into. (Only a look-alike of the very text the variable is set to elsewhere: a variable
   * that holds other texts is no mark of one.)
   */
  private lookAlikeSet(x: Node, scope: Scope, when: string): Effect | undefined {
    const b = scope.lookup(x.left.name);
    if (!b) return undefined;
    const marks = this.setStrings(x.right, scope).filter((s) => loneLookAlike(s) !== undefined);
    if (!marks.length) return undefined;
    const others: string[] = [];
    const add = (n: Node | undefined, sc: Scope) => {
      const v = n && n !== x ? this.r.constant(n.type === 'AssignmentExpression' ? n.right : n, sc)?.v : undefined;
      if (typeof v === 'string') others.push(v);
    };
    if (!b.path) add(b.init, b.scope);
    for (const [i, a] of (b.assignments ?? []).slice(0, 16).entries()) if (a.type === 'AssignmentExpression' && a.operator === '=') add(a, b.assignmentScopes?.[i] ?? scope);
    for (const mark of marks) {
      const plain = others.find((o) => o !== mark && [...o].every((c) => isPlain(c)) && lookAlike(mark, o, true));
      if (plain !== undefined) return { kind: 'covert-marker', node: x, note: `sets ${x.left.name} to ${JSON.stringify(mark)}, a look-alike of the ${JSON.stringify(plain)} it holds otherwise (${describeDifference(mark, plain).join(', ')}), ${when}`, picks: [mark, plain] };
    }
    return undefined;
  }

  /** The strings an assigned value may be: a constant, or the values of a table a loop takes its entries of (`for (const [k, v] of MAP)`). */
  private setStrings(n: Node, scope: Scope): string[] {
    const c = this.r.constant(n, scope)?.v;
    if (typeof c === 'string') return [c];
    const e = unwrap(n);
    const b = e.type === 'Identifier' ? scope.lookup(e.name) : undefined;
    // (The second of a pair destructured from each element: a Map's value, an entries() pair's.)
    if (!b || b.path?.length !== 1 || b.path[0] !== 1) return [];
    const t = this.r.valueOf(e, scope).elementOf?.konst?.v;
    // (The loop's variable as the flow has it: each element's second part already, or the pairs.)
    const values: Value[] = t instanceof MapValue ? [...t.map.values()] : Array.isArray(t) ? t.map((p) => (Array.isArray(p) ? p[1] : p)) : [];
    return [...new Set(values.slice(0, 64).filter((v): v is string => typeof v === 'string'))];
  }

  /**
   * `fn`, written at the end of `path`, is a method that overrides one of another module's class
   * (`class Regional extends Base { buildHeaders() { … } }`): what it returns goes there.
   */
  private overrides(fn: Node, path: Node[], field: string | undefined): boolean {
    const m = path[path.length - 2];
    if (m?.type !== 'MethodDefinition' || m.kind !== 'method' || m.static || m.value !== fn) return false;
    const cls = path[path.length - 4];
    const sup = cls && /^Class/.test(cls.type) && cls.superClass ? this.r.valueOf(cls.superClass, this.r.scopeAt(path.slice(0, -4))) : undefined;
    const method = this.r.keyOf(m, this.r.scopeAt(path.slice(0, -2)));
    if (!sup?.ref?.startsWith('module:') || sup.cls || !method) return false;
    if (this.out.overridden.length < 8 && !this.out.overridden.some((o) => o.node === fn && o.field === field)) this.out.overridden.push({ ref: sup.ref, method, field, node: fn, via: this.viaSoFar() });
    return true;
  }

  /** The header `P.headers[k] = v` writes when P is a parameter of the function it is in (an HTTP client's hook's options). */
  private hookHeader(left: Node, scope: Scope): string | undefined {
    const holder = unwrap(left.object);
    if (holder.type !== 'MemberExpression' || this.r.nameOf(holder, scope) !== 'headers') return undefined;
    const p = unwrap(holder.object);
    const b = p.type === 'Identifier' ? scope.lookup(p.name) : undefined;
    if (b?.kind !== 'param' || b.path) return undefined;
    const k = this.r.nameOf(left, scope);
    return k !== undefined && /^[\w-]+$/.test(k) ? k : undefined;
  }

  /**
   * Whether `left` is a field of the event a crash reporter's hook is handed: the first parameter of
   * the function at `beforeSend` / `beforeSendTransaction` of the options given to an `init` call
   * with a `dsn` (Sentry's SDKs, required or bundled), which sends the event the hook hands back.
   */
  private crashReportHook(left: Node, scope: Scope, path: Node[]): boolean {
    let root = unwrap(left.object);
    for (let k = 0; root.type === 'MemberExpression' && k < 3; k++) root = unwrap(root.object);
    if (root.type !== 'Identifier') return false;
    const fi = lastIndex(path, isFunction);
    const fn = path[fi];
    const first = fn?.params?.[0];
    if (!fn || first?.type !== 'Identifier' || first.name !== root.name) return false;
    const b = scope.lookup(root.name);
    if (b?.kind !== 'param' || b.paramIndex !== 0 || b.path) return false;
    const prop = path[fi - 1];
    const opts = path[fi - 2];
    const call = path[fi - 3];
    if (prop?.type !== 'Property' || prop.value !== fn || !/^beforeSend(Transaction)?$/.test(propertyKeyName(prop) ?? '')) return false;
    if (opts?.type !== 'ObjectExpression' || call?.type !== 'CallExpression' || call.arguments[0] !== opts) return false;
    const callee = unwrap(call.callee);
    const name = callee.type === 'MemberExpression' ? this.r.nameOf(callee, scope) : callee.type === 'Identifier' ? callee.name : undefined;
    return name === 'init' && (opts.properties as Node[]).some((p) => p.type === 'Property' && propertyKeyName(p) === 'dsn');
  }

  /** An object changed here that later goes out in a request (headers, a body): the request changes. */
  private objectSent(given: Node, path: Node[], what: string): Effect[] {
    // (`options.headers["x-route"] = …`: the record the field belongs to, `options`, is what goes out.)
    let obj = unwrap(given);
    for (let k = 0; obj.type === 'MemberExpression' && k < 3; k++) obj = unwrap(obj.object);
    if (obj.type !== 'Identifier') return [];
    const b = this.r.scopeAt(path).lookup(obj.name);
    if (!b || !this.r.index) return [];
    for (const ref of referencesOf(b, this.r.index, 24)) {
      const full = ref.path[0] === this.root ? ref.path : pathTo(this.root, ref.node);
      if (this.reachesRequest(full, 3)) return [{ kind: 'request', node: ref.node, note: `${what} of what it sends (${obj.name})` }];
    }
    return [];
  }

  /** Whether the value at the end of `path` goes into a request within a few steps (object fields, stringify). */
  private reachesRequest(path: Node[], hops: number, into?: string): boolean {
    // The record key it is kept under on its way out (`return { system: rules.join() }`): a caller that takes the record apart takes it under that key.
    let field = into;
    for (let i = path.length - 1; i > 0 && hops >= 0; i--) {
      const cur = path[i];
      const parent = path[i - 1];
      if (parent.type === 'Property' && parent.value === cur) {
        const k = propertyKeyName(parent);
        field = typeof k === 'string' ? k : undefined;
      }
      if (parent.type === 'Property' || parent.type === 'ObjectExpression' || parent.type === 'ArrayExpression' || parent.type === 'TemplateLiteral' || parent.type === 'SpreadElement' || parent.type === 'AwaitExpression') continue;
      // `rules.join("\n")`, `parts.concat(extra)`: the text or list made from it.
      if (parent.type === 'MemberExpression' && parent.object === cur && path[i - 2]?.type === 'CallExpression' && path[i - 2].callee === parent && JOINS.has(this.r.nameOf(parent, this.r.scopeAt(path.slice(0, i))) ?? '')) {
        i--;
        continue;
      }
      if ((parent.type === 'ReturnStatement' && parent.argument === cur) || (isFunction(parent) && parent.body === cur)) {
        // `const h = {…}; if (…) h.k = v; return h;`: what the function's callers do with it.
        if (hops <= 0) return false;
        const fnNode = parent.type === 'ReturnStatement' ? path.slice(0, i - 1).reverse().find(isFunction) : parent;
        const info = fnNode && this.r.facts.functions.get(fnNode);
        if (!info) return false;
        const sites = this.r.callSitesOf(info);
        for (const site of sites.slice(0, 8)) {
          const full = pathTo(this.root, site.node);
          if (full[full.length - 1] === site.node && this.reachesRequest(full, hops - 1, field)) return true;
        }
        // (An override of another module's class method: the decision goes there, core/links.ts.)
        if (!sites.length && fnNode) this.overrides(fnNode, pathTo(this.root, fnNode), field);
        return false;
      }
      if (parent.type === 'CallExpression' || parent.type === 'NewExpression') {
        if (parent.callee === cur) return false;
        const scope = this.r.scopeAt(path.slice(0, i));
        if (this.isRequest(parent, scope)) return true;
        const ref = this.r.valueOf(unwrap(parent.callee), scope).ref;
        if (ref === 'JSON.stringify' || ref === 'String') {
          hops--;
          continue;
        }
        // `runSideQuery(config, { contents: [{ role: "user", parts }], systemInstruction: rules.join("\n") })`:
        // a model request written out (a conversation of role-bearing messages beside the system
        // prompt) handed to a helper, often another chunk's, that sends it to the model.
        if (cur.type === 'ObjectExpression' && parent.type === 'CallExpression' && (parent.arguments as Node[]).includes(cur) && field !== undefined && modelRequest(cur, field) && !notSending(parent, ref)) return true;
        return false;
      }
      if (parent.type === 'VariableDeclarator' && parent.init === cur && (parent.id.type === 'Identifier' || parent.id.type === 'ObjectPattern') && hops > 0 && this.r.index) {
        // (`const { system, user } = buildPrompt()`: each name it is taken apart into.)
        const names = parent.id.type === 'Identifier' ? [parent.id] : (parent.id.properties as Node[]).filter((p) => p.type === 'Property' && (field === undefined || propertyKeyName(p) === field)).map((p) => unwrap(p.value.type === 'AssignmentPattern' ? p.value.left : p.value)).filter((x): x is Node => x?.type === 'Identifier').slice(0, 6);
        const scope = this.r.scopeAt(path.slice(0, i));
        for (const id of names) {
          const b = scope.lookup(id.name);
          if (!b) continue;
          for (const ref of referencesOf(b, this.r.index, 12)) {
            if (ref.node === id) continue;
            const full = ref.path[0] === this.root ? ref.path : pathTo(this.root, ref.node);
            if (this.reachesRequest(full, hops - 1)) return true;
          }
        }
        return false;
      }
      return false;
    }
    return false;
  }

  private lm: boolean | undefined;
  /** Whether the file makes chat messages for VS Code's language models (`vscode.LanguageModelChatMessage`). */
  private usesLanguageModels(): boolean {
    this.lm ??= !!this.r.index && this.r.positionsUpTo('LanguageModelChatMessage', 1).length > 0;
    return this.lm;
  }

  private isText(n: Node): boolean {
    return (n.type === 'Literal' && typeof n.value === 'string') || n.type === 'TemplateLiteral';
  }

  /**
   * A request, recognised by what it calls: fetch, Node's http(s)/net modules and the HTTP
   * clients bundled inline (by their code: a function or method whose body reaches one of
   * those), a request object's write/end/send, a WebSocket's send.
   */
  /** The method of a JSON-RPC message whose parameters (argument `argIndex`) are sent, when `call` sends one. */
  private rpcMethod(call: Node, scope: Scope, argIndex: number | undefined): string | undefined {
    const c = unwrap(call.callee);
    if (c.type !== 'MemberExpression' || argIndex === undefined || argIndex < 1 || !RPC_SENDS.has(this.r.nameOf(c, scope) ?? '')) return undefined;
    if (!this.r.index || !sdkBundled(JSON_RPC, this.r.index)) return undefined;
    const method = this.r.constant(call.arguments[0] as Node, scope)?.v;
    if (typeof method !== 'string' || !RPC_METHOD.test(method) || HTTP_METHOD.test(method)) return undefined;
    // A `sendRequest` the file defines must be the connection's own (its code handles JSON-RPC's
    // parameter structures), not a local class's method of that name.
    const fns = this.r.calleeValue(c, scope).fns ?? [];
    if (fns.length && !fns.some((fn) => this.r.index!.text.slice(fn.node.start, Math.min(fn.node.end, fn.node.start + 4000)).includes('ParameterStructures'))) return undefined;
    return method;
  }

  /** The program a process API runs is a command-line HTTP client (curl, wget, HTTPie, PowerShell's Invoke-WebRequest). */
  private httpClientProgram(arg: Node, scope: Scope): boolean {
    const a = unwrap(arg);
    // (Of a command line, its first word: written out, or the head of a template.)
    const text = a.type === 'TemplateLiteral' ? (a.quasis[0].value.cooked ?? '') : this.r.constant(a, scope)?.v;
    if (typeof text !== 'string') return false;
    const program = text.trim().split(/\s+/)[0]?.replace(/^.*[\/\\]/, '').replace(/\.exe$/i, '').toLowerCase();
    return !!program && /^(curl|wget|http|https|xh|invoke-webrequest|invoke-restmethod|iwr|irm)$/.test(program);
  }

  isRequest(call: Node, scope: Scope, argIndex?: number, depth = 3, field?: string): boolean {
    const c = unwrap(call.callee);
    if (c.type === 'Identifier' && REQUEST_NAMES.has(c.name) && !scope.lookup(c.name)) return true;
    if (c.type === 'Identifier' && (c.name === 'WebSocket' || c.name === 'EventSource' || c.name === 'XMLHttpRequest') && call.type === 'NewExpression' && !scope.lookup(c.name)) return true;
    // `fetch(new Request(url, { headers, body }))`: the Fetch API's request object, made to be fetched
    // (built in one function and fetched in another); its URL and init are what is sent.
    if (c.type === 'Identifier' && c.name === 'Request' && call.type === 'NewExpression' && !scope.lookup(c.name) && (argIndex === undefined || argIndex <= 1)) return true;
    const f = this.r.valueOf(c, scope);
    if (f.ref && REQUEST_REFS.test(f.ref)) return true;
    // `spawn("curl", ["-H", `x-id: ${id}`, url])`, `exec(`curl -d ${body} ${url}`)`: a command-line HTTP client run as a child process.
    if (f.ref && /^child_process\.(spawn|spawnSync|execFile|execFileSync|exec|execSync)$/.test(f.ref) && call.arguments[0] && this.httpClientProgram(call.arguments[0] as Node, scope)) return true;
    // A product-analytics SDK's event calls (`mixpanel.init(token).track(event, props)`, posthog's capture): what they are given is sent.
    if (f.ref && ANALYTICS_SDK_CALL.test(f.ref)) return true;
    if (c.type === 'MemberExpression') {
      const m = this.r.nameOf(c, scope);
      if (m === 'write' || m === 'end' || m === 'send' || m === 'sendBeacon') {
        const recv = this.r.valueOf(c.object, scope);
        if (recv.ref && REQUEST_REFS.test(recv.ref)) return true;
      }
    }
    // A function known by its code to send a request sends what it is given only when the
    // argument (`argIndex`, when one is followed) is what its request is made from.
    for (const fn of (f.fns ?? []).slice(0, 2)) if (this.requestFunction(fn.node, fn.scope, 2) && (argIndex === undefined || this.paramFeedsRequest(fn.node, fn.scope, argIndex, depth, fieldKey(field)))) return true;
    if (f.cls && call.type === 'NewExpression') {
      // A bundled client class whose constructor connects (the `ws` package's WebSocket).
      const ctor = constructorOf(f.cls.node);
      // What it is given is kept on the instance for the requests its methods send: not checked.
      if (ctor && this.requestFunction(ctor.value, f.cls.scope, 2)) return true;
    }
    // A JSON-RPC message to another program (`connection.sendRequest("host.start", params)`) from a
    // file that bundles vscode-jsonrpc's message connection: its parameters leave the tool.
    if (this.rpcMethod(call, scope, argIndex)) return true;
    // `request.model.sendRequest(messages, options, token)` in a VS Code extension: the chat
    // messages go to a language model (VS Code's `vscode.lm`), not a JSON-RPC method's name first.
    if (c.type === 'MemberExpression' && (argIndex === undefined || argIndex === 0) && this.r.nameOf(c, scope) === 'sendRequest' && call.arguments[0] && !this.isText(unwrap(call.arguments[0])) && this.usesLanguageModels()) return true;
    // `X.fetch(url, { method, body, headers })`: undici's, node-fetch's, a bundled one.
    if (c.type === 'MemberExpression' && this.r.nameOf(c, scope) === 'fetch' && isRequestInit(call.arguments[1])) return true;
    // A fetch a client is given (`this._fetchFunction(url, { method, headers, body })`, `opts.fetchImpl(…)`,
    // `customFetch(…)`): kept from its constructor or options, so what it is comes from the caller; named
    // as a fetch and called as one, it is one. (Only when nothing here says what it is: a function the
    // file defines under that name is judged by its code above.)
    if (!f.fns?.length && !f.cls && isRequestInit(call.arguments[1])) {
      const named = c.type === 'MemberExpression' ? this.r.nameOf(c, scope) : c.type === 'Identifier' ? c.name : undefined;
      if (named && INJECTED_FETCH.test(named)) return true;
    }
    // An HTTP client the analysis cannot see into (another chunk's, a container's): a verb called
    // with a URL (`api.post(`${base}/v1/devices`, body)`), and no handler (that is a server route).
    if (c.type === 'MemberExpression' && !f.fns?.length && !f.cls) {
      const m = this.r.nameOf(c, scope);
      if (m && HTTP_VERBS.has(m) && call.arguments.length >= 1 && !(call.arguments as Node[]).some((a) => isFunction(a))) {
        const head = urlHead(call.arguments[0] as Node);
        if (head !== undefined && (/^(https?|wss?):\/\//.test(head) || (m !== 'get' && m !== 'delete' && head.startsWith('/')))) return true;
        // `api.post(await this.getUrl(), events)`: a body posted to what a URL getter gives.
        if (head === undefined && (m === 'post' || m === 'patch') && call.arguments.length >= 2 && urlNamed(call.arguments[0] as Node, scope, (n, sc) => this.r.nameOf(n, sc))) return true;
        // `this.restOperations.get(path, { baseURL, headers, params })`: a verb given axios's request
        // config (the client injected, its URL a variable): the config says where and what it sends.
        if (isAxiosConfig(call.arguments[m === 'request' ? 0 : m === 'post' || m === 'put' || m === 'patch' ? 2 : 1] as Node | undefined)) return true;
        // `this.client.request({ url, method: "POST", body })`: a request config as google-auth-library's
        // and gaxios's clients, axios's and ky's take it (a URL, and what to send or how).
        if (m === 'request' && isRequestConfig(call.arguments[0] as Node | undefined)) return true;
      }
    }
    return false;
  }

  /**
   * Whether a function's parameter (or a local computed from it) goes into the call that sends its
   * request: an argument or the receiver of a request call in its body. A function that sends a
   * request of its own (a token refresh) and returns a record built from its argument does not
   * send the argument. Not followed: the value is then followed into the function like any other.
   */
  private paramFeedsRequest(fn: Node, scope: Scope, idx: number, depth: number, key?: string): boolean {
    let byIndex = this.feeds.get(fn);
    if (!byIndex) this.feeds.set(fn, (byIndex = new Map()));
    const slot = key === undefined ? String(idx) : `${idx}.${key}`;
    const hit = byIndex.get(slot);
    if (hit !== undefined) return hit;
    byIndex.set(slot, false); // a function that hands its parameter back to itself: not by that path
    const fed = this.computeFeeds(fn, scope, idx, depth, key);
    byIndex.set(slot, fed);
    return fed;
  }

  private computeFeeds(fn: Node, scope: Scope, idx: number, depth: number, key?: string): boolean {
    const params = fn.params as Node[];
    const p = params[idx];
    if (!p || p.type === 'RestElement') return true; // `arguments` or a rest list: not tracked by name
    const bound = (pattern: Node) => {
      const out: string[] = [];
      collectNames(pattern, out);
      return out;
    };
    // One field of the argument followed (`complete(profile)` with the host name in `profile.realm`):
    // the parameter is a record of which only reads of that field (or of unknown keys) carry it.
    // (`const { tier } = profile` binds another field; `profile.tier` reads another field.)
    const whole = unwrap(p.type === 'AssignmentPattern' ? p.left : p);
    const records = new Set<string>(key !== undefined && whole.type === 'Identifier' ? [whole.name] : []);
    const names = new Set(records.size ? [] : key !== undefined && whole.type === 'ObjectPattern' ? fieldNames(whole, key) : bound(p));
    if (!names.size && !records.size) return key !== undefined && whole.type === 'ObjectPattern' ? false : true;
    // (Each node with the scope it is in: a request made in an arrow or a block inside, as in
    // `new Promise((resolve) => { const req = https.request(…); req.end(body) })`, names its own locals.)
    const inBody = (visit: (x: Node, s: Scope) => void) =>
      this.forEachScoped(
        fn.body,
        this.r.scopeOf(fn) ?? scope,
        (x, s) => {
          if (x !== fn.body && isFunction(x) && x.type !== 'ArrowFunctionExpression') return false;
          visit(x, s);
          return true;
        },
        5000,
      );
    // Locals computed from it (`const url = base + opts.path`), two steps deep.
    for (let round = 0; round < 2; round++) {
      inBody((x) => {
        // (A function written there mentions it without being made from it: `let retry = (again) => { … connect(path) … }`.)
        const init = x.type === 'VariableDeclarator' && x.init ? unwrap(x.init) : undefined;
        if (init?.type === 'Identifier' && records.has(init.name) && x.id.type === 'ObjectPattern') for (const n of fieldNames(x.id, key!)) names.add(n);
        else if (x.type === 'VariableDeclarator' && x.init && !isFunction(unwrap(x.init)) && mentions(x.init, names, records, key)) for (const n of bound(x.id)) names.add(n);
        else if (x.type === 'AssignmentExpression' && x.left.type === 'Identifier' && mentions(x.right, names, records, key)) names.add(x.left.name);
      });
    }
    let fed = false;
    inBody((x, s) => {
      if (fed || (x.type !== 'CallExpression' && x.type !== 'NewExpression')) return;
      // Handed on to another function by position: that function's parameter must feed its request
      // too (a poller given the id to evaluate flags locally, which fetches only their definitions).
      const args = x.arguments as Node[];
      const at = args.flatMap((a, k) => (mentions(a, names, records, key) ? [k] : []));
      if (!at.length && !mentions(unwrap(x.callee), names, records, key)) return;
      if (mentions(unwrap(x.callee), names, records, key) || depth <= 0 || args.some((a) => a.type === 'SpreadElement')) fed = this.isRequest(x, s);
      else fed = at.some((k) => !this.connectTarget(x, s, k, addressField(args[k], names)) && this.isRequest(x, s, k, depth - 1, handedRecord(args[k], records, key)));
    });
    return fed;
  }

  /**
   * Whether argument `argIndex` (at `field` of it) of a call is the address a connection goes to:
   * the path, host or port of a socket (`net.connect`, `tls.connect`, `http2.connect`, a socket's
   * `connect`), or the `socketPath`, host or port of an HTTP request's options.
   */
  private connectTarget(call: Node, scope: Scope, argIndex: number, field: string | undefined): boolean {
    // A unix socket or pipe (axios's and http's `socketPath`, undici's `connect.socketPath`): a local address.
    if (field !== undefined && /(^|\.)socketPath$/.test(field)) return true;
    const ref = this.r.valueOf(unwrap(call.callee), scope).ref;
    if (!ref) return false;
    const arg = (call.arguments as Node[])[argIndex];
    const socket = /^(?:net\.(?:connect|createConnection)|tls\.connect|http2\.connect)$/.test(ref) || /^(?:net\.(?:connect|createConnection|Socket)|tls\.connect)\(\)\.connect$/.test(ref);
    if (socket) {
      if (argIndex !== 0 && argIndex !== 1) return false;
      // `net.connect(path)`, `net.connect(port, host)`, `{ path }`: a path is local; a host only when it is the whole name (`${id}.relay.example` puts it in a name another party resolves).
      if (field === undefined) return argIndex === 0 || this.wholeName(arg, scope);
      return field === 'path' || field === 'port' || ((field === 'host' || field === 'hostname') && this.wholeName(this.optionValue(arg, field, scope), scope));
    }
    if (!/^https?\.(?:request|get)$/.test(ref) || field === undefined) return false;
    // A request over a unix socket goes to a local daemon, its path included (`{ socketPath: "/var/run/docker.sock", path }`).
    if (field === 'path') return this.optionValue(arg, 'socketPath', scope) !== undefined;
    return field === 'port' || ((field === 'host' || field === 'hostname') && this.wholeName(this.optionValue(arg, field, scope), scope));
  }

  /** The expression an options argument gives `key` (written out, or in the object a variable holds). */
  private optionValue(arg: Node | undefined, key: string, scope: Scope): Node | undefined {
    if (!arg) return undefined;
    let obj = unwrap(arg);
    if (obj.type !== 'ObjectExpression') {
      const v = this.r.valueOf(obj, scope);
      if (!v.obj) return undefined;
      obj = v.obj.node;
    }
    const p = (obj.properties as Node[]).find((x) => x.type === 'Property' && !x.computed && propertyKeyName(x) === key);
    return p?.value;
  }

  /** Whether a host expression is a name taken whole (`os.hostname()`, a variable), not text built around it. */
  private wholeName(n: Node | undefined, scope: Scope): boolean {
    if (!n) return false;
    const e = unwrap(n);
    if (e.type === 'TemplateLiteral' || (e.type === 'BinaryExpression' && e.operator === '+')) return false;
    if (e.type === 'Identifier') {
      const b = scope.lookup(e.name);
      const init = b && !b.assignments && !b.path ? b.init : undefined;
      if (init && (unwrap(init).type === 'TemplateLiteral' || (unwrap(init).type === 'BinaryExpression' && unwrap(init).operator === '+'))) return false;
    }
    return true;
  }

  /**
   * Every node under `root` in source order with the scope it is in (the values asked of a node are
   * kept for it whatever scope is given: asking in the wrong one would keep a wrong answer); `visit`
   * returning false skips a node's children.
   */
  private forEachScoped(root: Node, scope: Scope, visit: (x: Node, s: Scope) => boolean | void, limit: number): void {
    const stack: { n: Node; s: Scope }[] = [{ n: root, s: scope }];
    let seen = 0;
    while (stack.length && seen++ < limit) {
      const { n, s } = stack.pop()!;
      if (visit(n, s) === false) continue;
      const inner = this.r.innerScope(n, s);
      const kids = childrenOf(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i], s: inner });
    }
  }

  private requestFunction(fn: Node, scope: Scope, depth: number): boolean {
    const hit = this.requestFns.get(fn);
    if (hit !== undefined) return hit;
    this.requestFns.set(fn, false);
    let found = false;
    this.forEachScoped(
      fn.body,
      this.r.scopeOf(fn) ?? scope,
      (x, s) => {
        if (found) return false;
        if (x !== fn && isFunction(x) && x.type !== 'ArrowFunctionExpression') return false;
        if (x.type === 'CallExpression' || x.type === 'NewExpression') {
          const c = unwrap(x.callee);
          if (c.type === 'Identifier' && REQUEST_NAMES.has(c.name) && !s.lookup(c.name)) found = true;
          else {
            const f = this.r.valueOf(c, s);
            if (f.ref && REQUEST_REFS.test(f.ref)) found = true;
            else if (depth > 0 && c.type === 'MemberExpression' && c.object.type === 'ThisExpression') {
              // this.request(…) inside a client class
              const m = this.r.nameOf(c, s);
              const recv = this.r.valueOf(c.object, s);
              const member = m && recv.instance ? this.r.memberOf(recv, m, c) : undefined;
              for (const g of member?.fns ?? []) if (this.requestFunction(g.node, g.scope, depth - 1)) found = true;
            } else if (depth > 0) for (const g of (f.fns ?? []).slice(0, 2)) if (this.requestFunction(g.node, g.scope, depth - 1)) found = true;
          }
        }
        return true;
      },
      3000,
    );
    this.requestFns.set(fn, found);
    return found;
  }
}

/** The name an export specifier gives (`export { a as b }`: b; a string name too). */
function exportedName(spec: Node): string {
  const e = spec.exported ?? spec.local;
  return e.type === 'Identifier' ? e.name : String(e.value);
}

/**
 * Whether a value between `before` and `after` is the host of a URL: right after the scheme's
 * `//` and followed by a port, a path, a query or nothing. (`https://${host}.collector.example/`
 * puts it in a name another party resolves: that is data.)
 */
function urlHostAt(before: string | undefined | null, after: string | undefined | null): boolean {
  if (before == null || !/(?:^|:)\/\/$/.test(before)) return false;
  if (after == null) return true;
  // (`https://${user}:${token}@host/`: the user's name is sent as the URL's credentials.)
  return /^(?:$|[:/?#])/.test(after) && !/^[^/?#]*@/.test(after);
}

/** The static text an expression ends with (a literal, a template's last part, the right of a `+`). */
function staticTail(n: Node | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral') return n.quasis[n.quasis.length - 1].value.cooked ?? undefined;
  if (n.type === 'BinaryExpression' && n.operator === '+') return staticTail(n.right);
  return undefined;
}

/** The static text an expression begins with; undefined for none (the end of the text), null when it is not static. */
function staticHead(n: Node | undefined): string | undefined | null {
  if (!n) return undefined;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral') return n.quasis[0].value.cooked ?? null;
  if (n.type === 'BinaryExpression' && n.operator === '+') return staticHead(n.left);
  return null;
}

/** Whether the expression at path[i] stands as a statement: alone, or as a non-final part of a sequence (minifiers join statements so). */
export function statementLike(path: Node[], i: number): boolean {
  let j = i;
  while (path[j - 1]?.type === 'ParenthesizedExpression') j--;
  const p = path[j - 1];
  if (p?.type === 'ExpressionStatement') return true;
  if (p?.type === 'SequenceExpression') return p.expressions[p.expressions.length - 1] !== path[j] || statementLike(path, j - 1);
  return false;
}

/**
 * Where text becomes the model's prompt, by the shapes model APIs share: the content of a message
 * (`{ role: "system" | "user" | "developer", content }`), or the system prompt or instructions of a
 * request that carries messages or names a model. Keys and the role may be computed (obfuscated
 * code reads them from a string table): `text` gives what they evaluate to.
 */
/**
 * Environment variables whose value a program sends with every request it makes: Claude Code's
 * ANTHROPIC_CUSTOM_HEADERS (lines of `Name: value`), OpenTelemetry's exporter headers and resource
 * attributes (sent with every export).
 */
const HEADER_ENV = /^(ANTHROPIC_CUSTOM_HEADERS|OTEL_EXPORTER_OTLP(?:_TRACES|_METRICS|_LOGS)?_HEADERS|OTEL_RESOURCE_ATTRIBUTES)$/;
const HEADER_ENV_USE: Record<string, string> = {
  ANTHROPIC_CUSTOM_HEADERS: "as HTTP headers of Claude Code's API requests",
  OTEL_RESOURCE_ATTRIBUTES: "as OpenTelemetry resource attributes, with every export",
};

/** The end-user fields of a model API's request body: Anthropic's metadata (user_id), OpenAI's user and safety_identifier. */
const MODEL_USER_KEYS = new Set(['metadata', 'user', 'safety_identifier']);
/** A model API's request body written out: a model and what it is asked (`{ model, messages }`, the Responses API's `{ model, input }`). */
/** A model request's parameters that say how much of which model is used (not its prompt or messages). */
const MODEL_PARAMS = new Set(['model', 'max_tokens', 'max_output_tokens', 'max_completion_tokens', 'temperature', 'top_p', 'top_k', 'thinking', 'reasoning', 'reasoning_effort', 'service_tier', 'tools', 'tool_choice']);
/** `….messages.create`, `….messages.stream`, `….chat.completions.create`, `….responses.create`: a model API's request method, by the SDKs' own names. */
function modelSdkCall(c: Node, name: (n: Node) => string | undefined): boolean {
  const m = name(c);
  if (m !== 'create' && m !== 'stream' && m !== 'parse') return false;
  const o = unwrap(c.object);
  if (o.type !== 'MemberExpression') return false;
  const group = name(o);
  if (group === 'messages' || group === 'responses') return true;
  const up = unwrap(o.object);
  return group === 'completions' && up.type === 'MemberExpression' && name(up) === 'chat';
}

/**
 * A model API's request method by the SDKs' own names: Anthropic's and OpenAI's (`modelSdkCall`),
 * and Google's Gemini API (`models.generateContent`, `generateContentStream`, as Gemini CLI's
 * content generators and clients name theirs too), on a client the file does not show; otherwise
 * (a client the file defines, or `messages.create`, which an SMS client has too) when it is given a
 * model request's record (`{ model, … }`, `{ contents, … }`): a method of that name made to render a page is none.
 */
function modelRequestMethod(call: Node, name: (n: Node) => string | undefined, resolved: boolean): boolean {
  const c = unwrap(call.callee);
  const m = name(c);
  if (m !== 'generateContent' && m !== 'generateContentStream' && !modelSdkCall(c, name)) return false;
  // (`messages.create` is also an SMS client's: on a client the file does not show, only with a model named.)
  if (!resolved && (m === 'generateContent' || m === 'generateContentStream')) return true;
  const arg = call.arguments[0] ? unwrap(call.arguments[0] as Node) : undefined;
  return arg?.type === 'ObjectExpression' && (arg.properties as Node[]).some((p) => p.type === 'Property' && !p.computed && (propertyKeyName(p) === 'model' || propertyKeyName(p) === 'contents'));
}

/**
 * A constant as a note shows it: its value written out (booleans too, when `booleans`), or the name
 * it is held by when that is written as constants are (`DEFAULT_FLASH_LITE_MODEL`, which another
 * module exports or the program may set once at start-up).
 */
function shownConstant(v: Value | undefined, n: Node, booleans: boolean): string | undefined {
  if (typeof v === 'string' || typeof v === 'number' || (booleans && typeof v === 'boolean')) return JSON.stringify(typeof v === 'string' ? v.slice(0, 60) : v);
  const u = unwrap(n);
  const name = u.type === 'Identifier' ? u.name : u.type === 'MemberExpression' && !u.computed && u.property.type === 'Identifier' ? u.property.name : undefined;
  return name && /^[A-Z][A-Z0-9_]{2,60}$/.test(name) ? name : undefined;
}

function modelBody(obj: Node): boolean {
  const keys = new Set((obj.properties as Node[]).flatMap((p) => (p.type === 'Property' && !p.computed ? [propertyKeyName(p)] : [])));
  return keys.has('model') && (keys.has('messages') || keys.has('input'));
}
/** A record's field that holds a prompt (`systemPrompt`, `system`, `instructions`, `userPrompt`, `prompt`, `content`). */
const PROMPT_FIELD = /^(?:system|systemPrompt|systemInstruction|instructions|prompt|userPrompt|userMessage|content|text|input|preamble|context)$/;
const PROMPT_KEYS = new Set(['content', 'text', 'system', 'instructions', 'systemPrompt']);
/** A model request's system prompt (OpenAI's instructions, Anthropic's system, Gemini's systemInstruction) and its conversation. */
const SYSTEM_KEYS = new Set(['system', 'systemInstruction', 'systemPrompt', 'instructions']);
const CONVERSATION_KEYS = new Set(['messages', 'contents']);
/**
 * Whether `obj` is a model request written out and `key` one of its prompt fields: a conversation
 * (`messages` or Gemini's `contents`) whose messages carry a `role`, beside a system prompt, and
 * `key` is either of them.
 */
function modelRequest(obj: Node, key: string): boolean {
  if (!SYSTEM_KEYS.has(key) && !CONVERSATION_KEYS.has(key)) return false;
  const props = (obj.properties as Node[]).filter((p): p is Node => p.type === 'Property' && !p.computed);
  const conversation = props.some((p) => {
    if (!CONVERSATION_KEYS.has(propertyKeyName(p) ?? '')) return false;
    const v = unwrap(p.value);
    return v.type === 'ArrayExpression' && (v.elements as (Node | null)[]).some((m) => m?.type === 'ObjectExpression' && (m.properties as Node[]).some((q) => q.type === 'Property' && !q.computed && propertyKeyName(q) === 'role'));
  });
  return conversation && props.some((p) => SYSTEM_KEYS.has(propertyKeyName(p) ?? ''));
}
/** A call that keeps or shows what it is given rather than sending it: a logger's, the console's, a file's. */
function notSending(call: Node, ref: string | undefined): boolean {
  if (ref && /^(console|fs|JSON|path|util|Object|Array)\./.test(ref)) return true;
  return /^(log|debug|info|warn|error|trace|verbose|fatal|print|write\w*|save\w*|store|set|push|cache\w*|record\w*|emit)$/i.test(calleeName(call) ?? '');
}
function promptField(obj: Node, key: string, text: (n: Node) => string | undefined): boolean {
  if (!PROMPT_KEYS.has(key)) return false;
  const props = (obj.properties as Node[]).filter((p) => p.type === 'Property');
  const has = (k: string) => props.find((p) => text(p.key) === k || (!p.computed && propertyKeyName(p) === k));
  if (key === 'content' || key === 'text') {
    const role = has('role')?.value;
    const r = role ? text(role) : undefined;
    return r === 'system' || r === 'user' || r === 'developer';
  }
  if (key === 'system' || key === 'instructions' || key === 'systemPrompt') return !!(has('messages') || has('input') || has('model'));
  return false;
}

function lastIndex(list: Node[], pred: (n: Node) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i])) return i;
  return -1;
}

/**
 * A short text made only of look-alikes of plain characters (`"\u2019"` for `'`, Cyrillic `"\u0430"`
 * for `a`): the plain text it passes for. Spaces are not counted: typography and layout use them.
 */
function otherText(n: Node): string {
  let e = n;
  if (e.type === 'BlockStatement' && e.body.length === 1) e = e.body[0];
  if (e.type === 'ReturnStatement' && e.argument) e = e.argument;
  else if (e.type === 'ExpressionStatement') e = e.expression;
  if (e.type === 'AssignmentExpression') e = e.right;
  const name = e.type === 'CallExpression' ? calleeName(e) : undefined;
  return name ? `${e.callee.type === 'MemberExpression' && e.callee.object.type === 'Super' ? 'super.' : ''}${name}()` : 'the other branch';
}

function loneLookAlike(s: string): string | undefined {
  if (s.length === 0 || s.length > 4) return undefined;
  const plain = fold(s);
  if (plain === s || plain.length !== [...s].length || ![...plain].every((c) => isPlain(c) && c !== ' ')) return undefined;
  return lookAlike(s, plain) ? plain : undefined;
}

/** The names a function's code uses (identifiers and members), joined: enough to tell what it is about. */
function nodeText(n: Node): string {
  const names: string[] = [];
  forEachDescendant(n, (x) => {
    if (x.type === 'Identifier' || x.type === 'PrivateIdentifier') names.push(x.name);
    else if (x.type === 'Literal' && typeof x.value === 'string') names.push(x.value);
    return names.length < 40;
  }, 200);
  return names.join(' ');
}

/** Names of what a service offers: its models, tiers, efforts, plans, tools, features. */
const SERVICE_LIST = /^(?:models?|tiers?|efforts?|plans?|tools?|features?|capabilit(?:y|ies)|quotas?|skills?|plugins?)$/i;

/** Whether a name, or one of its words (`availableModels`, `plugin_skills`, `this.models.available`), names what a service offers. */
function serviceNamed(name: string): boolean {
  // (Words, not letters: `toolbarItems`, `tooltips` and `explanations` name no tools or plans.)
  const words = name.split('.').slice(-2).flatMap((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_$-]+/));
  return words.some((w) => SERVICE_LIST.test(w));
}

/** `tiers`, `self.tiers`, `this.models.available`: a list named by a chain of plain names (its text), or undefined. */
function listRef(n: Node): string | undefined {
  const u = unwrap(n);
  if (u.type === 'Identifier') return u.name;
  if (u.type === 'ThisExpression') return 'this';
  if (u.type !== 'MemberExpression' || u.computed || u.property.type !== 'Identifier') return undefined;
  const o = listRef(u.object);
  return o === undefined ? undefined : `${o}.${u.property.name}`;
}

/** A model's name (`claude-opus-4`, `gpt-4o`, `gemini-2.5-pro`, `qwen-max`, `o3-mini`). */
const MODEL_NAME = /^(?:claude|gpt|o[1-9]|gemini|qwen|deepseek|llama|mistral|grok|codex|kimi|glm|ernie|doubao|hunyuan|minimax)(?:-[\w.]+)*$/i;

/** Methods that keep what a list holds, whole or in part, in order (what is chained after a cut). */
const KEEPS_ENTRIES = new Set(['map', 'sort', 'toSorted', 'concat', 'flat', 'reverse', 'toReversed']);

/**
 * `list.filter(…)` (or `.slice(…)`, also chained: `.filter(…).map(…)`) beside `list` itself, and
 * `[]` or a fixed list beside a list of models, tiers or tools: what the list holds is cut on one side.
 */
function narrowedList(made: Node, plain: Node, holdsModels?: (list: Node) => boolean): Effect | undefined {
  const name = listRef(plain);
  if (name === undefined || name === 'this') return undefined;
  const service = serviceNamed(name);
  const m0 = unwrap(made);
  // `restricted ? [] : tiers`, `restricted ? ["low", "medium"] : tiers`: none, or a few written out, of a service's list.
  if (m0.type === 'ArrayExpression') {
    if (!service || (m0.elements as (Node | null)[]).some((e) => !e || e.type !== 'Literal')) return undefined;
    const shown = (m0.elements as Node[]).slice(0, 6).map((e) => JSON.stringify(e.value)).join(', ');
    return { kind: 'value', node: made, note: m0.elements.length ? `offers only ${shown} instead of ${name} on one side` : `offers none of ${name} on one side`, picks: [`[${shown}]`, name], narrowed: true, ...(holdsModels?.(plain) ? { model: true } : {}) };
  }
  let cur = m0;
  let cut: { m: string; call: Node } | undefined;
  for (let hops = 0; cur.type === 'CallExpression' && hops < 6; hops++) {
    const c = unwrap(cur.callee);
    if (c.type !== 'MemberExpression') return undefined;
    const m = memberName(c);
    if (m === 'filter' || m === 'slice') cut = { m, call: cur };
    else if (m === undefined || !KEEPS_ENTRIES.has(m)) return undefined;
    cur = unwrap(c.object);
  }
  if (!cut || listRef(cur) !== name) return undefined;
  // (Fewer models, tiers or tools is less service; fewer units, paper sizes or fonts is a convention.)
  // (Named by the list or by what picks its entries: `list.filter((t) => !Registry.networked.has(t.name))` of tools.)
  const picker = cut.call.arguments[0];
  const pickerText = picker && isFunction(picker) && picker.end - picker.start <= 300 ? nodeText(picker) : undefined;
  // (`ALL.filter((m) => m !== "claude-opus-4")` of `ALL = ["claude-opus-4", "claude-sonnet-4"]`: a list of models, whatever it is called.)
  const models = !!holdsModels?.(plain);
  const picked = service || models || (pickerText !== undefined && pickerText.split(/\s+/).some((w) => serviceNamed(w)));
  // (A convention's list cut is no pick of a value a region check makes count: only a service's is.)
  return { kind: 'value', node: made, note: `keeps only some of ${name} (${cut.m}()) on one side`, ...(picked ? { picks: [`${name}.${cut.m}(…)`, name], narrowed: true } : {}), ...(models ? { model: true } : {}) };
}

/**
 * `{ model: "small" }` given to `Object.assign`: the model or a limit it sets (a field shared with
 * other records, `temperature`, only beside one of a request's own).
 */
function serviceFields(a: Node, when: string): Effect | undefined {
  const o = unwrap(a);
  if (o.type !== 'ObjectExpression') return undefined;
  const keys = (o.properties as Node[]).map((p) => (p.type === 'Property' && !p.computed ? propertyKeyName(p) : undefined)).filter((k): k is string => k !== undefined);
  const own = keys.find((k) => SERVICE_FIELD.test(k));
  const k = own ?? (keys.filter((k) => GENERIC_SERVICE_FIELD.test(k)).length >= 2 ? keys.find((k) => GENERIC_SERVICE_FIELD.test(k)) : undefined);
  return k === undefined ? undefined : { kind: 'value', node: a, note: `sets ${k} ${when}`, picks: [k, k], setting: true };
}

/** `cfg = { ...cfg, model: "small" }`: the record set again with the model or a limit changed on this side. */
function spreadSetting(x: Node, when: string): Effect | undefined {
  const o = unwrap(x.right);
  if (o.type !== 'ObjectExpression' || !(o.properties as Node[]).some((p) => p.type === 'SpreadElement' && unwrap(p.argument).type === 'Identifier' && unwrap(p.argument).name === x.left.name)) return undefined;
  const e = serviceFields(o, when);
  return e ? { ...e, node: x, note: e.note.replace(/^sets (\S+)/, `sets $1 of ${x.left.name}`) } : undefined;
}

/** Words of an instruction that tells a model how to answer (`Outline only`, `never produce complete programs`). */
const MODEL_INSTRUCTION = /\b(?:answers?|answering|refrain|(?:outside|out of) (?:the |its |your )?(?:\w+ )?(?:\w+ )?scope|limit (?:your |the |all )?(?:answers?|findings|responses?|replies|output|research|topics?) to|respond|responses?|repl(?:y|ies)|outputs?|assistant|refuse|decline|never|do not|don't|must not|complete (?:programs?|code|files?|solutions?)|code samples?|lines of code|snippets?|outline only|keep (?:the )?(?:code|answers?|responses?|replies|output)|(?:under|at most|no more than) \d+ (?:lines|words|tokens))\b/i;

/** Words of a convention of writing: dates, numbers, units, currencies. */
const FORMAT_WORDS = /\b(?:dates?|YYYY|MM\/DD|DD\/MM|time ?zones?|24-hour|12-hour|currenc(?:y|ies)|decimal|thousands separator|metric|imperial|units?|celsius|fahrenheit|paper size|A4|spelling)\b/i;

/** The text a table of texts holds (a record or a Map whose every entry is text): its longest entry. */
function tableText(t: Value | undefined): string | undefined {
  const values = t instanceof MapValue ? [...t.map.values()].slice(0, 64) : t && typeof t === 'object' && !Array.isArray(t) && Object.getPrototypeOf(t) === null ? Object.values(t as Record<string, Value>).slice(0, 64) : [];
  if (!values.length || !values.every((v) => typeof v === 'string')) return undefined;
  return (values as string[]).reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * Text added on one side only (`text + "\nKeep answers short."`, `prompt += …`): a pick between
 * that text and none. Only a sentence counts (a separator or a word of punctuation is layout).
 */
function addedText(node: Node, added: string, note: string): Effect | undefined {
  const letters = added.match(/\p{L}/gu)?.length ?? 0;
  // (Only an instruction to the model: a tip for the user, a mirror's URL or a variable to set, is help text.)
  if (letters < 12 || !MODEL_INSTRUCTION.test(added) || /\bhttps?:\/\/|\b[A-Z][A-Z0-9_]{2,}=/.test(added)) return undefined;
  // (How dates, numbers or units are written is a convention of the place, as a translation is.)
  if (FORMAT_WORDS.test(added)) return undefined;
  const shown = added.trim();
  return { kind: 'text', node, note: note.replace('{}', JSON.stringify(shown.length > 60 ? `${shown.slice(0, 60)}…` : shown)), picks: [added, ''], added: true };
}

function describePair(x: Value | undefined, y: Value | undefined, node: Node): Effect[] {
  if (typeof x === 'string' && typeof y === 'string' && x !== y) {
    if (lookAlike(x, y, true)) return [{ kind: 'covert-marker', node, note: `picks between look-alike strings ${JSON.stringify(x)} and ${JSON.stringify(y)} (${describeDifference(x, y).join(', ')})`, picks: [x, y] }];
    // `restricted ? "Do not discuss politics…" : ""`: an instruction to the model or none, as text added on one side is.
    const added = x === '' || y === '' ? addedText(node, x || y, 'gives {} on one side and nothing on the other') : undefined;
    if (added) return [added];
    return [{ kind: 'text', node, note: `picks the text ${JSON.stringify(x.slice(0, 60))} instead of ${JSON.stringify(y.slice(0, 60))}`, picks: [x, y] }];
  }
  if (typeof x === 'number' && typeof y === 'number' && x !== y) return [{ kind: 'value', node, note: `uses ${x} instead of ${y}`, picks: [x, y] }];
  // `dense ? STYLES.dense : STYLES.plain`: two records of the same fields, one of which differs by look-alikes (`sep: "\u037e "`).
  const record = (v: Value | undefined): v is Record<string, Value> => !!v && typeof v === 'object' && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
  if (record(x) && record(y) && x !== y) {
    // (Only records that differ by look-alikes alone: a table of glyphs or translations differs by real text too.)
    const differ = Object.keys(x).slice(0, 64).filter((key) => typeof x[key] === 'string' && typeof y[key] === 'string' && x[key] !== y[key]);
    const alike = differ.filter((key) => (x[key] as string).length <= 64 && (y[key] as string).length <= 64 && lookAlike(x[key] as string, y[key] as string, true));
    if (alike.length && alike.length === differ.length) {
      const [key] = alike;
      const [a, b] = [x[key] as string, y[key] as string];
      return [{ kind: 'covert-marker', node, note: `picks between records whose ${key} is one of the look-alike strings ${JSON.stringify(a)} and ${JSON.stringify(b)} (${describeDifference(a, b).join(', ')})`, picks: [a, b] }];
    }
    // `banded ? { fence: "\u02cb\u02cb\u02cb" } : {}`: an option given on one side only, whose
    // other side is the default the code that takes the record fills in. A look-alike of plain
    // characters given alone, when nothing else differs, is a marker over that default.
    const one = differ.length ? undefined : oneSided(x, y);
    if (one) return [{ kind: 'covert-marker', node, note: `gives ${one.key} the look-alike ${JSON.stringify(one.mark)} of ${JSON.stringify(one.plain)} (${describeDifference(one.mark, one.plain).join(', ')}) on one side only, over the default the other side leaves it`, picks: one.inX ? [one.mark, one.plain] : [one.plain, one.mark], inferred: true }];
  }
  return [];
}

/** A plain record the interpreter made (an object literal's value). */
function isRecord(v: Value | undefined): v is Record<string, Value> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
}

/**
 * `banded ? { fence: "\u02cb\u02cb\u02cb" } : {}`: two records that differ only by one field given
 * on one side, a look-alike of plain characters: the other side leaves it to the default the code
 * that takes the record fills in.
 */
function oneSided(x: Record<string, Value>, y: Record<string, Value>): { key: string; mark: string; plain: string; inX: boolean } | undefined {
  const only = (p: Record<string, Value>, q: Record<string, Value>) => Object.keys(p).slice(0, 64).filter((key) => !(key in q));
  const inX = only(x, y);
  const inY = only(y, x);
  if (inX.length + inY.length !== 1) return undefined;
  for (const key of Object.keys(x).slice(0, 64)) if (key in y && x[key] !== y[key]) return undefined;
  const key = inX[0] ?? inY[0];
  const mark = inX.length ? x[key] : y[key];
  const plain = typeof mark === 'string' ? loneLookAlike(mark) : undefined;
  return plain === undefined ? undefined : { key, mark: mark as string, plain, inX: inX.length > 0 };
}

/** Strings an abstract value can hold: a constant string, or the entries of a constant list or table it ranges over. */
export function stringsOf(av: AV): string[] {
  const v = av.konst?.v ?? av.elementOf?.konst?.v;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (v instanceof Bytes || v instanceof Closure) return [];
  return [];
}

/**
 * `{ baseURL, headers, params, timeout }`: the config of an axios request, written out — one that
 * names the server it goes to (`baseURL`). (A query and headers alone are also what a cache's or a
 * history's `get(key, { params, headers })` is given.)
 */
function isAxiosConfig(arg: Node | undefined): boolean {
  const a = arg ? unwrap(arg) : undefined;
  if (a?.type !== 'ObjectExpression') return false;
  const keys = new Set((a.properties as Node[]).map((p) => (p.type === 'Property' && !p.computed ? propertyKeyName(p) : undefined)));
  return keys.has('baseURL');
}

/**
 * `{ url, method: "POST", body }`, `{ url, data, headers }`: a request's whole config, its URL and
 * what it sends or how. (A URL written as a path alone, `{ url: "/whoami" }`, is a router's or a
 * test's in-process request: only one that is absolute, or made elsewhere, goes out.)
 */
function isRequestConfig(arg: Node | undefined): boolean {
  const a = arg ? unwrap(arg) : undefined;
  if (a?.type !== 'ObjectExpression') return false;
  const props = a.properties as Node[];
  const keys = new Set(props.map((p) => (p.type === 'Property' && !p.computed ? propertyKeyName(p) : undefined)));
  const url = props.find((p) => p.type === 'Property' && !p.computed && propertyKeyName(p) === 'url');
  const v = url ? unwrap(url.value) : undefined;
  const head = v?.type === 'Literal' ? urlHead(v) : v?.type === 'TemplateLiteral' && v.quasis[0]?.value.cooked ? v.quasis[0].value.cooked : undefined;
  if (head !== undefined && !/^(https?|wss?):\/\//i.test(head)) return false;
  return keys.has('url') && ['method', 'body', 'data', 'headers', 'params'].some((k) => keys.has(k));
}

/** `{ method: "POST", body, headers }`: the options of a fetch. */
function isRequestInit(arg: Node | undefined): boolean {
  const a = arg ? unwrap(arg) : undefined;
  return a?.type === 'ObjectExpression' && (a.properties as Node[]).some((p) => p.type === 'Property' && ['method', 'body', 'headers'].includes(propertyKeyName(p) ?? ''));
}

/** What a variable was made with (`const o = { … }`): its initialiser, unless the variable is a part of it. */
function madeWith(b: Binding | undefined): Node | undefined {
  return b?.init && !b.path ? unwrap(b.init) : undefined;
}

/**
 * An argument a URL getter or a URL field gives (`await this.getUrl()`, `cfg.endpoint`), directly
 * or through the variable it was put in: method and field names survive minification.
 */
function urlNamed(arg: Node, scope: Scope, nameOf: (member: Node, scope: Scope) => string | undefined): boolean {
  let a = unwrap(arg);
  if (a.type === 'Identifier') {
    const b = scope.lookup(a.name);
    if (!b?.init || b.path || b.assignments?.length) return false;
    a = unwrap(b.init);
  }
  if (a.type === 'AwaitExpression') a = unwrap(a.argument);
  // (A member named through a string decoder, as obfuscators write them, by what it evaluates to.)
  const member = a.type === 'CallExpression' ? unwrap(a.callee) : a;
  const name = member.type === 'MemberExpression' ? nameOf(member, scope) : a.type === 'CallExpression' ? calleeName(a) : undefined;
  return !!name && /^(get|build|make|resolve)?(base|api|report|endpoint|request)?(Url|URL|Uri|Endpoint)$|^(url|endpoint)$/.test(name);
}

/**
 * The fixed text a URL argument starts with: a literal's, or a template's first text — or, after
 * a leading `${base}`, the text that follows it ("/v1/devices").
 */
export function urlHead(arg: Node): string | undefined {
  const a = unwrap(arg);
  if (a.type === 'Literal') return typeof a.value === 'string' ? a.value : undefined;
  if (a.type !== 'TemplateLiteral') return undefined;
  const first = a.quasis[0]?.value.cooked ?? '';
  if (first) return first;
  return a.expressions.length ? (a.quasis[1]?.value.cooked ?? undefined) : undefined;
}

/** Whether an expression reads one of the names (a property name after a dot is not a read). */
/** The options of a connection that say where it goes. */
const ADDRESS_FIELDS = new Set(['path', 'socketPath', 'host', 'hostname', 'port', 'servername']);

/** The field of an argument that mentions `names`, when an object written out mentions them only in one address field (`{ path: p }`); else undefined, or "" for elsewhere. */
function addressField(arg: Node | undefined, names: Set<string>): string | undefined {
  const a = arg ? unwrap(arg) : undefined;
  if (a?.type !== 'ObjectExpression') return undefined;
  let found: string | undefined;
  for (const p of a.properties as Node[]) {
    if (!mentions(p, names)) continue;
    const k = p.type === 'Property' && !p.computed ? propertyKeyName(p) : undefined;
    if (!k || !ADDRESS_FIELDS.has(k)) return '';
    found = k;
  }
  return found ?? '';
}

/**
 * Whether `n` uses one of `names`, or one of the `records` (whole, by the field `key` followed, or
 * by a key not known): `profile.tier` does not use what `profile.realm` holds.
 */
function mentions(n: Node, names: ReadonlySet<string>, records: ReadonlySet<string> = NO_RECORDS, key = ''): boolean {
  let hit = false;
  forEachDescendant(
    n,
    (x) => {
      if (hit) return false;
      if (x.type === 'Identifier' && (names.has(x.name) || records.has(x.name))) hit = true;
      if (x.type === 'MemberExpression' && !x.computed) {
        // (A field of one of the records: only the one followed.)
        const o = unwrap(x.object);
        if (o.type === 'Identifier' && records.has(o.name)) hit = x.property.name === key;
        else if (mentions(x.object, names, records, key)) hit = true;
        return false;
      }
      if (x.type === 'Property' && !x.computed && !x.shorthand) {
        if (mentions(x.value, names, records, key)) hit = true;
        return false;
      }
      return true;
    },
    5000,
  );
  return hit;
}
const NO_RECORDS: ReadonlySet<string> = new Set();

/** The names a destructuring pattern binds from field `key` of what it takes apart (a rest element takes every other key). */
function fieldNames(pattern: Node, key: string): string[] {
  const out: string[] = [];
  // (`const { author, ...shared } = session`: the rest holds every field but those named beside it.)
  const named = (pattern.properties as Node[]).some((prop) => prop.type === 'Property' && !prop.computed && propertyKeyName(prop) === key);
  for (const prop of pattern.properties as Node[]) {
    if (prop.type === 'RestElement') {
      if (!named) collectNames(prop.argument, out);
    }
    else if (prop.computed || propertyKeyName(prop) === key) collectNames(prop.value, out);
  }
  return out;
}

/** The field still followed when the record itself is handed on (`send(profile)`), else undefined. */
function handedRecord(arg: Node, records: Set<string>, key: string | undefined): string | undefined {
  const a = unwrap(arg);
  return key !== undefined && a.type === 'Identifier' && records.has(a.name) ? key : undefined;
}

/** The record key a followed field begins with (`realm` of `realm.host`), when it is a plain name. */
function fieldKey(field: string | undefined): string | undefined {
  const head = field?.split('.')[0];
  return head && /^[A-Za-z_$][\w$]*$/.test(head) ? head : undefined;
}

/** The statements of a block, or the one statement that stands for it. */
function statementsOf(n: Node): Node[] {
  return n.type === 'BlockStatement' ? (n.body as Node[]) : [n];
}

/** The statements after `st` in the statement list `list` it is written in (none when `list` is no such list). */
function statementsAfter(st: Node, list: Node | undefined): Node[] {
  if (!list || (list.type !== 'BlockStatement' && list.type !== 'Program' && list.type !== 'StaticBlock')) return [];
  const body = list.body as Node[];
  return body.slice(body.indexOf(st) + 1);
}

/** The export name a forked child's or a worker's replies to its parent go by (core/links.ts). */
export const REPLY = '@@reply';

/** The file a Worker runs, as a specifier: `path.join(__dirname, "w.js")`, `new URL("./w.js", import.meta.url)`, `"./w.js"`. */
export function workerSpec(arg: Node | undefined): string | undefined {
  if (!arg) return undefined;
  const a = unwrap(arg);
  let text: string | undefined;
  if (a.type === 'Literal' && typeof a.value === 'string') text = a.value;
  else if ((a.type === 'CallExpression' || a.type === 'NewExpression') && a.arguments.length >= 2) {
    const last = unwrap(a.arguments[a.arguments.length - 1]);
    const first = unwrap(a.arguments[0]);
    if (a.type === 'CallExpression' && first.type === 'Identifier' && first.name === '__dirname' && last.type === 'Literal') text = String(last.value);
    if (a.type === 'NewExpression' && first.type === 'Literal') text = String(first.value);
  }
  if (!text || !/\.(c|m)?js$/.test(text)) return undefined;
  return text.startsWith('.') || text.startsWith('/') ? text : `./${text}`;
}

/** Whether the value of the assignment `path[i - 1]` is used where it stands (returned, passed, the last of a sequence), not a statement of its own. */
function assignmentUsed(path: readonly Node[], i: number): boolean {
  const parent = path[i - 1];
  const holder = path[i - 2];
  if (!holder || holder.type === 'ExpressionStatement' || holder.type === 'ForStatement') return false;
  return holder.type !== 'SequenceExpression' || holder.expressions[holder.expressions.length - 1] === parent;
}
