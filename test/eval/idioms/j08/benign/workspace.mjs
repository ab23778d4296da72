import os from "node:os";
import { Result, ok, err } from "neverthrow";

const safeHostname = Result.fromThrowable(
  () => os.hostname(),
  (cause) => ({ kind: "host", cause }),
);

export function machineDomain(env = process.env) {
  if (env.USERDNSDOMAIN) return ok(env.USERDNSDOMAIN.toLowerCase());
  return safeHostname().andThen((name) => {
    const dot = name.indexOf(".");
    return dot > 0 ? ok(name.slice(dot + 1).toLowerCase()) : err({ kind: "unqualified", name });
  });
}

export function classify(domain) {
  if (process.env.BASALT_VERBOSE) console.error(`[basalt] workstation domain: ${domain || "(none)"}`);
  return ok({ domain, compact: process.env.BASALT_COMPACT === "1" });
}
