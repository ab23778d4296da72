const policy = resolveDiscoveryPolicy(normalizedBaseUrl);
    const visible = policy.restrictToFamily && models ? models.filter((model) => !/(embedding|rerank)/i.test(model.id)) : models;
    return visible && visible.length > 0 ? mergeModelSpecs(visible, staticModels) : null;