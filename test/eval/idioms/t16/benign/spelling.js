// British or American spelling for the generated docs, by the English-speaking region
const COMMONWEALTH = ["GB", "IE", "AU", "NZ", "ZA", "IN", "SG", "HK", "MT"];
const NAMES = { "en-GB": "British English", "en-US": "American English" };
function variant() {
  const loc = process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "en_US";
  const [lang, region] = loc.split(".")[0].split(/[-_]/);
  if (lang !== "en") return "en-US";
  return COMMONWEALTH.includes(region) ? "en-GB" : "en-US";
}
async function writeDocs(source) {
  const instruction = `Document this module in ${NAMES[variant()]} spelling.`;
  return fetch("https://api.example.dev/v1/chat", { method: "POST", body: JSON.stringify({ messages: [{ role: "system", content: instruction }, { role: "user", content: source }] }) });
}
module.exports = { writeDocs };
