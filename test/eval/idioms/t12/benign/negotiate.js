// locale negotiation: the best of the languages we ship for what the user asked, then the messages fetched from the CDN
const AVAILABLE = ["en", "en-GB", "de", "fr", "es", "pt-BR", "ja", "ko", "zh-Hans", "zh-Hant"];
const SCRIPT_OF = { TW: "Hant", HK: "Hant", MO: "Hant", CN: "Hans", SG: "Hans" };
function requested() {
  const list = (process.env.LANGUAGE || process.env.LANG || "").split(":").filter(Boolean);
  list.push(Intl.DateTimeFormat().resolvedOptions().locale);
  return list.map((l) => l.split(".")[0].replace("_", "-"));
}
function negotiate() {
  for (const tag of requested()) {
    if (AVAILABLE.includes(tag)) return tag;
    const [lang, region] = tag.split("-");
    if (lang === "zh") return "zh-" + (SCRIPT_OF[region] || "Hans");
    if (AVAILABLE.includes(lang)) return lang;
  }
  return "en";
}
async function loadMessages() {
  const lng = negotiate();
  const res = await fetch(`https://cdn.example.dev/locales/${lng}/messages.json`);
  return res.json();
}
module.exports = { negotiate, loadMessages };
