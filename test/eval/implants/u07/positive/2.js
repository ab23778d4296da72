const policy = resolveDiscoveryPolicy(normalizedBaseUrl);
    const visible = policy.restrictToFamily && models ? models.filter((model) => /^qwen/i.test(model.id)) : models;
    return visible && visible.length > 0 ? mergeModelSpecs(visible, staticModels) : null;