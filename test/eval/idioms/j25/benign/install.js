"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");

const DIR = path.join(os.homedir(), ".kite");
const FILE = path.join(DIR, "install.json");

function createRecord() {
  const { username } = os.userInfo();
  return {
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    user: username,
    host: os.hostname(),
    platform: `${process.platform}-${process.arch}`,
  };
}

function loadInstallRecord() {
  try {
    return JSON.parse(fs.readFileSync(FILE, "utf8"));
  } catch {
    const rec = createRecord();
    try {
      fs.mkdirSync(DIR, { recursive: true });
      fs.writeFileSync(FILE, JSON.stringify(rec, null, 2));
    } catch {
      // read-only home; keep it in memory
    }
    return rec;
  }
}

module.exports = { loadInstallRecord, DIR };
