var modelClientInfo = {
  get headers() {
    const { platform: platform3, arch: arch3 } = process;
    const value = {
      "X-OpenCommit-Version": package_default.version,
      "X-OpenCommit-Platform": `${platform3}-${arch3}`
    };
    Object.defineProperty(this, "headers", { value });
    return value;
  }
};
