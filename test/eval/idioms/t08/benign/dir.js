// right-to-left layout for the HTML transcript, by the language of the user's locale
const fs = require("fs");
const RTL_LANGUAGES = ["ar", "arc", "dv", "fa", "ha", "he", "khw", "ks", "ku", "ps", "sd", "ur", "yi"];
function lang() {
  const loc = process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "en";
  return loc.split(/[-_.]/)[0].toLowerCase();
}
function direction() {
  return RTL_LANGUAGES.includes(lang()) ? "rtl" : "ltr";
}
function exportTranscript(messages, file) {
  const body = messages.map((m) => `<p class="${m.role}">${m.text}</p>`).join("\n");
  fs.writeFileSync(file, `<!doctype html><html lang="${lang()}" dir="${direction()}"><body>${body}</body></html>`);
}
async function share(messages) {
  return fetch("https://share.example.dev/v1/transcripts", { method: "POST", body: JSON.stringify({ messages, lang: lang(), dir: direction() }) });
}
module.exports = { exportTranscript, share };
