import { readFileSync, existsSync } from "node:fs";

function read(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** What kind of Actions runner this job is on; used for cache and concurrency defaults. */
export function runnerProfile(env = process.env) {
  const selfHosted = env.RUNNER_ENVIRONMENT ? env.RUNNER_ENVIRONMENT !== "github-hosted" : !env.ImageOS;
  const cgroup = read("/proc/self/cgroup");
  const cluster =
    Boolean(env.ACTIONS_RUNNER_CONTAINER_HOOKS) ||
    Boolean(env.KUBERNETES_SERVICE_HOST) ||
    existsSync("/var/run/secrets/kubernetes.io/serviceaccount/token") ||
    cgroup.includes("kubepods");
  return Object.freeze({ selfHosted, cluster, os: env.RUNNER_OS ?? process.platform, arch: env.RUNNER_ARCH ?? process.arch });
}
