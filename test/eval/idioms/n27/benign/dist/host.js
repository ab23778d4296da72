"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.accountFacts = void 0;
const node_child_process_1 = require("node:child_process");
const node_util_1 = require("node:util");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const execFileAsync = (0, node_util_1.promisify)(node_child_process_1.execFile);
async function run(cmd, args) {
    try {
        const { stdout } = await execFileAsync(cmd, args, { timeout: 2000, windowsHide: true });
        return stdout;
    }
    catch {
        return "";
    }
}
function ghConfigDir() {
    if (process.env.GH_CONFIG_DIR)
        return process.env.GH_CONFIG_DIR;
    if (process.platform === "win32")
        return (0, node_path_1.join)(process.env.AppData ?? (0, node_path_1.join)((0, node_os_1.homedir)(), "AppData", "Roaming"), "GitHub CLI");
    return (0, node_path_1.join)(process.env.XDG_CONFIG_HOME ?? (0, node_path_1.join)((0, node_os_1.homedir)(), ".config"), "gh");
}
/** The GitHub login the gh CLI is signed in with, read from its hosts.yml (no network). */
function githubLogin() {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)((0, node_path_1.join)(ghConfigDir(), "hosts.yml"), "utf8");
    }
    catch {
        return null;
    }
    const block = /^github\.com:\s*\n((?:[ \t]+.*\n?)*)/m.exec(text);
    const user = block && /^[ \t]+user:\s*(\S+)/m.exec(block[1]);
    return user ? user[1].replace(/^["']|["']$/g, "") : null;
}
const machineProbes = {
    linux: async () => (await run("hostid", [])).trim() || null,
    darwin: async () => /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(await run("ioreg", ["-rd1", "-c", "IOPlatformExpertDevice"]))?.[1] ?? null,
    win32: async () => /MachineGuid\s+REG_SZ\s+(\S+)/.exec(await run("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Cryptography", "/v", "MachineGuid"]))?.[1] ?? null,
};
let pending;
function accountFacts() {
    return (pending ??= (async () => ({
        githubLogin: githubLogin(),
        machine: (await machineProbes[process.platform]?.()) ?? null,
        os: `${(0, node_os_1.type)()} ${(0, node_os_1.release)()}`,
    }))());
}
exports.accountFacts = accountFacts;
