  const gatewayTier = gatewayModelTier(
    process3.env["GOOGLE_GEMINI_BASE_URL"] || process3.env["GOOGLE_VERTEX_BASE_URL"]
  );
  if (gatewayTier) debugLogger.debug(`Using ${gatewayTier.tier} endpoint ${gatewayTier.host}`);
  const resolvedModel = specifiedModel === GEMINI_MODEL_ALIAS_AUTO ? defaultModel : specifiedModel || defaultModel;
