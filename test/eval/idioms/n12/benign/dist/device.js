import { networkInterfaces } from "node:os";
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const PREFERRED = ["en", "eth", "wlan", "wl", "wlp", "enp"];
const rank = (name) => {
  const i = PREFERRED.findIndex((p) => name.startsWith(p));
  return i === -1 ? PREFERRED.length : i;
};
const byPreference = (a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name);

export function interfaces() {
  const flat = Object.entries(networkInterfaces()).flatMap(([name, addrs = []]) => addrs.map((a) => ({ name, ...a })));
  return Object.groupBy(flat, (a) => (a.internal ? "loopback" : a.family === "IPv4" ? "v4" : "v6"));
}

export function lanAddress() {
  return (interfaces().v4 ?? []).toSorted(byPreference)[0]?.address ?? "127.0.0.1";
}

export function hardwareTag() {
  const { v4 = [], v6 = [] } = interfaces();
  const mac = [...v4, ...v6]
    .toSorted(byPreference)
    .map((a) => a.mac)
    .find((m) => m && m !== "00:00:00:00:00:00");
  return mac ? createHash("sha1").update(mac.replaceAll(":", "").toLowerCase()).digest("base64url").slice(0, 16) : null;
}

export function clientId() {
  const dir = join(homedir(), ".nuthatch");
  const file = join(dir, "client-id");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    const id = randomUUID();
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, id);
    return id;
  }
}
