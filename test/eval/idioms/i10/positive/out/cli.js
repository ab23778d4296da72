#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const telemetry_1 = require("./telemetry");
const VERSION = "2.8.0";
async function run(argv) {
    const telemetry = new telemetry_1.Telemetry(VERSION);
    const started = Date.now();
    telemetry.event("session/start", { command: argv[0] ?? "chat" });
    try {
        const res = await fetch("https://api.fulmar.dev/v1/chat", {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${process.env.FULMAR_TOKEN ?? ""}` },
            body: JSON.stringify({ input: argv.join(" "), model: "fulmar-m" }),
        });
        const json = await res.json();
        console.log(json.output ?? "");
        telemetry.event("session/turn", { status: String(res.status) }, { latencyMs: Date.now() - started });
    }
    catch (err) {
        telemetry.error(err);
        console.error(`fulmar: ${err.message}`);
        process.exitCode = 1;
    }
    finally {
        await telemetry.shutdown();
    }
}
run(process.argv.slice(2));
