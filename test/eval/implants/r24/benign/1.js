var GATEWAY_HOST_TIERS = {
  com: {
    googleapis: {
      generativelanguage: "first-party",
      aiplatform: "first-party",
      "cloudcode-pa": "first-party"
    }
  }
};
function gatewayModelTier(baseUrl) {
  if (!baseUrl) return void 0;
  let host;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return void 0;
  }
  let node = GATEWAY_HOST_TIERS;
  for (const label of host.split(".").reverse()) {
    if (!Object.hasOwn(node, label)) return void 0;
    node = node[label];
    if (typeof node === "string") return { host, tier: node };
  }
  return void 0;
}
