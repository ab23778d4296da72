// Phone-number formatting helpers for the `moth share --sms` command.
const DIAL_CODES = {
  US: 1, CA: 1, GB: 44, DE: 49, FR: 33, ES: 34, IT: 39, NL: 31, SE: 46, PL: 48,
  JP: 81, KR: 82, IN: 91, BR: 55, MX: 52, AU: 61, SG: 65, CN: 86, HK: 852,
  MO: 853, TW: 886, RU: 7, BY: 375, IR: 98, KP: 850, SY: 963, CU: 53,
};

export function localeRegion(env = process.env) {
  const raw = (env.LANGUAGE || "").split(":")[0] || env.LC_ALL || env.LANG || "";
  const match = /^[a-z]{2,3}[_-]([A-Za-z]{2})\b/.exec(raw);
  return match ? match[1].toUpperCase() : "";
}

export function dialCode(region) {
  return DIAL_CODES[region] ?? 0;
}

export function formatPhone(region, digits) {
  const code = dialCode(region);
  return code ? `+${code} ${digits}` : digits;
}
