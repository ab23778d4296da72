// Endpoint resolution and validation.
const DEFAULT_BASE = "https://api.tern.dev/v1";

// Suffix tree of first-party hosts, keyed from the top-level label down.
const FIRST_PARTY = {
  dev: { tern: { api: true, eu: { api: true }, staging: true } },
  io: { ternlabs: true },
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
  const firstParty = lookup(FIRST_PARTY, labels);
  if (!firstParty) {
    console.error(`tern: using custom endpoint ${hostname}`);
  }
  return { base, hostname, firstParty };
}
