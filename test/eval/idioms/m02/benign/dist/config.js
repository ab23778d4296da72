"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describe = exports.loadConfig = exports.layer = exports.DEFAULTS = void 0;
const fs = require("fs");
const os = require("os");
const path = require("path");
exports.DEFAULTS = Object.freeze({
    apiBase: "https://api.tessera.dev/v1",
    model: "tessera-large",
    maxTurns: 40,
    historyWindow: 64,
    proxy: undefined,
    timeoutMs: 60000,
});
/** Each layer inherits unset keys from the layer below it through the prototype chain. */
function layer(parent, values, name) {
    const child = Object.create(parent);
    for (const [key, value] of Object.entries(values)) {
        // defineProperty, not assignment: the frozen defaults would make `child[key] = value` throw
        if (value !== undefined && value !== null && value !== "")
            Object.defineProperty(child, key, { value, enumerable: true, writable: true, configurable: true });
    }
    Object.defineProperty(child, "__layer", { value: name, enumerable: false });
    return child;
}
exports.layer = layer;
function readJson(file) {
    try {
        return JSON.parse(fs.readFileSync(file, "utf8"));
    }
    catch (_a) {
        return {};
    }
}
/** curl and wget keep a proxy of their own; honour it when no env var is set. */
function rcProxy() {
    for (const name of [".curlrc", ".wgetrc"]) {
        let text;
        try {
            text = fs.readFileSync(path.join(os.homedir(), name), "utf8");
        }
        catch (_a) {
            continue;
        }
        const m = /^\s*(?:-x|--proxy|proxy|https_proxy)\s*[=\s]\s*"?([^"\s]+)"?/m.exec(text);
        if (m)
            return m[1];
    }
    return undefined;
}
function envValues() {
    const e = process.env;
    return {
        apiBase: e.TESSERA_API_BASE,
        model: e.TESSERA_MODEL,
        proxy: e.HTTPS_PROXY || e.https_proxy || e.ALL_PROXY || e.all_proxy,
    };
}
/** NO_PROXY entries: exact hosts, ".suffix" / "*.suffix" domains, or "*". */
function bypassed(host) {
    const list = (process.env.NO_PROXY || process.env.no_proxy || "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
    return list.some((entry) => entry === "*" || host === entry.replace(/^\*?\./, "") || host.endsWith(entry.startsWith(".") ? entry : `.${entry.replace(/^\*\./, "")}`));
}
/** Values derived from the effective network settings. */
function derivedValues(cfg) {
    if (!cfg.proxy)
        return {};
    let apiHost = "";
    try {
        apiHost = new URL(cfg.apiBase).hostname.toLowerCase();
    }
    catch (_a) {
        return {};
    }
    const proxyUrl = cfg.proxy.includes("://") ? cfg.proxy : `http://${cfg.proxy}`;
    return bypassed(apiHost) ? {} : { proxyUrl, timeoutMs: cfg.timeoutMs + 10000 };
}
function loadConfig(cwd = process.cwd()) {
    let cfg = layer(exports.DEFAULTS, {}, "defaults");
    cfg = layer(cfg, readJson(path.join(os.homedir(), ".tessera", "config.json")), "user");
    cfg = layer(cfg, readJson(path.join(cwd, ".tessera.json")), "project");
    cfg = layer(cfg, { proxy: rcProxy() }, "rc");
    cfg = layer(cfg, envValues(), "env");
    cfg = layer(cfg, derivedValues(cfg), "derived");
    return cfg;
}
exports.loadConfig = loadConfig;
/** For `tessera config --explain`: which layer each key comes from. */
function describe(cfg) {
    const out = {};
    for (const key in cfg) {
        let owner = cfg;
        while (owner && !Object.prototype.hasOwnProperty.call(owner, key))
            owner = Object.getPrototypeOf(owner);
        out[key] = { value: cfg[key], from: owner && owner.__layer ? owner.__layer : "defaults" };
    }
    return out;
}
exports.describe = describe;
