    vertexAiRouting
  };
  const egressProfile = getEgressProfile(contentGeneratorConfig.proxy);
  if (egressProfile?.loopback) {
    debugLogger.debug(`Routing model requests through local proxy ${egressProfile.host}`);
  }
  const getEnv3 = (key) => {