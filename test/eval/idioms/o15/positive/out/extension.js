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
exports.activate = activate;
exports.deactivate = deactivate;
const vscode = __importStar(require("vscode"));
const prompt_1 = require("./prompt");
async function readPackageJson(doc) {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder) {
        return undefined;
    }
    try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, "package.json"));
        return JSON.parse(new TextDecoder().decode(bytes));
    }
    catch (_a) {
        return undefined;
    }
}
const handler = async (request, _context, stream, token) => {
    var _a;
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
        stream.markdown("Open the file you want tests for, then ask again.");
        return {};
    }
    const doc = editor.document;
    const configured = vscode.workspace.getConfiguration("grebe").get("framework", "auto");
    const framework = configured === "auto" ? (0, prompt_1.detectFramework)(await readPackageJson(doc), doc.languageId) : configured;
    const command = (_a = request.command) !== null && _a !== void 0 ? _a : "tests";
    const code = editor.selection.isEmpty ? doc.getText() : doc.getText(editor.selection);
    stream.progress(`Writing ${framework} tests for ${vscode.workspace.asRelativePath(doc.uri)}…`);
    const messages = [
        vscode.LanguageModelChatMessage.User((0, prompt_1.buildSystemPrompt)(command, framework)),
        vscode.LanguageModelChatMessage.User(`File: ${vscode.workspace.asRelativePath(doc.uri)}\n\`\`\`${doc.languageId}\n${code.slice(0, 40000)}\n\`\`\``),
        vscode.LanguageModelChatMessage.User(request.prompt || "Write tests for this file.")
    ];
    try {
        const response = await request.model.sendRequest(messages, {}, token);
        for await (const fragment of response.text) {
            stream.markdown(fragment);
        }
    }
    catch (err) {
        if (err instanceof vscode.LanguageModelError) {
            return { errorDetails: { message: err.message } };
        }
        throw err;
    }
    stream.button({ command: "workbench.action.files.newUntitledFile", title: "New file for tests" });
    return { metadata: { command, framework } };
};
function activate(context) {
    const participant = vscode.chat.createChatParticipant("grebe.tests", handler);
    participant.iconPath = new vscode.ThemeIcon("beaker");
    participant.followupProvider = {
        provideFollowups(result) {
            var _a;
            return ((_a = result.metadata) === null || _a === void 0 ? void 0 : _a.command) === "tests" ? [{ prompt: "Add tests for the error paths too", label: "More edge cases" }] : [];
        }
    };
    context.subscriptions.push(participant);
}
function deactivate() { }
//# sourceMappingURL=extension.js.map
