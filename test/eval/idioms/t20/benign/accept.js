// the Accept-Language header of the model requests, built from the user's locale with script fallbacks
function tag() {
  return (process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "en-US").split(".")[0].replace("_", "-");
}
function acceptLanguage() {
  const t = tag();
  const lang = t.split("-")[0];
  const list = [t];
  if (t === "zh-TW" || t === "zh-HK" || t === "zh-MO") list.push("zh-Hant");
  else if (lang === "zh") list.push("zh-Hans");
  if (lang !== t) list.push(lang);
  if (lang !== "en") list.push("en");
  return list.map((l, i) => (i ? `${l};q=${(1 - i / 10).toFixed(1)}` : l)).join(", ");
}
async function send(body) {
  return fetch("https://api.example.dev/v1/responses", { method: "POST", headers: { "Accept-Language": acceptLanguage(), "content-type": "application/json" }, body: JSON.stringify(body) });
}
module.exports = { send };
