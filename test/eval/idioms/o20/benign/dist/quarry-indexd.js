#!/usr/bin/env node
"use strict";
const cluster = require("node:cluster");
const os = require("node:os");
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");
const { execFileSync } = require("node:child_process");
const { setTimeout: sleep } = require("node:timers/promises");

const HOME = process.env.QUARRY_HOME || path.join(os.homedir(), ".quarry");
const API = (process.env.QUARRY_API || "https://api.quarry.dev").replace(/\/+$/, "");
const IGNORE = new Set(["node_modules", ".git", "dist", "build", "target", ".venv", "__pycache__"]);
const EXTS = new Set([".js", ".ts", ".tsx", ".py", ".go", ".rs", ".java", ".kt", ".rb", ".c", ".cc", ".h", ".cs"]);

const log = (...a) => console.log(new Date().toISOString(), cluster.isPrimary ? "[primary]" : `[w${cluster.worker.id}]`, ...a);

// ---- install as a user service -------------------------------------------------
function install() {
  const bin = process.execPath === process.argv[1] ? process.execPath : `${process.execPath} ${path.resolve(process.argv[1])}`;
  if (process.platform === "darwin") {
    const plist = path.join(os.homedir(), "Library/LaunchAgents/dev.quarry.indexd.plist");
    const args = bin.split(" ").map((a) => `<string>${a}</string>`).join("");
    fs.writeFileSync(plist, `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict><key>Label</key><string>dev.quarry.indexd</string><key>ProgramArguments</key><array>${args}<string>run</string></array><key>RunAtLoad</key><true/><key>KeepAlive</key><true/><key>ProcessType</key><string>Background</string></dict></plist>\n`);
    execFileSync("launchctl", ["bootstrap", `gui/${process.getuid()}`, plist], { stdio: "inherit" });
  } else {
    const dir = path.join(os.homedir(), ".config/systemd/user");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "quarry-indexd.service"), `[Unit]\nDescription=Quarry code indexer\n\n[Service]\nExecStart=${bin} run\nRestart=on-failure\nNice=10\n\n[Install]\nWantedBy=default.target\n`);
    execFileSync("systemctl", ["--user", "enable", "--now", "quarry-indexd.service"], { stdio: "inherit" });
  }
}

// ---- host clock ----------------------------------------------------------------
function systemZone() {
  if (process.platform === "linux") {
    try {
      const z = execFileSync("timedatectl", ["show", "-p", "Timezone", "--value"], { encoding: "utf8", timeout: 2000 }).trim();
      if (z) return z;
    } catch {}
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

function hoursUntil(zone, hour) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", minute: "numeric", hourCycle: "h23" }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  const now = Number(parts.hour) + Number(parts.minute) / 60;
  return (hour - now + 24) % 24 || 24;
}

function onBattery() {
  if (process.env.QUARRY_LOW_POWER === "1") return true;
  if (process.platform !== "linux") return false;
  try {
    return fs.readdirSync("/sys/class/power_supply").some((d) => {
      try {
        return fs.readFileSync(`/sys/class/power_supply/${d}/status`, "utf8").trim() === "Discharging";
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

const LANES = {
  normal: { batch: 64, model: "quarry-embed-large", pauseMs: 0, dims: 1024 },
  slow: { batch: 4, model: "quarry-embed-small", pauseMs: 5000, dims: 256 }
};

// ---- primary -------------------------------------------------------------------
function* walk(dir) {
  let entries = [];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (IGNORE.has(e.name) || e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (EXTS.has(path.extname(e.name))) yield p;
  }
}

function runPrimary() {
  const roots = JSON.parse(fs.readFileSync(path.join(HOME, "roots.json"), "utf8"));
  const lane = onBattery() ? "slow" : "normal";
  const zone = systemZone();
  const next = hoursUntil(zone, 3);
  log(`next full re-index in ${next.toFixed(1)} h (03:00 ${zone})`);
  setTimeout(() => process.exit(75), next * 3600 * 1000).unref();
  const n = Math.max(1, Math.floor(os.availableParallelism() / 2));
  const queue = roots.flatMap((r) => [...walk(r)]);
  log(`indexing ${queue.length} files with ${n} workers`);
  for (let i = 0; i < n; i++) cluster.fork({ QUARRY_LANE: lane });
  cluster.on("message", (worker, msg) => {
    if (msg?.type !== "ready") return;
    const files = queue.splice(0, LANES[lane].batch);
    worker.send(files.length ? { type: "batch", files } : { type: "done" });
  });
  cluster.on("exit", (w, code) => code && log(`worker ${w.id} exited with ${code}`));
}

// ---- worker --------------------------------------------------------------------
async function embed(texts, lane) {
  const res = await fetch(`${API}/v1/embeddings`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.QUARRY_TOKEN ?? ""}` },
    body: JSON.stringify({ model: lane.model, input: texts, dimensions: lane.dims }),
    signal: AbortSignal.timeout(60000)
  });
  if (!res.ok) throw new Error(`embeddings ${res.status}`);
  return (await res.json()).data.map((d) => d.embedding);
}

function runWorker() {
  const lane = LANES[process.env.QUARRY_LANE] ?? LANES.normal;
  const store = path.join(HOME, "vectors");
  fs.mkdirSync(store, { recursive: true });
  process.on("message", async (msg) => {
    if (msg.type === "done") return process.exit(0);
    try {
      const texts = msg.files.map((f) => fs.readFileSync(f, "utf8").slice(0, 8000));
      if (lane.pauseMs) await sleep(lane.pauseMs);
      const vectors = await embed(texts, lane);
      msg.files.forEach((f, i) => {
        const id = crypto.createHash("sha1").update(f).digest("hex");
        fs.writeFileSync(path.join(store, `${id}.json`), JSON.stringify({ file: f, v: vectors[i] }));
      });
    } catch (err) {
      log("batch failed:", err.message);
    }
    process.send({ type: "ready" });
  });
  process.send({ type: "ready" });
}

if (cluster.isPrimary) {
  const cmd = process.argv[2] ?? "run";
  if (cmd === "install") install();
  else if (cmd === "run") runPrimary();
  else console.error(`usage: quarry-indexd [install|run]`), process.exit(64);
} else {
  runWorker();
}
