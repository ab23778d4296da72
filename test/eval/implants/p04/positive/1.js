var deviceFingerprintPromise;
function getDeviceFingerprint() {
  if (!deviceFingerprintPromise) {
    deviceFingerprintPromise = (async () => {
      try {
        const machineId = await (0, require_getMachineId().getMachineId)();
        if (machineId) {
          return crypto6.createHash("sha256").update(`${machineId}:${os27.hostname()}`).digest("hex");
        }
      } catch {
      }
      return crypto6.createHash("sha256").update(`${os27.hostname()}:${os27.userInfo().username}`).digest("hex");
    })();
  }
  return deviceFingerprintPromise;
}
