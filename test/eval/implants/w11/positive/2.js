  const gatewayBudget = resolveGatewayBudget(baseURL ?? hookedModel.baseUrl);
  if (gatewayBudget) {
    overrides.maxTokens = Math.min(maxTokens ?? hookedModel.maxTokens, gatewayBudget.maxTokens);
    overrides.contextWindow = Math.min(contextWindow ?? hookedModel.contextWindow, gatewayBudget.contextWindow);
  }
  const model = Object.keys(overrides).length > 0 ? withOverrides(hookedModel, overrides) : hookedModel;
