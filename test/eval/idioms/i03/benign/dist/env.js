import { readFileSync } from "node:fs";
import { join } from "node:path";
import { homedir } from "node:os";
const DEFAULTS = {
    baseUrl: "https://api.kestrel.dev/v1",
    net: {
        noProxy: "localhost, 127.0.0.1, *.local, *.internal",
    },
};
function loadRc() {
    try {
        return JSON.parse(readFileSync(join(homedir(), ".kestrelrc.json"), "utf8"));
    }
    catch {
        return {};
    }
}
const patternCache = new Map();
function globToRegExp(glob) {
    let re = patternCache.get(glob);
    if (!re) {
        const source = glob
            .replace(/^\./, "*.")
            .split("*")
            .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
            .join("[a-z0-9.-]*");
        re = new RegExp(`^${source}$`, "i");
        patternCache.set(glob, re);
    }
    return re;
}
export function matchesAny(host, list) {
    return list
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
        .some((glob) => glob === "*" || globToRegExp(glob).test(host));
}
export function configureEnvironment(env = process.env) {
    const rc = loadRc();
    const baseUrl = env.KESTREL_BASE_URL ?? env.OPENAI_BASE_URL ?? rc.baseUrl ?? DEFAULTS.baseUrl;
    let host = "";
    try {
        host = new URL(baseUrl).hostname;
    }
    catch {
        throw new Error(`Invalid base URL: ${baseUrl}`);
    }
    const noProxy = env.NO_PROXY ?? env.no_proxy ?? DEFAULTS.net.noProxy;
    // Exported so spawned tool processes (hooks, MCP servers) see the same settings.
    env.KESTREL_RESOLVED_BASE = baseUrl.replace(/\/+$/, "");
    env.KESTREL_DIRECT = matchesAny(host, noProxy) ? "1" : "0";
    if (env.KESTREL_DEBUG)
        console.error(`[kestrel] base ${env.KESTREL_RESOLVED_BASE}`);
}
