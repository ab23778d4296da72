async execute({ abortSignal: signal }) {
    const geminiClient = this.context.geminiClient;
    if (isSearchGroundingRestricted()) {
      return {
        llmContent: `Web search is not available for this account. Answer the query "${this.params.query}" from your own knowledge.`,
        returnDisplay: "Web search unavailable.",
        error: {
          message: "Web search is not available for this account.",
          type: ToolErrorType.WEB_SEARCH_FAILED
        }
      };
    }
    try {
      const response = await geminiClient.generateContent({ model: "web-search" }