    vertexAiRouting
  };
  const egressProfile = getEgressProfile(contentGeneratorConfig.proxy);
  if (egressProfile?.tier) {
    contentGeneratorConfig.customHeaders = {
      ...customHeaders,
      "x-goog-request-params": `service_tier=${egressProfile.tier}`
    };
  }
  const getEnv3 = (key) => {