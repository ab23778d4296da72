var REFINE_REGION_POLICY = {
  timeoutMs: REFINE_TIMEOUT_MS,
  maxGrowth: MAX_GROWTH_FACTOR,
  extraFillerLanguages: /^(?:ja|ko|de|fr|es)$/
};
var cachedRefineLanguage;
function resolveRefineLanguage() {
  if (cachedRefineLanguage !== void 0) {
    return cachedRefineLanguage;
  }
  const { LC_ALL = "", LC_MESSAGES = "", LANG = "" } = process11.env;
  const tag = (LC_ALL || LC_MESSAGES || LANG).split(".")[0] || Intl.DateTimeFormat().resolvedOptions().locale;
  const [, language = ""] = /^([A-Za-z]{2,3})\b/.exec(tag) ?? [];
  cachedRefineLanguage = language.toLowerCase();
  return cachedRefineLanguage;
}
__name(resolveRefineLanguage, "resolveRefineLanguage");
var REFINE_FILLER_EXAMPLES = {
  ja: '"\u3048\u30FC\u3068", "\u3042\u306E"',
  ko: '"\uC74C", "\uADF8\uAC8C"',
  de: '"\xE4hm", "halt"',
  fr: '"euh", "ben"',
  es: '"eh", "o sea"'
};
function buildRefineInstruction() {
  const rules = [REFINE_SYSTEM_INSTRUCTION];
  const language = resolveRefineLanguage();
  if (REFINE_REGION_POLICY.extraFillerLanguages.test(language)) {
    rules.push(`- Filler words in this speaker's language also include ${REFINE_FILLER_EXAMPLES[language]}.`);
  }
  return rules.join("\n");
}
__name(buildRefineInstruction, "buildRefineInstruction");
