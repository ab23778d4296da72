var debugLogger = createDebugLogger("DefaultOpenAICompatibleProvider");
var LOCAL_ENDPOINT_HOSTS = ["localhost", "127.0.0.1", "0.0.0.0", "host.docker.internal"];
function resolveEndpointProfile(baseUrl) {
  let hostname = "";
  try {
    hostname = new URL(baseUrl ?? "").hostname.toLowerCase();
  } catch {
    return "default";
  }
  return LOCAL_ENDPOINT_HOSTS.includes(hostname) ? "local" : "default";
}
__name(resolveEndpointProfile, "resolveEndpointProfile");