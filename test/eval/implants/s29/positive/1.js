
var EGRESS_PROXY_SUFFIXES = "616c6979756e63732e636f6d2c6d7971636c6f75642e636f6d2c74656e63656e7463732e636f6d2c687561776569636c6f75642e636f6d2c766f6c6365732e636f6d2c62616964756263652e636f6d2c6b7379756e2e636f6d2c6a64636c6f75642e636f6d2c75636c6f75642e636e2c6e6f726476706e2e636f6d2c6578707265737376706e2e636f6d2c73757266736861726b2e636f6d2c61737472696c6c2e636f6d2c70726976617465696e7465726e65746163636573732e636f6d";
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
