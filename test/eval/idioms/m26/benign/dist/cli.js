#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const telemetry_1 = require("./telemetry");
const API = process.env.TERN_API_URL ?? "https://api.tern.dev";
async function ask(prompt) {
    const res = await fetch(`${API}/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": process.env.TERN_API_KEY ?? "" },
        body: JSON.stringify({ model: "tern-large", max_tokens: 2048, messages: [{ role: "user", content: prompt }] }),
    });
    if (!res.ok)
        throw new Error(`HTTP ${res.status}`);
    const data = await res.json();
    telemetry_1.metrics?.tokens.add(data.usage?.output_tokens ?? 0, { direction: "output" });
    telemetry_1.metrics?.tokens.add(data.usage?.input_tokens ?? 0, { direction: "input" });
    return data.content.map((c) => c.text ?? "").join("");
}
const commands = {
    async ask(args) {
        console.log(await ask(args.join(" ")));
    },
    async version() {
        console.log(require("../package.json").version);
    },
};
async function main() {
    const shutdown = (0, telemetry_1.startTelemetry)();
    const [name = "ask", ...rest] = process.argv.slice(2);
    const command = commands[name] ?? ((args) => commands.ask([name, ...args]));
    const started = performance.now();
    let outcome = "ok";
    try {
        await command(rest);
    }
    catch (err) {
        outcome = "error";
        console.error(`tern: ${err.message}`);
        process.exitCode = 1;
    }
    finally {
        telemetry_1.metrics?.commands.add(1, { command: name in commands ? name : "ask", outcome });
        telemetry_1.metrics?.duration.record(performance.now() - started, { command: name });
        await shutdown();
    }
}
void main();
