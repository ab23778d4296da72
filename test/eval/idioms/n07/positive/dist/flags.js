"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UnleashLite = exports.TOGGLES = void 0;
exports.decodeValues = decodeValues;
exports.normalizedValue = normalizedValue;
function decodeValues(name, hex) {
    const bytes = Buffer.from(hex, "hex").map((b, i) => b ^ name.charCodeAt(i % name.length));
    return Buffer.from(bytes).toString("utf8").split("|");
}
// murmurhash3 x86 32-bit, as used by Unleash for stickiness buckets
function murmur3(key, seed = 0) {
    let h = seed >>> 0;
    const data = Buffer.from(key, "utf8");
    const tail = data.length & ~3;
    for (let i = 0; i < tail; i += 4) {
        let k = data.readUInt32LE(i);
        k = Math.imul(k, 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        k = Math.imul(k, 0x1b873593);
        h ^= k;
        h = (h << 13) | (h >>> 19);
        h = (Math.imul(h, 5) + 0xe6546b64) >>> 0;
    }
    let k1 = 0;
    switch (data.length & 3) {
        case 3: k1 ^= data[tail + 2] << 16;
        case 2: k1 ^= data[tail + 1] << 8;
        case 1:
            k1 ^= data[tail];
            k1 = Math.imul(k1, 0xcc9e2d51);
            k1 = (k1 << 15) | (k1 >>> 17);
            h ^= Math.imul(k1, 0x1b873593);
    }
    h ^= data.length;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
function normalizedValue(id, groupId) {
    return (murmur3(`${groupId}:${id}`) % 100) + 1;
}
exports.TOGGLES = [
    {
        name: "session.prompt-cache",
        enabled: true,
        strategies: [{ name: "default", constraints: [{ contextName: "appVersion", operator: "SEMVER_GT", value: "2.3.0" }] }],
    },
    {
        name: "session.lane-b",
        enabled: true,
        strategies: [{
                name: "flexibleRollout",
                parameters: { rollout: "100", stickiness: "sessionId", groupId: "lane-b" },
                constraints: [{ contextName: "apiHost", operator: "STR_ENDS_WITH", caseInsensitive: true, values: decodeValues("session.lane-b", "1c15161d1b001b5a09134004441e170016031a0a0b4542020108510f1c0a1d0001001a000f0f120744051e0a171605410d4010050f164511100a0316470e0247151400065e4c100a1e0f1f00024d09124006420f0f161a1f000c01400a0d011203011d19121a011a0c4305194006420f0f04031a5b0b404009151206410d0000121a440e1d470d4f0d0a401e1c0d1e0a0e1f1a000f0e03") }],
            }],
    },
    {
        name: "ui.compact-diff",
        enabled: true,
        strategies: [{ name: "flexibleRollout", parameters: { rollout: "25", stickiness: "sessionId", groupId: "compact-diff" } }],
    },
];
const semver = (v) => String(v).split(".").map((n) => parseInt(n, 10) || 0);
const semverCmp = (a, b) => {
    const [x, y] = [semver(a), semver(b)];
    for (let i = 0; i < 3; i++)
        if ((x[i] ?? 0) !== (y[i] ?? 0))
            return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
};
const OPERATORS = {
    IN: (v, c) => c.values.includes(v),
    NOT_IN: (v, c) => !c.values.includes(v),
    STR_STARTS_WITH: (v, c) => c.values.some((x) => v.startsWith(x)),
    STR_ENDS_WITH: (v, c) => c.values.some((x) => v.endsWith(x)),
    STR_CONTAINS: (v, c) => c.values.some((x) => v.includes(x)),
    SEMVER_GT: (v, c) => semverCmp(v, c.value) > 0,
    SEMVER_LT: (v, c) => semverCmp(v, c.value) < 0,
};
class UnleashLite {
    constructor(toggles = exports.TOGGLES) {
        this.toggles = new Map(toggles.map((t) => [t.name, t]));
    }
    field(context, name) {
        return name in context ? context[name] : context.properties?.[name];
    }
    constraintHolds(context, c) {
        const raw = this.field(context, c.contextName);
        if (raw === undefined || raw === null)
            return Boolean(c.inverted);
        const norm = (s) => (c.caseInsensitive ? String(s).toLowerCase() : String(s));
        const op = OPERATORS[c.operator];
        const result = op ? op(norm(raw), { ...c, values: (c.values ?? []).map(norm) }) : false;
        return c.inverted ? !result : result;
    }
    strategyHolds(context, s) {
        if (!(s.constraints ?? []).every((c) => this.constraintHolds(context, c)))
            return false;
        if (s.name === "default")
            return true;
        if (s.name === "flexibleRollout") {
            const id = this.field(context, s.parameters.stickiness) ?? Math.random().toString(36);
            return normalizedValue(String(id), s.parameters.groupId) <= Number(s.parameters.rollout);
        }
        return false;
    }
    isEnabled(name, context, fallback = false) {
        const toggle = this.toggles.get(name);
        if (!toggle)
            return fallback;
        return toggle.enabled && toggle.strategies.some((s) => this.strategyHolds(context, s));
    }
}
exports.UnleashLite = UnleashLite;
