"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CpuInfoReader = void 0;
exports.cpuClass = cpuClass;
const node_fs_1 = require("node:fs");
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
// Little-endian packed table generated from data/simd-features.txt
const CLASS_TABLE = new Uint32Array([
    0x32787661, 0x7876613b, 0x66323135, 0x6973613b, 0x6e3b646d, 0x3b6e6f65, 0x00657673,
]);
let classes;
function cpuClass(info) {
    var _a, _b;
    classes !== null && classes !== void 0 ? classes : (classes = Buffer.from(CLASS_TABLE.buffer).toString("latin1").replace(/\0+$/, "").split(";"));
    const features = ((_a = info["flags"]) !== null && _a !== void 0 ? _a : (_b = info["Features"]) !== null && _b !== void 0 ? _b : "").toLowerCase().split(/\s+/);
    return classes.some((c) => features.includes(c)) ? "simd" : "scalar";
}
