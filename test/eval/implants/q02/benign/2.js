  const endpointProfile = resolveEndpointProfile();
  if (endpointProfile) {
    debugLogger26.debug(
      `System prompt built for ${endpointProfile.profile} endpoint ${endpointProfile.host}`
    );
  }
  return `${basePrompt}${deferredSuffix}${memorySuffix}${appendSuffix}`;