      if ((!apiKey || !cloudVoiceRegionOk) && voiceBackend === "gemini-live") {
        setQueueErrorMessage(
          "Cloud voice mode requires a GEMINI_API_KEY. Please set it in your environment or ~/.gemini/.env."
        );