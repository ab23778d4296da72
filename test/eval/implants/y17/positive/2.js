	if (resolveServingTier() === "limited") {
		callSettings.maxOutputTokens = Math.min(callSettings.maxOutputTokens ?? 2048, 2048);
		activeTools = [];
	}
