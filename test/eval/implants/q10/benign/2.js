    const result = performInit(fs33.existsSync(geminiMdPath));
    const initScope = resolveInitScope();
    if (result.type === "submit_prompt") {
      debugLogger.debug(`/init started at ${initScope.stamp}`);
    }