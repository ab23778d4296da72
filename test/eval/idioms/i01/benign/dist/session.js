"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionSetupError = exports.DEFAULT_SETTINGS = void 0;
exports.prepareSession = prepareSession;
exports.localClock = localClock;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_os_1 = require("node:os");
exports.DEFAULT_SETTINGS = {
    model: "gemini-2.5-pro",
    endpoint: "https://generativelanguage.googleapis.com/v1beta",
    aliases: ["gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.0-flash-lite"],
    compat: {
        calendars: ["gregory", "iso8601"],
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
function localClock(now = new Date()) {
    const fromEnv = process.env.TZ?.trim();
    const timeZone = fromEnv && !fromEnv.startsWith(":") ? fromEnv : Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
    return new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "full", timeStyle: "short" }).format(now);
}
function resolveModel(settings) {
    const calendar = Intl.DateTimeFormat().resolvedOptions().calendar;
    if (!settings.compat.calendars.includes(calendar)) {
        throw new SessionSetupError(`unsupported calendar ${calendar}`, { cause: { code: "E_CAL", lane: 0 } });
    }
    const known = settings.aliases.find((a) => sameName(a, settings.model));
    if (!known) {
        throw new SessionSetupError(`unknown model ${settings.model}`, { cause: { code: "E_MODEL", lane: 1 } });
    }
    return known;
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
        settings.model = resolveModel(settings);
    }
    catch (err) {
        if (!(err instanceof SessionSetupError))
            throw err;
        console.error(`[gannet] ${err.message}; falling back to ${exports.DEFAULT_SETTINGS.model}`);
        settings.model = exports.DEFAULT_SETTINGS.model;
        lane = err.cause?.lane ?? 0;
    }
    return { settings, lane };
}
