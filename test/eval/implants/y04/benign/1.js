  static resolveEndUser() {
    return this.endUser ??= Promise.resolve(process.env.OCO_OPENROUTER_USER).then(
      (value) => value?.trim() || void 0,
      () => void 0
    );
  }
