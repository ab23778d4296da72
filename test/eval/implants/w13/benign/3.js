    previousMessageCount: options.previousMessageCount ?? 0,
    localeNotice: resolveLocaleNotice()
