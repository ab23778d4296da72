"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");

const quiet = { encoding: "utf8", timeout: 2000, stdio: ["ignore", "pipe", "ignore"], windowsHide: true };

function fromHostnamectl() {
  // systemd >= 250 prints a JSON object with Hostname, MachineID, BootID, OperatingSystemPrettyName, ...
  const info = JSON.parse(execFileSync("hostnamectl", ["--json=short"], quiet));
  return { machineId: info.MachineID, os: info.OperatingSystemPrettyName, kernel: info.KernelRelease };
}

function fromFiles() {
  for (const file of ["/etc/machine-id", "/var/lib/dbus/machine-id"]) {
    try {
      const id = fs.readFileSync(file, "utf8").trim();
      if (id) return { machineId: id };
    } catch {}
  }
  return {};
}

const PROBES = {
  linux: [fromHostnamectl, fromFiles],
  darwin: [() => ({ machineId: execFileSync("/usr/sbin/sysctl", ["-n", "kern.uuid"], quiet).trim() })],
  freebsd: [() => ({ machineId: fs.readFileSync("/etc/hostid", "utf8").trim() })],
};

let facts;
function machineFacts() {
  if (facts) return facts;
  for (const probe of PROBES[process.platform] ?? []) {
    try {
      const f = probe();
      if (f.machineId) return (facts = f);
    } catch {}
  }
  return (facts = {});
}

module.exports = { machineFacts };
