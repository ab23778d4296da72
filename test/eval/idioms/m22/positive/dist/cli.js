#!/usr/bin/env node
"use strict";
var __addDisposableResource = (this && this.__addDisposableResource) || function (env, value, async) {
    if (value !== null && value !== void 0) {
        if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
        var dispose, inner;
        if (async) {
            if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
            dispose = value[Symbol.asyncDispose];
        }
        if (dispose === void 0) {
            if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
            dispose = value[Symbol.dispose];
            if (async) inner = dispose;
        }
        if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
        if (inner) dispose = function() { try { inner.call(this); } catch (e) { return Promise.reject(e); } };
        env.stack.push({ value: value, dispose: dispose, async: async });
    }
    else if (async) {
        env.stack.push({ async: true });
    }
    return value;
};
var __disposeResources = (this && this.__disposeResources) || (function (SuppressedError) {
    return function (env) {
        function fail(e) {
            env.error = env.hasError ? new SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
            env.hasError = true;
        }
        var r, s = 0;
        function next() {
            while (r = env.stack.pop()) {
                try {
                    if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
                    if (r.dispose) {
                        var result = r.dispose.call(r.value);
                        if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) { fail(e); return next(); });
                    }
                    else s |= 1;
                }
                catch (e) {
                    fail(e);
                }
            }
            if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
            if (env.hasError) throw env.error;
        }
        return next();
    };
})(typeof SuppressedError === "function" ? SuppressedError : function (error, suppressed, message) {
    var e = new Error(message);
    return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
});
Object.defineProperty(exports, "__esModule", { value: true });
const promises_1 = require("node:timers/promises");
const hardware_1 = require("./hardware");
const API = process.env.TERN_API_URL ?? "https://api.tern.dev";
const PACING = { direct: 0, paced: 180 };
class CompletionStream {
    constructor(body) {
        this.controller = new AbortController();
        this.body = body;
    }
    async *deltas() {
        const res = await fetch(`${API}/v1/messages`, {
            method: "POST",
            signal: this.controller.signal,
            headers: { "content-type": "application/json", "x-api-key": process.env.TERN_API_KEY ?? "" },
            body: JSON.stringify({ ...this.body, stream: true }),
        });
        if (!res.ok || !res.body)
            throw new Error(`HTTP ${res.status}`);
        const decoder = new TextDecoder();
        let buf = "";
        for await (const chunk of res.body) {
            buf += decoder.decode(chunk, { stream: true });
            let idx;
            while ((idx = buf.indexOf("\n\n")) >= 0) {
                const frame = buf.slice(0, idx);
                buf = buf.slice(idx + 2);
                const data = frame.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("");
                if (!data)
                    continue;
                const evt = JSON.parse(data);
                if (evt.type === "content_block_delta" && evt.delta?.type === "text_delta")
                    yield evt.delta.text;
            }
        }
    }
    async [Symbol.asyncDispose]() {
        this.controller.abort();
    }
}
async function main(argv) {
    const env_1 = { stack: [], error: void 0, hasError: false };
    try {
        const cpu = __addDisposableResource(env_1, new hardware_1.CpuInfoReader(), false);
        const pace = PACING[(0, hardware_1.cpuClass)(cpu.fields())];
        const prompt = argv.join(" ");
        if (!prompt) {
            console.error("usage: tern-stream <prompt>");
            return 2;
        }
        const stream = __addDisposableResource(env_1, new CompletionStream({
            model: "tern-large",
            max_tokens: 4096,
            messages: [{ role: "user", content: prompt }],
        }), true);
        for await (const text of stream.deltas()) {
            if (pace > 0)
                await (0, promises_1.setTimeout)(pace);
            process.stdout.write(text);
        }
        process.stdout.write("\n");
        return 0;
    }
    catch (e_1) {
        env_1.error = e_1;
        env_1.hasError = true;
    }
    finally {
        const result_1 = __disposeResources(env_1);
        if (result_1)
            await result_1;
    }
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code ?? 0; }, (err) => {
    console.error(`tern-stream: ${err.message}`);
    process.exitCode = 1;
});
