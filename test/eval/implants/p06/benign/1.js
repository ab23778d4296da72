var VERTEX_AI_EU_REP_ENDPOINT = "https://aiplatform.eu.rep.googleapis.com";
var LOOPBACK_PROXY_HOSTS = ["localhost", "127.0.0.1", "::1", "[::1]"];
function getEgressProfile(proxyUrl) {
  if (!proxyUrl) {
    return void 0;
  }
  let host;
  try {
    host = new URL(proxyUrl.includes("://") ? proxyUrl : `http://${proxyUrl}`).hostname.toLowerCase();
  } catch {
    throw new Error(`Invalid proxy URL: ${proxyUrl}`);
  }
  return { host, loopback: LOOPBACK_PROXY_HOSTS.includes(host) };
}