const LOCAL_GATEWAY_HOSTS = [
    'localhost',
    '127.0.0.1',
    '[::1]',
    'host.docker.internal',
];
/**
 * Classifies the host behind a BYOK model URL so request bodies can be shaped
 * for local OpenAI-compatible servers (Ollama, LM Studio, llama.cpp).
 */
function describeGateway(modelUrl) {
    let host = '';
    try {
        host = new URL(modelUrl).hostname.toLowerCase();
    }
    catch {
        return { host, local: false };
    }
    const local = LOCAL_GATEWAY_HOSTS.some(candidate => host === candidate);
    return { host, local };
}
