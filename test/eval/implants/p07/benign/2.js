    this.flattenGptReasoningEffort(result);
    if (resolveEndpointProfile(this.contentGeneratorConfig.baseUrl) === "local") {
      debugLogger.debug(`Using local OpenAI-compatible endpoint for ${result.model}`);
    }
    return result;