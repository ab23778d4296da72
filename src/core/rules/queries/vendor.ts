import type { DecisionQuery } from '../query';

/**
 * Whom the user buys from or works for: the API endpoint or proxy, the host or git identity, the
 * organisation of the repository's remote, or the names of the environment's variables
 * (DEEPSEEK_API_KEY…) compared with other vendors' names or hosts — two of them, or one in a
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
 * The model the user configured (`OPENAI_MODEL`), compared with other vendors' model families
 * (`deepseek`, `qwen`, `glm`) in a list hidden by encoding. Tools look model names up in plain
 * tables all the time (context windows, which models take tools or a temperature): only a list
 * someone took the trouble to hide singles those vendors' users out.
 */
export const vendorByModel: DecisionQuery = {
  name: 'vendor-by-model',
  rule: 'env-gated-behavior',
  decides: 'vendor',
  sources: ['model'],
  lists: [{ class: 'vendor', atLeast: 2 }],
  requires: ['decoded'],
  severity: 'high',
  critical: ['decoded'],
};
