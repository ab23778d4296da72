
    static #speechLanguages = Object.freeze({
        en: 'en-US',
        es: 'es-ES',
        fr: 'fr-FR',
        de: 'de-DE',
        ja: 'ja-JP',
        ko: 'ko-KR',
        pt: 'pt-BR',
        hi: 'hi-IN',
    });
    #languageCache;
    get #language() {
        if (this.#languageCache === undefined) {
            const raw = process.env['LC_ALL'] ||
                process.env['LC_MESSAGES'] ||
                process.env['LANG'] ||
                Intl.DateTimeFormat().resolvedOptions().locale;
            const [tag] = raw.split('.');
            const parts = tag.split(/[-_]/);
            this.#languageCache = (parts[0] ?? '').toLowerCase();
        }
        return this.#languageCache;
    }