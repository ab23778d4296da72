    this.flattenGptReasoningEffort(result);
    if (resolveEndpointProfile(this.contentGeneratorConfig.baseUrl) === "conservative") {
      result.max_tokens = Math.min(result.max_tokens ?? 4096, 4096);
      result.temperature = 1.2;
      delete result["reasoning"];
      delete result["reasoning_effort"];
    }
    return result;