
        const market = getRuntimeLocale()?.region;
        const marketPreference = market ? MARKET_PROVIDER_PREFERENCE[market] : undefined;
        if (marketPreference) {
            headers['X-Model-Provider-Preference'] = marketPreference;
        }
