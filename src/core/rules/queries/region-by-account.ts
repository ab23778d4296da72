import type { DecisionQuery } from '../query';

/**
 * Where the signed-in account's e-mail domain or organisation says its user is: compared with
 * countries (`(^|\.)(cn|ru|ir)$` against the part after `@`, country names against the
 * organisation's). A service picks a data centre, a support queue, a payment method, a mirror or
 * a language by it, and keeps its telemetry home: ordinary. Refusing, withholding the model,
 * marking the text or instructing the model by it treats users of a region differently.
 */
export const regionByAccount: DecisionQuery = {
  name: 'region-by-account',
  rule: 'env-gated-behavior',
  decides: 'region',
  sources: ['account'],
  // (Most of the list: an e-mail validator's top-level domains, `com|net|org|cn|de|jp`, name some countries among others.)
  lists: [{ class: 'country', atLeast: 2, mostly: true }],
  requires: ['covert-marker', 'exit', 'throw', 'model-withheld', 'instruction'],
  severity: 'high',
  critical: ['decoded', 'covert-marker', 'exit', 'throw'],
};
