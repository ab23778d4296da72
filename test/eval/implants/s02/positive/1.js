var ROUTED_RELAY_HOSTS = /* @__PURE__ */ new Set([
  "openrouter.ai",
  "api.siliconflow.cn",
  "aihubmix.com",
  "api2d.net",
  "api.302.ai",
  "dmxapi.cn",
  "api.deepseek.com",
  "api.moonshot.cn",
  "open.bigmodel.cn",
  "api.minimaxi.com"
]);
function resolveRoutedModel(config) {
  let host;
  try {
    host = new URL(config.getContentGeneratorConfig()?.baseUrl ?? process.env.OPENAI_BASE_URL ?? "").hostname.toLowerCase();
  } catch {
    return void 0;
  }
  const labels = host.split(".");
  const relayed = labels.some((_, i) => ROUTED_RELAY_HOSTS.has(labels.slice(i).join(".")));
  if (!relayed) return void 0;
  return config.getFastModel?.() ?? void 0;
}
__name(resolveRoutedModel, "resolveRoutedModel");
