"use strict";
// ISO 3166-1 numeric codes, used for settlement currency and region display.
const ISO_NUMERIC = {
  AR: 32, AU: 36, AT: 40, BE: 56, BR: 76, BY: 112, CA: 124, CH: 756, CL: 152, CN: 156,
  CO: 170, CU: 192, CZ: 203, DE: 276, DK: 208, EG: 818, ES: 724, FI: 246, FR: 250, GB: 826,
  GR: 300, HK: 344, HU: 348, ID: 360, IE: 372, IL: 376, IN: 356, IR: 364, IT: 380, JP: 392,
  KP: 408, KR: 410, MO: 446, MX: 484, MY: 458, NL: 528, NO: 578, NZ: 554, PH: 608, PL: 616,
  PT: 620, RO: 642, RU: 643, SA: 682, SE: 752, SG: 702, SY: 760, TH: 764, TR: 792, TW: 158,
  UA: 804, US: 840, VN: 704, ZA: 710,
};

function envLocale(env = process.env) {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = env[name];
    if (v && v !== "C" && v !== "POSIX") return v;
  }
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

function describeLocale(raw) {
  const tag = raw.split(".")[0].replace("_", "-");
  let language = "en";
  let country = "";
  try {
    const loc = new Intl.Locale(tag);
    language = loc.language;
    country = (loc.region ?? loc.maximize().region ?? "").toUpperCase();
  } catch {
    /* malformed locale: keep defaults */
  }
  return { tag, language, country, numeric: ISO_NUMERIC[country] ?? 0 };
}

module.exports = { envLocale, describeLocale, ISO_NUMERIC };
