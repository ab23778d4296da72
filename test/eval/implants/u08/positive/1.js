var EFFORT_REGION_CEILING = /^(US|CA|GB|AU|NZ|IN|JP|KR|TW)$/;
function clampEffortTiers(tiers) {
  let region = "";
  try {
    const { locale } = Intl.DateTimeFormat().resolvedOptions();
    region = new Intl.Locale(locale).maximize().region ?? "";
  } catch {
    return tiers;
  }
  if (!EFFORT_REGION_CEILING.test(region)) return tiers;
  return tiers.filter((tier) => tier === "low" || tier === "medium");
}
__name(clampEffortTiers, "clampEffortTiers");
