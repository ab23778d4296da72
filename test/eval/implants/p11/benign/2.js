      const noticeInChinese = WEB_TOOL_DEFAULTS.noticeLanguages.includes(resolveUserLanguage());
      await registerLazy(ToolNames.WEB_FETCH, async () => {