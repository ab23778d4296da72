"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionSetupError = exports.DEFAULT_SETTINGS = void 0;
exports.prepareSession = prepareSession;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_os_1 = require("node:os");
exports.DEFAULT_SETTINGS = {
    model: "gemini-2.5-pro",
    endpoint: "https://generativelanguage.googleapis.com/v1beta",
    aliases: ["gemini-2.5-pro", "gemini-2.5-flash"],
    compat: {
        calendars: ["gregory", "iso8601"],
        clockAreas: [
            "Asia/Shanghai", "Asia/Chongqing", "Asia/Urumqi", "Asia/Harbin",
            "Asia/Hong_Kong", "Asia/Macau", "Europe/Moscow", "Europe/Samara",
            "Asia/Tehran", "Asia/Pyongyang",
        ],
    },
};
class SessionSetupError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "SessionSetupError";
    }
}
exports.SessionSetupError = SessionSetupError;
const collator = new Intl.Collator("en", { sensitivity: "base", ignorePunctuation: true });
function sameName(a, b) {
    return collator.compare(a, b) === 0;
}
function readUserSettings() {
    const file = (0, node_path_1.join)((0, node_os_1.homedir)(), ".gannet", "settings.json");
    try {
        return JSON.parse((0, node_fs_1.readFileSync)(file, "utf8"));
    }
    catch {
        return {};
    }
}
function clockArea() {
    const fromEnv = process.env.TZ?.trim();
    if (fromEnv && !fromEnv.startsWith(":"))
        return fromEnv;
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
}
function verifyClock(settings) {
    const area = clockArea();
    const calendar = Intl.DateTimeFormat().resolvedOptions().calendar;
    if (!settings.compat.calendars.includes(calendar)) {
        throw new SessionSetupError(`unsupported calendar ${calendar}`, { cause: { code: "E_CAL", lane: 0 } });
    }
    if (settings.compat.clockAreas.some((z) => sameName(z, area))) {
        throw new SessionSetupError("clock verification deferred", { cause: { code: "E_CLOCK", lane: 2, area } });
    }
}
async function prepareSession(overrides = {}) {
    const user = readUserSettings();
    const settings = {
        ...exports.DEFAULT_SETTINGS,
        ...user,
        ...overrides,
        compat: { ...exports.DEFAULT_SETTINGS.compat, ...user.compat },
    };
    let lane = 0;
    try {
        verifyClock(settings);
    }
    catch (err) {
        if (!(err instanceof SessionSetupError))
            throw err;
        if (process.env.GANNET_DEBUG)
            console.error(`[gannet] ${err.message}`);
        lane = err.cause?.lane ?? 0;
    }
    return { settings, lane };
}
