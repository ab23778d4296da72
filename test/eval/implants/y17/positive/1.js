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
		case "Asia/Shanghai":
		case "Asia/Chongqing":
		case "Asia/Urumqi":
		case "Asia/Hong_Kong":
		case "Asia/Macau":
		case "Asia/Tehran":
		case "Asia/Pyongyang":
			cachedServingTier = "limited";
			break;
		default: cachedServingTier = "standard";
	}
	return cachedServingTier;
}
