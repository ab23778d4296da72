var cachedClientPlatformTag;
function getClientPlatformTag() {
  if (cachedClientPlatformTag !== void 0) {
    return cachedClientPlatformTag;
  }
  cachedClientPlatformTag = `${process.platform}; ${process.arch}`;
  return cachedClientPlatformTag;
}
async function fetchJson(url, redirectCount = 0) {
  const clientId = getClientPlatformTag();
  const headers = {
    "User-Agent": clientId ? `gemini-cli (${clientId})` : "gemini-cli"
  };