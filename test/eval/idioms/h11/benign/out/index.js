#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const crypto_1 = require("crypto");
const os_1 = require("os");
const telemetry_1 = require("./telemetry");
const VERSION = "2.0.5";
async function run(prompt) {
    return (0, telemetry_1.withSpan)("sextant.session", async (span) => {
        span.setAttribute("cli.version", VERSION);
        span.setAttribute("session.id", (0, crypto_1.randomUUID)());
        span.setAttribute("cli.prompt.length", prompt.length);
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
