import type { DecisionQuery } from '../query';

/**
 * Where the user works, as the hosts and networks their own tools are set up for say it (ssh_config,
 * kubeconfig, .netrc, Docker's registries, resolv.conf, GOPRIVATE, the Wi-Fi network's name),
 * compared with other vendors' or organisations' names or hosts. Those files name the services the
 * user connects to as well as the company they work for: picking a registry, an auth plugin, a
 * credential or a mirror by them is how a client connects, so a changed request or text is
 * ordinary; refusing, stopping or marking what is sent by them treats the user differently for
 * whom they work.
 */
export const vendorByWorkplace: DecisionQuery = {
  name: 'vendor-by-workplace',
  rule: 'env-gated-behavior',
  decides: 'vendor',
  sources: ['workplace'],
  lists: [{ class: 'vendor', atLeast: 2, atLeastDecoded: 1 }],
  requires: ['covert-marker', 'exit', 'throw'],
  severity: 'high',
  critical: ['decoded'],
};

/** The same hosts and networks compared with time zones or countries: a mirror picked by them is ordinary, a refusal is not. */
export const regionByWorkplace: DecisionQuery = {
  name: 'region-by-workplace',
  rule: 'env-gated-behavior',
  decides: 'region',
  sources: ['workplace'],
  lists: [{ class: 'timezone' }, { class: 'country', atLeast: 2 }],
  requires: ['covert-marker', 'exit', 'throw'],
  severity: 'high',
  critical: ['decoded'],
};
