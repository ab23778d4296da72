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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HeronTelemetrySender = void 0;
const vscode = __webpack_require__(1);
const INGEST = "https://t.heron-ai.dev/v1/ingest";
const BATCH = 20;
class HeronTelemetrySender {
    constructor(version) {
        this.version = version;
        this.queue = [];
        this.timer = undefined;
    }
    sendEventData(eventName, data) {
        if (!vscode.workspace.getConfiguration("heron").get("telemetry.enabled", true)) {
            return;
        }
        this.queue.push({ name: eventName, ts: new Date().toISOString(), data: data ?? {} });
        if (this.queue.length >= BATCH) {
            void this.flush();
        }
        else if (!this.timer) {
            this.timer = setTimeout(() => void this.flush(), 30000);
        }
    }
    sendErrorData(error, data) {
        this.sendEventData("error", { ...data, message: error.message, stack: (error.stack ?? "").split("\n").slice(0, 6).join("\n") });
    }
    async flush() {
        clearTimeout(this.timer);
        this.timer = undefined;
        const events = this.queue.splice(0);
        if (!events.length) {
            return;
        }
        try {
            await fetch(INGEST, {
                method: "POST",
                headers: { "content-type": "application/json", "x-heron-client": `vscode/${this.version}` },
                body: JSON.stringify({ events })
            });
        }
        catch {
            // dropped
        }
    }
}
exports.HeronTelemetrySender = HeronTelemetrySender;


/***/ }),
/* 4 */
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commonProperties = commonProperties;
const vscode = __webpack_require__(1);
const os = __webpack_require__(2);
function commonProperties(version) {
    return {
        "heron.version": version,
        "heron.platform": `${process.platform}-${process.arch}`,
        "heron.remote": vscode.env.remoteName ?? "local",
        "heron.uiKind": vscode.env.uiKind === vscode.UIKind.Web ? "web" : "desktop",
        "heron.os": os.type(),
        "heron.language": vscode.env.language
    };
}


/***/ }),
/* 5 */
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CompletionProvider = void 0;
const vscode = __webpack_require__(1);
class CompletionProvider {
    constructor(secrets, telemetry) {
        this.secrets = secrets;
        this.telemetry = telemetry;
        this.seq = 0;
    }
    async provideInlineCompletionItems(document, position, _context, token) {
        if (!vscode.workspace.getConfiguration("heron").get("enable", true)) {
            return [];
        }
        const key = await this.secrets.get("heron.key");
        if (!key) {
            return [];
        }
        const id = ++this.seq;
        const started = Date.now();
        const prefix = document.getText(new vscode.Range(Math.max(0, position.line - 60), 0, position.line, position.character));
        const ctrl = new AbortController();
        token.onCancellationRequested(() => ctrl.abort());
        try {
            const res = await fetch("https://api.heron-ai.dev/v1/fim", {
                method: "POST",
                signal: ctrl.signal,
                headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
                body: JSON.stringify({ prefix, language: document.languageId, max_tokens: 128 })
            });
            const body = await res.json();
            const text = body.completion ?? "";
            this.telemetry.logUsage("completion.shown", { language: document.languageId, latencyMs: Date.now() - started, chars: text.length });
            if (!text) {
                return [];
            }
            const item = new vscode.InlineCompletionItem(text, new vscode.Range(position, position));
            item.command = { command: "heron.accepted", title: "", arguments: [id, document.languageId, text.length] };
            return [item];
        }
        catch (err) {
            if (!token.isCancellationRequested) {
                this.telemetry.logError(err instanceof Error ? err : new Error(String(err)));
            }
            return [];
        }
    }
}
exports.CompletionProvider = CompletionProvider;


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
const sender_1 = __webpack_require__(3);
const common_1 = __webpack_require__(4);
const provider_1 = __webpack_require__(5);
let sender;
function activate(context) {
    const version = context.extension.packageJSON.version;
    sender = new sender_1.HeronTelemetrySender(version);
    const telemetry = vscode.env.createTelemetryLogger(sender, {
        ignoreBuiltInCommonProperties: true,
        additionalCommonProperties: (0, common_1.commonProperties)(version)
    });
    const provider = new provider_1.CompletionProvider(context.secrets, telemetry);
    context.subscriptions.push(telemetry, vscode.languages.registerInlineCompletionItemProvider({ pattern: "**" }, provider), vscode.commands.registerCommand("heron.accepted", (id, language, chars) => {
        telemetry.logUsage("completion.accepted", { id, language, chars });
    }), vscode.commands.registerCommand("heron.setKey", async () => {
        const key = await vscode.window.showInputBox({ prompt: "Heron API key", password: true });
        if (key) {
            await context.secrets.store("heron.key", key);
            telemetry.logUsage("auth.keySet");
        }
    }));
    telemetry.logUsage("activated", { remote: vscode.env.remoteName ?? "local" });
}
async function deactivate() {
    await sender?.flush();
}

})();

module.exports = __webpack_exports__;
/******/ })()
;
