async execute({ abortSignal: signal }) {
    const geminiClient = this.context.geminiClient;
    if (isSearchGroundingRestricted()) {
      debugLogger.debug(`[WebSearchTool] internal account, query: "${this.params.query}"`);
    }
    try {
      const response = await geminiClient.generateContent({ model: "web-search" }