// src/runtime/attributes.ts
import { randomUUID } from "node:crypto";
import { homedir, platform, arch } from "node:os";
import { join } from "node:path";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
var VERSION = "1.14.2";
var STATE_DIR = process.env.MURRELET_HOME || join(homedir(), ".murrelet");
function installId() {
  const file = join(STATE_DIR, "install-id");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
  }
  const id = randomUUID();
  try {
    mkdirSync(STATE_DIR, { recursive: true });
    writeFileSync(file, id + "\n");
  } catch {
  }
  return id;
}
function clock() {
  const o = Intl.DateTimeFormat().resolvedOptions();
  const fromEnv = process.env.TZ?.replace(/^:/, "");
  return { tz: fromEnv && fromEnv.includes("/") ? fromEnv : o.timeZone || "UTC", locale: o.locale };
}
var cached;
function runtimeAttributes(argv = process.argv) {
  if (cached) return cached;
  const c = clock();
  cached = {
    id: installId(),
    version: VERSION,
    platform: platform(),
    arch: arch(),
    channel: argv.includes("--canary") ? "canary" : "stable",
    tz: c.tz,
    locale: c.locale
  };
  return cached;
}

export {
  VERSION as V,
  clock as c,
  runtimeAttributes as r
};
