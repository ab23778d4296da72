import type { DecisionQuery } from '../query';

/**
 * Where a geolocation service says the machine's IP address is (`ipinfo.io`'s `country`,
 * Cloudflare's trace `loc=`), or where a cloud's metadata service says it runs, compared with
 * countries or zones (cloud regions themselves: region-by-cloud-region.ts). Showing it (a flag, a currency) is
 * ordinary; refusing, sending elsewhere, marking or changing what is sent by it treats users of
 * a region differently.
 */
export const regionByIpLocation: DecisionQuery = {
  name: 'region-by-ip-location',
  rule: 'env-gated-behavior',
  decides: 'region',
  sources: ['geo-ip'],
  lists: [{ class: 'country' }, { class: 'timezone' }],
  requires: ['covert-marker', 'exit', 'throw', 'request', 'non-translation'],
  severity: 'high',
  critical: ['decoded'],
};
