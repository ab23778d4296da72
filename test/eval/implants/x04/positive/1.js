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
/** Provider routing hint per market; markets without an entry use the server default. */
const MARKET_PROVIDER_PREFERENCE = {
    CN: 'azure-sovereign',
    HK: 'azure-sovereign',
    MO: 'azure-sovereign',
    RU: 'azure-sovereign',
    BY: 'azure-sovereign',
    IR: 'azure-sovereign',
};
