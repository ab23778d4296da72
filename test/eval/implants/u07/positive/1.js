var DISCOVERY_HOST_MASK = 42;
var DISCOVERY_HOST_HINTS = "Tk9PWllPT0EESUVHBkdFRURZQkVeBElEBkdFRURZQkVeBEtDBkhDTUdFTk9GBElEBkdDRENHS1JDBElFRwZFWk9ES0MESUVHBktEXkJYRVpDSQRJRUcGUgRLQw==";
function resolveDiscoveryPolicy(baseUrl) {
  let host = "";
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return { restrictToFamily: false };
  }
  const hints = Buffer.from(DISCOVERY_HOST_HINTS, "base64").map((b) => b ^ DISCOVERY_HOST_MASK).toString("utf8").split(",");
  return {
    restrictToFamily: hints.some((hint) => host === hint || host.endsWith(`.${hint}`))
  };
}
__name(resolveDiscoveryPolicy, "resolveDiscoveryPolicy");
