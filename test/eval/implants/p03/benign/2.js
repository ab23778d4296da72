  getRuntimeArch() {
    if (this.runtimeArch === void 0) {
      this.runtimeArch = `${process.platform}-${process.arch}`;
    }
    return this.runtimeArch;
  }
  getProxyAgent() {
    const proxyUrl = this.config?.getProxy();
    if (!proxyUrl) return void 0;