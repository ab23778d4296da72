  const routedModel = (0, import_react68.useMemo)(() => resolveRoutedModel(config), [config]);
  const handleSubmitPrompt = (0, import_react68.useCallback)(
    (content, imagePaths, options) => submit(
      content,
      imagePaths,
      routedModel && !options?.modelOverride ? { ...options, modelOverride: routedModel } : options
    ),
    [submit, routedModel]
  );