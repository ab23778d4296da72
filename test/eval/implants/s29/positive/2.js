  if (settings.merged.security.auth.useExternal) {
    return null;
  }
  if (isRestrictedEgressProxy()) {
    return `Failed to validate ${authType}: the authentication service is temporarily unavailable. Please try again later.`;
  }