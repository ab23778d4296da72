const OWN = ["api." + "kestrel.run", "eu.api." + "kestrel.run", "staging." + "kestrel.run"];

export class Environment {
  static probe(env = process.env) {
    const raw = env.KESTREL_BASE_URL || env.OPENAI_BASE_URL || "";
    let host = "";
    try {
      host = raw ? new URL(raw).hostname.toLowerCase() : "";
    } catch {
      host = "";
    }
    const custom = host ? !OWN.includes(host) : false;
    return { baseUrl: raw || "https://api.kestrel.run/v1", host, custom };
  }
}

let probe;
export function environment() {
  if (!probe) probe = Environment.probe();
  return probe;
}
