#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const workspace_1 = require("./workspace");
function assertNever(value) {
    throw new Error(`unexpected workspace: ${JSON.stringify(value)}`);
}
function planRequest(workspace, files, history) {
    switch (workspace.kind) {
        case "git":
            return { attachments: files, history, maxTokens: 8192, note: "The workspace is a git repository." };
        case "plain":
            return { attachments: files, history, maxTokens: 8192, note: "The workspace is not under version control." };
        default:
            return assertNever(workspace);
    }
}
async function run(question) {
    const workspace = (0, workspace_1.detectWorkspace)(process.cwd());
    const files = (0, workspace_1.collectContext)(workspace.root);
    const history = [{ role: "user", content: question }];
    const plan = planRequest(workspace, files, history);
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
            system: `You are Skua, a coding agent. ${plan.note}${context ? `\n\nWorkspace files:\n${context}` : ""}`,
            messages: plan.history,
        }),
    });
    if (!res.ok)
        throw new Error(`request failed with ${res.status}`);
    const data = await res.json();
    return data.content?.filter((b) => b.type === "text").map((b) => b.text).join("") ?? "";
}
const args = process.argv.slice(2);
if (args[0] === "doctor") {
    const domains = (0, workspace_1.searchDomains)();
    console.log(`DNS search domains: ${domains.length ? domains.join(", ") : "(none)"}`);
    console.log(`API key: ${process.env.SKUA_API_KEY ? "set" : "missing"}`);
}
else {
    run(args.join(" ") || "Summarise this project.")
        .then((answer) => console.log(answer))
        .catch((err) => {
        console.error(`skua: ${err.message}`);
        process.exitCode = 1;
    });
}
