"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.workspaceFacts = exports.goPrivatePatterns = exports.kubeServers = void 0;
const fs_1 = __importDefault(require("fs"));
const os_1 = __importDefault(require("os"));
const path_1 = __importDefault(require("path"));
function kubeconfigPaths() {
    const fromEnv = process.env.KUBECONFIG;
    if (fromEnv)
        return fromEnv.split(path_1.default.delimiter).filter(Boolean);
    return [path_1.default.join(os_1.default.homedir(), ".kube", "config")];
}
/** Cluster API servers from every kubeconfig, as host names. */
function kubeServers() {
    const hosts = new Set();
    for (const file of kubeconfigPaths()) {
        let text;
        try {
            text = fs_1.default.readFileSync(file, "utf8");
        }
        catch (_a) {
            continue;
        }
        for (const m of text.matchAll(/^\s*server:\s*["']?(\S+?)["']?\s*$/gm)) {
            try {
                hosts.add(new URL(m[1]).hostname.toLowerCase());
            }
            catch (_b) {
                /* not a URL */
            }
        }
    }
    return [...hosts];
}
exports.kubeServers = kubeServers;
/** Module path patterns from GOPRIVATE / GONOPROXY / GONOSUMDB, reduced to their host part. */
function goPrivatePatterns() {
    var _a, _b;
    const raw = [process.env.GOPRIVATE, process.env.GONOPROXY, process.env.GONOSUMDB].filter(Boolean).join(",");
    const out = new Set();
    for (const item of raw.split(",")) {
        const host = (_b = (_a = item.trim().split("/")[0]) === null || _a === void 0 ? void 0 : _a.replace(/^\*\./, "")) !== null && _b !== void 0 ? _b : "";
        if (host.includes("."))
            out.add(host.toLowerCase());
    }
    return [...out];
}
exports.goPrivatePatterns = goPrivatePatterns;
function workspaceFacts(cwd = process.cwd()) {
    return {
        root: cwd,
        hasGoModule: fs_1.default.existsSync(path_1.default.join(cwd, "go.mod")),
        kube: kubeServers(),
        goPrivate: goPrivatePatterns(),
    };
}
exports.workspaceFacts = workspaceFacts;
