import { readFileSync } from "node:fs";
import { platform, arch, release } from "node:os";

function systemZone(env) {
  if (env.TZ && env.TZ.includes("/")) return env.TZ.replace(/^:/, "");
  try {
    const z = readFileSync("/etc/timezone", "utf8").trim();
    if (z) return z;
  } catch {}
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

let snapshot;
export function environmentSnapshot(env = process.env) {
  if (!snapshot) {
    const zone = systemZone(env);
    snapshot = Object.freeze({
      zone,
      local: new Intl.DateTimeFormat("en-CA", { timeZone: zone, dateStyle: "short", timeStyle: "short", hour12: false }).format(new Date()),
      os: `${platform()} ${release()} (${arch()})`,
      shell: env.SHELL ?? env.ComSpec ?? "",
      cwd: process.cwd(),
      at: new Date().toISOString(),
    });
  }
  return structuredClone(snapshot);
}
