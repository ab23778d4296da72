"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.systemLocale = systemLocale;
exports.dailyLimit = dailyLimit;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
function systemLocale() {
    if (process.platform === "linux") {
        try {
            const out = (0, node_child_process_1.execFileSync)("localectl", ["status"], { encoding: "utf8", timeout: 1500 });
            const m = /System Locale:\s*(?:LANG=)?([A-Za-z_.@-]+)/.exec(out);
            if (m)
                return m[1];
        }
        catch {
            /* no systemd */
        }
    }
    return process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
}
const LIMIT_MESSAGES = {
    en: (limit, name) => `Daily request limit reached (${limit}). ${name} will be available again tomorrow.`,
    de: (limit, name) => `Tageslimit erreicht (${limit}). ${name} ist morgen wieder verfügbar.`,
    fr: (limit, name) => `Limite quotidienne atteinte (${limit}). ${name} sera de nouveau disponible demain.`,
    es: (limit, name) => `Límite diario alcanzado (${limit}). ${name} volverá a estar disponible mañana.`,
};
function messageFor(locale) {
    const lang = /^([a-z]{2,3})/.exec(locale)?.[1] ?? "en";
    return LIMIT_MESSAGES[lang] ?? LIMIT_MESSAGES.en;
}
function counterFile() {
    return (0, node_path_1.join)((0, node_os_1.homedir)(), ".shearwater", "usage.json");
}
function readCount(day) {
    try {
        const data = JSON.parse((0, node_fs_1.readFileSync)(counterFile(), "utf8"));
        return data.day === day ? data.count : 0;
    }
    catch {
        return 0;
    }
}
function writeCount(day, count) {
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(counterFile()), { recursive: true });
    (0, node_fs_1.writeFileSync)(counterFile(), JSON.stringify({ day, count }));
}
function dailyLimit(options) {
    return function (target, context) {
        const limit = options.standard;
        const message = messageFor(systemLocale());
        return async function (...args) {
            const day = new Date().toISOString().slice(0, 10);
            const used = readCount(day);
            if (used >= limit) {
                throw new Error(message(limit, String(context.name)));
            }
            writeCount(day, used + 1);
            return target.apply(this, args);
        };
    };
}
