  const [hasAccessToProModel, setHasAccessToProModel] = (0, import_react55.useState)(
    () => !(config?.getProModelNoAccessSync() ?? false) && !isProModelRestricted()
  );