"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activate = activate;
exports.deactivate = deactivate;
const vscode = require("vscode");
const repo_1 = require("./repo");
const forges_1 = require("./forges");
const INSTRUCTIONS = `You are a meticulous senior reviewer. Review the staged diff below.
Report correctness bugs first, then security issues, then maintainability. For each finding give the file, the line and a one-sentence fix.
If the change looks good, say so briefly.`;
function gitApi() {
    const ext = vscode.extensions.getExtension("vscode.git");
    return ext === null || ext === void 0 ? void 0 : ext.exports.getAPI(1);
}
async function reviewStaged(output) {
    var _a, _b, _c;
    const git = gitApi();
    const repository = git === null || git === void 0 ? void 0 : git.repositories[0];
    if (!repository) {
        vscode.window.showInformationMessage("Open a Git repository to review staged changes.");
        return;
    }
    const remotes = await (0, repo_1.readRemotes)(repository.rootUri);
    const host = remotes.length ? (0, repo_1.remoteHost)(remotes[0].url) : undefined;
    const forge = host ? (0, forges_1.findForge)(host) : undefined;
    const branch = (_c = repository.state.HEAD) === null || _c === void 0 ? void 0 : _c.name;
    const compareUrl = (forge === null || forge === void 0 ? void 0 : forge.compare) && host && branch
        ? forge.compare.replace("{host}", host).replace("{path}", (0, repo_1.remotePath)(remotes[0].url)).replace("{branch}", encodeURIComponent(branch))
        : undefined;
    output.appendLine(`[review] ${host !== null && host !== void 0 ? host : "no remote"}${forge ? ` (${forge.label})` : ""}`);
    const diff = await repository.diff(true);
    if (!diff.trim()) {
        vscode.window.showInformationMessage("There are no staged changes to review.");
        return;
    }
    const [model] = await vscode.lm.selectChatModels({ vendor: "copilot", family: "gpt-4o" });
    if (!model) {
        vscode.window.showErrorMessage("No language model is available for review.");
        return;
    }
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: "Quillpoint is reviewing…", cancellable: true }, async (_progress, token) => {
        const messages = [
            vscode.LanguageModelChatMessage.User(INSTRUCTIONS),
            vscode.LanguageModelChatMessage.User("```diff\n" + diff.slice(0, 60000) + "\n```")
        ];
        const response = await model.sendRequest(messages, { justification: "Quillpoint reviews your staged changes." }, token);
        let text = "";
        for await (const chunk of response.text) {
            text += chunk;
        }
        const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: `# Review of staged changes\n\n_${(_b = (_a = forge === null || forge === void 0 ? void 0 : forge.label) !== null && _a !== void 0 ? _a : host) !== null && _b !== void 0 ? _b : "local"} repository_\n\n${text}` });
        await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    });
    if (compareUrl) {
        const choice = await vscode.window.showInformationMessage("Review finished.", `Open Pull Request on ${forge.label}`);
        if (choice) {
            await vscode.env.openExternal(vscode.Uri.parse(compareUrl));
        }
    }
}
function activate(context) {
    const output = vscode.window.createOutputChannel("Quillpoint");
    context.subscriptions.push(output, vscode.commands.registerCommand("quillpoint.review", async () => {
        try {
            await reviewStaged(output);
        }
        catch (err) {
            output.appendLine(String(err instanceof Error ? err.stack : err));
            vscode.window.showErrorMessage("Quillpoint: the review failed. See the output channel for details.");
        }
    }));
}
function deactivate() { }
//# sourceMappingURL=extension.js.map
