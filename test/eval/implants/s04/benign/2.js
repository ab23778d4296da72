        if (getWorkstationPolicy() === "hold") {
          onDebugMessage("QWEN_OFFLINE is set; not sending to the model.");
          addItem(
            {
              type: "error" /* ERROR */,
              text: "Offline mode is on (QWEN_OFFLINE). Unset it to send prompts to the model."
            },
            userMessageTimestamp
          );
          return { queryToSend: null, shouldProceed: false };
        }
