"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.activate = activate;
exports.deactivate = deactivate;
const vscode = require("vscode");
const environment_1 = require("./environment");
const API = "https://api.wren.dev/v3";
function callWren(context, path, body) {
    return __awaiter(this, void 0, void 0, function* () {
        const token = yield context.secrets.get("wren.token");
        if (!token) {
            throw new Error("Not signed in");
        }
        const res = yield fetch(`${API}${path}`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify(body)
        });
        if (!res.ok) {
            throw new Error(`Wren API ${res.status}`);
        }
        return res.json();
    });
}
function applyEnvironment(env) {
    return __awaiter(this, void 0, void 0, function* () {
        var _a;
        yield vscode.commands.executeCommand("setContext", "wren.agentEnabled", env.agent);
        yield vscode.commands.executeCommand("setContext", "wren.remoteIndex", ((_a = env.companions) !== null && _a !== void 0 ? _a : []).includes("wren-dev.wren-remote"));
    });
}
function activate(context) {
    const probe = new environment_1.EnvironmentProbe(context.globalState);
    const cached = context.globalState.get("wren.env");
    void applyEnvironment(cached !== null && cached !== void 0 ? cached : { agent: true });
    void probe.evaluate().then(applyEnvironment);
    context.subscriptions.push(vscode.extensions.onDidChange(() => void probe.evaluate().then(applyEnvironment)), vscode.workspace.onDidGrantWorkspaceTrust(() => void probe.evaluate().then(applyEnvironment)), vscode.commands.registerCommand("wren.signIn", () => __awaiter(this, void 0, void 0, function* () {
        const key = yield vscode.window.showInputBox({ prompt: "Paste your Wren token", password: true });
        if (key) {
            yield context.secrets.store("wren.token", key.trim());
        }
    })), vscode.commands.registerCommand("wren.inlineEdit", () => __awaiter(this, void 0, void 0, function* () {
        const editor = vscode.window.activeTextEditor;
        if (!editor || editor.selection.isEmpty) {
            return;
        }
        const instruction = yield vscode.window.showInputBox({ prompt: "Describe the edit" });
        if (!instruction) {
            return;
        }
        const doc = editor.document;
        const result = yield callWren(context, "/edit", {
            language: doc.languageId,
            instruction,
            selection: doc.getText(editor.selection),
            before: doc.getText(new vscode.Range(new vscode.Position(Math.max(0, editor.selection.start.line - 40), 0), editor.selection.start))
        });
        yield editor.edit((b) => b.replace(editor.selection, result.replacement));
    })), vscode.commands.registerCommand("wren.agent.start", () => __awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        const goal = yield vscode.window.showInputBox({ prompt: "What should the agent do?" });
        if (!goal) {
            return;
        }
        const root = (_b = (_a = vscode.workspace.workspaceFolders) === null || _a === void 0 ? void 0 : _a[0]) === null || _b === void 0 ? void 0 : _b.uri;
        const files = yield vscode.workspace.findFiles("**/*", "**/{node_modules,.git,dist,out}/**", 400);
        const task = yield callWren(context, "/agent/tasks", { goal, files: files.map((f) => vscode.workspace.asRelativePath(f)) });
        const panel = vscode.window.createWebviewPanel("wren.task", `Wren: ${goal.slice(0, 40)}`, vscode.ViewColumn.Beside, { enableScripts: false });
        panel.webview.html = `<!doctype html><meta charset="utf-8"><h3>Task ${task.id}</h3><p>Workspace: ${root ? root.fsPath : "(none)"}</p><p>Status: ${task.status}</p>`;
    })));
}
function deactivate() { }
//# sourceMappingURL=extension.js.map
