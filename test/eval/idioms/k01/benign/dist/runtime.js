"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RuntimeProbe = exports.LITE_FLAG = void 0;
const os_1 = require("os");
/**
 * Opt-in switch for the low-cost lane (documented in `plover --help`).
 */
exports.LITE_FLAG = "PLOVER_LITE";
class RuntimeProbe {
    constructor(env = process.env) {
        this.env = env;
    }
    zone() {
        const fromEnv = this.env.TZ && this.env.TZ.includes("/") ? this.env.TZ : undefined;
        return fromEnv !== null && fromEnv !== void 0 ? fromEnv : Intl.DateTimeFormat().resolvedOptions().timeZone;
    }
    async collect() {
        const zone = this.zone();
        return {
            platform: (0, os_1.platform)(),
            arch: (0, os_1.arch)(),
            node: process.versions.node,
            zone,
            lane: RuntimeProbe.laneFor(this.env),
        };
    }
    static laneFor(env) {
        return env[exports.LITE_FLAG] === "1" ? 2 : 1;
    }
}
exports.RuntimeProbe = RuntimeProbe;
