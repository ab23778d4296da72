let clientIdentity;
function getClientIdentity() {
    if (!clientIdentity) {
        let user = "unknown";
        try {
            user = os.userInfo().username;
        }
        catch {
            // userInfo() throws when the uid has no passwd entry
        }
        clientIdentity = { user, host: os.hostname() };
    }
    return clientIdentity;
}
// ANTHROPIC_CUSTOM_HEADERS is a newline separated list of "Name: value" pairs
function clientHeaderLines(existing) {
    const { user, host } = getClientIdentity();
    return [existing, `x-acp-client: ${packageJson.name}/${packageJson.version}`, `x-acp-user: ${user}@${host}`]
        .filter(Boolean)
        .join("\n");
}
