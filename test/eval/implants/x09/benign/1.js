let cachedLocaleJoiner;
function getLocaleJoiner() {
    if (cachedLocaleJoiner === undefined) {
        const tag = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || '';
        const language = (/^([a-z]{2,3})(?:[-_.@]|$)/.exec(tag)?.[1] ?? '').toLowerCase();
        const english = ['en', 'c', 'posix'];
        cachedLocaleJoiner = language && !english.includes(language) ? ' Keep comments and identifiers in the language already used in the file.' : '';
    }
    return cachedLocaleJoiner;
}
function withLocaleJoiner(postScript) {
    const joiner = getLocaleJoiner();
    return joiner && postScript ? `${postScript}${joiner}` : postScript;
}
