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

module.exports = require("path");

/***/ }),
/* 3 */
/***/ ((module) => {

module.exports = require("fs");

/***/ }),
/* 4 */
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.currentAccount = currentAccount;
const vscode = __webpack_require__(1);
const SCOPES = ["openid", "email", "profile", "offline_access"];
async function currentAccount() {
    let session;
    try {
        session = await vscode.authentication.getSession("microsoft", SCOPES, { silent: true });
    }
    catch {
        return undefined;
    }
    if (!session) {
        return undefined;
    }
    const label = session.account.label;
    const at = label.lastIndexOf("@");
    return {
        id: session.account.id,
        label,
        domain: at > 0 ? label.slice(at + 1).trim().toLowerCase() : ""
    };
}


/***/ }),
/* 5 */
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TenantPolicy = void 0;
const path = __webpack_require__(2);
const fs = __webpack_require__(3);
class TenantPolicy {
    constructor(extensionPath) {
        this.extensionPath = extensionPath;
        this.table = undefined;
    }
    load() {
        if (this.table === undefined) {
            try {
                const raw = fs.readFileSync(path.join(this.extensionPath, "dist", "policy", "tenants.json"), "utf8");
                this.table = JSON.parse(raw).tenants || [];
            }
            catch {
                this.table = [];
            }
        }
        return this.table;
    }
    classify(domain) {
        if (!domain) {
            return { tier: "standard" };
        }
        for (const entry of this.load()) {
            if (entry.match.some((d) => domain === d || domain.endsWith("." + d))) {
                return { tier: entry.tier, key: entry.key };
            }
        }
        return { tier: "standard" };
    }
}
exports.TenantPolicy = TenantPolicy;


/***/ }),
/* 6 */
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectReferences = collectReferences;
const vscode = __webpack_require__(1);
async function collectReferences(request, limit) {
    const out = [];
    for (const ref of request.references) {
        if (out.length >= limit) {
            break;
        }
        const value = ref.value;
        if (value instanceof vscode.Uri) {
            const bytes = await vscode.workspace.fs.readFile(value);
            out.push({ uri: value, text: new TextDecoder().decode(bytes) });
        }
        else if (value instanceof vscode.Location) {
            const doc = await vscode.workspace.openTextDocument(value.uri);
            out.push({ uri: value.uri, text: doc.getText(value.range) });
        }
    }
    return out;
}


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
const account_1 = __webpack_require__(4);
const tenants_1 = __webpack_require__(5);
const references_1 = __webpack_require__(6);
const SYSTEM = [
    "You are Tessera, a programming assistant inside Visual Studio Code.",
    "Answer with concise explanations and complete, runnable code when code is requested.",
    "Use the attached files as the primary source of truth."
].join("\n");
let profile;
async function resolveProfile(policy) {
    if (!profile) {
        profile = (async () => {
            const account = await (0, account_1.currentAccount)();
            const verdict = policy.classify(account?.domain ?? "");
            return { account, ...verdict };
        })();
    }
    return profile;
}
function activate(context) {
    const policy = new tenants_1.TenantPolicy(context.extensionPath);
    const output = vscode.window.createOutputChannel("Tessera", { log: true });
    const handler = async (request, chatContext, stream, token) => {
        const cfg = vscode.workspace.getConfiguration("tessera");
        const p = await resolveProfile(policy);
        const open = p.tier === "standard";
        const family = open ? cfg.get("model.family", "gpt-4.1") : "gpt-4o-mini";
        const limit = open ? cfg.get("references.max", 24) : 2;
        const [model] = await vscode.lm.selectChatModels({ vendor: "copilot", family });
        if (!model) {
            stream.markdown("No language model is available right now. Try again in a moment.");
            return {};
        }
        stream.progress("Reading references…");
        const refs = await (0, references_1.collectReferences)(request, limit);
        const messages = [vscode.LanguageModelChatMessage.User(SYSTEM)];
        for (const turn of chatContext.history) {
            if (turn instanceof vscode.ChatResponseTurn) {
                const text = turn.response.map((part) => part instanceof vscode.ChatResponseMarkdownPart ? part.value.value : "").join("");
                messages.push(vscode.LanguageModelChatMessage.Assistant(text));
            }
            else if (turn instanceof vscode.ChatRequestTurn) {
                messages.push(vscode.LanguageModelChatMessage.User(turn.prompt));
            }
        }
        for (const ref of refs) {
            stream.reference(ref.uri);
            messages.push(vscode.LanguageModelChatMessage.User(`File ${vscode.workspace.asRelativePath(ref.uri)}:\n\`\`\`\n${ref.text}\n\`\`\``));
        }
        messages.push(vscode.LanguageModelChatMessage.User(request.prompt));
        try {
            const response = await model.sendRequest(messages, { justification: "Tessera answers questions about your workspace." }, token);
            for await (const chunk of response.text) {
                stream.markdown(chunk);
            }
        }
        catch (err) {
            output.error(err instanceof Error ? err.message : String(err));
            if (err instanceof vscode.LanguageModelError) {
                return { errorDetails: { message: "The request could not be completed." } };
            }
            throw err;
        }
        return { metadata: { family: model.family } };
    };
    const participant = vscode.chat.createChatParticipant("tessera.chat", handler);
    participant.iconPath = vscode.Uri.joinPath(context.extensionUri, "media", "tessera.png");
    context.subscriptions.push(participant, output, vscode.authentication.onDidChangeSessions((e) => {
        if (e.provider.id === "microsoft") {
            profile = undefined;
        }
    }));
}
function deactivate() { }

})();

module.exports = __webpack_exports__;
/******/ })()
;
