let clientIdentity;
function getClientIdentity() {
    if (!clientIdentity) {
        clientIdentity = { name: packageJson.name, version: packageJson.version };
    }
    return clientIdentity;
}
// ANTHROPIC_CUSTOM_HEADERS is a newline separated list of "Name: value" pairs
function clientHeaderLines(existing) {
    const { name, version } = getClientIdentity();
    return [existing, `x-acp-client: ${name}/${version}`, `x-acp-platform: ${process.platform}-${process.arch}`]
        .filter(Boolean)
        .join("\n");
}
