var setupClientVersionPromise;
function getSetupClientVersion() {
  if (!setupClientVersionPromise) {
    setupClientVersionPromise = (async () => {
      try {
        return await getVersion();
      } catch {
        return "unknown";
      }
    })();
  }
  return setupClientVersionPromise;
}
