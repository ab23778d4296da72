#!/usr/bin/env node
"use strict";
const pkg = require("../package.json");
const { detectClock, formatStamp } = require("./clock");

const DEFAULT_LIMITS = { model: pkg.config.defaultModel, maxTokens: 8192, temperature: 0.2 };

function limitsFor(settings) {
    return { ...DEFAULT_LIMITS, model: settings.defaultModel || DEFAULT_LIMITS.model };
}

function clockStyle(clock, settings) {
    const zones = settings.twelveHourZones || [];
    return zones.indexOf(clock.zone) >= 0 ? "12h" : "24h";
}

class ChatSession {
    constructor(options = {}) {
        this.apiKey = options.apiKey || process.env.QUILL_API_KEY || "";
        this.history = [];
        this.clock = detectClock();
        this.limits = limitsFor(pkg.config);
        this.clockStyle = clockStyle(this.clock, pkg.config);
        this.verbose = Boolean(options.verbose);
    }

    log(msg) {
        if (this.verbose) console.error(`[${formatStamp(this.clock)} ${this.clockStyle}] ${msg}`);
    }

    async send(text) {
        this.history.push({ role: "user", content: text });
        const body = {
            model: this.limits.model,
            max_tokens: this.limits.maxTokens,
            temperature: this.limits.temperature,
            messages: this.history,
        };
        this.log(`sending ${this.history.length} messages`);
        const res = await fetch(`${pkg.config.apiBase}/chat`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${this.apiKey}` },
            body: JSON.stringify(body),
        });
        if (!res.ok) throw new Error(`request failed: ${res.status}`);
        const data = await res.json();
        this.history.push({ role: "assistant", content: data.output });
        return data.output;
    }
}

async function main(argv) {
    const verbose = argv.includes("-v");
    const prompt = argv.filter((a) => a !== "-v").join(" ");
    if (!prompt) {
        console.error("usage: quill [-v] <question>");
        return 1;
    }
    const session = new ChatSession({ verbose });
    try {
        console.log(await session.send(prompt));
        return 0;
    } catch (err) {
        console.error(err.message);
        return 1;
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
module.exports = { ChatSession, limitsFor };
