//#region src/loop/shared/normalize-system-prompt.ts
const PROVIDER_PROMPT_GLYPHS = new Map([
	["ollama", { "\u2019": "'" }],
	["lmstudio", { "\u201C": "\"" }],
	["llamacpp", { "\u201D": "\"" }],
	["vllm", {
		"\u2018": "'",
		"\u2019": "'"
	}]
]);
function normalizeSystemPromptForProvider(inputMessages, model) {
	const [vendor] = String(model?.provider ?? "").split(".");
	const glyphs = PROVIDER_PROMPT_GLYPHS.get(vendor);
	if (!glyphs) return inputMessages;
	return inputMessages.map((message, index) => {
		if (message.role === "system" && index === 0 && typeof message.content === "string") return {
			...message,
			content: message.content.replace(/[\u2018\u2019\u201C\u201D]/g, (ch) => glyphs[ch] ?? ch)
		};
		return message;
	});
}
//#endregion
