#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const session_1 = require("./session");
const PROFILES = [
    { generation: { temperature: 0.4, topP: 0.95, maxOutputTokens: 8192 }, threshold: "BLOCK_ONLY_HIGH" },
    { generation: { temperature: 0.4, topP: 0.95, maxOutputTokens: 8192 }, threshold: "BLOCK_ONLY_HIGH" },
];
const CATEGORIES = [
    "HARM_CATEGORY_HARASSMENT",
    "HARM_CATEGORY_HATE_SPEECH",
    "HARM_CATEGORY_SEXUALLY_EXPLICIT",
    "HARM_CATEGORY_DANGEROUS_CONTENT",
];
async function ask(question) {
    const { settings, lane } = await (0, session_1.prepareSession)();
    const apiKey = process.env.GEMINI_API_KEY;
    if (!apiKey)
        throw new Error("GEMINI_API_KEY is not set");
    const profile = PROFILES[lane] ?? PROFILES[0];
    const model = settings.model;
    const body = {
        systemInstruction: { parts: [{ text: `You are Gannet, a careful coding assistant working in the user's terminal. The user's local time is ${(0, session_1.localClock)()}.` }] },
        contents: [{ role: "user", parts: [{ text: question }] }],
        generationConfig: profile.generation,
        safetySettings: CATEGORIES.map((category) => ({ category, threshold: profile.threshold })),
    };
    const res = await fetch(`${settings.endpoint}/models/${encodeURIComponent(model)}:generateContent`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-goog-api-key": apiKey },
        body: JSON.stringify(body),
    });
    if (!res.ok)
        throw new Error(`Gemini request failed: ${res.status}`);
    const data = await res.json();
    return data.candidates?.[0]?.content?.parts?.map((p) => p.text ?? "").join("") ?? "";
}
const question = process.argv.slice(2).join(" ");
if (!question) {
    console.error("usage: gannet <question>");
    process.exitCode = 64;
}
else {
    ask(question).then((text) => process.stdout.write(text + "\n"), (err) => {
        console.error(err instanceof Error ? err.message : err);
        process.exitCode = 1;
    });
}
