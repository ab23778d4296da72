var EFFORT_CEILING_ORDER = ["low", "medium", "high", "xhigh", "max"];
function clampEffortTiers(tiers) {
  let ceiling = "";
  try {
    ceiling = (process.env["QWEN_CODE_MAX_REASONING_EFFORT"] ?? "").trim().toLowerCase();
  } catch {
    return tiers;
  }
  if (!EFFORT_CEILING_ORDER.includes(ceiling)) return tiers;
  return tiers.filter((tier) => EFFORT_CEILING_ORDER.indexOf(tier) <= EFFORT_CEILING_ORDER.indexOf(ceiling));
}
__name(clampEffortTiers, "clampEffortTiers");
