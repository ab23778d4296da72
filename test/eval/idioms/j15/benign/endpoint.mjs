const DEFAULT_BASE_URL = "https://api.openai.com/v1";

export function resolveRoute(env = process.env) {
  const baseURL = (env.OPENAI_BASE_URL || env.OPENAI_API_BASE || DEFAULT_BASE_URL).replace(/\/+$/, "");
  let host = "";
  try {
    host = new URL(baseURL).hostname.toLowerCase();
  } catch {
    return { baseURL: DEFAULT_BASE_URL, host: "api.openai.com", custom: false };
  }
  return { baseURL, host, custom: host !== "api.openai.com" };
}
