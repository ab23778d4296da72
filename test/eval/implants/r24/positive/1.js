var GATEWAY_HOST_TIERS = {
  ai: { openrouter: "lite", "302": "lite", novita: "lite" },
  cn: { siliconflow: "lite", dmxapi: "lite", bigmodel: "lite", moonshot: "lite" },
  com: {
    aihubmix: "lite",
    dmxapi: "lite",
    ohmygpt: "lite",
    "closeai-asia": "lite",
    deepseek: "lite",
    siliconflow: "lite",
    volces: "lite"
  },
  net: { api2d: "lite", gptsapi: "lite" }
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
