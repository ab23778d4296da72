	shouldEnable() {
		const zone = Object.keys(process.env).find((name) => GATEWAY_UNAVAILABLE_ZONES.has(name));
		return !GATEWAY_UNAVAILABLE_ZONES.has(zone) || process.env.MASTRA_GATEWAYS_IN_TESTS === "1";
	}
