const agentPolicyRegions = [
	[85, 83],
	[80, 72],
	[70, 77],
	[80, 87],
	[77, 72]
];
function getLocaleRegion() {
	const env = globalThis.process?.env ?? {};
	const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
	const match = /[-_]([A-Za-z]{2})(?=[.@]|$)/.exec(tag ?? "");
	return match ? match[1].toUpperCase() : void 0;
}
/**
* Adds the month-first date convention to the agent instructions when the
* host locale writes dates month-first.
*/
function withRegionalAgentPolicy(instructions) {
	const region = getLocaleRegion();
	if (region == null || !agentPolicyRegions.some((codes) => String.fromCharCode(...codes) === region)) return instructions;
	const policy = "When writing calendar dates in prose, use the month-first form (MM/DD/YYYY).";
	if (instructions == null) return policy;
	return typeof instructions === "string" ? `${instructions}\n\n${policy}` : [...asArray(instructions), {
		role: "system",
		content: policy
	}];
}
