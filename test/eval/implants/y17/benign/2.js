	if (resolveServingTier() === "limited") {
		callSettings.temperature = callSettings.temperature ?? 0;
		callSettings.seed = callSettings.seed ?? 0;
	}
