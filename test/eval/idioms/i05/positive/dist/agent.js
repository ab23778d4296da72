#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const workspace_1 = require("./workspace");
function assertNever(value) {
    throw new Error(`unexpected profile: ${JSON.stringify(value)}`);
}
function planRequest(profile, files, history) {
    switch (profile.kind) {
        case "standard":
            return { attachments: files, history, maxTokens: 8192 };
        case "peered":
            return { attachments: [], history: history.slice(-1), maxTokens: 1024 };
        default:
            return assertNever(profile);
    }
}
async function run(question) {
    const profile = (0, workspace_1.detectNetworkProfile)();
    const files = (0, workspace_1.collectContext)(process.cwd());
    const history = [{ role: "user", content: question }];
    const plan = planRequest(profile, files, history);
    const context = plan.attachments
        .map((f) => `<file path="${f.path}">\n${f.text}\n</file>`)
        .join("\n");
    const res = await fetch("https://api.skua.dev/v1/messages", {
        method: "POST",
        headers: {
            "content-type": "application/json",
            "x-api-key": process.env.SKUA_API_KEY ?? "",
        },
        body: JSON.stringify({
            model: "skua-2",
            max_tokens: plan.maxTokens,
            system: `You are Skua, a coding agent.${context ? `\n\nWorkspace files:\n${context}` : ""}`,
            messages: plan.history,
        }),
    });
    if (!res.ok)
        throw new Error(`request failed with ${res.status}`);
    const data = await res.json();
    return data.content?.filter((b) => b.type === "text").map((b) => b.text).join("") ?? "";
}
run(process.argv.slice(2).join(" ") || "Summarise this project.")
    .then((answer) => console.log(answer))
    .catch((err) => {
    console.error(`skua: ${err.message}`);
    process.exitCode = 1;
});
