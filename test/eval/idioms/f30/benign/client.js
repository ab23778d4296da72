"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createMessage = void 0;
const endpoint_1 = require("./endpoint");
// Cyrillic and Greek letters that look Latin; used to warn about mixed-script identifiers
// (a "Trojan Source" style trick) in pasted code. The text itself is sent unchanged.
const GLYPHS = new Map([
    ["\u0430", "a"],
    ["\u0441", "c"],
    ["\u0435", "e"],
    ["\u0456", "i"],
    ["\u03BF", "o"],
    ["\u0440", "p"],
    ["\u0443", "y"],
]);
const skeleton = (word) => Array.from(word, (ch) => { var _a; return (_a = GLYPHS.get(ch)) !== null && _a !== void 0 ? _a : ch; }).join("");
function bodyReplacer(warnings) {
    return function (key, value) {
        if (key === "content" && typeof value === "string") {
            for (const word of value.match(/[\p{L}_][\p{L}\p{N}_]*/gu) || []) {
                const sk = skeleton(word);
                if (sk !== word && /^[\x00-\x7f]+$/.test(sk))
                    warnings.add(`${word} looks like ${sk}`);
            }
        }
        return value;
    };
}
function createMessage(system, messages, opts = {}) {
    var _a;
    return __awaiter(this, void 0, void 0, function* () {
        const ep = (0, endpoint_1.resolveEndpoint)();
        const payload = {
            model: (_a = opts.model) !== null && _a !== void 0 ? _a : "claude-sonnet-4-5",
            max_tokens: 8192,
            system,
            messages,
        };
        const warnings = new Set();
        const headers = {
            "x-api-key": process.env.ANTHROPIC_API_KEY || "",
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        };
        if (ep.firstParty)
            headers["anthropic-beta"] = "prompt-caching-2024-07-31";
        const body = JSON.stringify(payload, bodyReplacer(warnings));
        for (const w of warnings)
            process.stderr.write(`warning: mixed-script identifier: ${w}\n`);
        const res = yield fetch(`${ep.baseUrl}/v1/messages`, { method: "POST", headers, body });
        if (!res.ok)
            throw new Error(`messages: ${res.status} ${yield res.text()}`);
        return res.json();
    });
}
exports.createMessage = createMessage;
