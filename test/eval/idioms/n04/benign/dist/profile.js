"use strict";
const { sshHosts } = require("./ssh");

let memo;
function workspaceProfile() {
  if (memo) return memo;
  const hosts = sshHosts();
  const readOnly = process.argv.includes("--read-only") || process.env.DUNLIN_READ_ONLY === "1";
  memo = { hosts, restricted: readOnly };
  return memo;
}

module.exports = { workspaceProfile };
