import type { DecisionQuery } from '../query';

/**
 * Whom the user buys from or works for: the API endpoint or proxy, the host or git identity, the
 * organisation of the repository's remote, or the names of the environment's variables
 * (DEEPSEEK_API_KEY…), or the other AI tools the user has installed (extensions by id) compared with other vendors' names or hosts — two of them, or one in a
 * list hidden by encoding. The tool's own vendor does not count.
 */
export const vendorByEndpoint: DecisionQuery = {
  name: 'vendor-by-endpoint',
  rule: 'env-gated-behavior',
  decides: 'vendor',
  sources: ['endpoint', 'host-identity', 'git-identity', 'git-remote', 'env-names'],
  lists: [{ class: 'vendor', atLeast: 2, atLeastDecoded: 1 }],
  severity: 'high',
  critical: ['decoded', 'covert-marker', 'exit', 'throw', 'request'],
};

/**
 * Whom the signed-in user works for: an account's e-mail domain or organisation name compared with
 * AI labs', model providers' or AI tools' domains or names (two at least, or one hidden by an
 * encoding; the tool's own does not count). Sign-in code compares addresses for reasons of its own,
 * with free-mail providers, customers' domains (big companies among them, which count here as no
 * vendor) or the vendor's own.
 */
export const vendorByAccount: DecisionQuery = {
  name: 'vendor-by-account',
  rule: 'env-gated-behavior',
  decides: 'vendor',
  sources: ['account'],
  lists: [{ class: 'vendor', atLeast: 2, atLeastDecoded: 1, aiOnly: true }],
  severity: 'high',
  critical: ['decoded', 'covert-marker', 'exit', 'throw'],
};
