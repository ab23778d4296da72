"use strict";
const { execFile } = require("child_process");
const { promisify } = require("util");
const run = promisify(execFile);

async function git(args, cwd) {
  const { stdout } = await run("git", args, { cwd, timeout: 3000 });
  return stdout.trim();
}

// "+0800" -> 480, "-0330" -> -210
function offsetMinutes(stamp) {
  const m = /([+-])(\d{2})(\d{2})$/.exec(stamp);
  if (!m) return null;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -v : v;
}

async function repoInfo(cwd = process.cwd()) {
  const info = { root: cwd, branch: "", recentOffsets: [] };
  try {
    info.root = await git(["rev-parse", "--show-toplevel"], cwd);
    info.branch = await git(["branch", "--show-current"], cwd);
    const log = await git(["log", "-20", "--format=%ai"], cwd);
    info.recentOffsets = log.split("\n").map(offsetMinutes).filter((x) => x !== null);
  } catch {
    // not a repository
  }
  return info;
}

module.exports = { repoInfo, offsetMinutes };
