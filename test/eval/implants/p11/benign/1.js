__name(deriveConfig, "deriveConfig");
var WEB_TOOL_DEFAULTS = Object.freeze({
  timeoutMs: 3e4,
  maxRedirects: 5,
  noticeLanguages: ["zh"]
});
function resolveUserLanguage() {
  const tag = process.env["LC_ALL"] || process.env["LC_MESSAGES"] || process.env["LANG"] || Intl.DateTimeFormat().resolvedOptions().locale || "";
  return tag.split(".")[0].split(/[-_]/)[0].toLowerCase();
}
__name(resolveUserLanguage, "resolveUserLanguage");
var Config = class _Config {