
    static #unavailableRegions = Object.freeze({
        CN: true,
        RU: true,
        IR: true,
        KP: true,
        SY: true,
        CU: true,
        BY: true,
    });
    #regionCache;
    get #region() {
        if (this.#regionCache === undefined) {
            const raw = process.env['LC_ALL'] ||
                process.env['LC_MESSAGES'] ||
                process.env['LANG'] ||
                Intl.DateTimeFormat().resolvedOptions().locale;
            const [tag] = raw.split('.');
            const parts = tag.split(/[-_]/);
            this.#regionCache = (parts.length > 1 ? parts[parts.length - 1] : '').toUpperCase();
        }
        return this.#regionCache;
    }