import { setOwn } from '../model';
import { calleeName, calleeOf, memberName, propertyKeyName, staticString, unwrap, inSourceOrder, type Node } from '../engine/ast';
import { DISCOVERY_COMMANDS, envGroup, SENSITIVE_FILES } from '../engine/sources';
import { isSensed } from '../engine/resolve';
import type { Scope } from '../engine/scope';
import { EffectFinder } from './effects';
import type { Check } from './types';

/** Sources read as properties, and sources that are calls (`x.version` is everywhere; `os.version()` is not). */
const SOURCE_PROPERTIES = new Set(['timeZone', 'locale', 'language', 'languages', 'machineId', 'devDeviceId']);
const SOURCE_NAMES = new Set(['hostname', 'userInfo', 'networkInterfaces', 'homedir', 'release', 'cpus', 'machine', 'version', 'totalmem', 'resolvedOptions', 'getTimezoneOffset', 'machineId', 'machineIdSync', 'language', 'languages', 'timeZone', 'locale', 'devDeviceId']);
const EXEC_NAMES = new Set(['exec', 'execSync', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']);
const READ_NAMES = new Set(['readFile', 'readFileSync', 'createReadStream', 'readdir', 'readdirSync', 'open', 'openSync']);
/** `FOO`, `Foo`, `_x`, `http_proxy`: names an env var may have (a char test, not a regex, per member). */
function envishKey(k: string): boolean {
  const c = k.charCodeAt(0);
  return (c >= 65 && c <= 90) || c === 95 || k.includes('_');
}

function isEnvMember(n: Node): boolean {
  return n.type === 'MemberExpression' && memberName(n) === 'env';
}

/**
 * What a file can sense and do, independent of suspicion: env vars by group, time zone, locale,
 * host identity, machine ids, commands, sensitive files. Feeds the inventory; machine ids,
 * discovery commands, sensitive files and whole-environment reads are also findings.
 */
export const inventoryCheck: Check = {
  name: 'inventory',
  reports: ['env-enumerate', 'machine-id-read', 'discovery-command', 'sensitive-file-read'],
  create(ctx) {
    const envReads: { node: Node; scope: Scope }[] = [];
    const envDestructures: { node: Node; scope: Scope }[] = [];
    const envWhole: { node: Node; scope: Scope; how: string }[] = [];
    const imports: { node: Node; scope: Scope }[] = [];
    const sourceCandidates: { node: Node; scope: Scope; parent: Node | null }[] = [];
    const execCalls: { node: Node; scope: Scope }[] = [];
    const readCalls: { node: Node; scope: Scope }[] = [];
    const inv = ctx.inventory;

    return {
      visitors: {
        MemberExpression(node, scope) {
          const obj = node.object;
          if (isEnvMember(obj)) envReads.push({ node, scope });
          else if (obj.type === 'Identifier') {
            const key = memberName(node);
            if (key !== undefined && envishKey(key)) envReads.push({ node, scope });
          }
          const key = node.computed ? undefined : node.property.name;
          if (key !== undefined && SOURCE_PROPERTIES.has(key)) sourceCandidates.push({ node, scope, parent: null });
        },
        VariableDeclarator(node, scope) {
          if (node.id.type === 'ObjectPattern' && node.init) envDestructures.push({ node, scope });
        },
        ImportDeclaration(node, scope) {
          imports.push({ node, scope });
        },
        CallExpression(node, scope) {
          const name = calleeName(node);
          if (name === undefined) return;
          const callee = calleeOf(node);
          if (SOURCE_NAMES.has(name)) sourceCandidates.push({ node: callee, scope, parent: node });
          if (EXEC_NAMES.has(name)) execCalls.push({ node, scope });
          else if (READ_NAMES.has(name)) readCalls.push({ node, scope });
          else if ((name === 'keys' || name === 'entries' || name === 'values' || name === 'stringify') && node.arguments[0] && (isEnvMember(node.arguments[0]) || node.arguments[0].type === 'Identifier')) {
            envWhole.push({ node: node.arguments[0], scope, how: name === 'stringify' ? 'serialises' : 'enumerates' });
          }
        },
        ObjectExpression(node, scope) {
          for (const p of node.properties as Node[]) if (p.type === 'SpreadElement' && isEnvMember(p.argument)) envWhole.push({ node: p.argument, scope, how: 'copies' });
        },
        ForInStatement(node, scope) {
          if (isEnvMember(node.right) || node.right.type === 'Identifier') envWhole.push({ node: node.right, scope, how: 'enumerates' });
        },
      },
      finish() {
        const r = ctx.resolver();
        inSourceOrder(envReads);
        inSourceOrder(envDestructures);
        inSourceOrder(envWhole);
        inSourceOrder(imports);
        inSourceOrder(sourceCandidates);
        inSourceOrder(execCalls);
        inSourceOrder(readCalls);
        // The first place each variable is read: where the trust report points for it.
        const readEnv = (name: string, at: Node) => {
          inv.envVars[name] = envGroup(name);
          if (name === '*') return;
          const where = (inv.envReadAt ??= {});
          if (!Object.hasOwn(where, name)) setOwn(where, name, ctx.lines.location(at.start, at.end));
        };
        for (const { node, scope } of envReads) {
          // `x.FOO` is an env read only when x can be process.env: skip names bound to anything else.
          if (node.object.type === 'Identifier' && !mayAliasEnv(scope, node.object.name)) continue;
          const v = r.valueOf(node, scope);
          for (const s of v.sensed ?? []) if (s.envName && s.node === node) readEnv(s.envName, node);
        }
        // `const {execSync: x, hostname} = require(…)` and `import {hostname as h}`: calls through local names count too.
        const MODULES = /^(child_process|os|fs|node-machine-id)$/;
        const throughLocal = (imported: string | undefined, local: string, scope: Scope) => {
          if (!imported) return;
          const binding = scope.lookup(local);
          for (const site of ctx.facts().callSites(local)) {
            if (site.scope.lookup(local) !== binding) continue;
            if (EXEC_NAMES.has(imported)) execCalls.push({ node: site.node, scope: site.scope });
            else if (READ_NAMES.has(imported)) readCalls.push({ node: site.node, scope: site.scope });
            else if (SOURCE_NAMES.has(imported)) sourceCandidates.push({ node: site.node.callee, scope: site.scope, parent: site.node });
          }
        };
        for (const { node, scope } of envDestructures) {
          if (!(node.id.properties as Node[]).some(takesModuleFunction) || !mayBeModule(scope, node.init)) continue;
          const ref = r.valueOf(node.init, scope).ref;
          if (!ref || !MODULES.test(ref)) continue;
          for (const p of node.id.properties as Node[]) if (p.type === 'Property' && p.value.type === 'Identifier') throughLocal(propertyKeyName(p), p.value.name, scope);
        }
        for (const { node, scope } of imports) {
          const mod = String(node.source.value).replace(/^node:/, '');
          if (!MODULES.test(mod)) continue;
          for (const s of node.specifiers as Node[]) if (s.type === 'ImportSpecifier') throughLocal(s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value), s.local.name, scope);
        }
        for (const { node, scope } of envDestructures) {
          const init = node.init as Node;
          if (!(isEnvMember(init) || (init.type === 'Identifier' && mayAliasEnv(scope, init.name)))) continue;
          if (r.valueOf(init, scope).ref !== 'process.env') continue;
          for (const p of node.id.properties as Node[]) {
            if (p.type === 'Property') {
              const k = !p.computed ? (p.key.type === 'Identifier' ? p.key.name : String(p.key.value)) : staticString(p.key);
              if (k) readEnv(k, p);
            }
          }
        }
        // One finding per way the file takes the whole environment, every occurrence in the trace.
        const whole = new Map<string, Node[]>();
        const seenWhole = new Set<number>();
        for (const { node, scope, how } of envWhole) {
          if ((node.type === 'Identifier' && neverEnv(scope, node.name)) || r.valueOf(node, scope).ref !== 'process.env' || seenWhole.has(node.start)) continue;
          seenWhole.add(node.start);
          // Passing the environment on to a child process is ordinary.
          const anc = ctx.ancestors(node);
          const parent = anc[anc.length - 2];
          const great = anc[anc.length - 4];
          if (how === 'copies' && great && great.type === 'Property' && propertyKeyName(great) === 'env') continue;
          if (parent && parent.type === 'Property' && propertyKeyName(parent) === 'env') continue;
          inv.envVars['*'] = 'other';
          whole.set(how, [...(whole.get(how) ?? []), node]);
        }
        // Where the whole environment goes decides: sent in a request it is an alert (it holds the
        // user's secrets); kept in the process (a secret filter for logs, a child's environment) it is not.
        const finder = whole.size ? new EffectFinder(r, ctx.root()) : undefined;
        if (finder) finder.wholeOnly = true;
        for (const [how, nodes] of whole) {
          const verb = how === 'serialises' ? 'Serialises' : how === 'copies' ? 'Copies' : 'Enumerates';
          let sent: { node: Node; at: Node } | undefined;
          for (const n of nodes.slice(0, 20)) {
            const start = how === 'serialises' ? ([...ctx.ancestors(n)].reverse().find((x) => x.type === 'CallExpression') ?? n) : n;
            const e = finder!.slice(start, 'data').effects.find((x) => x.kind === 'request');
            if (e) {
              sent = { node: e.node, at: n };
              break;
            }
          }
          ctx.report({
            ruleId: 'env-enumerate',
            severity: sent ? 'high' : 'low',
            confidence: 'high',
            message: `${verb} the whole environment (process.env)${nodes.length > 1 ? `, ${nodes.length} times` : ''}${sent ? ' and sends it in a request' : ''}`,
            node: sent ? sent.at : nodes[0],
            values: [],
            trace: [...nodes.slice(0, 10).map((n) => ({ role: 'source' as const, node: n, note: `${how} process.env` })), ...(sent ? [{ role: 'effect' as const, node: sent.node, note: 'a request carries it' }] : [])],
            key: [how, sent ? 'sent' : 'kept'],
            details: { occurrences: nodes.length, sent: !!sent },
          });
        }
        const seenSource = new Set<string>();
        const doneSource = new Set<Node>();
        // Calls first, so a member that is also a callee is resolved as the call.
        sourceCandidates.sort((a, b) => (a.parent ? 0 : 1) - (b.parent ? 0 : 1));
        for (const { node, scope, parent } of sourceCandidates) {
          if (doneSource.has(node)) continue;
          doneSource.add(node);
          let v = r.valueOf(node, scope);
          // `os.hostname` is the function; the source is its call.
          if (!isSensed(v) && parent && parent.type === 'CallExpression' && unwrap(parent.callee) === node) v = r.valueOf(parent, scope);
          for (const s of v.sensed ?? []) {
            if (s.kind === 'timezone') inv.timeZone = true;
            else if (s.kind === 'locale') inv.locale = true;
            else if (s.kind === 'host-identity') {
              if (!inv.hostIdentity.includes(s.label)) inv.hostIdentity.push(s.label);
            } else if (s.kind === 'machine-id') {
              if (!inv.machineIds.includes(s.label)) inv.machineIds.push(s.label);
              const k = `${s.label}@${s.node.start}`;
              if (seenSource.has(k)) continue;
              seenSource.add(k);
              ctx.report({ ruleId: 'machine-id-read', confidence: 'high', message: `Reads a machine identifier (${s.label})`, node: s.node, values: [s.label], trace: [{ role: 'source', node: s.node, note: `reads ${s.label}` }], key: [s.label] });
            }
          }
        }
        const doneExec = new Set<Node>();
        for (const { node, scope } of execCalls) {
          if (doneExec.has(node)) continue;
          doneExec.add(node);
          const callee = unwrap(node.callee);
          const ref = r.valueOf(callee, scope).ref;
          if (!ref || !ref.startsWith('child_process.')) continue;
          const first = node.arguments[0];
          const cmdV = first ? r.valueOf(first, scope) : undefined;
          let cmd = cmdV?.konst && typeof cmdV.konst.v === 'string' ? cmdV.konst.v : undefined;
          const argList = node.arguments[1];
          if (cmd !== undefined && argList && argList.type === 'ArrayExpression') {
            cmd = [cmd, ...(argList.elements as Node[]).map((e) => (e ? staticString(e) ?? '…' : '…'))].join(' ');
          }
          const shown = cmd ?? '(dynamic command)';
          if (!inv.commands.includes(shown) && inv.commands.length < 200) inv.commands.push(shown.slice(0, 200));
          const d = cmd !== undefined ? DISCOVERY_COMMANDS.find((x) => x.re.test(cmd!)) : undefined;
          if (d) {
            if (d.kind === 'machine-id' && !inv.machineIds.includes(d.label)) inv.machineIds.push(d.label);
            ctx.report({ ruleId: 'discovery-command', severity: d.kind === 'machine-id' ? 'medium' : 'low', confidence: 'high', message: `Runs \`${cmd!.slice(0, 80)}\` (${d.label})`, node, values: [cmd!], trace: [{ role: 'source', node, note: `runs ${d.label} through ${ref}` }], key: [d.label, cmd!] });
          }
        }
        const doneRead = new Set<Node>();
        for (const { node, scope } of readCalls) {
          if (doneRead.has(node)) continue;
          doneRead.add(node);
          const first = node.arguments[0];
          if (!first) continue;
          const literals = literalParts(first, r.valueOf.bind(r), scope);
          const hit = literals.find((l) => SENSITIVE_FILES.test(l));
          if (!hit) continue;
          const ref = r.valueOf(unwrap(node.callee), scope).ref;
          if (ref && !ref.startsWith('fs.')) continue;
          if (!inv.sensitiveFiles.includes(hit)) inv.sensitiveFiles.push(hit);
          ctx.report({ ruleId: 'sensitive-file-read', confidence: ref ? 'high' : 'medium', message: `Reads a sensitive file (${hit})`, node, values: [hit], trace: [{ role: 'source', node, note: `reads ${hit}` }], key: [hit] });
        }
      },
    };
  },
};

/** `{execSync: x}`, `{hostname}`: a destructured name that `throughLocal` follows to its calls. */
function takesModuleFunction(p: Node): boolean {
  if (p.type !== 'Property' || p.value.type !== 'Identifier') return false;
  const k = propertyKeyName(p);
  return k !== undefined && (EXEC_NAMES.has(k) || READ_NAMES.has(k) || SOURCE_NAMES.has(k));
}

/** Values that are never `process.env`: functions, classes, literals and fresh objects or lists. */
const FRESH_VALUES = new Set(['ObjectExpression', 'ArrayExpression', 'Literal', 'TemplateLiteral', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassExpression']);

/**
 * A name bound to something that cannot be the environment, known without resolving it. A
 * parameter is not: it is whatever its callers pass.
 */
function neverEnv(scope: Scope, name: string): boolean {
  const b = scope.lookup(name);
  if (!b) return true; // a free name resolves to a global, never to process.env itself
  if (b.kind === 'function' || b.kind === 'class' || b.kind === 'catch') return true;
  return (b.kind === 'var' || b.kind === 'let' || b.kind === 'const') && !b.path && !b.assignments && !!b.init && FRESH_VALUES.has(b.init.type);
}

/** `require("os")`, an interop wrapper around it, or a name bound to one: the shapes a module takes. */
function mayBeModule(scope: Scope, init: Node): boolean {
  if (init.type === 'CallExpression' || init.type === 'MemberExpression' || init.type === 'AwaitExpression') return true;
  if (init.type !== 'Identifier') return false;
  const b = scope.lookup(init.name);
  return !b || b.kind === 'import' || (!!b.init && (b.init.type === 'CallExpression' || b.init.type === 'MemberExpression'));
}

function mayAliasEnv(scope: Scope, name: string): boolean {
  const b = scope.lookup(name);
  if (!b) return name === 'env';
  if (b.kind === 'param' || b.kind === 'import') return b.kind === 'import';
  if (b.kind !== 'var' && b.kind !== 'let' && b.kind !== 'const') return false;
  if (b.path) return b.path[b.path.length - 1] === 'env';
  const init = b.init;
  if (!init) return !!b.assignments;
  if (init.type === 'CallExpression') return !isModuleImport(init);
  return isEnvMember(init) || init.type === 'Identifier' || init.type === 'LogicalExpression' || init.type === 'ConditionalExpression' || init.type === 'SequenceExpression';
}

const IMPORT_HELPERS = /^(require|__require|require_\w+|__toESM|__toCommonJS|__importDefault|__importStar|_interopRequireDefault|_interopRequireWildcard)$/;

/** `require("x")`, `__toESM(require_x())`, `_interopRequireDefault(require("x"))`: a module, whose `x.FOO` is no env read. */
function isModuleImport(call: Node): boolean {
  // Not calleeName(): that keeps the node it was last asked about, and this runs after the parse.
  return call.callee.type === 'Identifier' && IMPORT_HELPERS.test(call.callee.name);
}

/** String pieces of a path expression: literals, constants, path.join/template parts. */
function literalParts(n: Node, valueOf: (n: Node, s: Scope) => { konst?: { v: unknown } }, scope: Scope): string[] {
  const out: string[] = [];
  const stack = [n];
  let budget = 64;
  while (stack.length && budget-- > 0) {
    const cur = stack.pop()!;
    const s = staticString(cur);
    if (s !== undefined) {
      out.push(s);
      continue;
    }
    if (cur.type === 'TemplateLiteral') {
      for (const q of cur.quasis) if (q.value.cooked) out.push(q.value.cooked);
      stack.push(...cur.expressions);
    } else if (cur.type === 'CallExpression') stack.push(...cur.arguments);
    else if (cur.type === 'BinaryExpression') stack.push(cur.left, cur.right);
    else if (cur.type === 'Identifier') {
      const v = valueOf(cur, scope);
      if (v.konst && typeof v.konst.v === 'string') out.push(v.konst.v);
    }
  }
  return out;
}
