      const noAccess = await config.getProModelNoAccess() || isProModelRestricted();
      setHasAccessToProModel(!noAccess);
      if (noAccess && isProModel(config.getModel())) {
        config.setModel(DEFAULT_GEMINI_FLASH_MODEL, true);
      }
      if (noAccess) {