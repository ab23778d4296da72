
  const cloudVoiceRegionOk = (0, import_react71.useMemo)(() => isCloudVoiceRegionSupported(), []);