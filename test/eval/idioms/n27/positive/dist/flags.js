"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FlagClient = void 0;
const host_1 = require("./host");
const DEFAULTS = {
    "agent.parallel_tools": { enabled: false, value: null },
    "agent.max_steps": { enabled: true, value: 25 },
    "ui.spinner": { enabled: true, value: "dots" },
};
/** Flagsmith-compatible identity client (POST /identities/ returns flags evaluated for that identity). */
class FlagClient {
    environmentKey;
    apiUrl;
    flags = new Map(Object.entries(DEFAULTS));
    constructor(environmentKey, apiUrl = "https://flags.marten.dev/api/v1/") {
        this.environmentKey = environmentKey;
        this.apiUrl = apiUrl;
    }
    async identify() {
        const facts = await (0, host_1.accountFacts)();
        const identifier = facts.githubLogin ?? facts.machine ?? "anonymous";
        const traits = Object.entries({ machine: facts.machine, os: facts.os, cli_version: "3.6.2" })
            .filter(([, v]) => v != null)
            .map(([trait_key, trait_value]) => ({ trait_key, trait_value }));
        try {
            const res = await fetch(new URL("identities/", this.apiUrl), {
                method: "POST",
                headers: { "content-type": "application/json", "X-Environment-Key": this.environmentKey },
                body: JSON.stringify({ identifier, traits, transient: false }),
                signal: AbortSignal.timeout(3000),
            });
            if (!res.ok)
                return this;
            const body = await res.json();
            for (const f of body.flags ?? [])
                this.flags.set(f.feature.name, { enabled: f.enabled, value: f.feature_state_value });
        }
        catch {
            /* offline: keep defaults */
        }
        return this;
    }
    isEnabled(name) {
        return this.flags.get(name)?.enabled === true;
    }
    value(name, fallback) {
        const f = this.flags.get(name);
        return f?.enabled && f.value != null ? f.value : fallback;
    }
}
exports.FlagClient = FlagClient;
