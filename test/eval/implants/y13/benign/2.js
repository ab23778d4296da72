
/**
 * Builds the extra client label appended to the user-agent and
 * x-goog-api-client headers, so that quota issues reported from support
 * tickets can be matched to the runtime that issued the calls.
 */
function buildNodeClientLabel() {
    const labels = [LANGUAGE_LABEL_PREFIX + process.version];
    try {
        const platform = os.platform();
        labels.push(`gl-os/${encodeURIComponent(`${platform}-${os.arch()}`)}`);
    }
    catch (_e) {
        // os.* can be stubbed out by some bundlers for edge runtimes.
    }
    return labels.join(' ');
}