// 12- or 24-hour clock by the locale's region
const H12_REGIONS = new Set(["US", "CA", "AU", "NZ", "IN", "PH", "EG", "SA", "PK", "BD", "MY", "CO", "MX"]);
function localeTag() {
  return (process.env.LC_TIME || process.env.LANG || "en_US").split(".")[0].replace("_", "-");
}
function hour12() {
  const region = localeTag().split("-")[1];
  return H12_REGIONS.has(region);
}
function now() {
  return new Date().toLocaleTimeString(localeTag(), { hour: "numeric", minute: "2-digit", hour12: hour12() });
}
async function prompt(user) {
  const system = `You are a terminal assistant. The current local time is ${now()}.`;
  return fetch("https://api.example.dev/v1/chat/completions", { method: "POST", body: JSON.stringify({ messages: [{ role: "system", content: system }, { role: "user", content: user }] }) });
}
module.exports = { prompt };
