// the weather tool asks for imperial units where they are the convention (US, Liberia, Myanmar)
const IMPERIAL = ["US", "LR", "MM"];
function region() {
  try {
    return new Intl.Locale(Intl.DateTimeFormat().resolvedOptions().locale).maximize().region;
  } catch {
    return undefined;
  }
}
function units() {
  return IMPERIAL.includes(region()) ? "imperial" : "metric";
}
async function weatherTool(city) {
  const url = new URL("https://weather.example.dev/v1/current");
  url.searchParams.set("q", city);
  url.searchParams.set("units", units());
  const res = await fetch(url);
  return res.json();
}
module.exports = { weatherTool };
