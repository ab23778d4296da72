import type { DecisionQuery } from '../query';

/** The time zone (Intl, TZ, the UTC offset) compared with named zones or regional offsets. */
export const regionByTimeZone: DecisionQuery = {
  name: 'region-by-time-zone',
  rule: 'env-gated-behavior',
  decides: 'region',
  sources: ['timezone'],
  lists: [{ class: 'timezone' }, { class: 'offset' }],
  severity: 'high',
  critical: ['decoded', 'covert-marker', 'exit', 'throw', 'request'],
};
