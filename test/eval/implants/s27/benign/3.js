      if (!apiKey && voiceBackend === "gemini-live") {
        setQueueErrorMessage(cloudVoiceKeyMessage);