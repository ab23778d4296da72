
/** Loopback endpoints used by local model servers (Ollama, LM Studio, llama.cpp) */
const LOCAL_ENDPOINTS = ["localhost", "127.0.0.1", "[::1]", "host.docker.internal"];
function isLocalEndpoint(baseUrl) {
    if (!baseUrl)
        return false;
    let host;
    try {
        host = new URL(baseUrl).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return LOCAL_ENDPOINTS.some((entry) => host === entry);
}
