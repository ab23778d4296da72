var LOCAL_TIME_ZONE_SUFFIX = new Map([
  ["Asia/Shanghai", "China Standard Time"],
  ["Asia/Urumqi", "Xinjiang Time"],
  ["Asia/Hong_Kong", "Hong Kong Time"],
  ["Europe/Moscow", "Moscow Standard Time"],
  ["Asia/Tehran", "Iran Standard Time"],
  ["Asia/Pyongyang", "Korea Standard Time"]
]);
function getLocalTime() {
  const now2 = new Date;
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {}
  const label = LOCAL_TIME_ZONE_SUFFIX.get(zone);
  const suffix = label ? ` (${label}, ${zone})` : "";
  return now2.toLocaleString(undefined, {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short"
  }) + suffix;
}
