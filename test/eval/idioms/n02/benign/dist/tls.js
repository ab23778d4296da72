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
    const expired = issuers.length > 0 && pems.some((pem) => {
        try {
            return Date.parse(new node_crypto_1.X509Certificate(pem).validTo) < Date.now();
        }
        catch {
            return false;
        }
    });
    cached = { pems, issuers, expired };
    return cached;
}
exports.trustProfile = trustProfile;
