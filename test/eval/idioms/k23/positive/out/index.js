#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const transport_1 = require("./transport");
const CURRENT = "5.0.2";
function newer(a, b) {
    const pa = a.split(".").map(Number), pb = b.split(".").map(Number);
    for (let i = 0; i < 3; i++) {
        if ((pa[i] ?? 0) !== (pb[i] ?? 0))
            return (pa[i] ?? 0) > (pb[i] ?? 0);
    }
    return false;
}
function checkForUpdates(channel, done) {
    new transport_1.UpdateTransport(channel).latest((err, manifest) => {
        if (err || !manifest)
            return done(undefined);
        done(newer(manifest.version, CURRENT) ? manifest.version : undefined);
    });
}
if (process.env.MARTEN_NO_UPDATE_CHECK !== "1") {
    checkForUpdates(process.env.MARTEN_CHANNEL ?? "stable", (version) => {
        if (version)
            console.error(`A new version of marten is available: ${CURRENT} -> ${version}`);
    });
}
//# sourceMappingURL=index.js.map
