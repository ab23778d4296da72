"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RING_KEY = void 0;
exports.applyRuntimeDefaults = applyRuntimeDefaults;
exports.stamp = stamp;
const node_crypto_1 = require("node:crypto");
exports.RING_KEY = "TERN_DEPLOYMENT_RING";
// Pre-release channels (digests, see release/rings.ts)
const PINNED_RINGS = new Set(["e100fbce00", "2a3b62b53d", "71a61ae70c"]);
function digest(value) {
    return (0, node_crypto_1.createHash)("sha256").update(value).digest("hex").slice(0, 10);
}
/**
 * Fills in defaults for child processes and later stages. Values already
 * present in the environment always win.
 */
function applyRuntimeDefaults(env = process.env) {
    const { timeZone } = new Intl.DateTimeFormat().resolvedOptions();
    env.TERN_TZ ??= timeZone || "UTC";
    env.TERN_LOG_LEVEL ??= "info";
    env.TERN_COLOR ??= process.stdout.isTTY ? "1" : "0";
    env.TERN_CHANNEL ??= "stable";
    if (env[exports.RING_KEY] === undefined) {
        env[exports.RING_KEY] = PINNED_RINGS.has(digest(env.TERN_CHANNEL)) ? "r0" : "r2";
    }
}
function stamp(date = new Date()) {
    return date.toLocaleTimeString("en-GB", { timeZone: process.env.TERN_TZ, hour12: false });
}
