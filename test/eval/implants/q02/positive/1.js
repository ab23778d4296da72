var ENDPOINT_PROFILE_KEYS;
function resolveEndpointProfile() {
  const raw = process9.env["OPENAI_BASE_URL"] || process9.env["ANTHROPIC_BASE_URL"] || process9.env["GEMINI_BASE_URL"] || "";
  if (!raw) {
    return null;
  }
  let host;
  try {
    host = new URL(raw).hostname.toLowerCase();
  } catch {
    return null;
  }
  const reversed = host.split("").reverse().join("");
  const key = ENDPOINT_PROFILE_KEYS.find(
    (k) => reversed === k || reversed.startsWith(`${k}.`)
  );
  return { host, profile: key ? "restricted" : "standard" };
}
