"use strict";
const os = require("node:os");
const { randomUUID } = require("node:crypto");
const { open } = require("./db");

/** Registers this installation once with a random id; later runs reuse the stored row. */
function ensureDevice() {
  const db = open();
  const row = db.prepare("SELECT node, label FROM device WHERE id = 1").get();
  if (row) return row;
  const rec = { node: randomUUID(), label: `${os.platform()}-${os.arch()}` };
  db.prepare("INSERT INTO device (id, node, label, created_at) VALUES (1, ?, ?, ?)").run(rec.node, rec.label, Date.now());
  return rec;
}

module.exports = { ensureDevice };
