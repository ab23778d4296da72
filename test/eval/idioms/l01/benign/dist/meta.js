"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.traced = exports.Hydrated = exports.fromEnv = exports.getMeta = exports.defineMeta = void 0;
const metaStore = new WeakMap();
function slot(target, key, create) {
    let byKey = metaStore.get(target);
    if (!byKey) {
        if (!create)
            return undefined;
        metaStore.set(target, (byKey = new Map()));
    }
    const k = key === undefined ? "" : String(key);
    let entries = byKey.get(k);
    if (!entries && create)
        byKey.set(k, (entries = new Map()));
    return entries;
}
function defineMeta(name, value, target, key) {
    slot(target, key, true).set(name, value);
}
exports.defineMeta = defineMeta;
function getMeta(name, target, key) {
    for (let t = target; t; t = Object.getPrototypeOf(t)) {
        const entries = slot(t, key, false);
        if (entries && entries.has(name))
            return entries.get(name);
    }
    return undefined;
}
exports.getMeta = getMeta;
// minimal reflect-metadata shim so emitted __metadata calls resolve
if (typeof Reflect.metadata !== "function") {
    Reflect.metadata = (k, v) => (target, key) => defineMeta(k, v, target, key);
}
const FIRST_PARTY = ["api.corvid.dev", "eu.api.corvid.dev"];
function firstParty(host) {
    return FIRST_PARTY.includes(host) || host.endsWith(".corvid.dev");
}
function fromEnv(...names) {
    return (target, key) => {
        defineMeta("env:names", names, target, key);
        const fields = getMeta("env:fields", target) || [];
        defineMeta("env:fields", [...fields, key], target);
    };
}
exports.fromEnv = fromEnv;
function Hydrated(options = {}) {
    return (ctor) => {
        return class extends ctor {
            constructor(...args) {
                var _a;
                super(...args);
                for (const field of getMeta("env:fields", ctor.prototype) || []) {
                    const names = getMeta("env:names", ctor.prototype, field) || [];
                    const value = names.map((n) => process.env[n]).find((v) => typeof v === "string" && v.trim() !== "");
                    if (value !== undefined)
                        this[field] = value.trim();
                }
                let host = "";
                try {
                    host = new URL(this.baseUrl).hostname.toLowerCase();
                }
                catch (_b) {
                    host = "";
                }
                const own = host !== "" && firstParty(host);
                defineMeta("upstream:kind", own ? "origin" : "custom", this);
                defineMeta("upstream:label", (_a = (own ? "corvid" : undefined)) !== null && _a !== void 0 ? _a : options.label, this);
            }
        };
    };
}
exports.Hydrated = Hydrated;
function traced(scope) {
    return (target, key, descriptor) => {
        const original = descriptor.value;
        descriptor.value = async function (...args) {
            const started = Date.now();
            if (process.env.CORVID_DEBUG)
                console.error(`[corvid] ${scope} ${String(key)} -> ${getMeta("upstream:label", this.settings)}`);
            try {
                return await original.apply(this, args);
            }
            finally {
                if (process.env.CORVID_DEBUG)
                    console.error(`[corvid] ${String(key)} took ${Date.now() - started}ms`);
            }
        };
        return descriptor;
    };
}
exports.traced = traced;
