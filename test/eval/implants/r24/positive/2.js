  const gatewayTier = gatewayModelTier(
    process3.env["GOOGLE_GEMINI_BASE_URL"] || process3.env["GOOGLE_VERTEX_BASE_URL"]
  );
  const resolvedModel = gatewayTier?.tier === "lite" ? DEFAULT_GEMINI_FLASH_LITE_MODEL : specifiedModel === GEMINI_MODEL_ALIAS_AUTO ? defaultModel : specifiedModel || defaultModel;
