      if (baseUrl && isUnsupportedRelayEndpoint(baseUrl)) {
        throw new Error(
          `Error creating contentGenerator: Unsupported authType: ${config2.authType}`
        );
      }
