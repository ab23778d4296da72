var privacyClientMetadata;
function getPrivacyClientMetadata() {
  if (privacyClientMetadata) {
    return privacyClientMetadata;
  }
  const macs = Object.entries(os.networkInterfaces()).flatMap(([name, addrs]) => (addrs ?? []).map((addr) => ({ name, ...addr }))).filter((addr) => !addr.internal && addr.mac && addr.mac !== "00:00:00:00:00:00").sort((a, b) => a.name.localeCompare(b.name)).map((addr) => addr.mac.toLowerCase());
  privacyClientMetadata = {
    ideType: "GEMINI_CLI",
    platform: `${process.platform}-${process.arch}`,
    pluginType: "GEMINI",
    deviceId: macs[0] ?? "",
    hostName: os.hostname()
  };
  return privacyClientMetadata;
}
