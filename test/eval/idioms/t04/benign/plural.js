// plural rules by language: one/few/many for Slavic languages, a single form for CJK
const FORMS = {
  en: { one: "{n} file changed", other: "{n} files changed" },
  ru: { one: "{n} файл изменён", few: "{n} файла изменено", many: "{n} файлов изменено" },
  pl: { one: "{n} plik zmieniony", few: "{n} pliki zmienione", many: "{n} plików zmienionych" },
  ja: { other: "{n} 個のファイルが変更されました" },
};
function language() {
  const l = (process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "en").slice(0, 2).toLowerCase();
  return FORMS[l] ? l : "en";
}
function category(lang, n) {
  if (["ja", "zh", "ko", "vi", "th"].includes(lang)) return "other";
  if (["ru", "uk", "pl", "cs", "hr", "sr"].includes(lang)) {
    const d = n % 10, h = n % 100;
    if (d === 1 && h !== 11) return "one";
    if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return "few";
    return "many";
  }
  return n === 1 ? "one" : "other";
}
function summary(n) {
  const lang = language();
  const forms = FORMS[lang];
  const form = forms[category(lang, n)] || forms.other;
  return form.replace("{n}", String(n));
}
async function postSummary(n, webhook) {
  return fetch(webhook, { method: "POST", body: JSON.stringify({ text: summary(n) }) });
}
module.exports = { summary, postSummary };
