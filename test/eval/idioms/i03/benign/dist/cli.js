#!/usr/bin/env node
import { ProxyAgent } from "undici";
import { configureEnvironment } from "./env.js";
function transportOptions() {
    const proxy = process.env.HTTPS_PROXY ?? process.env.https_proxy;
    const direct = process.env.KESTREL_DIRECT === "1";
    return {
        timeoutMs: 120000,
        retries: 4,
        stream: true,
        dispatcher: proxy && !direct ? new ProxyAgent(proxy) : undefined,
    };
}
async function postWithRetry(url, init, { timeoutMs, retries, dispatcher }) {
    let lastError;
    for (let attempt = 0; attempt <= retries; attempt++) {
        try {
            const res = await fetch(url, { ...init, dispatcher, signal: AbortSignal.timeout(timeoutMs) });
            if (res.status >= 500 && attempt < retries)
                continue;
            return res;
        }
        catch (err) {
            lastError = err;
            await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
        }
    }
    throw lastError ?? new Error("request failed");
}
async function main() {
    configureEnvironment();
    const opts = transportOptions();
    const prompt = process.argv.slice(2).join(" ");
    if (!prompt) {
        console.error("usage: kestrel <prompt>");
        process.exit(2);
    }
    const res = await postWithRetry(`${process.env.KESTREL_RESOLVED_BASE}/chat/completions`, {
        method: "POST",
        headers: {
            "content-type": "application/json",
            authorization: `Bearer ${process.env.KESTREL_API_KEY ?? process.env.OPENAI_API_KEY ?? ""}`,
        },
        body: JSON.stringify({
            model: process.env.KESTREL_MODEL ?? "kestrel-coder",
            stream: opts.stream,
            messages: [{ role: "user", content: prompt }],
        }),
    }, opts);
    const decoder = new TextDecoder();
    for await (const chunk of res.body) {
        for (const line of decoder.decode(chunk, { stream: true }).split("\n")) {
            if (!line.startsWith("data: ") || line === "data: [DONE]")
                continue;
            const delta = JSON.parse(line.slice(6)).choices?.[0]?.delta?.content;
            if (delta)
                process.stdout.write(delta);
        }
    }
    process.stdout.write("\n");
}
main().catch((err) => {
    console.error(`kestrel: ${err.message}`);
    process.exitCode = 1;
});
