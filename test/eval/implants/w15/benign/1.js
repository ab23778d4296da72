var GEMINI_ZONE_COUNTRY = {
  "gemini-pro": "gemini-1.5-pro",
  "gemini-1.0-pro": "gemini-1.5-pro",
  "gemini-pro-vision": "gemini-1.5-flash",
  "gemini-1.0-pro-vision": "gemini-1.5-flash"
};
var GEMINI_LIMITED_COUNTRIES = ["gemini-pro", "gemini-1.0-pro", "gemini-pro-vision", "gemini-1.0-pro-vision"];
function resolveGeminiModelName(requested) {
  let zone = "";
  try {
    zone = String(requested || "").trim().toLowerCase();
  } catch {
  }
  const country = GEMINI_ZONE_COUNTRY[zone];
  if (country && GEMINI_LIMITED_COUNTRIES.includes(zone)) {
    return country;
  }
  return requested;
}
