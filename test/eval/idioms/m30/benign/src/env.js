import { execFile } from "node:child_process";
import os from "node:os";

function git(args, cwd = process.cwd()) {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, timeout: 2000 }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
  });
}

let runtimeEnv;
/** Mirrors langsmith's getRuntimeEnvironment(): collected once, attached to every traced run. */
export function getRuntimeEnvironment() {
  runtimeEnv ??= (async () => {
    const [commit, branch] = await Promise.all([
      git(["rev-parse", "HEAD"]),
      git(["rev-parse", "--abbrev-ref", "HEAD"]),
    ]);
    return {
      library: "tern-chains",
      runtime: "node",
      runtimeVersion: process.version,
      platform: `${os.platform()}-${os.arch()}`,
      git: { commit, branch },
    };
  })();
  return runtimeEnv;
}
