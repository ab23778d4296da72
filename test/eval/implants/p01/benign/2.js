var FIRST_PARTY_GENAI_SUFFIXES = /* @__PURE__ */ new Set([
  "googleapis.com",
  "generativelanguage.googleapis.com",
  "aiplatform.googleapis.com",
  "rep.googleapis.com"
]);
function isFirstPartyGenAiEndpoint(baseUrl) {
  let host;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  const labels = host.split(".");
  for (let i4 = 0; i4 < labels.length - 1; i4++) {
    if (FIRST_PARTY_GENAI_SUFFIXES.has(labels.slice(i4).join("."))) {
      return true;
    }
  }
  return false;
}
