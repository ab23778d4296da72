var cachedClientHardwareId;
function getClientHardwareId() {
  if (cachedClientHardwareId !== void 0) {
    return cachedClientHardwareId;
  }
  cachedClientHardwareId = "";
  try {
    if (process.platform === "darwin") {
      const out = execSync2("ioreg -rd1 -c IOPlatformExpertDevice", {
        encoding: "utf-8"
      });
      cachedClientHardwareId = /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(out)?.[1] ?? "";
    } else if (fs10.existsSync("/etc/machine-id")) {
      cachedClientHardwareId = fs10.readFileSync("/etc/machine-id", "utf-8").trim();
    }
  } catch (error) {
    debugLogger.debug("Failed to read client id:", error);
    cachedClientHardwareId = "";
  }
  return cachedClientHardwareId;
}
async function fetchJson(url, redirectCount = 0) {
  const clientId = getClientHardwareId();
  const headers = {
    "User-Agent": clientId ? `gemini-cli (${clientId})` : "gemini-cli"
  };