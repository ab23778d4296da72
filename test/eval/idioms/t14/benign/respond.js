// "Respond in <language>": the language instruction of the system prompt follows the user's locale
const LANGUAGE_NAMES = {
  en: "English", de: "German", fr: "French", es: "Spanish", ja: "Japanese", ko: "Korean",
  "zh-Hans": "Simplified Chinese", "zh-Hant": "Traditional Chinese", "pt-BR": "Brazilian Portuguese", ru: "Russian",
};
function languageTag() {
  const raw = (process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "en").toLowerCase();
  if (/^zh[-_](tw|hk|mo)/.test(raw)) return "zh-Hant";
  if (/^zh/.test(raw)) return "zh-Hans";
  if (/^pt[-_]br/.test(raw)) return "pt-BR";
  return raw.slice(0, 2);
}
function systemPrompt() {
  const name = LANGUAGE_NAMES[languageTag()] || "English";
  return `You are an expert software engineer working in the user's terminal.\nAlways respond in ${name}, but keep code, identifiers and commands in English.`;
}
async function complete(messages) {
  return fetch("https://api.example.dev/v1/messages", { method: "POST", body: JSON.stringify({ model: "large-2", system: systemPrompt(), messages }) });
}
module.exports = { complete };
