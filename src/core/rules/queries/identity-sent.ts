import type { FlowQuery } from '../flows';

/**
 * The machine's or the user's identity — host name, user name, network interfaces, machine ids,
 * the git identity — reaching a request (its body, URL or headers) or the prompt sent to a model. The editor's own telemetry ids
 * (vscode.env.machineId) and fields an SDK sends by its protocol are reported at medium.
 */
export const identitySent: FlowQuery = {
  name: 'identity-sent',
  rule: 'host-identity-sent',
  sources: ['host-identity', 'machine-id', 'git-identity'],
  sinks: ['request', 'prompt'],
  severity: 'high',
  mediumWhen: { labels: /^vscode\.env\./, byProtocol: true },
};
