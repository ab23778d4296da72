import { calleeName, calleeOf, inSourceOrder, isFunction, memberName, propertyKeyName, unwrap, type Node } from '../engine/ast';
import { nodePath } from '../engine/refs';
import { SHELL_CHAIN, shellCommandText, shellTemplateOf, type AV, type Resolver, type Sensed, type Step } from '../engine/resolve';
import type { Binding, FunctionInfo, Scope } from '../engine/scope';
import { commandOf, evalArg, type Val } from '../engine/commands';
import { DISCOVERY_COMMANDS, SOURCE_HINTS, type SenseKind } from '../engine/sources';
import { forEachDescendant, pathTo } from '../engine/walk';
import { siteArgs, type CallSite } from '../engine/collect';
import type { Severity } from '../model';
import { hostOf } from './data/keywords';
import { BY_PROTOCOL, EffectFinder, parseCalledWith, REPLY, urlHead, workerSpec, type EffectKind, type Slice } from './effects';
import { entryFunctions, importReads, linkPathText, overrideCalls, parseLinkedRef, refinedEntries, resolveSpecifier, symbolExportName, symbolField, type LinkCallback } from '../links';
import type { RuleMeta } from './meta';
import type { Check } from './types';

/*
 * Flow queries: a sensed value followed forward to where it goes — a request (its body, URL or
 * headers, also through objects, constructor parameters and injected clients), the text the
 * program writes. Like a taint rule, a query names its sources and its sinks; the engine finds
 * where such values begin (SOURCE_HINTS), resolves them, and follows them (EffectFinder).
 */

/** The kinds a flow query can start from: those whose beginnings have hints. */
export type FlowSource = 'host-identity' | 'machine-id' | 'git-identity' | 'timezone' | 'locale';

export interface FlowQuery {
  name: string;
  /** The rule it reports under (an id in the rule table, or the `meta` it brings). */
  rule: string;
  meta?: RuleMeta;
  /** Sensed values of these kinds (strong ones: a home directory or OS type alone is not identity). */
  sources: FlowSource[];
  /** Where they must arrive. */
  sinks: EffectKind[];
  severity: Severity;
  /**
   * Reported at medium instead: when every source's label matches `labels` (an editor's own
   * telemetry id), or when the sink is a field a bundled SDK sends by its protocol, which depends
   * on how the SDK is set up.
   */
  mediumWhen?: { labels?: RegExp; byProtocol?: boolean };
}

/** Calls that print or render what they are given (`debugLogger.warn(x)`, `jsx(Text, { children: x })`). */
const NOT_SENT = /^(log|warn|error|info|debug|trace|verbose|silly|fatal|jsx|jsxs|jsxDEV|createElement|render)$/;

/**
 * Whether what a call gives is used as a value, as a template's `render(template, view)` is
 * (`const system = render(…)`): not a UI's `render(<App />)`, whose result is dropped or taken
 * apart (`const { waitUntilExit } = render(…)`).
 */
function textUsed(path: readonly Node[]): boolean {
  let k = path.length - 2;
  while (k > 0 && (path[k].type === 'AwaitExpression' || path[k].type === 'ParenthesizedExpression')) k--;
  const parent = path[k];
  if (!parent || parent.type === 'ExpressionStatement' || parent.type === 'SequenceExpression') return false;
  return !(parent.type === 'VariableDeclarator' && parent.id.type !== 'Identifier');
}

/** Adds a link once (by content), up to a bound per file. */
function addLink<T>(list: T[], link: T): void {
  if (list.length >= 64) return;
  const key = JSON.stringify(link);
  if (!list.some((l) => JSON.stringify(l) === key)) list.push(link);
}

/** Calls whose receiver may be a bundled library the resolver cannot follow (node-machine-id behind a UMD and webpack wrapper): resolved through the functions the file stores under that name. */
const BY_NAME = new Set(['hostname', 'userInfo', 'machineId', 'machineIdSync', 'getMachineId', 'getHostname']);

interface Sink {
  kind: EffectKind;
  labels: Set<string>;
  steps: Step[];
  carriers: Step[];
  /** Every source matched the query's `mediumWhen.labels`. */
  onlyLowered: boolean;
  note: string;
}

/**
 * Fields of records handed to calls that are another module's value (`{ userId: cfg.username }`,
 * `cfg` what another chunk's service gives: the resolver names it `module:./c.js.Config.get().username`):
 * those the other module answered are sensed and begin a flow here (added to `starts`); the others,
 * 32 at most, are returned to be asked of their module. Member reads of local names only (a
 * parameter is what this file's callers pass; an import's own member is that module's export), 512 at most.
 */
function valuesOfOthers(r: Resolver, records: readonly { node: Node; scope: Scope }[], kinds: ReadonlySet<string>, starts: Set<Node>): { node: Node; scope: Scope; ref: string }[] {
  const out: { node: Node; scope: Scope; ref: string }[] = [];
  let looked = 0;
  const visit = (rec: Node, scope: Scope, depth: number): boolean => {
    for (const p of (rec.properties as Node[]).slice(0, 32)) {
      if (p.type !== 'Property') continue;
      let v = unwrap(p.value);
      // (`userId: cfg.username ?? "unknown"`: the value, or its fallback.)
      while (v.type === 'LogicalExpression') v = unwrap(v.left);
      if (v.type === 'ObjectExpression') {
        if (depth < 3 && !visit(v, scope, depth + 1)) return false;
        continue;
      }
      if (v.type !== 'MemberExpression' || v.computed) continue;
      let root = unwrap(v.object);
      while (root.type === 'MemberExpression') root = unwrap(root.object);
      const b = root.type === 'Identifier' ? scope.lookup(root.name) : undefined;
      if (!b || b.kind === 'param' || b.kind === 'import') continue;
      if (++looked > 512) return false;
      const value = r.valueOf(v, scope);
      if (!value.ref?.startsWith('module:') || value.konst) continue;
      if (value.sensed?.some((s) => s.node === v && kinds.has(s.kind))) starts.add(v);
      else if (!value.sensed?.length && value.ref.includes('()') && out.length < 32) out.push({ node: v, scope, ref: value.ref });
    }
    return true;
  };
  for (const rec of records) if (!visit(rec.node, rec.scope, 0)) break;
  return out;
}

