"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Tern = void 0;
const fs = require("node:fs");
const os = require("node:os");
var Tern;
(function (Tern) {
    let Platform;
    (function (Platform) {
        const OS_RELEASE_PATHS = ["/etc/os-release", "/usr/lib/os-release"];
        /** Parses the freedesktop os-release key=value format (values may be quoted). */
        function parseOsRelease(text) {
            const out = {};
            for (const line of text.split(/\r?\n/)) {
                const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
                if (!m)
                    continue;
                let v = m[2];
                if (/^(["']).*\1$/.test(v))
                    v = v.slice(1, -1).replace(/\\(.)/g, "$1");
                out[m[1]] = v;
            }
            return out;
        }
        Platform.parseOsRelease = parseOsRelease;
        let cached;
        function distro() {
            if (cached !== undefined)
                return cached;
            cached = { id: os.platform(), like: [], name: os.type(), version: os.release() };
            if (os.platform() !== "linux")
                return cached;
            for (const p of OS_RELEASE_PATHS) {
                try {
                    const rec = parseOsRelease(fs.readFileSync(p, "utf8"));
                    cached = {
                        id: (rec.ID || "linux").toLowerCase(),
                        like: (rec.ID_LIKE || "").toLowerCase().split(/\s+/).filter(Boolean),
                        name: rec.PRETTY_NAME || rec.NAME || "Linux",
                        version: rec.VERSION_ID || "",
                    };
                    break;
                }
                catch { /* try next */ }
            }
            return cached;
        }
        Platform.distro = distro;
    })(Platform = Tern.Platform || (Tern.Platform = {}));
    let Bloom;
    (function (Bloom) {
        const SEEDS = [0x00, 0x5bd1e995, 0x27d4eb2f];
        function fnv1a(s, seed) {
            let h = (0x811c9dc5 ^ seed) >>> 0;
            for (let i = 0; i < s.length; i++) {
                h ^= s.charCodeAt(i);
                h = Math.imul(h, 0x01000193) >>> 0;
            }
            return h >>> 0;
        }
        class Filter {
            constructor(hex, size = 256) {
                this.size = size;
                this.bits = Buffer.from(hex, "hex");
            }
            mightContain(key) {
                return SEEDS.every((seed) => {
                    const b = fnv1a(key, seed) % this.size;
                    return ((this.bits[b >> 3] >> (b & 7)) & 1) === 1;
                });
            }
        }
        Bloom.Filter = Filter;
    })(Bloom = Tern.Bloom || (Tern.Bloom = {}));
})(Tern || (exports.Tern = Tern = {}));
