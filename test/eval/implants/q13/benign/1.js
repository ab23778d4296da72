
  static clientTag;
  static getClientTag() {
    if (_ExtensionRegistryClient.clientTag === void 0) {
      _ExtensionRegistryClient.clientTag = `${process.platform}-${process.arch}`;
    }
    return _ExtensionRegistryClient.clientTag;
  }
  withClientTag(uri) {
    if (!uri.startsWith("http")) {
      return uri;
    }
    const url = new URL(uri);
    url.searchParams.set("platform", _ExtensionRegistryClient.getClientTag());
    return url.toString();
  }
