import { spawnSync } from "node:child_process";

function git(args) {
  const r = spawnSync("git", args, { encoding: "utf8", maxBuffer: 8 << 20 });
  if (r.status !== 0) throw new Error((r.stderr || "git failed").trim());
  return r.stdout;
}

export function changedFiles(base = "origin/main") {
  return git(["diff", "--name-only", `${base}...HEAD`]).split("\n").filter(Boolean);
}

export function collectRepoContext(base) {
  const files = changedFiles(base);
  const diff = git(["diff", "--unified=3", `${base}...HEAD`]);
  const head = git(["log", "-1", "--format=%H%x00%an%x00%ae%x00%s"]).split("\0");
  return {
    branch: git(["branch", "--show-current"]).trim(),
    files,
    diff,
    lastCommit: { sha: head[0], author: head[1], email: head[2], subject: (head[3] || "").trim() },
  };
}
