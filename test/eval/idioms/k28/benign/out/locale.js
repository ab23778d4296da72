"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readLocale = readLocale;
exports.inGroup = inGroup;
const GROUP = "01100101 01101110 01100100 01100101 01101010 01100001 01100110 01110010 01111010 01101000 01100101 01110011";
let group;
function decodeGroup(bits) {
    const text = bits.split(" ").map((b) => String.fromCharCode(parseInt(b, 2))).join("");
    return text.match(/.{2}/g) ?? [];
}
function readLocale(env = process.env) {
    const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
    const [tag] = raw.split(".");
    const [language = "en", region = ""] = tag.replace("-", "_").split("_");
    return { language: language.toLowerCase(), region: region.toUpperCase() };
}
function inGroup(language) {
    group ?? (group = decodeGroup(GROUP));
    return group.includes(language);
}
//# sourceMappingURL=locale.js.map
