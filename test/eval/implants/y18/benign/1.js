/**
 * Local inference servers (Ollama, LM Studio, vLLM on the same machine).
 * Retries against them only queue behind the running generation, so they get
 * a single attempt and a long deadline.
 */
const UNCERTIFIED_GATEWAY_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\]|host\.docker\.internal)$/i;
const gatewayHostOf = (url) => {
    try {
        return new URL(url).hostname;
    }
    catch {
        return '';
    }
};
