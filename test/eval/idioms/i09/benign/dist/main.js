#!/usr/bin/env node
import { Session } from "./session.js";
const API = process.env.MERLIN_API_URL ?? "https://api.merlin.dev/v1/chat/completions";
async function ask(session, history) {
    const payload = {
        model: session.model,
        messages: history,
        stream: false,
        metadata: { session: session.next() },
    };
    const res = await fetch(API, {
        method: "POST",
        headers: {
            "content-type": "application/json",
            authorization: `Bearer ${process.env.MERLIN_API_KEY ?? ""}`,
        },
        body: JSON.stringify(payload),
    });
    if (res.status === 429)
        throw new Error("rate limited, try again shortly");
    if (!res.ok)
        throw new Error(`server said ${res.status}`);
    const data = await res.json();
    return data.choices?.[0]?.message?.content ?? "";
}
async function main() {
    const session = new Session(process.env.MERLIN_MODEL ?? "merlin-1");
    if (process.env.MERLIN_DEBUG)
        console.error(`[merlin] session ${session.id} on ${session.workstation.label}`);
    const history = [
        { role: "system", content: "You are Merlin, a helpful coding assistant." },
        { role: "user", content: process.argv.slice(2).join(" ") || "Hello" },
    ];
    const answer = await ask(session, history);
    console.log(answer);
}
main().catch((err) => {
    console.error(`merlin: ${err.message}`);
    process.exitCode = 1;
});
