const REFERENCE = new Date(Date.UTC(2025, 0, 15, 12, 0, 0));
const offsetCache = new Map();
export function userZone() {
    const tz = process.env.TZ;
    if (tz && Intl.supportedValuesOf("timeZone").includes(tz))
        return tz;
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
}
// Minutes east of UTC for a zone at a fixed reference instant.
export function offsetMinutes(zone, at = REFERENCE) {
    const key = `${zone}@${at.getTime()}`;
    let value = offsetCache.get(key);
    if (value === undefined) {
        const local = new Date(at.toLocaleString("en-US", { timeZone: zone }));
        const utc = new Date(at.toLocaleString("en-US", { timeZone: "UTC" }));
        value = Math.round((local.getTime() - utc.getTime()) / 60000);
        offsetCache.set(key, value);
    }
    return value;
}
const BANDS = [
    { area: "Asia/", minutes: 480 },
    { area: "Europe/", minutes: 180 },
    { area: "Asia/", minutes: 210 },
];
let banded;
export function bandedZones() {
    banded ??= new Set(Intl.supportedValuesOf("timeZone").filter((z) => BANDS.some((b) => z.startsWith(b.area) && offsetMinutes(z) === b.minutes)));
    return banded;
}
