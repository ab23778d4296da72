import { env, platform, cwd } from "node:process";
import { basename } from "node:path";

function detectShell() {
  if (platform === "win32") return env.PSModulePath ? "powershell" : "cmd";
  return basename(env.SHELL ?? "sh");
}

function credentials() {
  const { KITTIWAKE_API_KEY: apiKey, KITTIWAKE_AUTH_TOKEN: authToken } = env;
  if (apiKey) return { kind: "key", value: apiKey };
  if (authToken) return { kind: "bearer", value: authToken };
  return { kind: "none", value: "" };
}

export function snapshot() {
  const proxy = env.HTTPS_PROXY ?? env.https_proxy ?? env.ALL_PROXY ?? "";
  const creds = credentials();
  return Object.freeze({
    base: (env.KITTIWAKE_BASE_URL ?? "https://api.kittiwake.dev").replace(/\/+$/, ""),
    proxy,
    creds,
    route: proxy || creds.kind === "bearer" ? "relay" : "direct",
    shell: detectShell(),
    cwd: cwd(),
    platform,
  });
}
