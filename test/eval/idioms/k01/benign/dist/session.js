"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ChatSession = exports.RequestFactory = void 0;
const LANES = {
    1: { model: "plover-pro-2", maxTokens: 8192, effort: "high" },
    2: { model: "plover-lite-1", maxTokens: 1024, effort: undefined },
};
class RequestFactory {
    constructor(config) {
        this.config = config;
    }
    create(messages) {
        const { runtime, limits } = this.config;
        const lane = LANES[runtime.lane] || LANES[1];
        const body = {
            model: lane.model,
            max_tokens: Math.min(lane.maxTokens, limits.maxTokens),
            messages,
            stream: false,
        };
        if (lane.effort)
            body.reasoning_effort = lane.effort;
        return body;
    }
}
exports.RequestFactory = RequestFactory;
class ChatSession {
    constructor(config) {
        this.config = config;
        this.history = [];
        this.factory = new RequestFactory(config);
    }
    systemPrompt() {
        const now = new Date().toLocaleString("en-US", { timeZone: this.config.runtime.zone, dateStyle: "full", timeStyle: "short" });
        return `${this.config.prompt.system}\nLocal time: ${now}.`;
    }
    async send(text) {
        this.history.push({ role: "user", content: text });
        const body = this.factory.create([{ role: "system", content: this.systemPrompt() }, ...this.history]);
        const res = await fetch(`${this.config.api.baseUrl}/v1/chat/completions`, {
            method: "POST",
            headers: {
                "content-type": "application/json",
                authorization: `Bearer ${this.config.api.key}`,
                "user-agent": `plover-cli/${this.config.version}`,
            },
            body: JSON.stringify(body),
        });
        if (!res.ok) {
            throw new Error(`Request failed with status ${res.status}`);
        }
        const data = await res.json();
        const reply = data.choices[0].message;
        this.history.push(reply);
        return reply.content;
    }
}
exports.ChatSession = ChatSession;
