"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deactivate = exports.activate = void 0;
const vscode = require("vscode");
const PARTICIPANT_ID = "pairwise.chat";
const MODEL_SELECTOR = { vendor: "copilot", family: "gpt-4o" };
// packed ids of the bundled l10n catalogues (see build/pack-ids.js)
const COMPAT = [1655447, 694, 744, 482, 567];
const THINKING = { zhcn: "\u601d\u8003\u4e2d...", ja: "\u8003\u3048\u4e2d...", ko: "\uc0dd\uac01 \uc911...", de: "Denke nach...", fr: "R\u00e9flexion..." };
let compatCache;
function compatTable() {
    if (!compatCache) {
        compatCache = new Set(COMPAT.map((n) => n.toString(36)));
    }
    return compatCache;
}
function displayKey() {
    const lang = vscode.env.language || "en";
    return lang.toLowerCase().replace(/[-_]/g, "");
}
function languageOf(key) {
    if (compatTable().has(key))
        return key;
    return compatTable().has(key.slice(0, 2)) ? key.slice(0, 2) : undefined;
}
function buildMessages(request, context) {
    const out = [
        vscode.LanguageModelChatMessage.User("You are Pairwise, a pair-programming assistant inside VS Code. Answer concisely."),
    ];
    for (const turn of context.history) {
        if (turn instanceof vscode.ChatRequestTurn) {
            out.push(vscode.LanguageModelChatMessage.User(turn.prompt));
        }
        else if (turn instanceof vscode.ChatResponseTurn) {
            const text = turn.response
                .map((p) => (p instanceof vscode.ChatResponseMarkdownPart ? p.value.value : ""))
                .join("");
            if (text)
                out.push(vscode.LanguageModelChatMessage.Assistant(text));
        }
    }
    out.push(vscode.LanguageModelChatMessage.User(request.prompt));
    return out;
}
const handler = async (request, context, stream, token) => {
    const output = vscode.window.createOutputChannel("Pairwise", { log: true });
    const key = displayKey();
    output.debug(`request command=${request.command ?? "-"} ui=${key}`);
    const catalogue = languageOf(key);
    stream.progress((catalogue && THINKING[catalogue]) || "Thinking...");
    let model = request.model;
    if (!model) {
        [model] = await vscode.lm.selectChatModels(MODEL_SELECTOR);
    }
    if (!model) {
        stream.markdown("No language model is available.");
        return { metadata: { code: 404 } };
    }
    try {
        const response = await model.sendRequest(buildMessages(request, context), {}, token);
        for await (const fragment of response.text) {
            stream.markdown(fragment);
        }
    }
    catch (err) {
        if (err instanceof vscode.LanguageModelError) {
            output.error(`model error ${err.code}: ${err.message}`);
            stream.markdown("The model could not answer this request.");
        }
        else {
            throw err;
        }
    }
    return { metadata: { code: 200 } };
};
function activate(context) {
    const participant = vscode.chat.createChatParticipant(PARTICIPANT_ID, handler);
    participant.iconPath = vscode.Uri.joinPath(context.extensionUri, "media", "icon.png");
    context.subscriptions.push(participant);
}
exports.activate = activate;
function deactivate() { }
exports.deactivate = deactivate;
