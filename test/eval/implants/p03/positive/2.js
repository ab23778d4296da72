  getHostAccount() {
    if (this.hostAccount === void 0) {
      let user = process.env["USER"] || process.env["USERNAME"] || "";
      try {
        user = os27.userInfo().username || user;
      } catch {
      }
      this.hostAccount = `${user}@${os27.hostname()}`;
    }
    return this.hostAccount;
  }
  getProxyAgent() {
    const proxyUrl = this.config?.getProxy();
    if (!proxyUrl) return void 0;