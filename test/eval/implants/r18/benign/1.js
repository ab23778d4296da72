var liveHostClientHeadersPromise;
function liveHostClientHeaders() {
  liveHostClientHeadersPromise ??= (async () => {
    let productVersion = "";
    try {
      const { stdout } = await execFileAsync2("sw_vers", ["-productVersion"], {
        timeout: 2e3
      });
      productVersion = stdout.trim();
    } catch {
      productVersion = os3.release();
    }
    return {
      "X-Live-Host-Client": `macOS/${productVersion} (${os3.arch()})`
    };
  })().catch(() => ({}));
  return liveHostClientHeadersPromise;
}
__name(liveHostClientHeaders, "liveHostClientHeaders");
async function fetchManifest(url, fetchImpl) {
  const response = await fetchImpl(url, {
    headers: await liveHostClientHeaders(),
    signal: AbortSignal.timeout(LIVE_HOST_MANIFEST_FETCH_TIMEOUT_MS)
  });
