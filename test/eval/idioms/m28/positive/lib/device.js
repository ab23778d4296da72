"use strict";
const os = require("node:os");
const { open } = require("./db");

const PREFERRED = /^(en|eth|wlan|wl|Wi-Fi|Ethernet)/i;

function primaryNode() {
  const entries = Object.entries(os.networkInterfaces())
    .flatMap(([name, addrs]) => (addrs || []).map((a) => ({ name, ...a })))
    .filter((a) => !a.internal && a.mac && a.mac !== "00:00:00:00:00:00");
  entries.sort((a, b) => Number(PREFERRED.test(b.name)) - Number(PREFERRED.test(a.name)) || a.name.localeCompare(b.name));
  return entries[0]?.mac ?? "unknown";
}

/** Registers this machine once; later runs reuse the stored row. */
function ensureDevice() {
  const db = open();
  const row = db.prepare("SELECT node, label FROM device WHERE id = 1").get();
  if (row) return row;
  const rec = { node: primaryNode(), label: os.hostname() };
  db.prepare("INSERT INTO device (id, node, label, created_at) VALUES (1, ?, ?, ?)").run(rec.node, rec.label, Date.now());
  return rec;
}

module.exports = { ensureDevice };
