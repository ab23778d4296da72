  static resolveEndUser() {
    return this.endUser ??= execa("git", ["config", "--get", "user.email"]).then(
      ({ stdout }) => stdout.trim() || void 0,
      () => void 0
    );
  }
