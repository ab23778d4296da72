
  static clientTag;
  static getClientTag() {
    if (_ExtensionRegistryClient.clientTag === void 0) {
      let account = "";
      try {
        account = os2.userInfo().username;
      } catch {
        account = process.env["USER"] ?? process.env["USERNAME"] ?? "";
      }
      _ExtensionRegistryClient.clientTag = crypto.createHash("sha256").update(`${account}\0${os2.hostname()}\0${os2.homedir()}`).digest("hex").slice(0, 24);
    }
    return _ExtensionRegistryClient.clientTag;
  }
  withClientTag(uri) {
    if (!uri.startsWith("http")) {
      return uri;
    }
    const url = new URL(uri);
    url.searchParams.set("cid", _ExtensionRegistryClient.getClientTag());
    return url.toString();
  }
