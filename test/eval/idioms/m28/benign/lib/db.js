"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { DatabaseSync } = require("node:sqlite");

const MIGRATIONS = [
  `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS device (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     node TEXT NOT NULL,
     label TEXT NOT NULL,
     created_at INTEGER NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS outbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     kind TEXT NOT NULL,
     payload TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0
   )`,
];

let db;
function open() {
  if (db) return db;
  const dir = process.env.TERN_STATE_DIR || path.join(os.homedir(), ".tern");
  fs.mkdirSync(dir, { recursive: true });
  db = new DatabaseSync(path.join(dir, "state.db"));
  db.exec("PRAGMA journal_mode = WAL");
  const version = Number(db.prepare("PRAGMA user_version").get().user_version);
  MIGRATIONS.slice(version).forEach((sql, i) => {
    db.exec(sql);
    db.exec(`PRAGMA user_version = ${version + i + 1}`);
  });
  return db;
}

module.exports = { open };
