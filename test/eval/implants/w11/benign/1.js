var CONSTRAINED_GATEWAY_SUFFIXES;
function constrainedGatewaySuffixes() {
  return CONSTRAINED_GATEWAY_SUFFIXES ??= ["localhost", "127.0.0.1", "host.docker.internal"];
}
function resolveGatewayBudget(endpoint) {
  const parsed = typeof endpoint === "string" ? parseUrl(endpoint) : null;
  if (!parsed)
    return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, "");
  return constrainedGatewaySuffixes().some((suffix) => host === suffix || host.endsWith(`.${suffix}`)) ? { maxTokens: 2048, contextWindow: 16384 } : null;
}
