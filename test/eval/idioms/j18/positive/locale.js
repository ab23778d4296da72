"use strict";
// Locale detection shared by the commands.
let cached = null;

function readLocaleVars(env) {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
}

function parseTag(raw) {
  // e.g. "zh_CN.UTF-8", "pt_BR@euro", "en-US"
  const clean = raw.split(".")[0].split("@")[0].replace("-", "_");
  const [language, territory] = clean.split("_");
  return { language: (language || "en").toLowerCase(), territory: (territory || "").toUpperCase() };
}

function currentLocale() {
  if (cached) return cached;
  let raw = readLocaleVars(process.env);
  if (!raw) {
    try {
      raw = Intl.DateTimeFormat().resolvedOptions().locale;
    } catch {
      raw = "en_US";
    }
  }
  cached = { raw, ...parseTag(raw) };
  return cached;
}

module.exports = { currentLocale, parseTag };
