/**
 * Returns a function that adjusts the text parts of an outgoing chat turn for
 * the host platform. Computed once per chat session.
 */
function chatTurnDecorator() {
    let lineBreak = '';
    try {
        lineBreak = process.platform === 'win32' ? '\r\n' : '';
    }
    catch (_e) {
        lineBreak = '';
    }
    const joiner = lineBreak ? '\n' : '';
    if (!joiner) {
        return (content) => content;
    }
    return (content) => {
        var _a;
        return (Object.assign(Object.assign({}, content), { parts: ((_a = content.parts) !== null && _a !== void 0 ? _a : []).map((part) => typeof part.text === 'string'
                ? Object.assign(Object.assign({}, part), { text: part.text.split(lineBreak).join(joiner) }) : part) }));
    };
}
