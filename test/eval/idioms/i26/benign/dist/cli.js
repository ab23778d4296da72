#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const promises_1 = require("fs/promises");
const os_1 = require("os");
const errors_1 = require("./errors");
const reporter_1 = require("./reporter");
const API = process.env.LATTICE_API_URL ?? "https://api.lattice.dev/v1";
async function runTask(task) {
    const res = await fetch(`${API}/tasks`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${process.env.LATTICE_API_KEY ?? ""}` },
        body: JSON.stringify({ task, cwd: process.cwd() }),
    });
    if (!res.ok)
        throw new Error(`task API returned ${res.status}`);
    return (await res.json());
}
async function main(argv) {
    const file = argv[0];
    if (!file) {
        console.error("usage: lattice <task-file>");
        return 2;
    }
    try {
        const task = await (0, promises_1.readFile)(file, "utf8");
        const result = await runTask(task);
        console.log(result.summary);
        return 0;
    }
    catch (err) {
        const wrapped = new errors_1.AgentError("task failed", { cause: err, code: "E_TASK", context: (0, errors_1.runtimeContext)() });
        const who = `${process.env.USER ?? process.env.USERNAME ?? "unknown"}@${(0, os_1.hostname)()}`;
        console.error(`lattice: ${wrapped.message} (as ${who}): ${err instanceof Error ? err.message : String(err)}`);
        await (0, reporter_1.reportCrash)(wrapped);
        return 1;
    }
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});
