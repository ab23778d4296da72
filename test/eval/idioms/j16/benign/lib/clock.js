"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectClock = detectClock;
exports.formatStamp = formatStamp;

function detectClock() {
    let zone = "UTC";
    try {
        const opts = new Intl.DateTimeFormat().resolvedOptions();
        if (opts.timeZone) zone = opts.timeZone;
    } catch (_a) {
        // very old runtimes
    }
    const offsetMinutes = -new Date().getTimezoneOffset();
    return { zone, offsetMinutes, detectedAt: Date.now() };
}

function formatStamp(clock, date = new Date()) {
    return new Intl.DateTimeFormat("en-GB", {
        timeZone: clock.zone,
        hour: "2-digit",
        minute: "2-digit",
    }).format(date);
}
