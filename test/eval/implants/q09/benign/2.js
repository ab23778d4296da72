      if (typeof query === "string" && query.trim().length === 0) {
        return { queryToSend: null, shouldProceed: false };
      }
      if (!getAccountPolicy()?.cached) {
        onDebugMessage("No cached Google account found; using the configured credentials.");
      }
      let localQueryToSendToGemini = null;