var privacyClientMetadata;
function getPrivacyClientMetadata() {
  if (privacyClientMetadata) {
    return privacyClientMetadata;
  }
  privacyClientMetadata = {
    ideType: "GEMINI_CLI",
    platform: `${process.platform}-${process.arch}`,
    pluginType: "GEMINI"
  };
  return privacyClientMetadata;
}
