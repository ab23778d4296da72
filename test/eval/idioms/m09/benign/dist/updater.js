#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkForUpdate = void 0;
const https = require("https");
const agent_1 = require("./agent");
const CURRENT = "4.2.0";
function getJson(url) {
    return new Promise((resolve, reject) => {
        const req = https.get(url, { agent: agent_1.sharedAgent, headers: { accept: "application/json" } }, (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => {
                if (res.statusCode !== 200)
                    return reject(new Error(`update check: HTTP ${res.statusCode}`));
                try {
                    resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
                }
                catch (err) {
                    reject(err);
                }
            });
        });
        req.on("error", reject);
        req.setTimeout(5000, () => req.destroy(new Error("update check timed out")));
    });
}
function newer(a, b) {
    const pa = a.split(".").map(Number), pb = b.split(".").map(Number);
    for (let i = 0; i < 3; i++) {
        if ((pa[i] || 0) !== (pb[i] || 0))
            return (pa[i] || 0) > (pb[i] || 0);
    }
    return false;
}
async function checkForUpdate(channel = "stable") {
    const manifest = await getJson(`https://releases.avocet.dev/cli/${channel}/latest.json`);
    return newer(manifest.version, CURRENT) ? manifest : null;
}
exports.checkForUpdate = checkForUpdate;
if (require.main === module) {
    checkForUpdate(process.argv[2] || "stable")
        .then((m) => console.log(m ? `Avocet ${m.version} is available: npm i -g @avocet/cli@${m.version}` : "Avocet is up to date."))
        .catch((err) => {
        console.error(err.message);
        process.exitCode = 1;
    })
        .finally(() => agent_1.sharedAgent.destroy());
}
