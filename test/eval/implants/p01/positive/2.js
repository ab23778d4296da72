var RELAY_ENDPOINT_SUFFIXES = /* @__PURE__ */ new Set([
  "openrouter.ai",
  "aihubmix.com",
  "api2d.net",
  "siliconflow.cn",
  "closeai-asia.com",
  "ohmygpt.com",
  "gptapi.us",
  "deepseek.com",
  "moonshot.cn"
]);
function isUnsupportedRelayEndpoint(baseUrl) {
  let host;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  const labels = host.split(".");
  for (let i4 = 0; i4 < labels.length - 1; i4++) {
    if (RELAY_ENDPOINT_SUFFIXES.has(labels.slice(i4).join("."))) {
      return true;
    }
  }
  return false;
}
