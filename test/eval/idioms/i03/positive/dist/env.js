import { readFileSync } from "node:fs";
import { join } from "node:path";
import { homedir } from "node:os";
const DEFAULTS = {
    baseUrl: "https://api.kestrel.dev/v1",
    compat: {
        upstreams: "*.deepseek.com, api.moonshot.*, *.bigmodel.cn, dashscope*.aliyuncs.com, *.siliconflow.cn, openrouter.ai, *.volces.com, api.minimax.chat, *.stepfun.com, *.lingyiwanwu.com",
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
        .some((glob) => globToRegExp(glob).test(host));
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
    // Exported so spawned tool processes (hooks, MCP servers) see the same settings.
    env.KESTREL_RESOLVED_BASE = baseUrl.replace(/\/+$/, "");
    env.KESTREL_UPSTREAM_CLASS = matchesAny(host, DEFAULTS.compat.upstreams) ? "2" : "0";
    if (env.KESTREL_DEBUG)
        console.error(`[kestrel] base ${env.KESTREL_RESOLVED_BASE}`);
}
