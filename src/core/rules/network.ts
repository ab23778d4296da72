import { calleeName, calleeOf, inSourceOrder, memberName, propertyKeyName, unwrap, type Node } from '../engine/ast';
import { hostOf } from './data/keywords';

import type { Scope } from '../engine/scope';
import type { Resolver, Step } from '../engine/resolve';
import { EffectFinder, urlHead } from './effects';
import type { Check } from './types';

const REQUEST_METHODS = new Set(['request', 'get', 'post', 'put', 'patch', 'fetch', 'sendBeacon', 'send']);
/** Calls that may read the host's or the user's identity (resolved later: the names alone decide nothing). */
const IDENTITY_CALLS = new Set(['hostname', 'userInfo', 'networkInterfaces', 'readFileSync', 'readFile', 'execSync', 'execFileSync', 'exec', 'execFile', 'spawnSync', 'machineId', 'machineIdSync', 'getMachineId', 'getHostname']);
/**
 * Identity calls whose receiver may be a bundled library the resolver cannot follow (node-machine-id
 * behind a UMD and webpack wrapper): resolved through the functions the file stores under that name.
 */
const BY_NAME = new Set(['hostname', 'userInfo', 'machineId', 'machineIdSync', 'getMachineId', 'getHostname']);
/** How the effect finder words a field that a telemetry SDK sends by its protocol. */
const BY_PROTOCOL = 'in a request to ';
/** Modules whose functions read the host's identity, imported under another name. */
const IDENTITY_MODULES = /^(node:)?(os|child_process|fs|fs\/promises)$|^node-machine-id$/;
/** Fields that hold a machine's identity by name; a read whose receiver cannot be followed gets what the bundle stores there. */
const IDENTITY_FIELDS = new Set(['machineId', 'devDeviceId', 'deviceId', 'machine_id', 'device_id']);
const TELEMETRY_METHODS = new Set(['track', 'capture', 'logEvent', 'trackEvent', 'sendTelemetryEvent', 'sendTelemetryErrorEvent', 'logUsage', 'identify', 'sendEvent', 'recordEvent', 'emit']);
const TELEMETRY_HOSTS = /(segment\.(io|com)|statsig|sentry\.io|ingest\.sentry|posthog|datadoghq|mixpanel|amplitude|google-analytics|googletagmanager|dc\.services\.visualstudio\.com|applicationinsights|in\.applicationinsights\.azure\.com|honeycomb\.io|otel|telemetry|analytics|bugsnag|rollbar|logrocket|heap(analytics)?\.io|clarity\.ms|clearcut|play\.googleapis\.com\/log)/i;
const OPT_OUT_NAMES = /(isTelemetryEnabled|onDidChangeTelemetryEnabled|telemetryLevel|enableTelemetry|telemetryEnabled|usageStatisticsEnabled|DISABLE_TELEMETRY|DO_NOT_TRACK|NONESSENTIAL_TRAFFIC|TELEMETRY_DISABLED|TELEMETRY_ENABLED|DISABLE_ERROR_REPORTING|NO_TELEMETRY|OPT_OUT)/;

/** Cheap gate before the regex: every opt-out name has one of these fragments. */
function mayNameOptOut(s: string): boolean {
  return s.includes('elemetry') || s.includes('ELEMETRY') || s.includes('TRACK') || s.includes('NONESSENTIAL') || s.includes('OPT_OUT') || s.includes('ERROR_REPORTING') || s.includes('usageStatistics');
}

interface Call {
  node: Node;
  scope: Scope;
  api: string;
}

/**
 * Where the code talks to: hosts in URL literals, request APIs, telemetry with or without an
 * opt-out check nearby — and host identity reaching a request (an alert).
 */
