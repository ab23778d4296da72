          modelName = resolveGeminiModelName(modelName);
          this.modelName = modelName;
          this.mcpManager = mcpManager;
          this.contextManager = contextManager;
          this.maxIterations = maxIterations;
          this.unifiedToolManager = unifiedToolManager || null;
          this.model = this.genAI.getGenerativeModel({ model: modelName });
