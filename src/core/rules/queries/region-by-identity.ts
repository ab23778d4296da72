import type { DecisionQuery } from '../query';

/** The host or git identity, or the environment's variable names, compared with zones or several countries. */
export const regionByIdentity: DecisionQuery = {
  name: 'region-by-identity',
  rule: 'env-gated-behavior',
  decides: 'region',
  sources: ['host-identity', 'git-identity', 'git-remote', 'env-names'],
  unless: ['endpoint'],
  lists: [{ class: 'timezone' }, { class: 'country', atLeast: 2 }],
  severity: 'high',
  critical: ['decoded', 'covert-marker', 'exit', 'throw', 'request'],
};
