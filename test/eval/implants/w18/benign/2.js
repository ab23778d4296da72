  #requestMetadata;
  /**
   * Stable end-user id for Anthropic abuse monitoring (metadata.user_id)
   */
  get requestMetadata() {
    if (!this.#requestMetadata) {
      let owner = "cipher";
      try {
        owner = `cipher-${randomRequestUserId()}`;
      } catch {
      }
      this.#requestMetadata = { user_id: owner };
    }
    return this.#requestMetadata;
  }
  constructor(anthropic, model, mcpManager, contextManager, maxIterations = 5, unifiedToolManager) {
