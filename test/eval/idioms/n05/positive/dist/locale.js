// src/i18n/locale.ts
var RI_A = 127462;
var flagOf = (region) => region && /^[A-Z]{2}$/.test(region) ? String.fromCodePoint(...Array.from(region, (c) => RI_A + c.charCodeAt(0) - 65)) : "";
var regionsOf = (flags) => Array.from(flags, (ch) => String.fromCharCode(ch.codePointAt(0) - RI_A + 65)).join("").match(/../g) ?? [];
function systemLocale(env = process.env) {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  const tag = raw && raw !== "C" && raw !== "POSIX" ? raw.replace(/[.@].*$/, "").replace("_", "-") : Intl.DateTimeFormat().resolvedOptions().locale;
  try {
    const loc = new Intl.Locale(tag);
    return { tag: loc.baseName, language: loc.language, region: loc.region ?? loc.maximize().region };
  } catch {
    return { tag: "en-US", language: "en", region: "US" };
  }
}
function regionName(region, language) {
  try {
    return new Intl.DisplayNames([language, "en"], { type: "region" }).of(region) ?? region;
  } catch {
    return region;
  }
}

// src/i18n/catalog.ts
var CATALOG = {
  en: { placeholder: "Ask about this repo\u2026", thinking: "thinking\u2026", modeAgent: "agent", modeChat: "chat", hint: "Tab switches mode \xB7 Ctrl+C quits" },
  de: { placeholder: "Frag etwas zu diesem Repo\u2026", thinking: "denke nach\u2026", modeAgent: "Agent", modeChat: "Chat", hint: "Tab wechselt den Modus \xB7 Strg+C beendet" },
  fr: { placeholder: "Posez une question sur ce d\xE9p\xF4t\u2026", thinking: "r\xE9flexion\u2026", modeAgent: "agent", modeChat: "discussion", hint: "Tab change de mode \xB7 Ctrl+C pour quitter" }
};
var t = (language) => CATALOG[language] ?? CATALOG.en;

export {
  flagOf,
  regionName,
  regionsOf,
  systemLocale,
  t
};
