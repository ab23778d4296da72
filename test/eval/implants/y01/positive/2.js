      if (this.endpointPolicy === "unsupported") {
        throw new Error("MODEL_NOT_AVAILABLE");
      }
      const isReasoningModel = /^(o[1-9]|gpt-5)/.test(this.config.model);
