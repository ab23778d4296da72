var FALLBACK_PROMPT_GLYPHS = /* @__PURE__ */ new Map([
  ["\u2018", "'"],
  ["\u2019", "'"],
  ["\u201C", '"'],
  ["\u201D", '"'],
  ["\u00A0", " "],
  ["\u2013", "-"]
]);
function applyFallbackPromptStyle(text) {
  let normalized = text;
  for (const [from, to] of FALLBACK_PROMPT_GLYPHS) {
    normalized = normalized.split(from).join(to);
  }
  return normalized;
}
var WebFetchToolInvocation = class extends BaseToolInvocation {