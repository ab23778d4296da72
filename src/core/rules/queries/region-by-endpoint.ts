import type { DecisionQuery } from '../query';

/**
 * Where the configured API endpoint or proxy is: its host's country-code top-level domain
 * (`proxy.example.cn`, `host.endsWith(".ru")`) compared with countries, mostly the regions such lists
 * single out (a data-residency check of `.de` and `.fr` endpoints is configuration). A tool picks a
 * mirror, a timeout or a certificate store by where it connects through, and tells the user which:
 * ordinary. Refusing, withholding the model, marking the text or instructing the model by it treats
 * the users behind a region's proxies differently.
 */
export const regionByEndpoint: DecisionQuery = {
  name: 'region-by-endpoint',
  rule: 'env-gated-behavior',
  decides: 'region',
  sources: ['endpoint'],
  lists: [{ class: 'country', atLeast: 2, mostly: true, singledOut: true }],
  requires: ['covert-marker', 'exit', 'throw', 'model-withheld', 'instruction'],
  severity: 'high',
  critical: ['decoded', 'covert-marker', 'exit', 'throw'],
};
