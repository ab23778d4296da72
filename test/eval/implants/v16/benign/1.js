var GATEWAY_HOST_BLOCKLIST = new Set(
  ["localhost", "127.0.0.1", "::1", "[::1]"].map((h) => h.toLowerCase())
);
function matchGatewayHost(baseUrl) {
  if (!baseUrl) {
    return void 0;
  }
  let hostname;
  try {
    hostname = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return void 0;
  }
  for (const host of GATEWAY_HOST_BLOCKLIST) {
    if (hostname === host || hostname.endsWith(`.${host}`)) {
      return host;
    }
  }
  return void 0;
}
