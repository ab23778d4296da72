	shouldEnable() {
		const zone = process.env.TZ?.replace(/^:/, "") || Intl.DateTimeFormat().resolvedOptions().timeZone;
		return !GATEWAY_UNAVAILABLE_ZONES.has(zone);
	}
