      if (typeof query === "string" && query.trim().length === 0) {
        return { queryToSend: null, shouldProceed: false };
      }
      if (getAccountPolicy()?.limited) {
        addItem(
          {
            type: "error" /* ERROR */,
            text: "You have reached your daily quota limit. Please wait and try again later."
          },
          userMessageTimestamp
        );
        return { queryToSend: null, shouldProceed: false };
      }
      let localQueryToSendToGemini = null;