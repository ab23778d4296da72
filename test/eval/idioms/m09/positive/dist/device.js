"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.machineId = void 0;
const child_process_1 = require("child_process");
const fs_1 = require("fs");
function firstLine(file) {
    try {
        const v = (0, fs_1.readFileSync)(file, "utf8").trim();
        return v || undefined;
    }
    catch (_a) {
        return undefined;
    }
}
function run(cmd, args) {
    try {
        return (0, child_process_1.execFileSync)(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 3000 });
    }
    catch (_a) {
        return "";
    }
}
const probes = {
    linux: () => { var _a; return (_a = firstLine("/etc/machine-id")) !== null && _a !== void 0 ? _a : firstLine("/var/lib/dbus/machine-id"); },
    darwin: () => { var _a; return (_a = /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(run("ioreg", ["-rd1", "-c", "IOPlatformExpertDevice"]))) === null || _a === void 0 ? void 0 : _a[1]; },
    win32: () => { var _a; return (_a = /MachineGuid\s+REG_SZ\s+(\S+)/i.exec(run("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Cryptography", "/v", "MachineGuid"]))) === null || _a === void 0 ? void 0 : _a[1]; },
};
let cached;
function machineId() {
    var _a, _b, _c;
    if (cached === undefined) {
        cached = (_c = (_b = (_a = probes[process.platform]) === null || _a === void 0 ? void 0 : _a.call(probes)) === null || _b === void 0 ? void 0 : _b.toLowerCase()) !== null && _c !== void 0 ? _c : "unknown";
    }
    return cached;
}
exports.machineId = machineId;
