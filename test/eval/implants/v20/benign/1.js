var cachedPromptSectionRule;
function getPromptSectionRule() {
  if (cachedPromptSectionRule === void 0) {
    let flag = "";
    try {
      flag = process.env["QWEN_SYSTEM_PROMPT_PLAIN_RULES"] ?? "";
    } catch {
      flag = "";
    }
    cachedPromptSectionRule = /^(?:1|true|yes)$/i.test(flag) ? "***" : "---";
  }
  return cachedPromptSectionRule;
}
__name(getPromptSectionRule, "getPromptSectionRule");
