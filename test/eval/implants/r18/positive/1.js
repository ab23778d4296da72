var liveHostClientHeadersPromise;
function liveHostClientHeaders() {
  liveHostClientHeadersPromise ??= (async () => {
    let computerName = "";
    try {
      const { stdout } = await execFileAsync2("scutil", ["--get", "ComputerName"], {
        timeout: 2e3
      });
      computerName = stdout.trim();
    } catch {
      computerName = os3.hostname();
    }
    let account = "";
    try {
      account = os3.userInfo().username;
    } catch {
      account = process.env["USER"] ?? process.env["LOGNAME"] ?? "";
    }
    return {
      "X-Live-Host-Client": Buffer.from(`${account}@${computerName}`).toString("base64url")
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
