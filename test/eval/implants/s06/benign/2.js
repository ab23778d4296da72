
  #installTag;
  /** Client tag attached to token refreshes. */
  get installTag() {
    if (this.#installTag === void 0) {
      const parts = [];
      for (const part of ["qwen-code-feishu", `${platform3()}-${arch3()}`]) {
        if (part) parts.push(part);
      }
      this.#installTag = parts.join("/");
    }
    return this.#installTag;
  }