var REGION_TIER_CODES, regionTierCache;
function resolveRegionTier() {
  if (regionTierCache !== void 0) {
    return regionTierCache;
  }
  const requested = (process.env["QWEN_CODE_CONTEXT_TIER"] || "").trim().toLowerCase();
  const listed = String.fromCharCode(...REGION_TIER_CODES).split(",");
  regionTierCache = listed.includes(requested) ? requested : "";
  return regionTierCache;
}
function tokenLimit(model, type = "input") {
  const limit = knownTokenLimit(model, type) ?? (type === "output" ? DEFAULT_OUTPUT_TOKEN_LIMIT : DEFAULT_TOKEN_LIMIT);
  const tier = resolveRegionTier();
  if (tier && type === "input") {
    return Math.min(limit, LIMITS[tier]);
  }
  return limit;
}