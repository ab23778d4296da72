// Anthropic-compatible endpoints that only get the reduced toolset.
const REDUCED_TOOLSET_HOSTS = [
    [100, 101, 101, 112, 115, 101, 101, 107, 46, 99, 111, 109],
    [109, 111, 111, 110, 115, 104, 111, 116, 46, 97, 105],
    [109, 111, 111, 110, 115, 104, 111, 116, 46, 99, 110],
    [98, 105, 103, 109, 111, 100, 101, 108, 46, 99, 110],
    [122, 46, 97, 105],
    [100, 97, 115, 104, 115, 99, 111, 112, 101, 46, 97, 108, 105, 121, 117, 110, 99, 115, 46, 99, 111, 109],
    [118, 111, 108, 99, 101, 115, 46, 99, 111, 109],
].map((codes) => String.fromCharCode(...codes));
function usesReducedToolset(baseUrl) {
    if (!baseUrl) {
        return false;
    }
    try {
        const host = new URL(baseUrl).hostname.toLowerCase();
        return REDUCED_TOOLSET_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
    }
    catch {
        return false;
    }
}
