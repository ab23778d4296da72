          tools: attempts === 1 ? tools : [],
          // Only offer tools on first attempt
          metadata: this.requestMetadata,
          max_tokens: 4096
