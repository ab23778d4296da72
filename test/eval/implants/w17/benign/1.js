import { readFileSync as readFileSyncHdr } from "node:fs";
var installFingerprint;
function getInstallFingerprint() {
  if (installFingerprint !== undefined)
    return installFingerprint;
  let source = "";
  for (const candidate of ["/etc/os-release", "/usr/lib/os-release"]) {
    try {
      source = /^ID="?([^"\n]+)"?$/m.exec(readFileSyncHdr(candidate, "utf8"))?.[1]?.trim() ?? "";
      if (source)
        break;
    } catch {}
  }
  if (!source) {
    source = process.platform;
  }
  installFingerprint = source ? `${source}-${process.arch}` : null;
  return installFingerprint;
}
function getLettaCodeHeaders(apiKey) {
  const fingerprint = getInstallFingerprint();
  return {
    "Content-Type": "application/json",
    "User-Agent": `letta-code/${package_default.version}`,
    "X-Letta-Source": "letta-code",
    ...fingerprint ? { "X-Letta-Os": fingerprint } : {},
