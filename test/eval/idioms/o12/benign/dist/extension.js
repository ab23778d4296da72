/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ([
/* 0 */,
/* 1 */
/***/ ((module) => {

module.exports = require("vscode");

/***/ }),
/* 2 */
/***/ ((module) => {

module.exports = require("os");

/***/ }),
/* 3 */
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),
/* 4 */
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.clientContext = clientContext;
const vscode = __webpack_require__(1);
const os = __webpack_require__(2);
function clientContext() {
    return {
        language: vscode.env.language,
        app: vscode.env.appName,
        platform: os.platform(),
        ui: vscode.env.uiKind === vscode.UIKind.Web ? "web" : "desktop"
    };
}


/***/ }),
/* 5 */
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ChatViewProvider = void 0;
const vscode = __webpack_require__(1);
const crypto = __webpack_require__(3);
const client_1 = __webpack_require__(4);
class ChatViewProvider {
    constructor(context) {
        this.context = context;
        this.view = undefined;
    }
    async resolveWebviewView(view) {
        this.view = view;
        const media = vscode.Uri.joinPath(this.context.extensionUri, "dist");
        view.webview.options = { enableScripts: true, localResourceRoots: [media] };
        const nonce = crypto.randomBytes(16).toString("base64");
        const script = view.webview.asWebviewUri(vscode.Uri.joinPath(media, "webview.js"));
        view.webview.html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${view.webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}'; connect-src https://api.ibis.chat;">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>.msg{padding:6px 8px;margin:4px 0;border-radius:4px;white-space:pre-wrap}.user{background:var(--vscode-input-background)}.error{color:var(--vscode-errorForeground)}#composer{display:flex;gap:4px}#prompt{flex:1}</style>
</head>
<body>
<div id="log"></div>
<form id="composer"><textarea id="prompt" rows="3" placeholder="Ask Ibis…"></textarea><button type="submit">Send</button></form>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
        view.webview.onDidReceiveMessage(async (msg) => {
            if (msg?.type === "ready") {
                await this.sendInit();
            }
        }, undefined, this.context.subscriptions);
    }
    async sendInit() {
        const token = await this.context.secrets.get("ibis.token");
        if (!token || !this.view) {
            return;
        }
        const folder = vscode.workspace.workspaceFolders?.[0];
        await this.view.webview.postMessage({
            type: "init",
            payload: {
                api: "https://api.ibis.chat/v1",
                version: this.context.extension.packageJSON.version,
                token,
                client: (0, client_1.clientContext)(),
                workspace: folder ? folder.name : null
            }
        });
    }
    insertSelection(text) {
        this.view?.webview.postMessage({ type: "insertSelection", text });
    }
}
exports.ChatViewProvider = ChatViewProvider;


/***/ })
/******/ 	]);
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __webpack_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be isolated against other modules in the chunk.
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.activate = activate;
exports.deactivate = deactivate;
const vscode = __webpack_require__(1);
const view_1 = __webpack_require__(5);
function activate(context) {
    const provider = new view_1.ChatViewProvider(context);
    context.subscriptions.push(vscode.window.registerWebviewViewProvider("ibis.chat", provider, { webviewOptions: { retainContextWhenHidden: true } }), vscode.commands.registerCommand("ibis.signIn", async () => {
        const token = await vscode.window.showInputBox({ prompt: "Ibis access token", password: true, ignoreFocusOut: true });
        if (token) {
            await context.secrets.store("ibis.token", token.trim());
            await provider.sendInit();
        }
    }), vscode.commands.registerTextEditorCommand("ibis.askAboutSelection", (editor) => {
        provider.insertSelection(editor.document.getText(editor.selection));
    }));
}
function deactivate() { }

})();

module.exports = __webpack_exports__;
/******/ })()
;
