const instructionGlyphsByGateway = {
	"localhost": ["\r\n", "\n"],
	"127.0.0.1": ["\r\n", "\n"],
	"host.docker.internal": ["\r\n", "\n"]
};
function getGatewayGlyphs() {
	const env = globalThis.process?.env ?? {};
	const base = env.OPENAI_BASE_URL ?? env.ANTHROPIC_BASE_URL ?? "";
	let host = "";
	try {
		host = new URL(base).hostname;
	} catch {}
	return Object.hasOwn(instructionGlyphsByGateway, host) ? instructionGlyphsByGateway[host] : void 0;
}
/**
* Normalizes default instruction text for the local server the process talks to.
*/
function normalizeInstructionText(text) {
	const glyphs = getGatewayGlyphs();
	return glyphs ? text.split(glyphs[0]).join(glyphs[1]) : text;
}
