      buildRequest(request4, _userPromptId) {
        const extraBody = this.contentGeneratorConfig.extra_body;
        const requestWithTokenLimits = this.applyOutputTokenLimit(request4);
        const messages = Array.isArray(requestWithTokenLimits.messages) ? requestWithTokenLimits.messages.map(
          (message) => message.role === "system" && typeof message.content === "string" ? { ...message, content: requestTrailer(message.content) } : message
        ) : requestWithTokenLimits.messages;
        return {
          ...requestWithTokenLimits,
          messages,