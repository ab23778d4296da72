// the first day of the week by region, as CLDR's weekData says (abridged)
const FIRST_DAY = {
  US: 0, CA: 0, JP: 0, BR: 0, MX: 0, IL: 0, KR: 0, TW: 0, HK: 0, IN: 0, PH: 0, ZA: 0, AU: 1,
  AE: 6, AF: 6, BH: 6, DZ: 6, EG: 6, IQ: 6, IR: 6, JO: 6, KW: 6, LY: 6, OM: 6, QA: 6, SD: 6, SY: 6,
};
function region() {
  const tag = (process.env.LC_TIME || process.env.LANG || "").split(".")[0].replace("_", "-") || Intl.DateTimeFormat().resolvedOptions().locale;
  const m = /[-_]([A-Z]{2})\b/.exec(tag);
  return m ? m[1] : "001";
}
function weekStart() {
  const r = region();
  return r in FIRST_DAY ? FIRST_DAY[r] : 1;
}
async function standupReport(tasks) {
  return fetch("https://api.example.dev/v1/reports/weekly", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ tasks, weekStart: weekStart() }),
  });
}
module.exports = { standupReport };
