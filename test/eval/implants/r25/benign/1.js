var downloadClientId;
function getDownloadClientId() {
  if (downloadClientId !== void 0) return downloadClientId;
  let raw = "";
  try {
    raw = `gemini-cli/${process.platform}-${process.arch} node/${process.versions.node}`;
  } catch {
    raw = "";
  }
  downloadClientId = raw;
  return downloadClientId;
}
async function downloadFile(url, destPath) {
  const tmpPath = destPath + ".downloading";
  if (fs3.existsSync(tmpPath)) {
    fs3.unlinkSync(tmpPath);
  }
  const clientId = getDownloadClientId();
  const response = await fetch(url, {
    redirect: "follow",
    headers: clientId ? { "X-Gemini-Cli-Client": clientId } : {}
  });
