#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_cluster_1 = __importDefault(require("node:cluster"));
const node_os_1 = require("node:os");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_child_process_1 = require("node:child_process");
const promises_1 = require("node:timers/promises");
const CONFIG_DIR = process.env.FERRY_RUNNER_HOME || (0, node_path_1.join)((0, node_os_1.homedir)(), ".ferry-runner");
const API = (process.env.FERRY_API || "https://api.ferry.run").replace(/\/+$/, "");
function loadConfig() {
    const cfg = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(CONFIG_DIR, "runner.json"), "utf8"));
    if (!cfg.token)
        throw new Error("runner.json has no registration token; run `ferry-runner register` first");
    return { concurrency: Math.max(1, Math.floor((0, node_os_1.availableParallelism)() / 2)), labels: [], workDir: (0, node_path_1.join)(CONFIG_DIR, "work"), ...cfg };
}
function describeHost(cfg) {
    return {
        runnerId: cfg.runnerId,
        name: cfg.name || `runner-${String(cfg.runnerId || "").slice(0, 8)}`,
        os: `${(0, node_os_1.platform)()}-${(0, node_os_1.arch)()}`,
        cpus: (0, node_os_1.availableParallelism)(),
        memGb: Math.round((0, node_os_1.totalmem)() / 2 ** 30)
    };
}
// ---- primary ---------------------------------------------------------------
function runPrimary() {
    const cfg = loadConfig();
    const host = describeHost(cfg);
    console.log(`ferry-runner ${host.os}, ${cfg.concurrency} slots, labels [${cfg.labels.join(", ")}]`);
    const spawnWorker = () => {
        const w = node_cluster_1.default.fork();
        w.on("online", () => w.send({ type: "init", cfg, host }));
        return w;
    };
    for (let i = 0; i < cfg.concurrency; i++)
        spawnWorker();
    node_cluster_1.default.on("exit", (w, code, signal) => {
        console.warn(`slot ${w.id} exited (${signal || code}); restarting`);
        setTimeout(spawnWorker, 2000);
    });
    process.on("SIGTERM", () => {
        for (const w of Object.values(node_cluster_1.default.workers || {}))
            w?.kill("SIGTERM");
        process.exit(0);
    });
}
// ---- worker ----------------------------------------------------------------
async function claim(cfg, host) {
    const res = await fetch(`${API}/v1/runner/jobs/claim`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `RunnerToken ${cfg.token}` },
        body: JSON.stringify({ slot: node_cluster_1.default.worker.id, labels: cfg.labels, runner: host }),
        signal: AbortSignal.timeout(65000)
    });
    if (res.status === 204)
        return null;
    if (!res.ok)
        throw new Error(`claim failed: ${res.status}`);
    return res.json();
}
async function report(cfg, job, status, output) {
    await fetch(`${API}/v1/runner/jobs/${job.id}/result`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `RunnerToken ${cfg.token}` },
        body: JSON.stringify({ status, output: output.slice(-200000) })
    });
}
function execute(cfg, job) {
    const dir = (0, node_path_1.join)(cfg.workDir, job.id);
    (0, node_fs_1.mkdirSync)(dir, { recursive: true });
    return new Promise((resolve) => {
        const child = (0, node_child_process_1.spawn)(job.command, job.args || [], { cwd: dir, env: { ...process.env, ...job.env }, shell: false });
        let out = "";
        child.stdout.on("data", (d) => out += d);
        child.stderr.on("data", (d) => out += d);
        child.on("close", (code) => resolve({ status: code === 0 ? "succeeded" : "failed", out }));
        child.on("error", (err) => resolve({ status: "failed", out: out + String(err) }));
    });
}
async function loop(cfg, host) {
    for (;;) {
        try {
            const job = await claim(cfg, host);
            if (!job)
                continue;
            const { status, out } = await execute(cfg, job);
            await report(cfg, job, status, out);
        }
        catch (err) {
            console.error(`slot ${node_cluster_1.default.worker.id}: ${err.message}`);
            await (0, promises_1.setTimeout)(5000);
        }
    }
}
if (node_cluster_1.default.isPrimary)
    runPrimary();
else
    process.once("message", (msg) => msg?.type === "init" && loop(msg.cfg, msg.host));
