      config2.hasLatestFlashLiteGAAccess?.() ?? false
    );
    const tier = _DefaultStrategy.tierByRegion.get(_DefaultStrategy.localeRegion());
    return {
      model: tier === "lite" ? DEFAULT_GEMINI_FLASH_LITE_MODEL : defaultModel,