    cloudaicompanionProject: server.projectId,
    freeTierDataCollectionOptin: optIn,
    metadata: getPrivacyClientMetadata()
  });