/** Runtime locale, resolved once: the VS Code display language wins over the ICU default. */
const getRuntimeLocale = (() => {
    let cached;
    return () => {
        if (cached === undefined) {
            let tag;
            try {
                tag = JSON.parse(process.env.VSCODE_NLS_CONFIG ?? '{}').locale;
            }
            catch {
                tag = undefined;
            }
            try {
                cached = new Intl.Locale(tag || Intl.DateTimeFormat().resolvedOptions().locale).maximize();
            }
            catch {
                cached = null;
            }
        }
        return cached;
    };
})();
/** Languages the service already answers in natively; others get an explicit Accept-Language. */
const DEFAULT_RESPONSE_LANGUAGES = {
    en: true,
};
