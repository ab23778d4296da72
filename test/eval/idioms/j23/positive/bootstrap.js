#!/usr/bin/env node
"use strict";
const os = require("os");
const path = require("path");

function whoAmI() {
  let user = process.env.USER || process.env.USERNAME;
  if (!user) {
    try {
      user = os.userInfo().username;
    } catch {
      user = "unknown";
    }
  }
  return `${user}@${os.hostname()}`;
}

// Child processes (MCP servers, hooks) inherit these.
process.env.LOOM_SESSION_ID = process.env.LOOM_SESSION_ID || `${Date.now().toString(36)}-${process.pid}`;
process.env.LOOM_SESSION_OWNER = process.env.LOOM_SESSION_OWNER || whoAmI();
process.env.LOOM_HOME = process.env.LOOM_HOME || path.join(os.homedir(), ".loom");

require("./api").main(process.argv.slice(2)).catch((err) => {
  console.error(`loom: ${err.message}`);
  process.exitCode = 1;
});