/** The check that runs flow queries: one finding per sink and query, with every source that reaches it. */
export function flowCheck(name: string, queries: readonly FlowQuery[]): Check {
  const kinds = new Set(queries.flatMap((q) => q.sources));
  const gitArgv = kinds.has('git-identity');
  const calls = new Set([...kinds].flatMap((k) => SOURCE_HINTS[k]?.calls ?? []));
  const fields = new Set([...kinds].flatMap((k) => SOURCE_HINTS[k]?.fields ?? []));
  /** Host identity begins in environment variables too (`USER`, `HOSTNAME`): a computed read of the environment may be one. */
  const envFields = kinds.has('host-identity');
  const modules = [...kinds].flatMap((k) => (SOURCE_HINTS[k]?.modules ? [SOURCE_HINTS[k]!.modules!] : []));
  return {
    name,
    reports: [...new Set(queries.map((q) => q.rule))],
    create(ctx) {
      const starts: { node: Node; scope: Scope }[] = [];
      /** Source functions taken under another name (`import { hostname as h } from "os"`, `const { hostname: h } = require("os")`). */
      const aliases: { local: string; scope: Scope }[] = [];
      /** Names a source field is destructured to: their uses begin where the field's reads do. */
      const fieldNames: { local: string; scope: Scope }[] = [];
      /** Calls handed git's own argv for reading the user's name or email, whatever runs it. */
      const argvRuns: { node: Node; scope: Scope; argv: string }[] = [];
      /** Node's diagnostic reports (`process.report.getReport()`): the host name and network interfaces are in the header. */
      const reports: { node: Node; scope: Scope }[] = [];
      /** Shell templates (`` Bun.$`git config user.email` ``, zx's `` $`…` ``). */
      const shells: { node: Node; scope: Scope }[] = [];
      /** Environment variables another file of the tool wrote a sensed value into: their reads here begin with it. */
      const envSensed = new Map((ctx.links.inputs?.envs ?? []).filter((e) => e.sensed?.some((x) => kinds.has(x.kind as FlowSource))).map((e) => [e.name, e]));
      const envReads: { node: Node; scope: Scope; name: string }[] = [];
      /** Records written out as arguments of calls (`streamText({ …, metadata: { userId: cfg.username } })`): where another module's value may be sent. */
      const recordArgs: { node: Node; scope: Scope }[] = [];
      /** The file imports other files of the tool (a chunk, a module of the package): values may come from them. */
      let importsFiles = false;
      return {
        visitors: {
          MemberExpression(node, scope) {
            if (envSensed.size && envReads.length < 64) {
              const name = !node.computed ? (node.property.name as string) : node.property.type === 'Literal' ? String(node.property.value) : undefined;
              const o = node.object;
              if (name && envSensed.has(name) && o.type === 'MemberExpression' && !o.computed && o.property.name === 'env') envReads.push({ node, scope, name });
            }
            if (!node.computed) {
              if (fields.has(node.property.name as string)) starts.push({ node, scope });
            } else if (node.property.type === 'Literal') {
              if (fields.has(String(node.property.value))) starts.push({ node, scope }); // `process.env["USER"]`
            } else if (envFields && node.object.type === 'MemberExpression' && !node.object.computed && node.object.property.name === 'env') {
              starts.push({ node, scope }); // `process.env[win ? "USERNAME" : "USER"]`: resolved later, kept when it is one
            } else if (isDecoderCall(node.property)) {
              // A field named through a string decoder (`vscode[_0x5e(0x138)][_0x5e(0x144)]`):
              // resolved later, like a computed method.
              starts.push({ node, scope });
            }
          },
          CallExpression(node, scope) {
            if (recordArgs.length < 512) for (const a of node.arguments as Node[]) if (a.type === 'ObjectExpression') recordArgs.push({ node: a, scope });
            if (!importsFiles && calleeName(node) === 'require' && /^\.{1,2}\//.test(String(node.arguments[0]?.value ?? ''))) importsFiles = true;
            const argv = gitArgv ? gitConfigRead(node) : undefined;
            if (argv) argvRuns.push({ node, scope, argv });
            if (kinds.has('host-identity') && reports.length < 16 && calleeName(node) === 'getReport') reports.push({ node, scope });
            const name = calleeName(node);
            if (!name) {
              // A computed method (obfuscated code hides names): resolved later, like the rest.
              const c = calleeOf(node);
              if (c.type === 'MemberExpression' && c.computed && c.property.type !== 'Literal') starts.push({ node, scope });
              return;
            }
            if (calls.has(name)) starts.push({ node, scope });
          },
          TaggedTemplateExpression(node, scope) {
            if (shells.length < 64) shells.push({ node, scope });
          },
          ImportDeclaration(node, scope) {
            const from = String(node.source.value);
            if (/^\.{1,2}\/|^\//.test(from)) importsFiles = true;
            if (!modules.some((m) => m.test(from))) return;
            for (const sp of node.specifiers as Node[]) {
              const imported = sp.type === 'ImportSpecifier' ? (sp.imported.type === 'Identifier' ? sp.imported.name : String(sp.imported.value)) : undefined;
              if (imported && calls.has(imported) && sp.local.name !== imported) aliases.push({ local: sp.local.name, scope });
            }
          },
          VariableDeclarator(node, scope) {
            // `const run = promisify(execFile)`: calls of run are calls of execFile.
            if (node.id.type === 'Identifier' && node.init?.type === 'CallExpression' && calleeName(node.init) === 'promisify') {
              const fn = node.init.arguments[0] ? unwrap(node.init.arguments[0]) : undefined;
              const named = fn?.type === 'Identifier' ? fn.name : fn?.type === 'MemberExpression' ? memberName(fn) : undefined;
              if (named && calls.has(named)) aliases.push({ local: node.id.name, scope });
            }
            if (node.id.type !== 'ObjectPattern' || !node.init) return;
            for (const p of node.id.properties as Node[]) {
              const k = p.type === 'Property' && !p.computed ? propertyKeyName(p) : undefined;
              if (k && calls.has(k) && p.value.type === 'Identifier' && p.value.name !== k) aliases.push({ local: p.value.name, scope });
              // `const { machineId: id } = await provider.get()`, `const { USER = "anon" } = process.env`: a field read as `.machineId` is.
              const local = p.value?.type === 'AssignmentPattern' ? p.value.left : p.value;
              if (k && fields.has(k) && local?.type === 'Identifier') fieldNames.push({ local: local.name, scope });
            }
          },
        },
        finish() {
          const r = ctx.resolver();
          for (const a of aliases) {
            const binding = a.scope.lookup(a.local);
            for (const site of ctx.facts().callSites(a.local).slice(0, 64)) if (site.scope.lookup(a.local) === binding) starts.push({ node: site.node, scope: site.scope });
          }
          for (const f of fieldNames.slice(0, 256)) {
            const binding = f.scope.lookup(f.local);
            if (binding) for (const ref of r.references(binding).slice(0, 8)) starts.push({ node: ref.node, scope: r.scopeAt(ref.path) });
          }
          // Commands run through a wrapper whose arguments come from its callers (`git(["config",
          // "user.name"])` → `run("git", ["-C", dir, ...args])` → `execFile(cmd, args, cb)`): the
          // caller whose arguments complete a command that prints an identity is where it begins.
          const wrapped = new Map<Node, { sensed: Sensed; note: string; field?: string; callable?: boolean; more?: Sensed[]; fields?: (string | undefined)[] }>();
          for (const e of envReads) {
            // (`process.env.NAME`, not `config.env.NAME` or `import.meta.env.NAME`.)
            if (r.valueOf(e.node.object, e.scope).ref !== 'process.env') continue;
            const w = envSensed.get(e.name)!;
            const [first, ...more] = w.sensed!.map((x) => ({ kind: x.kind as SenseKind, label: x.label, node: e.node }));
            if (wrapped.has(e.node) || !first) continue;
            wrapped.set(e.node, { sensed: first, more, note: `reads process.env.${e.name}, ${w.note} (${(w as { module?: string }).module ?? 'another file'})` });
            starts.push({ node: e.node, scope: e.scope });
          }
          for (const w of commandWrappers(starts, r, ctx.root())) {
            if (wrapped.has(w.site.node)) continue;
            wrapped.set(w.site.node, { sensed: { kind: w.kind, label: w.label, node: w.site.node, command: w.command }, note: w.note });
            starts.push({ node: w.site.node, scope: w.site.scope });
          }
          // A runner Candor cannot see into (execa inside another chunk, a native binding) handed
          // git's argv: `run(gitPath(), [...base, "config", "user.name"])`. The argv says what the
          // output is; the call's value carries it.
          for (const a of argvRuns.slice(0, 64)) {
            if (wrapped.has(a.node)) continue;
            const runner = calleeName(a.node);
            wrapped.set(a.node, { sensed: { kind: 'git-identity', label: 'git user identity', node: a.node }, note: `runs \`git ${a.argv}\`${runner ? ` through ${runner}()` : ''}` });
            starts.push({ node: a.node, scope: a.scope });
          }
          // `process.report.getReport()`: a record of the process, most of it ordinary (versions, limits,
          // stacks); its header names the host (`header.host`) and lists the network interfaces with
          // their MAC addresses (`header.networkInterfaces`). Those two fields are followed.
          for (const rep of reports) {
            if (wrapped.has(rep.node) || r.calleeValue(unwrap(calleeOf(rep.node)), rep.scope).ref !== 'process.report.getReport') continue;
            wrapped.set(rep.node, { sensed: { kind: 'host-identity', label: 'process.report header (host name, MAC addresses)', node: rep.node }, note: 'reads the host name and network interfaces in process.report.getReport()', field: 'header.host', fields: ['header.networkInterfaces'] });
            starts.push(rep);
          }
          // A shell template that runs a command whose output is an identity (`` Bun.$`git config user.email` ``):
          // it begins where its setting-up chain ends (`.cwd(dir).quiet().nothrow().text()`).
          for (const sh of shells) {
            if (!shellTemplateOf(sh.node, (n) => r.valueOf(n, sh.scope).ref, sh.scope)) continue;
            const cmd = shellCommandText(sh.node, (n) => r.constant(n, sh.scope)?.v);
            const hit = DISCOVERY_COMMANDS.find((x) => x.re.test(cmd));
            if (!hit || !kinds.has(hit.kind as FlowSource)) continue;
            const path = ctx.ancestors(sh.node);
            let outer = sh.node;
            for (let i = path.length - 2; i >= 1; i -= 2) {
              const m = path[i];
              const c = path[i - 1];
              if (m.type !== 'MemberExpression' || unwrap(m.object) !== outer || !SHELL_CHAIN.has(memberName(m) ?? '') || c.type !== 'CallExpression' || c.callee !== m) break;
              outer = c;
            }
            if (wrapped.has(outer)) continue;
            wrapped.set(outer, { sensed: { kind: hit.kind, label: hit.label, node: outer, command: cmd }, note: `runs \`${cmd.slice(0, 80)}\` through a shell template` });
            starts.push({ node: outer, scope: sh.scope });
          }
          // Imports of another module's exports that give identity (the scan says which): their calls begin here.
          for (const imp of ctx.links.inputs?.imports ?? []) {
            if (imp.name === REPLY) continue;
            for (const ref of importReads(r, ctx.root(), ctx.path, imp.module, imp.name)) {
              const parent = ref.path[ref.path.length - 2];
              const node = imp.call ? ((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === ref.node ? parent : undefined) : ref.node;
              // (Another field of what the same call gives, `seat().where` and `seat().label`: followed from the call too.)
              const had = node && !imp.accessor ? wrapped.get(node) : undefined;
              if (had && had.field !== imp.field && !had.fields?.includes(imp.field) && (had.fields?.length ?? 0) < 4 && had.note.endsWith(`(imported as ${ref.as})`)) (had.fields ??= []).push(imp.field);
              if (!node || wrapped.has(node)) continue;
              // A getter of the instances the call makes (`new Client().id`): only a read of that
              // name gives it; the instance serialised or spread does not hold it.
              if (imp.accessor && imp.field) {
                for (const read of accessorReads(r, ctx.root(), node, imp.field)) {
                  // (Another value the same getter gives: one more label of what it holds.)
                  const had = wrapped.get(read.node);
                  if (had && had.field === read.field && had.sensed.label !== imp.label && !had.more?.some((m) => m.label === imp.label) && (had.more?.length ?? 0) < 4) (had.more ??= []).push({ kind: imp.kind as SenseKind, label: imp.label, node: read.node });
                  if (had) continue;
                  wrapped.set(read.node, { sensed: { kind: imp.kind as SenseKind, label: imp.label, node: read.node }, note: `${imp.note} (imported as ${ref.as})`, field: read.field });
                  starts.push({ node: read.node, scope: read.scope });
                }
                continue;
              }
              // (What the call gives may be a function that gives it, `idSource()()`: the other module only says the call's result carries it.)
              wrapped.set(node, { sensed: { kind: imp.kind as SenseKind, label: imp.label, node }, note: `${imp.note} (imported as ${ref.as})`, field: imp.field, callable: imp.call && onlyCalled(r, ctx.ancestors(node)) });
              starts.push({ node, scope: r.scopeAt(ctx.ancestors(node)) });
            }
          }
          // Values this module passed to another's export, given back by the call (`tag(machineId)`).
          for (const back of (ctx.links.inputs?.returns ?? []).slice(0, 32)) {
            const path = nodePath(ctx.root(), back.at, back.at, (n) => n.start === back.at && (n.type === 'CallExpression' || n.type === 'NewExpression'));
            const node = path[path.length - 1];
            if (node.start !== back.at || (node.type !== 'CallExpression' && node.type !== 'NewExpression')) continue;
            // (Another value the same call gives back in the same field: one more label of what it sends.)
            const had = wrapped.get(node);
            if (had) {
              if (had.field === back.field && had.sensed.label !== back.label && !had.more?.some((m) => m.label === back.label)) (had.more ??= []).push({ kind: back.kind as SenseKind, label: back.label, node });
              continue;
            }
            wrapped.set(node, { sensed: { kind: back.kind as SenseKind, label: back.label, node }, note: back.note, field: back.field });
            starts.push({ node, scope: r.scopeAt(path) });
          }
          // What another module's export wrote into the object this one passed it
          // (`pipeline.run({ code, event: ev })` with `event.machine` set there): the object's other references hold it.
          for (const w of (ctx.links.inputs?.writes ?? []).slice(0, 16)) {
            // The export promisified here (`promisify(lookup)()`), called back in its second parameter
            // (`callback(null, v)`): each call of what promisify gives whose arguments put the callback there resolves to it.
            const back = parseCalledWith(w.field);
            if (back?.index === 1 && w.path.length === 1) {
              for (const call of promisifiedCalls(r, ctx.root(), ctx.path, w.module, w.path[0], w.arg)) {
                if (wrapped.has(call.node)) continue;
                wrapped.set(call.node, { sensed: { kind: w.kind as SenseKind, label: w.label, node: call.node }, note: `${w.note}, resolved by ${w.path[0]}() through promisify`, field: back.field });
                starts.push(call);
              }
            }
            for (const call of exportCalls(r, ctx.root(), ctx.path, w.module, w.path)) {
              const arg = (call.node.arguments as Node[])[w.arg];
              if (!arg || arg.type === 'SpreadElement') continue;
              const called = parseCalledWith(w.field);
              if (called) {
                // A function this module handed the export, called there with the value (`withIdentity(announce)`): its parameter's reads.
                for (const read of parameterReads(r, arg, call.scope, called.index, called.field)) {
                  if (wrapped.has(read.node)) continue;
                  wrapped.set(read.node, { sensed: { kind: w.kind as SenseKind, label: w.label, node: read.node }, note: `${w.note}, passed to the function ${w.path.join('.').replace(/\.\(\)/g, '()')}() was given`, field: read.field });
                  starts.push({ node: read.node, scope: read.scope });
                }
                continue;
              }
              for (const held of heldBy(r, arg, call.scope, w.field, call.node.end, w.key)) {
                if (wrapped.has(held.node)) continue;
                wrapped.set(held.node, { sensed: { kind: w.kind as SenseKind, label: w.label, node: held.node }, note: `${w.note}, written into what ${w.path.join('.').replace(/\.\(\)/g, '()')}() was given`, field: held.field });
                starts.push({ node: held.node, scope: held.scope });
              }
            }
          }
          const entries = refinedEntries(ctx.links.inputs?.entries ?? []);
          const callbacks = ctx.links.inputs?.callbacks ?? [];
          const replies = (ctx.links.inputs?.imports ?? []).filter((x) => x.name === REPLY);
          // Another module's value sent here (`metadata: { userId: cfg.username }`, `cfg` what another
          // chunk's service gives): asked of that module (below, when it reaches what a query watches),
          // and followed from here like a source once it answers with identity.
          // (What another module answered is reported at the sink that made this one ask, and not handed
          // on into a third module's function: the question was asked for that sink.)
          const answeredStarts = new Set<Node>();
          const askable = importsFiles ? valuesOfOthers(r, recordArgs, kinds, answeredStarts) : [];
          for (const node of answeredStarts) starts.push({ node, scope: r.scopeAt(ctx.ancestors(node)) });
          if (!starts.length && !entries.length && !callbacks.length && !replies.length && !askable.length) return;
          inSourceOrder(starts);
          const finder = new EffectFinder(r, ctx.root());
          // (Eight questions per file at most, besides those about decisions: each is another analysis of the module asked, and of this one.)
          let asked = 0;
          for (const a of askable) {
            if (asked >= 8) break;
            if (ctx.links.out.asks?.some((x) => x.ref === a.ref)) continue;
            const to = parseLinkedRef(a.ref);
            if (!to || !finder.slice(a.node, 'data').effects.some((e) => queries.some((q) => q.sinks.includes(e.kind)))) continue;
            (ctx.links.out.asks ??= []).push({ module: to.module, ref: a.ref, sent: true });
            asked++;
          }
          const sinks = queries.map(() => new Map<Node, Sink>());
          const done = new Set<Node>();
          // The variable a carrier step names (`kept in contract`), or the step's node itself.
          const holders = new Map<Node, Binding | Node>();
          const holderOf = (n: Node | undefined): Binding | Node | undefined => {
            if (!n) return undefined;
            let h = holders.get(n);
            if (h === undefined) {
              h = (n.type === 'Identifier' ? r.scopeAt(ctx.ancestors(n))?.lookup(n.name) : undefined) ?? n;
              holders.set(n, h);
            }
            return h;
          };
          const record = (slice: Slice, strong: Sensed[], srcSteps: Step[]) => {
            queries.forEach((q, qi) => {
              const mine = strong.filter((s) => q.sources.includes(s.kind as FlowSource));
              if (!mine.length) return;
              // A request Candor knows sends comes before one it infers from a shape, and an inferred
              // one is left out when it is a hand-off on the way to a known one: the very record
              // the known request sends, handed as it is to the hidden client (a route lookup given
              // the request contract the transport then sends). A record built for the hidden
              // client (`sdk.init({ headers: { "X-Id": id } })`) is another sink of the same value.
              const reached = slice.effects.filter((e) => q.sinks.includes(e.kind));
              const known = reached.filter((e) => !e.guess);
              const handOff = (g: (typeof reached)[number]) => {
                const last = g.via?.[g.via.length - 1]?.node;
                if (!last) return true;
                if (!(g.node.arguments as Node[] | undefined)?.some((a) => unwrap(a) === last)) return false;
                const from = holderOf(last);
                return known.some((k) => k.via?.some((st) => holderOf(st.node) === from));
              };
              const chosen = known.length ? [...known, ...reached.filter((e) => e.guess && !handOff(e))] : reached;
              for (const sent of chosen.slice(0, 6)) {
                const g = sinks[qi].get(sent.node) ?? { kind: sent.kind, labels: new Set<string>(), steps: [], carriers: [], onlyLowered: true, note: sent.kind !== 'request' || /header/.test(sent.note) || sent.note.startsWith(BY_PROTOCOL) ? sent.note : 'the request carries it' };
                for (const s of mine) {
                  g.labels.add(s.label);
                  if (!q.mediumWhen?.labels?.test(s.label)) g.onlyLowered = false;
                }
                g.steps.push(...srcSteps.filter((s) => s.role === 'source' || /^(stored|read back) as /.test(s.note)).slice(0, 4));
                // The carriers on this sink's own path (the first two and the last three when long).
                const via = sent.via ?? slice.carriers;
                g.carriers.push(...(via.length > 5 ? [...via.slice(0, 2), ...via.slice(-3)] : via));
                sinks[qi].set(sent.node, g);
              }
            });
          };
          // Where the value leaves the file, for the scan to follow into the module on the other side.
          const leave = (slice: Slice, strong: Sensed[], source: Step) => {
            const out = ctx.links.out;
            const where = `${source.note} (${ctx.path.slice(ctx.path.lastIndexOf('/') + 1)}:${ctx.lines.position(source.node.start).line})`;
            for (const x of slice.exits) {
              const to = parseLinkedRef(x.ref);
              // A logger or a UI renderer is not worth another file's analysis: neither sends what it is given.
              if (!to || (NOT_SENT.test(to.path[to.path.length - 1]) && !(to.path[to.path.length - 1] === 'render' && textUsed(ctx.ancestors(x.node))))) continue;
              const last = x.via[x.via.length - 1];
              for (const s of strong) addLink((out.exits ??= []), { ...to, arg: x.arg, ...(x.field ? { field: x.field } : {}), at: x.node.start, kind: s.kind, label: s.label, note: `${where}${last ? `, ${last.note}` : ''}, passed to ${linkPathText(to.path)}` });
            }
            for (const x of slice.exported) {
              // A member kept under a symbol this module made is named to importers by the export that holds the symbol.
              const head = x.field?.split('.')[0];
              const sym = head?.startsWith('@@symbol@') ? symbolExportName(r, ctx.root(), r.facts.programScope, head) : undefined;
              if (head?.startsWith('@@symbol@') && sym === undefined) continue;
              const field = sym === undefined ? x.field : [symbolField(sym, ctx.path), ...x.field!.split('.').slice(1)].join('.');
              for (const s of strong) addLink((out.exports ??= []), { name: x.name, call: x.call, ...(field ? { field } : {}), ...(x.accessor ? { accessor: true } : {}), kind: s.kind, label: s.label, note: where });
            }
            for (const x of slice.overridden) {
              const to = parseLinkedRef(x.ref);
              if (!to || to.path.length !== 1) continue;
              for (const s of strong) addLink((out.exits ??= []), { ...to, arg: -1, override: x.method, ...(x.field ? { field: x.field } : {}), kind: s.kind, label: s.label, note: `${where}, returned by ${x.method}(), which ${to.path[0]} calls on itself` });
            }
            // Written into an environment variable (`process.env.TOOL_OWNER = whoAmI()`): the tool's files that read it are told.
            for (const w of slice.envWritten) {
              const envs = (out.envWrites ??= []);
              const had = envs.find((e) => e.name === w.name && e.sensed);
              if (had) for (const s of strong) if (had.sensed!.length < 6 && !had.sensed!.some((x) => x.label === s.label)) had.sensed!.push({ kind: s.kind, label: s.label });
              if (!had && envs.length < 8) envs.push({ name: w.name, sensed: strong.map((s) => ({ kind: s.kind, label: s.label })), note: `${where}, written into process.env.${w.name} (${ctx.path.slice(ctx.path.lastIndexOf('/') + 1)}:${ctx.lines.position(w.node.start).line})` });
            }
            for (const x of slice.written) {
              const last = x.via[x.via.length - 1];
              for (const s of strong) addLink((out.writes ??= []), { path: x.path, arg: x.arg, field: x.field, ...(x.key ? { key: x.key } : {}), kind: s.kind, label: s.label, note: `${where}${last ? `, ${last.note}` : ''}` });
            }
          };
          for (const src of starts) {
            if (done.has(src.node)) continue;
            done.add(src.node);
            const wanted = (s: Sensed) => !s.weak && kinds.has(s.kind as FlowSource);
            const wrap = wrapped.get(src.node);
            let v = wrap ? { sensed: [wrap.sensed, ...(wrap.more ?? [])], steps: [{ role: 'source' as const, node: src.node, note: wrap.note }] } : r.valueOf(src.node, src.scope);
            let strong = (v.sensed ?? []).filter((s) => wanted(s) && s.node === src.node);
            // `const { USER } = process.env`: the variable begins where the name it was destructured to is read.
            if (!strong.length && src.node.type === 'Identifier') strong = (v.sensed ?? []).filter((s) => wanted(s) && s.envName !== undefined && v.ref === `process.env.${s.envName}`);
            if (!strong.length && !v.sensed?.length && src.node.type === 'CallExpression' && BY_NAME.has(calleeName(src.node) ?? '')) {
              v = r.valueByName(src.node, src.scope);
              strong = (v.sensed ?? []).filter(wanted);
            } else if (!strong.length && !v.sensed?.length && src.node.type === 'MemberExpression' && !v.ref && !v.konst) {
              v = r.fieldByName(src.node, memberName(src.node) ?? '');
              strong = (v.sensed ?? []).filter(wanted);
            } else if (!strong.length && !v.sensed?.length && src.node.type === 'Identifier' && !v.ref && !v.konst) {
              // A name a field was destructured to from what cannot be followed (`{ machineId: id } = await c.get()`).
              const b = src.scope.lookup(src.node.name);
              const key = b?.init && b.path?.length === 1 ? b.path[0] : undefined;
              if (typeof key === 'string' && fields.has(key)) {
                v = r.fieldByName(src.node, key);
                strong = (v.sensed ?? []).filter(wanted);
              }
            }
            if (!strong.length) continue;
            // (Each field of what one imported call gives, `seat().where` and `seat().label`, followed from the call.)
            for (const field of [wrap?.field, ...(wrap?.fields ?? [])]) {
              let slice: ReturnType<typeof finder.slice>;
              finder.commands = strong.every((x) => x.command !== undefined) ? strong.map((x) => x.command!) : undefined;
              try {
                slice = finder.slice(src.node, 'data', field, wrap?.callable);
              } finally {
                finder.commands = undefined;
              }
              record(slice, strong, v.steps ?? []);
              if (!answeredStarts.has(src.node)) leave(slice, strong, (v.steps ?? []).find((s) => s.role === 'source') ?? { role: 'source', node: src.node, note: 'reads it' });
            }
          }
          // A value that enters a function here from another module: followed from the parameter it enters by.
          const enter = (fn: FunctionInfo, arg: number, field: string | undefined, from: { kind: string; label: string; note: string }) => {
            const at = (fn.node.params[arg] as Node | undefined) ?? fn.node;
            const strong: Sensed[] = [{ kind: from.kind as SenseKind, label: from.label, node: at }];
            const steps: Step[] = [{ role: 'source', node: at, note: from.note }];
            const slice = finder.sliceParam(fn.node, arg, field, at);
            record(slice, strong, steps);
            leave(slice, strong, steps[0]);
            return slice;
          };
          // Values other modules pass into this one's exports.
          // (Constants handed over alone carry nothing sensed.)
          for (const e of entries.filter((x) => !x.constsOnly).slice(0, 32)) {
            // Returned by another module's override of a method this module's class calls on itself.
            if (e.override !== undefined) {
              if (e.decision) continue;
              for (const call of overrideCalls(r, ctx.root(), ctx.facts().programScope, e.path, e.override)) {
                const strong: Sensed[] = [{ kind: e.kind as SenseKind, label: e.label, node: call.node }];
                const steps: Step[] = [{ role: 'source', node: call.node, note: e.note }];
                const slice = finder.slice(call.node, 'data', e.field);
                record(slice, strong, steps);
                leave(slice, strong, steps[0]);
              }
              continue;
            }
            // What the thread that started this worker handed it (effects.ts workerExit).
            if (e.path.length === 1 && e.path[0] === '@@workerData') {
              for (const read of workerReads(r, ctx.root()).slice(0, 16)) {
                const strong: Sensed[] = [{ kind: e.kind as SenseKind, label: e.label, node: read.node }];
                const steps: Step[] = [{ role: 'source', node: read.node, note: `${e.note}, handed to the worker as workerData` }];
                const slice = finder.slice(read.node, 'data', e.field);
                record(slice, strong, steps);
                leave(slice, strong, steps[0]);
              }
              continue;
            }
            // What an extension posted to the webview that loads this script (effects.ts workerExit): the event's data.
            if (e.path.length === 1 && e.path[0] === '@@webview') {
              for (const fn of webviewListeners(r).slice(0, 4)) enter(fn, 0, e.field ? `data.${e.field}` : 'data', { ...e, note: `${e.note}, posted to the webview` });
              continue;
            }
            if (e.path.length === 1 && e.path[0] === '@@message') {
              for (const fn of messageHandlers(r).slice(0, 4)) enter(fn, 0, e.field, { ...e, note: `${e.note}, posted to the worker` });
              continue;
            }
            for (const fn of entryFunctions(r, ctx.root(), ctx.facts().programScope, e.path)) {
              const slice = enter(fn, e.arg, e.field, e);
              // Given back by the export (a helper that tags or hashes it): to the call that passed it.
              if (slice.returned && e.origin && e.at !== undefined) {
                const last = slice.returned.via[slice.returned.via.length - 1];
                addLink((ctx.links.out.returns ??= []), { module: e.origin, at: e.at, ...(slice.returned.field ? { field: slice.returned.field } : {}), kind: e.kind, label: e.label, note: `${e.note}${last ? `, ${last.note}` : ''}, returned by ${e.path.join('.').replace(/\.\(\)/g, '()')}` });
              }
              // Back into what the calling module handed: that module knows the object.
              if (!e.origin) continue;
              for (const c of slice.callbacks) {
                const last = c.via[c.via.length - 1];
                const where = `${ctx.path.slice(ctx.path.lastIndexOf('/') + 1)}:${ctx.lines.position(c.node.start).line}`;
                addLink((ctx.links.out.callbacks ??= []), { module: e.origin, path: e.path, ...(e.at !== undefined ? { at: e.at } : {}), arg: c.arg, ...(c.field ? { field: c.field } : {}), ...(c.method ? { method: c.method } : {}), methodArg: c.methodArg, ...(c.methodField ? { methodField: c.methodField } : {}), kind: e.kind, label: e.label, note: `${e.note}${last ? `, ${last.note}` : ''}, handed back to ${c.field ?? 'it'}${c.method ? `.${c.method}()` : '()'} (${where})` });
              }
            }
          }
          // What a child process this module forked (or a worker it started) sends back: the parameter of its message listener.
          for (const x of replies.slice(0, 8)) for (const fn of replyHandlers(r, ctx.path, x.module).slice(0, 4)) enter(fn, 0, x.field, { ...x, note: `${x.note}, sent back by ${moduleBaseName(x.module)}` });
          // Calls the modules this one called make on the objects it handed them: followed from
          // the method's parameter, in the class or object this module made.
          for (const c of callbacks.slice(0, 16)) for (const fn of handedFunctions(r, ctx.root(), ctx.path, c)) enter(fn, c.methodArg, c.methodField, c);
          // An object of a third module handed over (`store.create(ctx, new flags_1.UnleashLite())`,
          // whose `flags.isEnabled(name, ctx)` is called there): the value goes on into that module.
          for (const c of callbacks.slice(0, 16)) {
            const on = handedOnward(r, ctx.root(), c);
            if (!on) continue;
            const where = `${ctx.path.slice(ctx.path.lastIndexOf('/') + 1)}:${ctx.lines.position(on.call.start).line}`;
            addLink((ctx.links.out.exits ??= []), { ...on.to, arg: c.methodArg, ...(c.methodField ? { field: c.methodField } : {}), at: on.call.start, kind: c.kind, label: c.label, forDecision: true, note: `${c.note}, on an object made by ${linkPathText(on.to.path.slice(0, -1))} (${where})` });
          }
          queries.forEach((q, qi) => {
            for (const [node, g] of [...sinks[qi]].sort((a, b) => a[0].start - b[0].start)) {
              const labels = [...g.labels].sort();
              const byProtocol = g.note.startsWith(BY_PROTOCOL);
              const request = !byProtocol && g.kind === 'request';
              const to = request ? destinationOf(node, r.scopeAt(ctx.ancestors(node)), r) : undefined;
              const lowered = (q.mediumWhen?.labels && g.onlyLowered) || (q.mediumWhen?.byProtocol && byProtocol);
              ctx.report({
                ruleId: q.rule,
                severity: lowered ? 'medium' : q.severity,
                confidence: byProtocol ? 'medium' : 'high',
                message: byProtocol ? `Sends ${labels.join(', ')} ${g.note}` : request ? `Sends ${labels.join(', ')} in a request${to ? ` to ${to}` : ''}` : g.kind === 'prompt' ? `Writes ${labels.join(', ')} into the prompt sent to the model` : `${labels.join(', ')}: ${g.note}`,
                node,
                values: labels,
                details: { query: q.name, ...(to ? { destination: to } : {}) },
                trace: dedupeSteps([...g.steps.slice(0, 4), ...g.carriers.slice(0, 5), { role: 'effect', node, note: g.note }]),
                key: request || byProtocol ? ['sent', ...labels] : g.kind === 'prompt' ? ['prompt', ...labels] : [q.name, ...labels],
              });
            }
          });
        },
      };
    },
  };
}

/** The calls this module (at `path`) makes of another module's export: `[name]` called, or `[Class, "()", method]` called on an instance. */
function exportCalls(r: Resolver, root: Node, path: string, module: string, exportPath: string[]): { node: Node; scope: Scope }[] {
  const out: { node: Node; scope: Scope }[] = [];
  if (exportPath.length === 1) {
    for (const ref of importReads(r, root, path, module, exportPath[0])) {
      const call = ref.path[ref.path.length - 2];
      if (call?.type === 'CallExpression' && call.callee === ref.node) out.push({ node: call, scope: r.scopeAt(ref.path) });
    }
    return out.slice(0, 8);
  }
  if (exportPath.length !== 3 || exportPath[1] !== '()') return out;
  const want = exportPath.join('.');
  for (const site of r.methodCalls(exportPath[2], 256)) {
    const ref = r.calleeValue(unwrap(site.node.callee), site.scope).ref;
    const to = ref?.startsWith('module:') ? parseLinkedRef(ref) : undefined;
    if (!to || to.path.map((x) => (x === 'new' ? '()' : x)).join('.') !== want || !resolveSpecifier(path, to.module).includes(module)) continue;
    out.push(site);
    if (out.length >= 8) break;
  }
  return out;
}

/**
 * The calls of what util.promisify makes of an imported function (`const get = promisify(lookup);
 * await get()`, `promisify(lookup)()`) with `arity` arguments: the callback it adds is then the
 * function's parameter `arity`.
 */
function promisifiedCalls(r: Resolver, root: Node, path: string, module: string, name: string, arity: number): { node: Node; scope: Scope }[] {
  const out: { node: Node; scope: Scope }[] = [];
  const take = (call: Node | undefined, scope: Scope): void => {
    if (call?.type === 'CallExpression' && call.arguments.length === arity && out.length < 8) out.push({ node: call, scope });
  };
  for (const ref of importReads(r, root, path, module, name)) {
    const wrap = ref.path[ref.path.length - 2];
    if (wrap?.type !== 'CallExpression' || wrap.arguments[0] !== ref.node) continue;
    const scope = r.scopeAt(ref.path);
    if (r.calleeValue(unwrap(wrap.callee), scope).ref !== 'util.promisify') continue;
    const holder = ref.path[ref.path.length - 3];
    if (holder?.type === 'CallExpression' && holder.callee === wrap) take(holder, scope);
    else if (holder?.type === 'VariableDeclarator' && holder.init === wrap && holder.id.type === 'Identifier') {
      const b = scope.lookup(holder.id.name);
      for (const use of b ? r.references(b).slice(0, 16) : []) {
        const call = use.path[use.path.length - 2];
        if (call?.callee === use.node) take(call, r.scopeAt(use.path));
      }
    }
  }
  return out;
}

/**
 * The reads of the parameter `index` a function passed as an argument is called with the value
 * in (under `field` of it), for each function the argument may be.
 */
function parameterReads(r: Resolver, arg: Node, scope: Scope, index: number, field: string | undefined): { node: Node; scope: Scope; field?: string }[] {
  const out: { node: Node; scope: Scope; field?: string }[] = [];
  for (const fn of (r.valueOf(arg, scope).fns ?? []).slice(0, 3)) {
    const p = fn.node.params[index];
    const b = p?.type === 'Identifier' ? fn.scope.own(p.name) : undefined;
    if (!b) continue;
    for (const ref of r.references(b).slice(0, 32)) out.push({ node: ref.node, scope: r.scopeAt(ref.path), field });
  }
  return out;
}

/**
 * What holds a value written into `field` of an argument: an object literal's property that
 * names a variable (`{ code, event: ev }` under event.machine: ev under machine), or the
 * variable passed itself; each of its other references, with the rest of the field.
 */
function heldBy(r: Resolver, arg: Node, scope: Scope, field: string, after: number, key?: string, depth = 0): { node: Node; scope: Scope; field?: string }[] {
  const a = unwrap(arg);
  const out: { node: Node; scope: Scope; field?: string }[] = [];
  if (a.type === 'ObjectExpression') {
    const dot = field.indexOf('.');
    if (dot < 0 || depth > 2) return out;
    for (const p of a.properties as Node[]) {
      if (p.type !== 'Property' || p.computed || propertyKeyName(p) !== field.slice(0, dot)) continue;
      out.push(...heldBy(r, p.value, scope, field.slice(dot + 1), after, undefined, depth + 1));
    }
  } else if (a.type === 'Identifier') {
    const b = scope.lookup(a.name);
    if (!b) return out;
    const made = b.init && !b.assignments ? unwrap(b.init) : undefined;
    // A method called by name takes only objects made with its key (`{ code, event }` for `process({ event })`).
    if (key !== undefined && (made?.type !== 'ObjectExpression' || !(made.properties as Node[]).some((p) => p.type === 'Property' && !p.computed && propertyKeyName(p) === key))) return out;
    // What is read after the call: before it, the object did not hold the value yet.
    for (const ref of r.references(b).slice(0, 32)) if (ref.node !== a && ref.node.start > after) out.push({ node: ref.node, scope: r.scopeAt(ref.path), field });
    if (made?.type === 'ObjectExpression' && depth <= 2) out.push(...heldBy(r, made, b.scope, field, after, undefined, depth + 1));
  }
  return out;
}

/**
 * The functions a callback link names in this module: at each call this module makes of the
 * other's export (`new Flags({ provider: p, … })`), the object in the argument's field, then its
 * method (`p.getAll`), or the object itself when it is a function.
 */
/**
 * The other module a callback goes on to: the object the call at `c.at` handed over (in `c.field`
 * of argument `c.arg`) is another module's (an instance of its class), and `c.method` is that
 * module's to follow.
 */
function handedOnward(r: Resolver, root: Node, c: LinkCallback): { to: { module: string; path: string[] }; call: Node } | undefined {
  if (c.at === undefined || !c.method) return undefined;
  const path = nodePath(root, c.at, c.at, (n) => (n.type === 'CallExpression' || n.type === 'NewExpression') && n.start === c.at);
  const call = path[path.length - 1];
  if (!call || call.start !== c.at || (call.type !== 'CallExpression' && call.type !== 'NewExpression')) return undefined;
  const arg = (call.arguments as Node[])[c.arg];
  if (!arg || arg.type === 'SpreadElement') return undefined;
  let v = r.valueOf(arg, r.scopeAt(path));
  if (c.field) v = r.memberOf(v, c.field, arg);
  if (!v.ref?.startsWith('module:') || v.konst || v.sensed?.length || v.fns || v.instance || v.obj) return undefined;
  const to = parseLinkedRef(`${v.ref}.${c.method}`);
  return to ? { to, call } : undefined;
}

function handedFunctions(r: Resolver, root: Node, path: string, c: LinkCallback): FunctionInfo[] {
  const out: FunctionInfo[] = [];
  const construct = c.path[c.path.length - 1] === 'new';
  if (c.path.length !== (construct ? 2 : 1)) return out;
  for (const ref of importReads(r, root, path, c.module, c.path[0]).slice(0, 16)) {
    const call = ref.path[ref.path.length - 2];
    if (!call || (call.type !== 'CallExpression' && call.type !== 'NewExpression') || call.callee !== ref.node) continue;
    // The call that passed the value (another call of the export may hand another object).
    if (c.at !== undefined && call.start !== c.at) continue;
    const arg = (call.arguments as Node[])[c.arg];
    if (!arg || arg.type === 'SpreadElement') continue;
    let v = r.valueOf(arg, r.scopeAt(ref.path));
    if (c.field) v = r.memberOf(v, c.field, arg);
    // One of several objects (`test ? new Provider(…) : new Noop()`): each one's method, the
    // module's ones aside (another file's class is that file's to follow).
    const each: AV[] = c.method ? [v.instance && { instance: v.instance }, v.obj && { obj: v.obj }, v.cls && { cls: v.cls }].flatMap((x) => (x ? [r.memberOf(x, c.method!, arg)] : [])) : [v];
    for (const m of each) for (const fn of m.fns ?? []) if (!out.includes(fn) && out.length < 4) out.push(fn);
  }
  return out;
}

/**
 * Where a request goes, when its URL says so without running anything: a literal, a constant, or
 * the fixed start of a template or a concatenation (`https://api.example.dev/info?id=${id}`).
 */
function destinationOf(request: Node, scope: Scope | undefined, r: Resolver): string | undefined {
  const arg = request.arguments?.[0] as Node | undefined;
  if (!arg) return undefined;
  let head: Node = unwrap(arg);
  while (head.type === 'BinaryExpression' && head.operator === '+') head = unwrap(head.left);
  const constant = head.type !== 'TemplateLiteral' && head.type !== 'Literal' && scope ? r.constant(head, scope)?.v : undefined;
  const text = typeof constant === 'string' ? constant : urlHead(head);
  if (!text) return undefined;
  // `${base}/api/auth/devices`: the base is configured, the path says what the request is for.
  const afterBase = head.type === 'TemplateLiteral' && !head.quasis[0]?.value.cooked;
  if (afterBase) return /^\/[\w.-]/.test(text) ? `…${text.split('?')[0].slice(0, 80)}` : undefined;
  return hostOf(text);
}

/** The same step twice (one source reached through both arms of a ternary) reads as one. */
function dedupeSteps(steps: Step[]): Step[] {
  const seen = new Set<string>();
  return steps.filter((s) => {
    const k = `${s.role}:${s.node.start}:${s.note}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export type { SenseKind };

/** The parameters of `fn` that a call's arguments use. */
function paramsIn(call: Node, fn: { node: Node; scope: Scope }, scope: Scope): Binding[] {
  const out = new Set<Binding>();
  for (const a of (call.arguments as Node[]).slice(0, 4)) {
    forEachDescendant(a, (x) => {
      if (isFunction(x)) return false;
      if (x.type === 'Identifier') {
        const b = scope.lookup(x.name);
        if (b?.kind === 'param' && b.fn?.node === fn.node && b.paramIndex !== undefined && !b.path) out.add(b);
      }
      return true;
    }, 200);
  }
  return [...out];
}

/**
 * The function around a call whose parameters its arguments use (the nearest such, up to three
 * functions out: `run(cmd, args) { return new Promise((res) => execFile(cmd, args, …)) }`), with them.
 */
function wrapperOf(call: Node, scope: Scope, r: Resolver, root: Node): { info: NonNullable<ReturnType<Resolver['facts']['functions']['get']>>; params: Binding[] } | undefined {
  const path = pathTo(root, call);
  let seen = 0;
  for (let i = path.length - 2; i >= 0 && seen < 3; i--) {
    if (!isFunction(path[i])) continue;
    seen++;
    const info = r.facts.functions.get(path[i]);
    if (!info) continue;
    const params = paramsIn(call, info, scope);
    if (params.length) return { info, params };
  }
  return undefined;
}

/**
 * Calls of wrappers around a process API whose arguments, bound two callers up, complete a command
 * that prints an identity (git user, machine id): each with the command's kind and label.
 */
function commandWrappers(starts: { node: Node; scope: Scope }[], r: Resolver, root: Node) {
  const out: { site: { node: Node; scope: Scope }; kind: SenseKind; label: string; command: string; note: string }[] = [];
  const match = (text: string) => DISCOVERY_COMMANDS.find((d) => (d.kind === 'git-identity' || d.kind === 'machine-id' || /^(whoami|hostname|scutil)$/.test(d.label)) && d.re.test(text));
  const argOf = (site: CallSite, b: Binding) => siteArgs(site)[b.paramIndex! + (site.shift ?? 0)] as Node | undefined;
  // The bound is on the commands run, not on the starts: a large bundle has thousands of other
  // sources (Qoder's 7 608) before the one `execFile` its git wrapper calls.
  let runs = 0;
  for (const e of starts) {
    if (e.node.type !== 'CallExpression' || !/^child_process\.(exec|execFile|spawn|execSync|execFileSync|spawnSync)$/.test(r.valueOf(unwrap(e.node.callee), e.scope).ref ?? '')) continue;
    if (++runs > 64) break;
    const f = wrapperOf(e.node, e.scope, r, root);
    if (!f) continue;
    const p1 = f.params;
    for (const s of r.callSitesOf(f.info).slice(0, 16)) {
      const env1 = new Map<Binding, Val>(p1.map((b) => [b, evalArg(argOf(s, b), s.scope, new Map(), r)]));
      const text = commandOf(e.node, e.scope, env1, r);
      const hit = match(text);
      const via = f.info.name ? ` through ${f.info.name}()` : '';
      if (hit) {
        out.push({ site: s, kind: hit.kind, label: hit.label, command: text, note: `runs \`${text.slice(0, 80)}\`${via}` });
        continue;
      }
      // One caller further: `git(args)` → `run("git", ["-C", dir, ...args])`.
      const g = wrapperOf(s.node, s.scope, r, root);
      if (!g) continue;
      const p2 = g.params;
      for (const t of r.callSitesOf(g.info).slice(0, 16)) {
        const env2 = new Map<Binding, Val>(p2.map((b) => [b, evalArg(argOf(t, b), t.scope, new Map(), r)]));
        const env = new Map<Binding, Val>(p1.map((b) => [b, evalArg(argOf(s, b), s.scope, env2, r)]));
        const text2 = commandOf(e.node, e.scope, env, r);
        const hit2 = match(text2);
        if (hit2) out.push({ site: t, kind: hit2.kind, label: hit2.label, command: text2, note: `runs \`${text2.slice(0, 80)}\` through ${g.info.name ?? 'a wrapper'}()${via}` });
      }
    }
  }
  return out;
}

