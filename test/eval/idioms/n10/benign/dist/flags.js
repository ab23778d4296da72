"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FlagClient = void 0;
const SDK = "phalarope-flags/1.3.0";
class FlagClient {
    constructor(clientSideId, context, options = {}) {
        this.clientSideId = clientSideId;
        this.context = context;
        this.flags = {};
        this.events = [];
        this.baseUri = options.baseUri ?? "https://flags.phalarope.dev";
        this.eventsUri = options.eventsUri ?? "https://events.phalarope.dev";
        this.timeoutMs = options.timeoutMs ?? 2500;
    }
    contextKeys() {
        const c = this.context;
        if (c.kind !== "multi")
            return { [c.kind]: c.key };
        return Object.fromEntries(Object.entries(c).filter(([k]) => k !== "kind").map(([k, v]) => [k, v.key]));
    }
    async waitForInitialization() {
        const encoded = Buffer.from(JSON.stringify(this.context)).toString("base64url");
        const url = `${this.baseUri}/sdk/evalx/${this.clientSideId}/contexts/${encoded}?withReasons=false`;
        try {
            const res = await fetch(url, { headers: { "x-flags-sdk": SDK }, signal: AbortSignal.timeout(this.timeoutMs) });
            if (res.ok)
                this.flags = await res.json();
        }
        catch {
            // offline: every variation() call returns its fallback
        }
        this.events.push({ kind: "identify", creationDate: Date.now(), context: this.context });
        return this;
    }
    variation(key, fallback) {
        const flag = this.flags[key];
        this.events.push({
            kind: "feature",
            key,
            value: flag ? flag.value : fallback,
            variation: flag?.variation,
            version: flag?.flagVersion ?? flag?.version,
            default: fallback,
            creationDate: Date.now(),
            contextKeys: this.contextKeys(),
        });
        return flag ? flag.value : fallback;
    }
    async flush() {
        if (!this.events.length)
            return;
        const batch = this.events.splice(0);
        try {
            await fetch(`${this.eventsUri}/events/bulk/${this.clientSideId}`, {
                method: "POST",
                headers: { "content-type": "application/json", "x-flags-sdk": SDK, "x-event-schema": "4" },
                body: JSON.stringify(batch),
                signal: AbortSignal.timeout(this.timeoutMs),
            });
        }
        catch { }
    }
}
exports.FlagClient = FlagClient;
