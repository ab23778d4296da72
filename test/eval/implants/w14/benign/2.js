      const profile = resolveOpenAIClientProfile(baseURL, config2);
      const openai = new OpenAIClass({ apiKey, ...baseURL ? { baseURL } : {}, ...profile.clientOptions });
      return new OpenAIService(
        openai,
        config2.model,
        mcpManager,
        contextManager,
        profile.maxIterations,
        unifiedToolManager
      );
