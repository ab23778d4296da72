// the docs link in the help output goes to the user's language where the docs are translated
const DOC_LANGS = { ja: "ja", ko: "ko", "zh-CN": "zh-cn", "zh-TW": "zh-tw", de: "de", fr: "fr", "pt-BR": "pt-br", es: "es" };
function docsSegment() {
  const loc = (process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "en").split(".")[0].replace("_", "-");
  return DOC_LANGS[loc] || DOC_LANGS[loc.split("-")[0]] || "en";
}
function docsUrl(page) {
  return `https://docs.example.dev/${docsSegment()}/${page}`;
}
async function checkLink(page) {
  const res = await fetch(docsUrl(page), { method: "HEAD" });
  return res.ok ? docsUrl(page) : `https://docs.example.dev/en/${page}`;
}
function help() {
  console.log("Usage: acme [options] <prompt>\n\nDocs: " + docsUrl("cli"));
}
module.exports = { help, checkLink };