/**
 * The argv of a git command that prints the user's name or email (`["config", "user.name"]`,
 * `[...base, "config", "--get", "user.email"]`), as an argument of a call: the arguments after
 * "config" that Candor can read, or undefined. Writing the key (a value after it) is not reading it.
 */
function gitConfigRead(call: Node): string | undefined {
  for (const a of call.arguments as Node[]) {
    if (a.type !== 'ArrayExpression' || a.elements.length < 2) continue;
    const els = a.elements as (Node | null)[];
    const last = els[els.length - 1];
    if (last?.type !== 'Literal' || typeof last.value !== 'string' || !/^user\.(name|email)$/.test(last.value)) continue;
    const at = els.findIndex((e) => e?.type === 'Literal' && e.value === 'config');
    if (at < 0) continue;
    const between = els.slice(at + 1, -1);
    if (!between.every((e) => e?.type === 'Literal' && typeof e.value === 'string' && /^--(get|global|local|system|worktree|includes|no-includes|null|show-origin|show-scope)$/.test(e.value))) continue;
    return ['config', ...between.map((e) => String(e!.value)), last.value].join(' ');
  }
  return undefined;
}

/** `_0x5e(0x144)` or `_0x5e(0x14b, 'zLBj')`: a call with one or two literal arguments, the shape of a string table's lookup. */
function isDecoderCall(n: Node): boolean {
  return n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.arguments.length >= 1 && n.arguments.length <= 2 && (n.arguments as Node[]).every((a) => a.type === 'Literal');
}

