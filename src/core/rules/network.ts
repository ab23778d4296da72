import { calleeName, inSourceOrder, memberName, unwrap, type Node } from '../engine/ast';
import { hostOf } from './data/keywords';
import { isSensed, type AV, type Resolver, type Sensed } from '../engine/resolve';
import type { Scope } from '../engine/scope';
import type { Check } from './types';

const REQUEST_METHODS = new Set(['request', 'get', 'post', 'put', 'patch', 'fetch', 'sendBeacon', 'send']);
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
    const telemetryHosts = new Set<string>();
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
        MemberExpression(node) {
          if (node.computed) return;
          const name = node.property.name as string;
          if (name.length > 8 && mayNameOptOut(name) && OPT_OUT_NAMES.test(name)) optOuts.add(name);
        },
        CallExpression(node, scope) {
          const name = calleeName(node);
          if (!name) return;
          if (name === 'fetch' || REQUEST_METHODS.has(name) || TELEMETRY_METHODS.has(name)) calls.push({ node, scope, api: name });
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
        const sentSeen = new Set<string>();
        for (const call of calls) {
          const calleeRef = call.node.type === 'CallExpression' ? r.valueOf(unwrap(call.node.callee), call.scope).ref : undefined;
          const isNet = call.api === 'fetch' || call.api === 'WebSocket' || call.api === 'EventSource' || call.api === 'XMLHttpRequest' || call.api === 'sendBeacon' || (calleeRef !== undefined && /^(https?|http2|net|module:axios|module:node-fetch|module:undici|module:got)\b/.test(calleeRef));
          const isTelemetry = TELEMETRY_METHODS.has(call.api);
          if (isNet) apis.add(calleeRef && !calleeRef.includes('(') && calleeRef !== 'fetch' ? calleeRef.replace(/^module:/, '') : call.api);
          if (!isNet && !isTelemetry) continue;
          // Host identity reaching the request: walk the arguments' values (objects, JSON, templates).
          const carried = carriedIdentity(r, call.node, call.scope);
          if (!carried.length) continue;
          const strong = [...new Map(carried.filter((s) => !s.weak).map((s) => [`${s.node.start}:${s.label}`, s])).values()];
          if (!strong.length) continue;
          const labels = [...new Set(strong.map((s) => s.label))];
          const key = `${call.api}:${labels.join(',')}`;
          if (sentSeen.has(key)) continue;
          sentSeen.add(key);
          const onlyVsMachineId = strong.every((s) => s.label.startsWith('vscode.env.'));
          ctx.report({
            ruleId: 'host-identity-sent',
            severity: onlyVsMachineId ? 'medium' : 'high',
            confidence: isNet ? 'high' : 'medium',
            message: `Sends ${labels.join(', ')} ${isNet ? 'in a request' : 'to a telemetry client'} (${call.api})`,
            node: call.node,
            values: labels,
            trace: [...strong.slice(0, 4).map((s) => ({ role: 'source' as const, node: s.node, note: `reads ${s.label}` })), { role: 'effect', node: call.node, note: `${isNet ? 'request' : 'telemetry event'} carries it` }],
            key: [call.api, ...labels.sort()],
          });
        }
        inv.network = [...apis].sort();
        if (telemetryHosts.size) {
          const checked = optOuts.size > 0;
          ctx.report({
            ruleId: 'telemetry',
            severity: checked ? 'info' : 'low',
            confidence: 'medium',
            message: `Sends telemetry or analytics to ${[...telemetryHosts].slice(0, 4).join(', ')}${telemetryHosts.size > 4 ? '…' : ''}; ${checked ? `opt-out checked in this file (${[...optOuts].slice(0, 3).join(', ')})` : 'no opt-out check found in this file'}`,
            node: firstTelemetry!,
            values: [...telemetryHosts].sort(),
            trace: [{ role: 'effect', node: firstTelemetry!, note: 'telemetry endpoint' }],
            key: ['telemetry', ...[...telemetryHosts].sort()],
            details: { optOutChecked: checked, optOuts: [...optOuts].sort(), endpoints: [...telemetryHosts].sort() },
          });
        }
      },
    };
  },
};

function carriedIdentity(r: Resolver, call: Node, scope: Scope): Sensed[] {
  const out: Sensed[] = [];
  const visit = (av: AV, depth: number) => {
    if (isSensed(av)) for (const s of av.sensed!) if (s.kind === 'host-identity' || s.kind === 'machine-id' || s.kind === 'git-identity') out.push(s);
    if (av.obj && depth < 3) {
      for (const p of (av.obj.node.properties as Node[]).slice(0, 64)) {
        if (p.type === 'Property') visit(r.valueOf(p.value, av.obj.scope), depth + 1);
        else if (p.type === 'SpreadElement') visit(r.valueOf(p.argument, av.obj.scope), depth + 1);
      }
    }
  };
  for (const a of (call.arguments as Node[]).slice(0, 4)) visit(r.valueOf(a.type === 'SpreadElement' ? a.argument : a, scope), 0);
  return out;
}
