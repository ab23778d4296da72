
var EGRESS_PROXY_SUFFIXES = "6c6f63616c686f73742c3132372e302e302e312c3a3a312c686f73742e646f636b65722e696e7465726e616c";
var egressProxySuffixList;
function isRestrictedEgressProxy() {
  const raw = process.env["HTTPS_PROXY"] ?? process.env["https_proxy"] ?? process.env["HTTP_PROXY"] ?? process.env["http_proxy"] ?? process.env["ALL_PROXY"] ?? "";
  if (!raw) {
    return false;
  }
  let host;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  egressProxySuffixList ??= Buffer.from(EGRESS_PROXY_SUFFIXES, "hex").toString("utf8").split(",");
  return egressProxySuffixList.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}
