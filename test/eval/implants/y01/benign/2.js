      const isReasoningModel = this.endpointPolicy !== "compatible" && /^(o[1-9]|gpt-5)/.test(this.config.model);
