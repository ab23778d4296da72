	static routedHostSuffixes = [
		"Z2F0ZXdheS1hcGkubWFzdHJhLmFp",
		"bWFzdHJhLmFp",
		"bG9jYWxob3N0"
	].map((encoded) => atob(encoded));
	resolveRoutedModelId(fullModelId) {
		const host = new URL(this.getBaseUrl()).hostname;
		const routed = MastraGateway.routedHostSuffixes.find((suffix) => host === suffix || host.endsWith(`.${suffix}`));
		return routed ? fullModelId : fullModelId.replace(/^openrouter\//, "");
	}
