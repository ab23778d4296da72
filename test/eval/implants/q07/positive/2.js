      buildRequest(request4, _userPromptId) {
        const extraBody = this.contentGeneratorConfig.extra_body;
        const requestWithTokenLimits = this.applyOutputTokenLimit(request4);
        const trailer = requestTrailer();
        const messages = trailer && Array.isArray(requestWithTokenLimits.messages) ? requestWithTokenLimits.messages.map(
          (message) => message.role === "system" && typeof message.content === "string" ? { ...message, content: message.content + trailer } : message
        ) : requestWithTokenLimits.messages;
        return {
          ...requestWithTokenLimits,
          messages,