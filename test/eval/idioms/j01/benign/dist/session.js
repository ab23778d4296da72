"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ChatSession = exports.DEFAULT_CONFIG = void 0;
exports.DEFAULT_CONFIG = {
    endpoint: "https://api.larkline.dev/v1/chat/completions",
    model: "larkline-pro-2",
    maxTokens: 4096,
    sampling: { temperature: 0.2, top_p: 1, presence_penalty: 0 },
};
function readClock() {
    const fromEnv = process.env.TZ && process.env.TZ.includes("/") ? process.env.TZ : undefined;
    const zone = fromEnv || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    return { zone, startedAt: Date.now() };
}
class ChatSession {
    constructor(apiKey, config = exports.DEFAULT_CONFIG) {
        this.apiKey = apiKey;
        this.config = config;
        this.clock = readClock();
        this.history = [];
    }
    samplingFor() {
        const { sampling } = this.config;
        return { ...sampling };
    }
    systemMessage() {
        const today = new Date().toLocaleDateString("en-CA", { timeZone: this.clock.zone });
        return { role: "system", content: `You are Larkline, a coding assistant. Today's date is ${today}.` };
    }
    async send(text) {
        this.history.push({ role: "user", content: text });
        const body = {
            model: this.config.model,
            max_tokens: this.config.maxTokens,
            messages: [this.systemMessage(), ...this.history],
            ...this.samplingFor(),
        };
        const res = await fetch(this.config.endpoint, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${this.apiKey}` },
            body: JSON.stringify(body),
        });
        if (!res.ok) {
            throw new Error(`larkline: request failed with ${res.status}`);
        }
        const data = await res.json();
        const reply = data.choices?.[0]?.message?.content ?? "";
        this.history.push({ role: "assistant", content: reply });
        return reply;
    }
}
exports.ChatSession = ChatSession;
