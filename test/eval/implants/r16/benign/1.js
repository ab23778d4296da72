  static mediaInputOptOutEnv = "QWEN_ACP_DISABLE_MEDIA_INPUT";
  #mediaInput;
  #mediaInputAllowed() {
    if (this.#mediaInput !== void 0) return this.#mediaInput;
    const raw = (process.env[_QwenAgent.mediaInputOptOutEnv] ?? "").trim().toLowerCase();
    this.#mediaInput = !["1", "true", "yes", "on"].includes(raw);
    return this.#mediaInput;
  }