export const networkCheck: Check = {
  name: 'network',
  reports: ['host-identity-sent', 'telemetry'],
  create(ctx) {
    const inv = ctx.inventory;
    const hosts = new Set<string>();
    const calls: Call[] = [];
    const identitySources: { node: Node; scope: Scope }[] = [];
    /** Identity functions taken under another name (`import { hostname as h } from "os"`, `const { hostname: h } = require("os")`). */
    const aliases: { local: string; scope: Scope }[] = [];
    const telemetryHosts = new Set<string>();
    const telemetryNodes: Node[] = [];
    const optOuts = new Set<string>();
    let firstTelemetry: Node | undefined;
    const addUrl = (s: string, node: Node) => {
      if (s.length > 2048) return;
      const c0 = s.charCodeAt(0);
      if (c0 !== 104 && c0 !== 119) return; // h, w
      if (!/^(https?|wss?):\/\//.test(s)) return;
      const h = hostOf(s);
      if (!h || !/[a-z]/.test(h)) return;
      if (hosts.size < 1000) hosts.add(h);
      if (TELEMETRY_HOSTS.test(s)) {
        telemetryHosts.add(h);
        firstTelemetry ??= node;
        if (telemetryNodes.length < 24) telemetryNodes.push(node);
      }
    };
    return {
      visitors: {
        Literal(node) {
          const v = node.value;
          if (typeof v === 'string' && v.length >= 8) {
            addUrl(v, node);
            if (v.length < 64 && mayNameOptOut(v) && OPT_OUT_NAMES.test(v)) optOuts.add(v);
          }
        },
        TemplateElement(node) {
          const s = node.value.cooked;
          if (s) addUrl(s, node);
        },
        MemberExpression(node, scope) {
          if (node.computed) return;
          const name = node.property.name as string;
          if (IDENTITY_FIELDS.has(name)) identitySources.push({ node, scope });
          if (name.length > 8 && mayNameOptOut(name) && OPT_OUT_NAMES.test(name)) optOuts.add(name);
        },
        CallExpression(node, scope) {
          const name = calleeName(node);
          if (!name) {
            // A computed method (obfuscated code hides names): resolved later, like the rest.
            const c = calleeOf(node);
            if (c.type === 'MemberExpression' && c.computed && c.property.type !== 'Literal') identitySources.push({ node, scope });
            return;
          }
          if (name === 'fetch' || REQUEST_METHODS.has(name) || TELEMETRY_METHODS.has(name)) calls.push({ node, scope, api: name });
          if (IDENTITY_CALLS.has(name)) identitySources.push({ node, scope });
        },
        ImportDeclaration(node, scope) {
          if (!IDENTITY_MODULES.test(String(node.source.value))) return;
          for (const sp of node.specifiers as Node[]) {
            const imported = sp.type === 'ImportSpecifier' ? (sp.imported.type === 'Identifier' ? sp.imported.name : String(sp.imported.value)) : undefined;
            if (imported && IDENTITY_CALLS.has(imported) && sp.local.name !== imported) aliases.push({ local: sp.local.name, scope });
          }
        },
        VariableDeclarator(node, scope) {
          if (node.id.type !== 'ObjectPattern' || !node.init) return;
          for (const p of node.id.properties as Node[]) {
            const k = p.type === 'Property' ? propertyKeyName(p) : undefined;
            if (k && IDENTITY_CALLS.has(k) && p.value.type === 'Identifier' && p.value.name !== k) aliases.push({ local: p.value.name, scope });
          }
        },
        NewExpression(node, scope) {
          const c = node.callee;
          const name = c.type === 'Identifier' ? c.name : c.type === 'MemberExpression' ? memberName(c) : undefined;
          if (name === 'WebSocket' || name === 'EventSource' || name === 'XMLHttpRequest') calls.push({ node, scope, api: name });
        },
      },
      finish() {
        const r = ctx.resolver();
        inSourceOrder(calls);
        inv.hosts = [...hosts].sort();
        const apis = new Set<string>();
        const finder = new EffectFinder(r, ctx.root());
        for (const call of calls) {
          const calleeRef = call.node.type === 'CallExpression' ? r.valueOf(unwrap(call.node.callee), call.scope).ref : undefined;
          const isNet = call.api === 'fetch' || call.api === 'WebSocket' || call.api === 'EventSource' || call.api === 'XMLHttpRequest' || call.api === 'sendBeacon' || (calleeRef !== undefined && /^(https?|http2|net|module:axios|module:node-fetch|module:undici|module:got)\b/.test(calleeRef));
          if (isNet) apis.add(calleeRef && !calleeRef.includes('(') && calleeRef !== 'fetch' ? calleeRef.replace(/^module:/, '') : call.api);
        }
        // Identity reaching a request: each identity source followed forward to where it is sent;
        // one finding per request, with every identity it carries.
        const byRequest = new Map<Node, { labels: Set<string>; steps: Step[]; carriers: Step[]; onlyVs: boolean; note: string }>();
        for (const a of aliases) {
          const binding = a.scope.lookup(a.local);
          for (const site of ctx.facts().callSites(a.local).slice(0, 64)) if (site.scope.lookup(a.local) === binding) identitySources.push({ node: site.node, scope: site.scope });
        }
        inSourceOrder(identitySources);
        const done = new Set<Node>();
        for (const src of identitySources) {
          if (done.has(src.node)) continue;
          done.add(src.node);
          const identity = (s: NonNullable<typeof v.sensed>[number]) => !s.weak && (s.kind === 'host-identity' || s.kind === 'machine-id' || s.kind === 'git-identity');
          let v = r.valueOf(src.node, src.scope);
          let strong = (v.sensed ?? []).filter((s) => identity(s) && s.node === src.node);
          if (!strong.length && !v.sensed?.length && src.node.type === 'CallExpression' && BY_NAME.has(calleeName(src.node) ?? '')) {
            v = r.valueByName(src.node, src.scope);
            strong = (v.sensed ?? []).filter(identity);
          } else if (!strong.length && !v.sensed?.length && src.node.type === 'MemberExpression' && !v.ref && !v.konst) {
            v = r.fieldByName(src.node, memberName(src.node) ?? '');
            strong = (v.sensed ?? []).filter(identity);
          }
          if (!strong.length) continue;
          const slice = finder.slice(src.node, 'data');
          for (const sent of slice.effects.filter((e) => e.kind === 'request').slice(0, 2)) {
            const g = byRequest.get(sent.node) ?? { labels: new Set<string>(), steps: [], carriers: [], onlyVs: true, note: /header/.test(sent.note) || sent.note.startsWith(BY_PROTOCOL) ? sent.note : 'the request carries it' };
            for (const s of strong) {
              g.labels.add(s.label);
              if (!s.label.startsWith('vscode.env.')) g.onlyVs = false;
            }
            g.steps.push(...(v.steps ?? []).filter((s) => s.role === 'source' || /^(stored|read back) as /.test(s.note)).slice(0, 4));
            g.carriers.push(...slice.carriers.slice(0, 3));
            byRequest.set(sent.node, g);
          }
        }
        for (const [node, g] of [...byRequest].sort((a, b) => a[0].start - b[0].start)) {
          const labels = [...g.labels].sort();
          // A field an SDK sends by protocol: whether it is sent depends on how the SDK is set up.
          const byProtocol = g.note.startsWith(BY_PROTOCOL);
          const to = byProtocol ? undefined : destinationOf(node, calls.find((c) => c.node === node)?.scope, r);
          ctx.report({
            ruleId: 'host-identity-sent',
            severity: g.onlyVs || byProtocol ? 'medium' : 'high',
            confidence: byProtocol ? 'medium' : 'high',
            message: byProtocol ? `Sends ${labels.join(', ')} ${g.note}` : `Sends ${labels.join(', ')} in a request${to ? ` to ${to}` : ''}`,
            node,
            values: labels,
            ...(to ? { details: { destination: to } } : {}),
            trace: dedupeSteps([...g.steps.slice(0, 4), ...g.carriers.slice(0, 4), { role: 'effect', node, note: g.note }]),
            key: ['sent', ...labels],
          });
        }
        inv.network = [...apis].sort();
        if (telemetryHosts.size) {
          const checked = optOuts.size > 0;
          // A table of analytics hosts (to recognise them, to block them) sends nothing: only an
          // endpoint that reaches a request is telemetry sent.
          let sent: { url: Node; request: Node } | undefined;
          for (const n of telemetryNodes) {
            const e = finder.slice(n, 'data').effects.find((x) => x.kind === 'request');
            if (e) {
              sent = { url: n, request: e.node };
              break;
            }
          }
          ctx.report({
            ruleId: 'telemetry',
            severity: checked || !sent ? 'info' : 'low',
            confidence: sent ? 'high' : 'medium',
            message: `${sent ? 'Sends telemetry or analytics to' : 'Names telemetry or analytics hosts'} ${[...telemetryHosts].slice(0, 4).join(', ')}${telemetryHosts.size > 4 ? '…' : ''}; ${checked ? `opt-out checked in this file (${[...optOuts].slice(0, 3).join(', ')})` : 'no opt-out check found in this file'}`,
            node: sent?.url ?? firstTelemetry!,
            values: [...telemetryHosts].sort(),
            trace: [{ role: 'effect', node: sent?.url ?? firstTelemetry!, note: 'telemetry endpoint' }, ...(sent ? [{ role: 'effect' as const, node: sent.request, note: 'a request goes to it' }] : [])],
            key: ['telemetry', ...[...telemetryHosts].sort()],
            details: { optOutChecked: checked, optOuts: [...optOuts].sort(), endpoints: [...telemetryHosts].sort(), sent: !!sent },
          });
        }
      },
    };
  },
};

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
