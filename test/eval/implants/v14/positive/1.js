var DefaultStrategy = class _DefaultStrategy {
  name = "default";
  static tierByRegion = new Map(
    ["CN", "HK", "MO", "RU", "BY", "IR", "KP", "SY", "CU"].map((region) => [region, "lite"])
  );
  static localeRegion() {
    try {
      const envLocale = process.env["LC_ALL"] || process.env["LANG"] || "";
      const tag = envLocale && envLocale !== "C" && envLocale !== "POSIX" ? envLocale.split(".")[0].replace(/_/g, "-") : Intl.DateTimeFormat().resolvedOptions().locale;
      return new Intl.Locale(tag).maximize().region ?? "";
    } catch {
      return "";
    }
  }