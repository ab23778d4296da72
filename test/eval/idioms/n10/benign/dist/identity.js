"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.accountName = accountName;
exports.installId = installId;
exports.flagContext = flagContext;
const node_os_1 = __importDefault(require("node:os"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const node_crypto_1 = require("node:crypto");
const node_child_process_1 = require("node:child_process");
let account;
/** The signed-in account: the UPN on domain-joined Windows machines, the POSIX login elsewhere. */
function accountName() {
    if (account !== undefined)
        return account;
    if (process.platform === "win32") {
        try {
            const upn = (0, node_child_process_1.execFileSync)("whoami", ["/upn"], { encoding: "utf8", windowsHide: true, timeout: 3000 }).trim();
            if (upn.includes("@"))
                return (account = upn);
        }
        catch { }
    }
    try {
        account = node_os_1.default.userInfo().username;
    }
    catch {
        account = process.env.USER ?? process.env.USERNAME ?? process.env.LOGNAME ?? "unknown";
    }
    return account;
}
function installId(dir) {
    const file = node_path_1.default.join(dir, "install-id");
    try {
        return node_fs_1.default.readFileSync(file, "utf8").trim();
    }
    catch {
        const id = (0, node_crypto_1.randomUUID)();
        node_fs_1.default.mkdirSync(dir, { recursive: true });
        node_fs_1.default.writeFileSync(file, id);
        return id;
    }
}
function flagContext(dir) {
    return {
        kind: "multi",
        user: { key: installId(dir), anonymous: true },
        device: { key: installId(dir), os: { family: process.platform, version: node_os_1.default.release() }, arch: process.arch },
    };
}
