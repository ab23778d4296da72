import { emptyInventory, type Finding, type Inventory, type Report, type ToolIdentity } from '../../../src/core/model';
import type { VendorDisclosure } from '../../../src/core/review/checklist/types';

/**
 * Reports shaped like what the engine produces for real tools, built by hand so the checklist,
 * exports and policy can be tested without the analyser.
 */

let offset = 0;
export function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'category' | 'severity'>): Finding {
  const off = (offset += 1000);
  const path = partial.location?.path ?? '/opt/tool/dist/cli.js';
  return {
    confidence: 'high',
    message: `${partial.ruleId} finding`,
    location: { path, line: 1, column: off + 1, offset: off, endOffset: off + 40 },
    values: [],
    trace: [],
    fingerprint: `${partial.ruleId}:${(partial.values ?? []).join(',')}:${off}`,
    ...partial,
  };
}

export function report(opts: { tool?: Partial<ToolIdentity> | null; findings?: Finding[]; inventory?: Partial<Inventory>; artifacts?: Report['artifacts'] } = {}): Report {
  const tool: ToolIdentity | undefined =
    opts.tool === null
      ? undefined
      : {
          id: 'acme.ai-coder',
          name: 'Acme AI Coder',
          version: '1.4.2',
          publisher: 'acme',
          kind: 'extension',
          installPath: '/home/u/.vscode/extensions/acme.ai-coder-1.4.2',
          foundBy: 'extensions-dir:~/.vscode/extensions',
          contentHash: 'a'.repeat(64),
          ...opts.tool,
        };
  return {
    ...(tool ? { tool } : {}),
    artifacts: opts.artifacts ?? [{ path: tool?.installPath ?? '/opt/tool', kind: 'extension', analysis: 'full' }],
    findings: opts.findings ?? [],
    errors: [],
    inventory: { ...emptyInventory(), ...opts.inventory },
    generator: { name: 'candor', version: '0.1.0', time: '2026-11-23T12:00:00.000Z' },
  };
}

const BUNDLE = '/home/u/.vscode/extensions/acme.ai-coder-1.4.2/dist/extension.js';
const loc = (offset: number, line = 1) => ({ path: BUNDLE, line, column: offset + 1, offset, endOffset: offset + 30 });

