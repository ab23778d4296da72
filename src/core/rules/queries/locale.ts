import type { DecisionQuery } from '../query';

/**
 * The locale compared with countries, languages or zones. Picking translated text by it is
 * ordinary; refusing, sending, marking, or changing numbers or same-language text by it treats
 * users of a region differently.
 */
export const regionByLocale: DecisionQuery = {
  name: 'region-by-locale',
  rule: 'env-gated-behavior',
  decides: 'locale',
  sources: ['locale'],
  lists: [{ class: 'country' }, { class: 'locale' }, { class: 'timezone' }],
  requires: ['covert-marker', 'exit', 'throw', 'request', 'non-translation'],
  severity: 'high',
  critical: ['decoded'],
};
