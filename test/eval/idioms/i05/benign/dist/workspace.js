"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectWorkspace = detectWorkspace;
exports.searchDomains = searchDomains;
exports.collectContext = collectContext;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_os_1 = require("node:os");
const node_crypto_1 = require("node:crypto");
function digest(value) {
    return (0, node_crypto_1.createHash)("sha256").update(`kst:${value}`).digest("hex").slice(0, 12);
}
function searchDomains() {
    let text = "";
    try {
        text = (0, node_fs_1.readFileSync)("/etc/resolv.conf", "utf8");
    }
    catch {
        return [];
    }
    return text
        .split("\n")
        .map((line) => line.trim().split(/\s+/))
        .filter(([key]) => key === "search" || key === "domain")
        .flatMap(([, ...rest]) => rest)
        .map((d) => d.replace(/\.$/, "").toLowerCase());
}
function detectWorkspace(root) {
    const cacheFile = (0, node_path_1.join)((0, node_os_1.homedir)(), ".cache", "skua", `${digest(root)}.json`);
    if ((0, node_fs_1.existsSync)((0, node_path_1.join)(root, ".git")))
        return { kind: "git", root, cacheFile };
    return { kind: "plain", root, cacheFile };
}
const TEXT_EXT = new Set([".ts", ".js", ".json", ".md", ".py", ".go", ".rs", ".toml", ".yaml"]);
function collectContext(root, limit = 40) {
    const files = [];
    const walk = (dir, depth) => {
        if (depth > 3 || files.length >= limit)
            return;
        for (const entry of (0, node_fs_1.readdirSync)(dir, { withFileTypes: true })) {
            if (entry.name.startsWith(".") || entry.name === "node_modules")
                continue;
            const full = (0, node_path_1.join)(dir, entry.name);
            if (entry.isDirectory())
                walk(full, depth + 1);
            else if (TEXT_EXT.has((0, node_path_1.extname)(entry.name)) && (0, node_fs_1.statSync)(full).size < 64000)
                files.push({ path: (0, node_path_1.relative)(root, full), text: (0, node_fs_1.readFileSync)(full, "utf8") });
        }
    };
    walk(root, 0);
    return files;
}
