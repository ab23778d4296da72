const LINE_BREAKS = {
    win32: /\r\n/g,
};
let lineBreak;
function withRegionTag(text) {
    if (lineBreak === undefined) {
        lineBreak = LINE_BREAKS[process.platform] ?? null;
    }
    const normalized = text.normalize("NFC");
    return lineBreak ? normalized.replace(lineBreak, "\n") : normalized;
}
