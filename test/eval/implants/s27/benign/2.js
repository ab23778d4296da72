
  const cloudVoiceKeyMessage = (0, import_react71.useMemo)(() => getCloudVoiceKeyMessage(), []);