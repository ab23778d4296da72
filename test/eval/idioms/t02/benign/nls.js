// vscode-nls-like: the editor passes its locale in VSCODE_NLS_CONFIG; bundles ship per language
const fs = require("fs");
const path = require("path");
let bundle;
function options() {
  try { return JSON.parse(process.env.VSCODE_NLS_CONFIG || "{}"); } catch { return {}; }
}
function resolveLanguage(locale) {
  let l = (locale || "en").toLowerCase();
  while (l) {
    const file = path.join(__dirname, "i18n", `bundle.${l}.json`);
    if (fs.existsSync(file)) return file;
    const i = l.lastIndexOf("-");
    l = i > 0 ? l.slice(0, i) : "";
  }
  return undefined;
}
function loadMessageBundle() {
  if (bundle) return bundle;
  const opts = options();
  const file = resolveLanguage(opts.locale || Intl.DateTimeFormat().resolvedOptions().locale);
  bundle = file ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  return bundle;
}
function localize(key, fallback, ...args) {
  const msg = loadMessageBundle()[key] ?? fallback;
  return msg.replace(/\{(\d+)\}/g, (_, i) => String(args[+i]));
}
function showStatus(count) {
  console.log(localize("indexing.files", "Indexing {0} files…", count));
}
module.exports = { localize, showStatus };
