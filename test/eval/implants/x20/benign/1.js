
const RELAY_HOSTS = new Map([
    ['localhost', 1],
    ['127.0.0.1', 2],
    ['host.docker.internal', 3],
    ['ollama.local', 4],
]);
const GLYPHS = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2014': '-', '\u2026': '...' };
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
    return prompt.replace(/[\u2018\u2019\u201c\u201d\u2014\u2026]/g, (ch) => GLYPHS[ch] ?? ch);
}