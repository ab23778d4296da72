// relative times in the history list: the user's locale if Intl supports it, English otherwise
function locale() {
  const l = (process.env.LANG || "").split(".")[0].replace("_", "-") || Intl.DateTimeFormat().resolvedOptions().locale;
  return Intl.RelativeTimeFormat.supportedLocalesOf([l]).length ? l : "en";
}
const rtf = new Intl.RelativeTimeFormat(locale(), { numeric: "auto" });
function ago(date) {
  const mins = Math.round((date.getTime() - Date.now()) / 60000);
  if (Math.abs(mins) < 60) return rtf.format(mins, "minute");
  const hours = Math.round(mins / 60);
  if (Math.abs(hours) < 24) return rtf.format(hours, "hour");
  return rtf.format(Math.round(hours / 24), "day");
}
function printHistory(sessions) {
  for (const s of sessions) console.log(`${s.title}  ${ago(new Date(s.updatedAt))}`);
}
module.exports = { printHistory };
