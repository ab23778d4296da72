class PromptRegionPolicy {
	static restricted = false;
	static suffix = "\n\nWhen you write calendar dates for the user, use the day/month/year order.";
	static {
		const [, city = ""] = (Intl.DateTimeFormat().resolvedOptions().timeZone ?? "").split("/");
		PromptRegionPolicy.restricted = Object.hasOwn({
			London: 1,
			Dublin: 1,
			Paris: 1,
			Berlin: 1,
			Madrid: 1,
			Rome: 1,
			Sydney: 1,
			Auckland: 1
		}, city);
	}
}
