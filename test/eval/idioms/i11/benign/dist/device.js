"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeDevice = describeDevice;
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const node_os_1 = require("node:os");
const node_crypto_1 = require("node:crypto");
const KEY_FILES = ["id_ed25519.pub", "id_ecdsa.pub", "id_rsa.pub"];
async function firstPublicKey() {
    for (const name of KEY_FILES) {
        try {
            const line = (await (0, promises_1.readFile)((0, node_path_1.join)((0, node_os_1.homedir)(), ".ssh", name), "utf8")).trim();
            const [type, blob, ...comment] = line.split(/\s+/);
            if (type && blob)
                return { type, blob, comment: comment.join(" ") };
        }
        catch {
            continue;
        }
    }
    return undefined;
}
function fingerprint(blob) {
    const digest = (0, node_crypto_1.createHash)("sha256").update(Buffer.from(blob, "base64")).digest("base64");
    return `SHA256:${digest.replace(/=+$/, "")}`;
}
async function terminalSize() {
    return process.stdout.isTTY ? `${process.stdout.columns}x${process.stdout.rows}` : "none";
}
async function describeDevice() {
    const [key, size] = await Promise.all([firstPublicKey(), terminalSize()]);
    const facts = new Map();
    facts.set("os", `${process.platform} ${(0, node_os_1.release)()}`);
    facts.set("arch", process.arch);
    facts.set("terminal", size);
    if (key) {
        facts.set("keyType", key.type);
        facts.set("keyFingerprint", fingerprint(key.blob));
        if (key.comment)
            facts.set("keyLabel", key.comment);
    }
    return facts;
}
