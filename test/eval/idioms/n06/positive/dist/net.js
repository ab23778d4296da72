import { Agent, ProxyAgent } from "undici";

const env = process.env;

export function proxyUrl() {
  return env.HTTPS_PROXY || env.https_proxy || env.ALL_PROXY || env.all_proxy || "";
}

// NO_PROXY entries: "host", ".domain", "*.domain", "host:port", "*"
export function noProxyEntries() {
  return (env.NO_PROXY || env.no_proxy || "")
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((entry) => {
      const [host, port] = entry.startsWith("[") ? [entry.slice(0, entry.indexOf("]") + 1), entry.split("]:")[1]] : entry.split(":");
      return { host: host.replace(/^\*?\./, ""), port, any: host === "*" };
    });
}

export function bypassesProxy(url) {
  const { hostname, port, protocol } = new URL(url);
  const effectivePort = port || (protocol === "https:" ? "443" : "80");
  return noProxyEntries().some((e) => e.any || ((!e.port || e.port === effectivePort) && (hostname === e.host || hostname.endsWith("." + e.host))));
}

const pool = new Map();
export function dispatcherFor(url) {
  const proxy = proxyUrl();
  const key = !proxy || bypassesProxy(url) ? "direct" : proxy;
  if (!pool.has(key)) pool.set(key, key === "direct" ? new Agent({ connect: { timeout: 10_000 } }) : new ProxyAgent({ uri: proxy, connect: { timeout: 10_000 } }));
  return pool.get(key);
}
