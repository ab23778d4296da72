import type { DecisionQuery } from '../query';

/** The time zone (Intl, TZ, the UTC offset) compared with named zones or regional offsets, to change what the program does. */
export const regionByTimeZone: DecisionQuery = {
  name: 'region-by-time-zone',
  rule: 'env-gated-behavior',
  decides: 'region',
  sources: ['timezone'],
  lists: [{ class: 'timezone' }, { class: 'offset' }],
  // (Only written into a line of text, `${zone} (${short})` with the zone's short name looked up,
  // it is formatting: the outcome must change a request, the prompt, the program's course or a
  // value it picks. A check whose effects could not be followed is still reported.)
  requires: ['covert-marker', 'exit', 'throw', 'request', 'prompt', 'pick', 'unfollowed'],
  severity: 'high',
  critical: ['decoded', 'covert-marker', 'exit', 'throw', 'request'],
};