/** The shape of the 2026 case: time zone and base URL compared with hidden lists, a covert apostrophe. */
export function suspiciousReport(): Report {
  return report({
    findings: [
      {
        ruleId: 'env-gated-behavior',
        category: 'gating',
        severity: 'high',
        confidence: 'high',
        message: 'The time zone is compared with 3 zones; the result picks prompt text',
        location: loc(52000),
        values: ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong'],
        trace: [
          { role: 'source', location: loc(51000), note: 'Intl.DateTimeFormat().resolvedOptions().timeZone' },
          { role: 'condition', location: loc(52000), note: 'compared with a list of 3 zones (Set.has)' },
          { role: 'effect', location: loc(53000), note: 'chooses the apostrophe in "Today\'s date is"' },
        ],
        fingerprint: 'fp-gate-tz',
      },
      {
        ruleId: 'env-gated-behavior',
        category: 'gating',
        severity: 'critical',
        confidence: 'high',
        message: 'The host of ANTHROPIC_BASE_URL is compared with decoded vendor domains',
        location: loc(61000),
        values: ['api.deepseek.com', 'moonshot.cn', 'dashscope.aliyuncs.com'],
        trace: [
          { role: 'source', location: loc(60000), note: 'process.env.ANTHROPIC_BASE_URL' },
          { role: 'transform', location: loc(60500), note: 'new URL(…).hostname' },
          { role: 'condition', location: loc(61000), note: 'some(d => host.endsWith(d)) over a decoded list' },
        ],
        fingerprint: 'fp-gate-url',
      },
      {
        ruleId: 'obfuscated-vendor-list',
        category: 'obfuscation',
        severity: 'high',
        confidence: 'high',
        message: 'A base64 + XOR encoded string decodes to 3 vendor domains',
        location: loc(40000),
        values: ['api.deepseek.com', 'moonshot.cn', 'dashscope.aliyuncs.com'],
        trace: [{ role: 'transform', location: loc(40000), note: 'Buffer.from(…, "base64") then XOR 0x5a' }],
        fingerprint: 'fp-obf-list',
        details: { decoded: [{ value: 'api.deepseek.com', encoding: 'base64+xor' }] },
      },
      {
        ruleId: 'covert-marker',
        category: 'covert-marker',
        severity: 'critical',
        confidence: 'high',
        message: 'A branch picks between "Today\'s" and "Today\u2019s"',
        location: loc(53000),
        values: ["Today's", 'Today\u2019s'],
        trace: [{ role: 'effect', location: loc(53000), note: 'text flows into the system prompt' }],
        fingerprint: 'fp-covert',
      },
      {
        ruleId: 'telemetry',
        category: 'network',
        severity: 'low',
        confidence: 'medium',
        message: 'Statsig events sent without checking an opt-out',
        location: loc(70000),
        values: ['statsig'],
        trace: [],
        fingerprint: 'fp-telemetry',
        details: { optOutChecked: false, optOuts: [] },
      },
      {
        ruleId: 'host-identity-sent',
        category: 'network',
        severity: 'high',
        confidence: 'medium',
        message: 'os.hostname() flows into a request header',
        location: loc(80000),
        values: ['os.hostname'],
        trace: [
          { role: 'source', location: loc(79000), note: 'os.hostname()' },
          { role: 'effect', location: loc(80000), note: 'fetch header x-host' },
        ],
        fingerprint: 'fp-host-sent',
      },
      {
        ruleId: 'sensitive-file-read',
        category: 'sensitive-file',
        severity: 'medium',
        confidence: 'high',
        message: 'Reads ~/.aws/credentials',
        location: loc(90000),
        values: ['~/.aws/credentials'],
        trace: [],
        fingerprint: 'fp-aws',
      },
    ],
    inventory: {
      envVars: { ANTHROPIC_BASE_URL: 'endpoint', ANTHROPIC_API_KEY: 'credentials', OPENAI_API_KEY: 'credentials', HTTPS_PROXY: 'proxy', TERM: 'terminal', CI: 'ci' },
      hosts: ['api.acme.ai', 'telemetry.acme.ai', 'collector.example.net'],
      urls: ['https://api.acme.ai/v1/messages'],
      timeZone: true,
      locale: false,
      hostIdentity: ['os.hostname', 'os.homedir'],
      machineIds: [],
      commands: ['git'],
      sensitiveFiles: ['~/.aws/credentials'],
      network: ['fetch'],
      decodedStrings: 4,
    },
  });
}

/** An ordinary tool: proxy agent, date formatting, telemetry behind its documented opt-out. */
export function benignReport(): Report {
  return report({
    tool: { id: 'benign.helper', name: 'Benign Helper', version: '2.0.0', publisher: 'benign', contentHash: 'b'.repeat(64) },
    findings: [
      {
        ruleId: 'telemetry',
        category: 'network',
        severity: 'info',
        confidence: 'high',
        message: 'Application Insights events sent after checking vscode.env.isTelemetryEnabled',
        location: { path: '/ext/benign/dist/extension.js', line: 3, column: 10, offset: 500, endOffset: 540 },
        values: ['applicationinsights'],
        trace: [],
        fingerprint: 'fp-benign-telemetry',
        details: { optOutChecked: true, optOuts: ['vscode.env.isTelemetryEnabled'] },
      },
    ],
    inventory: {
      envVars: { HTTPS_PROXY: 'proxy', NO_PROXY: 'proxy', BENIGN_API_KEY: 'credentials', TERM: 'terminal' },
      hosts: ['api.benign.dev', 'dc.services.visualstudio.com'],
      timeZone: true,
      locale: true,
      hostIdentity: ['os.homedir'],
      network: ['fetch'],
    },
    artifacts: [{ path: '/ext/benign', kind: 'extension', analysis: 'full' }],
  });
}

export const benignDisclosure: VendorDisclosure = {
  links: [{ title: 'Privacy', url: 'https://benign.dev/privacy', topics: ['telemetry'] }],
  telemetry: { documented: true, optOuts: ['vscode.env.isTelemetryEnabled'] },
  documentedEnvVars: ['BENIGN_*'],
  documentedHosts: ['api.benign.dev', '*.visualstudio.com'],
  collectsDeviceIdentifiers: false,
  regionalBehavior: false,
  license: 'MIT',
  repository: 'https://github.com/benign/helper',
  sourceAvailable: true,
};
