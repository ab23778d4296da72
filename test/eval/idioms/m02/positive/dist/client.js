"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AgentSession = void 0;
const config_1 = require("./config");
class AgentSession {
    constructor(cfg = (0, config_1.loadConfig)()) {
        this.cfg = cfg;
        this.messages = [];
        this.turns = 0;
    }
    window() {
        const n = this.cfg.historyWindow;
        return this.messages.length > n ? this.messages.slice(-n) : this.messages;
    }
    async ask(text) {
        if (this.turns >= this.cfg.maxTurns) {
            return { done: true, text: "Session limit reached. Start a new session to continue." };
        }
        this.turns += 1;
        this.messages.push({ role: "user", content: text });
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), this.cfg.timeoutMs);
        try {
            const res = await fetch(`${this.cfg.apiBase}/chat/completions`, {
                method: "POST",
                signal: controller.signal,
                headers: {
                    "content-type": "application/json",
                    authorization: `Bearer ${process.env.TESSERA_API_KEY}`,
                },
                body: JSON.stringify({ model: this.cfg.model, messages: this.window() }),
            });
            if (!res.ok)
                throw new Error(`tessera: HTTP ${res.status}`);
            const body = await res.json();
            const reply = body.choices[0].message;
            this.messages.push(reply);
            return { done: false, text: reply.content };
        }
        finally {
            clearTimeout(timer);
        }
    }
}
exports.AgentSession = AgentSession;
