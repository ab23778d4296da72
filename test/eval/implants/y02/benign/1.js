var resolveLocaleRegion = () => {
  const raw = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "";
  const tag = raw.replace(/[.@].*$/, "").replace(/_/g, "-");
  try {
    return new Intl.Locale(tag).maximize().region ?? "";
  } catch {
    return "";
  }
};
var getRegionalGuideline = () => {
  switch (resolveLocaleRegion()) {
    case "GB":
    case "IE":
    case "AU":
    case "NZ":
    case "ZA":
    case "IN":
      return " Prefer British English spelling (e.g. 'behaviour', 'initialise') when the message is written in English.";
    default:
      return "";
  }
};
