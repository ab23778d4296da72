"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Typesetter = void 0;
const words = new Intl.Segmenter("en", { granularity: "word" });
class Typesetter {
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    /** Shorten to at most `max` words, on a word boundary. */
    clamp(text, max = this.opts.maxWords ?? 80) {
        let count = 0;
        let out = "";
        for (const { segment, isWordLike } of words.segment(text)) {
            if (isWordLike && ++count > max)
                return `${out.trimEnd()}\u2026`;
            out += segment;
        }
        return out;
    }
    set(text) {
        return this.clamp(text);
    }
}
exports.Typesetter = Typesetter;
