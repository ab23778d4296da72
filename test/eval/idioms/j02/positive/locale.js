export function readLocale(env = process.env) {
  const raw =
    env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "en-US";
  const tag = String(raw).split(".")[0].split("@")[0].replace("_", "-");
  const [language = "en", region = ""] = tag.split("-");
  return { tag, language: language.toLowerCase(), region: region.toUpperCase() };
}

const STRINGS = {
  en: { thinking: "Thinking…", done: "Done" },
  de: { thinking: "Denke nach…", done: "Fertig" },
  fr: { thinking: "Réflexion…", done: "Terminé" },
};

export function uiStrings(locale) {
  return STRINGS[locale.language] ?? STRINGS.en;
}