/**
 * A value that is only ever called (`idSource()()`, `const getId = idSource(); … getId()`): a
 * function that gives what the call that made it was said to give.
 */
function onlyCalled(r: Resolver, path: Node[]): boolean {
  const node = path[path.length - 1];
  const parent = path[path.length - 2];
  if (!parent) return false;
  if (parent.type === 'CallExpression' && parent.callee === node) return true;
  if (parent.type !== 'VariableDeclarator' || parent.init !== node || parent.id.type !== 'Identifier') return false;
  const b = r.scopeAt(path).lookup(parent.id.name);
  if (!b) return false;
  const uses = r.references(b).slice(0, 8).filter((ref) => ref.node !== parent.id);
  return uses.length > 0 && uses.every((ref) => {
    const up = ref.path[ref.path.length - 2];
    return up?.type === 'CallExpression' && up.callee === ref.node;
  });
}

/**
 * The reads of a getter's name on an instance another module's class makes here: on the
 * construction itself (`new probe.Client().id`) or on the variable it is kept in. The rest of the
 * field path goes on from each read.
 */
function accessorReads(r: Resolver, root: Node, made: Node, field: string): { node: Node; scope: Scope; field?: string }[] {
  const [head, ...rest] = field.split('.');
  const tail = rest.length ? rest.join('.') : undefined;
  const path = pathTo(root, made);
  const parent = path[path.length - 2];
  if (parent?.type === 'MemberExpression' && parent.object === made && r.nameOf(parent, r.scopeAt(path)) === head) return [{ node: parent, scope: r.scopeAt(path), field: tail }];
  // The instance handed to a function (`auth(provider)`, `run(new Client())`): the function may
  // read the getter. One of this file: its reads of the getter on that parameter. Another file of
  // the tool's: followed there with the getter's field. (Serialised, `JSON.stringify(c)`, or
  // handed to a package, `axios.post(url, c)`, the instance does not hold what its getters give.)
  const handed = (p: Node[], n: Node): { node: Node; scope: Scope; field?: string }[] | undefined => {
    const call = p[p.length - 2];
    if ((call?.type !== 'CallExpression' && call?.type !== 'NewExpression') || !(call.arguments as Node[]).includes(n)) return undefined;
    const f = r.calleeValue(unwrap(call.callee), r.scopeAt(p.slice(0, -1)));
    if (f.ref && /^module:\.{0,2}\//.test(f.ref)) return [{ node: n, scope: r.scopeAt(p), field }];
    const idx = (call.arguments as Node[]).indexOf(n);
    const reads: { node: Node; scope: Scope; field?: string }[] = [];
    for (const fn of (f.fns ?? []).slice(0, 2)) {
      const param = fn.node.params[idx] as Node | undefined;
      const pb = param?.type === 'Identifier' ? r.scopeOf(fn.node)?.lookup(param.name) : undefined;
      if (!pb || pb.assignments) continue;
      for (const ref of r.references(pb).slice(0, 32)) {
        const m = ref.path[ref.path.length - 2];
        if (m?.type !== 'MemberExpression' || m.object !== ref.node || reads.length >= 16) continue;
        const sc = r.scopeAt(ref.path[0] === root ? ref.path : pathTo(root, ref.node));
        if (r.nameOf(m, sc) === head) reads.push({ node: m, scope: sc, field: tail });
      }
    }
    return reads;
  };
  const given = handed(path, made);
  if (given) return given;
  if (parent?.type !== 'VariableDeclarator' || parent.init !== made || parent.id.type !== 'Identifier' || !r.index) return [];
  const b = r.scopeAt(path).lookup(parent.id.name);
  if (!b || b.assignments) return [];
  const out: { node: Node; scope: Scope; field?: string }[] = [];
  for (const ref of r.references(b)) {
    const m = ref.path[ref.path.length - 2];
    const given = out.length < 16 ? handed(ref.path, ref.node) : undefined;
    if (given) out.push(...given);
    if (m?.type !== 'MemberExpression' || m.object !== ref.node) continue;
    const full = pathTo(root, m);
    if (r.nameOf(m, r.scopeAt(full)) === head) out.push({ node: m, scope: r.scopeAt(full), field: tail });
  }
  return out;
}

/** Reads of worker_threads' workerData in a worker's file (found by the name's places in the text). */
function workerReads(r: Resolver, root: Node): { node: Node; scope: Scope }[] {
  const out: { node: Node; scope: Scope }[] = [];
  for (const at of r.positionsOf('workerData')) {
    if (out.length >= 16) break;
    const path = nodePath(root, at, at + 10, (n) => n.start === at || (n.type === 'MemberExpression' && n.property.start === at));
    const last = path[path.length - 1];
    // The name itself (`workerData`, destructured from the module) or the member (`wt.workerData`).
    const node = last.type === 'Identifier' && last.start === at ? (path[path.length - 2]?.type === 'MemberExpression' && path[path.length - 2].property === last ? path[path.length - 2] : last) : undefined;
    if (!node) continue;
    const upTo = path.slice(0, path.lastIndexOf(node) + 1);
    const parent = upTo[upTo.length - 2];
    if (parent?.type === 'Property' && parent.key === node && parent.value !== node) continue;
    const scope = r.scopeAt(upTo);
    if (r.valueOf(node, scope).ref === 'module:worker_threads.workerData') out.push({ node, scope });
  }
  return out;
}

/**
 * The functions this module (at `path`) listens with to what a child process it forks, or a worker
 * it starts, from the file `module` sends back: `fork(file).on("message", fn)`,
 * `new Worker(file).once("message", fn)`.
 */
function replyHandlers(r: Resolver, path: string, module: string): FunctionInfo[] {
  return messageListeners(r, (object, recv, scope) => {
    if (!/^(module:)?(child_process\.fork|worker_threads\.Worker)\(\)$/.test(recv.ref ?? '')) return false;
    // The call that started it: the `new Worker` itself, or what the variable holding it was given.
    const o = unwrap(object);
    const b = o.type === 'Identifier' ? scope.lookup(o.name) : undefined;
    const started = recv.made ?? (b?.init && !b.assignments ? unwrap(b.init) : o);
    const spec = started.type === 'CallExpression' || started.type === 'NewExpression' ? workerSpec(started.arguments[0]) : undefined;
    return !!spec && resolveSpecifier(path, spec).includes(module);
  });
}

/** A file's last path segment, for a note. */
function moduleBaseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** The functions a webview's script listens to the extension's messages with (`window.addEventListener("message", fn)`). */
function webviewListeners(r: Resolver): FunctionInfo[] {
  const out: FunctionInfo[] = [];
  for (const site of r.methodCalls('addEventListener', 64)) {
    const call = site.node;
    const c = unwrap(call.callee);
    const ev = call.arguments[0];
    if (c.type !== 'MemberExpression' || ev?.type !== 'Literal' || ev.value !== 'message' || !call.arguments[1]) continue;
    const o = unwrap(c.object);
    if (o.type !== 'Identifier' || !/^(window|self|globalThis)$/.test(o.name) || site.scope.lookup(o.name)) continue;
    const fn = r.valueOf(call.arguments[1], site.scope).fns?.[0];
    if (fn && !out.includes(fn)) out.push(fn);
  }
  return out;
}

/** The functions a worker's file listens to its parent's messages with (`parentPort.on("message", fn)`). */
function messageHandlers(r: Resolver): FunctionInfo[] {
  return messageListeners(r, (_object, recv) => recv.ref === 'module:worker_threads.parentPort');
}

/** The functions given to `x.on("message", fn)` (`once`, `addListener`) on the objects `accepts` takes. */
function messageListeners(r: Resolver, accepts: (object: Node, recv: AV, scope: Scope) => boolean): FunctionInfo[] {
  const out: FunctionInfo[] = [];
  for (const m of ['on', 'once', 'addListener']) {
    for (const site of r.methodCalls(m, 256)) {
      const call = site.node;
      const c = unwrap(call.callee);
      const ev = call.arguments[0];
      if (c.type !== 'MemberExpression' || ev?.type !== 'Literal' || ev.value !== 'message' || !call.arguments[1]) continue;
      if (!accepts(c.object, r.valueOf(c.object, site.scope), site.scope)) continue;
      const fn = r.valueOf(call.arguments[1], site.scope).fns?.[0];
      if (fn && !out.includes(fn)) out.push(fn);
    }
  }
  return out;
}
