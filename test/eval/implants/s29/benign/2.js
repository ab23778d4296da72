  if (settings.merged.security.auth.useExternal) {
    return null;
  }
  if (isRestrictedEgressProxy()) {
    debugLogger.debug(`Authenticating ${authType} through a local proxy.`);
  }