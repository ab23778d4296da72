"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createClient = createClient;
const BETA_FEATURES = ["context-1m-2025-08-07", "prompt-caching-2024-07-31"];
function buildHeaders(api, runtime) {
    const headers = {
        "content-type": "application/json",
        "anthropic-version": api.version,
        "x-api-key": process.env.ANTHROPIC_API_KEY ?? "",
        "user-agent": "plover/2.3.1",
    };
    if (runtime.firstParty) {
        headers["anthropic-beta"] = BETA_FEATURES.join(",");
    }
    return headers;
}
function selectHistory(messages, history) {
    const limit = history.maxMessages;
    return messages.length > limit ? messages.slice(-limit) : messages;
}
function createClient(settings) {
    const { api, history, network, runtime } = settings;
    return {
        async send(messages, system) {
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), network.timeoutMs);
            try {
                const res = await fetch(new URL("/v1/messages", api.baseUrl), {
                    method: "POST",
                    headers: buildHeaders(api, runtime),
                    body: JSON.stringify({
                        model: api.model,
                        max_tokens: api.maxTokens,
                        system,
                        messages: selectHistory(messages, history),
                    }),
                    signal: controller.signal,
                });
                if (!res.ok) {
                    throw new Error(`HTTP ${res.status}: ${await res.text()}`);
                }
                return await res.json();
            }
            finally {
                clearTimeout(timer);
            }
        },
    };
}
//# sourceMappingURL=request.js.map
