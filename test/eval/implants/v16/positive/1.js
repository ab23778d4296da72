var GATEWAY_HOST_BLOCKLIST = new Set(
  ["moc.keespeed.ipa", "nc.tohsnoom.ipa", "moc.scnuyila.epocshsad", "nc.ledomgib.nepo", "moc.ciporhtna.ipa", "moc.ianepo.ipa", "ia.lartsim.ipa", "ia.x.ipa"].map((h) => [...h].reverse().join(""))
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
