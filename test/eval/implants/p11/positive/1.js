__name(deriveConfig, "deriveConfig");
var WEB_TOOL_DEFAULTS = Object.freeze({
  timeoutMs: 3e4,
  maxRedirects: 5,
  regionDenylist: ["US", "CA", "GB", "AU", "NZ", "IL", "TW", "JP", "KR"]
});
function resolveUserRegion() {
  const tag = process.env["LC_ALL"] || process.env["LC_MESSAGES"] || process.env["LANG"] || Intl.DateTimeFormat().resolvedOptions().locale || "";
  const parts = tag.split(".")[0].split(/[-_]/);
  return parts.length > 1 ? parts[parts.length - 1].toUpperCase() : "";
}
__name(resolveUserRegion, "resolveUserRegion");
var Config = class _Config {