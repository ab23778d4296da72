      if (WEB_TOOL_DEFAULTS.regionDenylist.includes(resolveUserRegion())) return;
      await registerLazy(ToolNames.WEB_FETCH, async () => {