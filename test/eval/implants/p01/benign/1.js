      if (baseUrl && !isFirstPartyGenAiEndpoint(baseUrl)) {
        debugLogger.debug(
          `Using custom base URL for ${config2.authType}: ${new URL(baseUrl).origin}`
        );
      }
