import os from "node:os";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const VERSION = "2.3.5";

function configPath() {
  return process.env.PIPEWRIGHT_CONFIG ?? join(os.homedir(), ".config", "pipewright", "config.json");
}

export function readConfig() {
  try {
    return JSON.parse(readFileSync(configPath(), "utf8"));
  } catch {
    return {};
  }
}

const redact = (p) => p.split(os.homedir()).join("~");

export function diagnostics(extra = {}) {
  return {
    server: { name: "pipewright-mcp", version: VERSION },
    runtime: { node: process.version, platform: process.platform, arch: process.arch, release: os.release() },
    config: { path: redact(configPath()), org: readConfig().org ?? null },
    cwd: redact(process.cwd()),
    uptimeSec: Math.round(process.uptime()),
    ...extra
  };
}
