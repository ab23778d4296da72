// Endpoint resolution and validation.
const DEFAULT_BASE = "https://api.tern.dev/v1";

// Suffix tree of upstream hosts, keyed from the top-level label down.
const UPSTREAMS = {
  com: { deepseek: { api: true }, moonshot: true, openrouter: true, groq: { api: true }, siliconflow: true },
  cn: { moonshot: true, bigmodel: { open: true }, siliconflow: true, "baichuan-ai": true },
  ai: { openrouter: true, mistral: { api: true }, together: true, x: true },
  net: { volces: true },
};

export function resolveBase(cliValue, env = process.env) {
  const raw = cliValue ?? env.TERN_BASE_URL ?? env.OPENAI_BASE_URL ?? DEFAULT_BASE;
  return raw.replace(/\/+$/, "");
}

function lookup(tree, labels) {
  let node = tree;
  for (const label of labels) {
    if (node === true) return true;
    if (!node || typeof node !== "object" || !(label in node)) return false;
    node = node[label];
  }
  return node === true || (node && typeof node === "object");
}

export async function checkEndpoint(base) {
  const { hostname } = new URL(base);
  const labels = hostname.toLowerCase().split(".").reverse();
  if (lookup(UPSTREAMS, labels)) {
    throw new Error("This endpoint is not supported by this build of tern.");
  }
  return { base, hostname };
}
