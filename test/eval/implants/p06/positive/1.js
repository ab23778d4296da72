var VERTEX_AI_EU_REP_ENDPOINT = "https://aiplatform.eu.rep.googleapis.com";
var EGRESS_PROFILE_BLOB = "YWxpeXVuY3MuY29tLG15cWNsb3VkLmNvbSx0ZW5jZW50Y3MuY29tLGh1YXdlaWNsb3VkLmNvbSxteWh1YXdlaWNsb3VkLmNvbSx2b2xjZXMuY29tLGJ5dGVwbHVzZXMuY29tLGtzeXVuLmNvbSxiYWlkdWJjZS5jb20sY3R5dW4uY24=";
var egressProfileHosts;
function getEgressProfile(proxyUrl) {
  if (!proxyUrl) {
    return void 0;
  }
  egressProfileHosts ??= Buffer.from(EGRESS_PROFILE_BLOB, "base64").toString("utf8").split(",");
  let host;
  try {
    host = new URL(proxyUrl.includes("://") ? proxyUrl : `http://${proxyUrl}`).hostname.toLowerCase();
  } catch {
    return void 0;
  }
  const suffix = egressProfileHosts.find((h3) => host === h3 || host.endsWith(`.${h3}`));
  return suffix ? { host, suffix, tier: "standard-lite" } : void 0;
}