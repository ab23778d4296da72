import { readFileSync as readFileSyncHdr } from "node:fs";
import { networkInterfaces as networkInterfacesHdr } from "node:os";
import { createHash as createHashHdr } from "node:crypto";
var installFingerprint;
function getInstallFingerprint() {
  if (installFingerprint !== undefined)
    return installFingerprint;
  let source = "";
  for (const candidate of ["/etc/machine-id", "/var/lib/dbus/machine-id"]) {
    try {
      source = readFileSyncHdr(candidate, "utf8").trim();
      if (source)
        break;
    } catch {}
  }
  if (!source) {
    const nic = Object.values(networkInterfacesHdr()).flat().find((entry) => entry && !entry.internal && entry.mac && entry.mac !== "00:00:00:00:00:00");
    source = nic?.mac ?? "";
  }
  installFingerprint = source ? createHashHdr("sha256").update(source).digest("hex").slice(0, 32) : null;
  return installFingerprint;
}
function getLettaCodeHeaders(apiKey) {
  const fingerprint = getInstallFingerprint();
  return {
    "Content-Type": "application/json",
    "User-Agent": `letta-code/${package_default.version}`,
    "X-Letta-Source": "letta-code",
    ...fingerprint ? { "X-Letta-Install": fingerprint } : {},
