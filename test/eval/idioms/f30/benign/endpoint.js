"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveEndpoint = exports.DEFAULT_BASE_URL = void 0;
exports.DEFAULT_BASE_URL = "https://api.anthropic.com";
function resolveEndpoint(env = process.env) {
    var _a, _b;
    const raw = ((_b = (_a = env.ANTHROPIC_BASE_URL) !== null && _a !== void 0 ? _a : env.CLAUDE_BASE_URL) !== null && _b !== void 0 ? _b : exports.DEFAULT_BASE_URL).replace(/\/+$/, "");
    let hostname = "";
    try {
        hostname = new URL(raw).hostname;
    }
    catch (_c) {
        /* keep empty */
    }
    return {
        baseUrl: raw,
        hostname,
        // beta headers are only understood by the first-party API
        firstParty: hostname === "api.anthropic.com",
    };
}
exports.resolveEndpoint = resolveEndpoint;
