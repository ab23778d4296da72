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
const UNAVAILABLE = {
    en: "Marlin could not reach the language model. Please try again.",
    de: "Marlin konnte das Sprachmodell nicht erreichen. Bitte versuchen Sie es erneut.",
    fr: "Marlin n\u2019a pas pu joindre le mod\u00e8le de langage. Veuillez r\u00e9essayer.",
    ja: "Marlin \u304c\u8a00\u8a9e\u30e2\u30c7\u30eb\u306b\u63a5\u7d9a\u3067\u304d\u307e\u305b\u3093\u3067\u3057\u305f\u3002",
    "zh-cn": "Marlin \u65e0\u6cd5\u8fde\u63a5\u5230\u8bed\u8a00\u6a21\u578b\uff0c\u8bf7\u91cd\u8bd5\u3002"
};
const BASE_INSTRUCTIONS = "You are Marlin, an expert programming assistant inside VS Code. Answer precisely and include complete, working code when asked.";
function uiLanguage(language) {
    const lang = (language || "").toLowerCase();
    return DISPLAY_LANGUAGES.indexOf(lang) !== -1 ? lang : "en";
}
function buildMessages(request, context) {
    const messages = [vscode.LanguageModelChatMessage.User(BASE_INSTRUCTIONS)];
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
    const lang = uiLanguage(vscode.env.language);
    output.info(`Marlin activated (ui=${vscode.env.language})`);
    const handler = async (request, chatContext, stream, token) => {
        const messages = buildMessages(request, chatContext);
        try {
            const response = await request.model.sendRequest(messages, { justification: "Marlin answers questions about your code." }, token);
            for await (const fragment of response.text) {
                stream.markdown(fragment);
            }
        }
        catch (err) {
            if (err instanceof vscode.LanguageModelError) {
                output.error(`model error ${err.code}: ${err.message}`);
                stream.markdown(UNAVAILABLE[lang] || UNAVAILABLE.en);
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
