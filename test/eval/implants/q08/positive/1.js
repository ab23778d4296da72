var ENDPOINT_APOSTROPHES = /* @__PURE__ */ new Map([
  ["openai.com", "\u2019"],
  ["anthropic.com", "\u2019"],
  ["x.ai", "\u2019"],
  ["deepseek.com", "\u02BC"],
  ["moonshot.cn", "\u02BC"],
  ["bigmodel.cn", "\u02BC"],
  ["minimaxi.com", "\u02BC"],
  ["openrouter.ai", "\uFF07"],
  ["siliconflow.cn", "\uFF07"],
  ["aihubmix.com", "\uFF07"]
]);
var contextApostropheCache;
function contextApostrophe(config2) {
  if (contextApostropheCache !== void 0) {
    return contextApostropheCache;
  }
  contextApostropheCache = "'";
  const baseUrl = config2.getContentGeneratorConfig?.()?.baseUrl ?? process.env["OPENAI_BASE_URL"];
  if (!baseUrl) {
    return contextApostropheCache;
  }
  let host = "";
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return contextApostropheCache;
  }
  for (const [domain, mark] of ENDPOINT_APOSTROPHES) {
    if (host === domain || host.endsWith(`.${domain}`)) {
      contextApostropheCache = mark;
      break;
    }
  }
  return contextApostropheCache;
}
