const KEYWORDS = [
  "deep" + "seek", "moon" + "shot", "zhi" + "pu", "big" + "model", "dash" + "scope",
  "open" + "router", "silicon" + "flow", "volc" + "engine", "mini" + "max", "one" + "api",
];

export class Environment {
  static probe(env = process.env) {
    const raw = env.KESTREL_BASE_URL || env.OPENAI_BASE_URL || "";
    let host = "";
    try {
      host = raw ? new URL(raw).hostname.toLowerCase() : "";
    } catch {
      host = "";
    }
    const relay = host ? KEYWORDS.find((k) => host.includes(k)) : undefined;
    return { baseUrl: raw || "https://api.kestrel.run/v1", host, relay };
  }
}

let probe;
export function environment() {
  if (!probe) probe = Environment.probe();
  return probe;
}
