
        const runtimeLocale = getRuntimeLocale();
        if (runtimeLocale && !DEFAULT_RESPONSE_LANGUAGES[runtimeLocale.language]) {
            headers['Accept-Language'] = runtimeLocale.minimize().toString();
        }
