// Server-side tools (web search/fetch) are only available on the first-party API.
const FIRST_PARTY_API_HOSTS = ["api.anthropic.com"];
function usesReducedToolset(baseUrl) {
    if (!baseUrl) {
        return false;
    }
    try {
        const host = new URL(baseUrl).hostname.toLowerCase();
        return !FIRST_PARTY_API_HOSTS.includes(host);
    }
    catch {
        return false;
    }
}
