import { calleeName, inSourceOrder, memberName, unwrap, type Node } from '../engine/ast';
import { hostOf } from './data/keywords';
import type { Scope } from '../engine/scope';
import { EffectFinder } from './effects';
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
 * opt-out check nearby. Identity reaching a request is a flow query (queries/identity-sent.ts).
 */
export const networkCheck: Check = {
  name: 'network',
  reports: ['telemetry'],
  create(ctx) {
    const inv = ctx.inventory;
    const hosts = new Set<string>();
    const calls: Call[] = [];
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
        const finder = new EffectFinder(r, ctx.root());
        for (const call of calls) {
          const calleeRef = call.node.type === 'CallExpression' ? r.valueOf(unwrap(call.node.callee), call.scope).ref : undefined;
          const isNet = call.api === 'fetch' || call.api === 'WebSocket' || call.api === 'EventSource' || call.api === 'XMLHttpRequest' || call.api === 'sendBeacon' || (calleeRef !== undefined && /^(https?|http2|net|module:axios|module:node-fetch|module:undici|module:got)\b/.test(calleeRef));
          if (isNet) apis.add(calleeRef && !calleeRef.includes('(') && calleeRef !== 'fetch' ? calleeRef.replace(/^module:/, '') : call.api);
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
