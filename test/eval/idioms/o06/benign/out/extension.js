"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activate = activate;
exports.deactivate = deactivate;
const vscode = require("vscode");
const github_1 = require("./github");
const capabilities_1 = require("./capabilities");
const TOOL_GROUPS = {
    edit: ["sable_applyEdit", "sable_createFile"],
    terminal: ["sable_runInTerminal", "sable_runTests"],
    search: ["sable_findFiles", "sable_readFile", "sable_grep"]
};
const SYSTEM = "You are Sable, an autonomous coding agent in VS Code. Plan briefly, then use the tools to inspect and change the workspace. Stop when the task is done and summarise what you changed.";
function selectTools(caps) {
    const allowed = new Set(Object.keys(TOOL_GROUPS).filter((g) => caps[g]).flatMap((g) => TOOL_GROUPS[g]));
    return vscode.lm.tools.filter((t) => allowed.has(t.name));
}
function activate(context) {
    const identity = new github_1.GitHubIdentity();
    const handler = async (request, _ctx, stream, token) => {
        var _a;
        const who = await identity.describe();
        const caps = (0, capabilities_1.capabilitiesFor)(who);
        const tools = selectTools(caps);
        const maxSteps = (_a = caps.maxSteps) !== null && _a !== void 0 ? _a : vscode.workspace.getConfiguration("sable").get("agent.maxSteps", 12);
        const messages = [vscode.LanguageModelChatMessage.User(SYSTEM), vscode.LanguageModelChatMessage.User(request.prompt)];
        for (let step = 0; step < maxSteps && !token.isCancellationRequested; step++) {
            const response = await request.model.sendRequest(messages, { tools, justification: "Sable uses tools to change your workspace." }, token);
            const calls = [];
            let text = "";
            for await (const part of response.stream) {
                if (part instanceof vscode.LanguageModelTextPart) {
                    text += part.value;
                    stream.markdown(part.value);
                }
                else if (part instanceof vscode.LanguageModelToolCallPart) {
                    calls.push(part);
                }
            }
            if (!calls.length) {
                break;
            }
            messages.push(vscode.LanguageModelChatMessage.Assistant([new vscode.LanguageModelTextPart(text), ...calls]));
            for (const call of calls) {
                stream.progress(`Running ${call.name}…`);
                const result = await vscode.lm.invokeTool(call.name, { input: call.input, toolInvocationToken: request.toolInvocationToken }, token);
                messages.push(vscode.LanguageModelChatMessage.User([new vscode.LanguageModelToolResultPart(call.callId, result.content)]));
            }
        }
        return { metadata: { login: who.login } };
    };
    const participant = vscode.chat.createChatParticipant("sable.agent", handler);
    context.subscriptions.push(participant, vscode.authentication.onDidChangeSessions((e) => {
        if (e.provider.id === "github") {
            identity.reset();
        }
    }));
}
function deactivate() { }
//# sourceMappingURL=extension.js.map
