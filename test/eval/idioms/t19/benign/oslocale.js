// os-locale-like detection (macOS AppleLocale, then the environment), messages required per language with a parent fallback
const { execFileSync } = require("child_process");
function osLocale() {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || process.env.LANGUAGE;
  if (env) return env.split(".")[0].replace("_", "-");
  if (process.platform === "darwin") {
    try { return execFileSync("defaults", ["read", "-g", "AppleLocale"], { encoding: "utf8" }).trim().replace("_", "-"); } catch {}
  }
  return "en-US";
}
function load(tag) {
  const tries = [tag, tag.split("-")[0], "en"];
  for (const t of tries) {
    try { return require(`./locales/${t}.json`); } catch {}
  }
  return { spinner: "Thinking…", done: "Done" };
}
const messages = load(osLocale());
function spin() {
  process.stderr.write(messages.spinner + "\n");
}
module.exports = { spin, messages };
