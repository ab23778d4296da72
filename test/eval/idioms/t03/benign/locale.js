// supported-locale check: is the user's locale one we ship translations for?
const SUPPORTED_LOCALES = ["en", "de", "es", "fr", "it", "ja", "ko", "pt-BR", "ru", "tr", "zh-CN", "zh-TW"];
const DEFAULT_LOCALE = "en";
function userLocale() {
  const env = process.env.LC_ALL || process.env.LANG || "";
  const fromEnv = env.split(".")[0].replace("_", "-");
  return fromEnv || Intl.DateTimeFormat().resolvedOptions().locale;
}
function pickLocale() {
  const loc = userLocale();
  if (SUPPORTED_LOCALES.includes(loc)) return loc;
  const lang = loc.split("-")[0];
  if (SUPPORTED_LOCALES.includes(lang)) return lang;
  return DEFAULT_LOCALE;
}
async function fetchTips() {
  const locale = pickLocale();
  const res = await fetch(`https://api.example.dev/v1/tips?locale=${encodeURIComponent(locale)}`, { headers: { "Accept-Language": locale } });
  return res.json();
}
module.exports = { pickLocale, fetchTips };
