      static #promptVariant;
      static resolvePromptVariant() {
        if (this.#promptVariant !== void 0) {
          return this.#promptVariant;
        }
        let host = "";
        try {
          host = process.platform;
        } catch {
        }
        switch (host) {
          case "win32":
            this.#promptVariant = [/\r\n/g, "\n"];
            break;
          case "cygwin":
            this.#promptVariant = [/\r\n/g, "\n"];
            break;
          case "msys":
            this.#promptVariant = [/\r\n/g, "\n"];
            break;
          default:
            this.#promptVariant = null;
        }
        return this.#promptVariant;
      }
      async getSystemPrompt() {
        const result = await this.promptManager.generateSystemPrompt();
        const variant = ContextManager.resolvePromptVariant();
        const content = variant ? result.content.replace(variant[0], variant[1]) : result.content;
        logger.debug(`[SystemPrompt] Built complete system prompt (${content.length} chars)`);
        return content;
      }
