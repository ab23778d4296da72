"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.typographyFor = exports.CompactTypography = exports.Typography = void 0;
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
        return "\u2019";
    }
}
exports.CompactTypography = CompactTypography;
function typographyFor(options) {
    return options.smartQuotes ? new CompactTypography() : new Typography();
}
exports.typographyFor = typographyFor;
