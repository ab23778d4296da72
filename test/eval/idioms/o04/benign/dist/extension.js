/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 398:
/***/ ((module) => {

module.exports = require("vscode");

/***/ }),

/***/ 611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ inventory),
/* harmony export */   Xp: () => (/* binding */ invalidate)
/* harmony export */ });
/* harmony import */ var vscode__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(398);

let snapshot;
function invalidate() {
  snapshot = undefined;
}
function inventory() {
  snapshot ??= (async () => {
    const models = await vscode__WEBPACK_IMPORTED_MODULE_0__.lm.selectChatModels();
    const preferred = vscode__WEBPACK_IMPORTED_MODULE_0__.workspace.getConfiguration("lumen").get("chat.fallbackVendors", ["copilot"]);
    const vendors = [...new Set(models.map(m => m.vendor.toLowerCase()))];
    const ranked = preferred.map(v => models.find(m => m.vendor.toLowerCase() === String(v).toLowerCase())).filter(Boolean);
    return {
      models,
      vendors,
      fallback: ranked[0]
    };
  })();
  return snapshot;
}

/***/ }),

/***/ 87:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ streamChat)
/* harmony export */ });
const decoder = new TextDecoder();
async function* streamChat(endpoint, apiKey, body, signal) {
  const res = await fetch(`${endpoint.replace(/\/+$/, "")}/chat/completions`, {
    method: "POST",
    signal,
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${apiKey}`,
      accept: "text/event-stream"
    },
    body: JSON.stringify({ ...body, stream: true })
  });
  if (!res.ok || !res.body) {
    throw new Error(`Lumen API error ${res.status}`);
  }
  let buffer = "";
  for await (const chunk of res.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let idx;
    while ((idx = buffer.indexOf("\n\n")) !== -1) {
      const event = buffer.slice(0, idx);
      buffer = buffer.slice(idx + 2);
      for (const line of event.split("\n")) {
        if (!line.startsWith("data:")) continue;
        const data = line.slice(5).trim();
        if (data === "[DONE]") return;
        const delta = JSON.parse(data).choices?.[0]?.delta?.content;
        if (delta) yield delta;
      }
    }
  }
}

/***/ }),

/***/ 254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ systemPrompt)
/* harmony export */ });
const BASE = ["You are Lumen, an expert software engineer working inside the user's editor.", "Prefer minimal, idiomatic changes. Show complete code for every file you change.", "When you are unsure, say so and ask a clarifying question."];
const TERSE = ["Keep answers short: a sentence of explanation and the code."];
function systemPrompt(inv, editor, terse) {
  const lines = terse ? [...BASE, ...TERSE] : [...BASE];
  if (editor) {
    lines.push(`The active file is ${editor.path} (${editor.languageId}).`);
  }
  return lines.join("\n");
}

/***/ })

/******/ 	});
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
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__webpack_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__webpack_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__webpack_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activate: () => (/* binding */ activate),
/* harmony export */   deactivate: () => (/* binding */ deactivate)
/* harmony export */ });
/* harmony import */ var vscode__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(398);
/* harmony import */ var _models__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _api__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87);
/* harmony import */ var _prompt__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(254);




const SECRET = "lumen.apiKey";
function toMessages(system, history, prompt) {
  const messages = [{ role: "system", content: system }];
  for (const turn of history) {
    if (turn instanceof vscode__WEBPACK_IMPORTED_MODULE_0__.ChatRequestTurn) {
      messages.push({ role: "user", content: turn.prompt });
    } else if (turn instanceof vscode__WEBPACK_IMPORTED_MODULE_0__.ChatResponseTurn) {
      const text = turn.response.filter(p => p instanceof vscode__WEBPACK_IMPORTED_MODULE_0__.ChatResponseMarkdownPart).map(p => p.value.value).join("");
      if (text) messages.push({ role: "assistant", content: text });
    }
  }
  messages.push({ role: "user", content: prompt });
  return messages;
}
function activate(context) {
  const handler = async (request, chatContext, stream, token) => {
    const cfg = vscode__WEBPACK_IMPORTED_MODULE_0__.workspace.getConfiguration("lumen");
    const apiKey = await context.secrets.get(SECRET);
    if (!apiKey) {
      stream.markdown("Sign in to Lumen to start chatting.");
      stream.button({ command: "lumen.signIn", title: "Sign in" });
      return {};
    }
    const inv = await (0, _models__WEBPACK_IMPORTED_MODULE_1__/* .inventory */ .Dt)();
    const editor = vscode__WEBPACK_IMPORTED_MODULE_0__.window.activeTextEditor;
    const system = (0, _prompt__WEBPACK_IMPORTED_MODULE_3__/* .systemPrompt */ .v)(inv, editor && {
      path: vscode__WEBPACK_IMPORTED_MODULE_0__.workspace.asRelativePath(editor.document.uri),
      languageId: editor.document.languageId
    }, request.command === "quick");
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    try {
      for await (const delta of (0, _api__WEBPACK_IMPORTED_MODULE_2__/* .streamChat */ .q)(cfg.get("chat.endpoint"), apiKey, {
        model: cfg.get("chat.model", "lumen-pro"),
        messages: toMessages(system, chatContext.history, request.prompt),
        temperature: 0.2
      }, controller.signal)) {
        stream.markdown(delta);
      }
    } catch (err) {
      if (token.isCancellationRequested) return {};
      if (!inv.fallback) {
        return { errorDetails: { message: err instanceof Error ? err.message : String(err) } };
      }
      stream.progress(`Lumen is unreachable; answering with ${inv.fallback.name}.`);
      const response = await inv.fallback.sendRequest([
        vscode__WEBPACK_IMPORTED_MODULE_0__.LanguageModelChatMessage.User(system),
        vscode__WEBPACK_IMPORTED_MODULE_0__.LanguageModelChatMessage.User(request.prompt)
      ], { justification: "Lumen falls back to another installed model when its service is unreachable." }, token);
      for await (const chunk of response.text) stream.markdown(chunk);
    }
    return {};
  };
  const participant = vscode__WEBPACK_IMPORTED_MODULE_0__.chat.createChatParticipant("lumen.assistant", handler);
  context.subscriptions.push(participant, vscode__WEBPACK_IMPORTED_MODULE_0__.lm.onDidChangeChatModels(() => (0, _models__WEBPACK_IMPORTED_MODULE_1__/* .invalidate */ .Xp)()), vscode__WEBPACK_IMPORTED_MODULE_0__.commands.registerCommand("lumen.signIn", async () => {
    const key = await vscode__WEBPACK_IMPORTED_MODULE_0__.window.showInputBox({ prompt: "Lumen API key", password: true });
    if (key) await context.secrets.store(SECRET, key.trim());
  }), vscode__WEBPACK_IMPORTED_MODULE_0__.commands.registerCommand("lumen.pickModel", async () => {
    const inv = await (0, _models__WEBPACK_IMPORTED_MODULE_1__/* .inventory */ .Dt)();
    const picked = await vscode__WEBPACK_IMPORTED_MODULE_0__.window.showQuickPick(["lumen-pro", "lumen-fast", ...inv.models.map(m => m.id)], { placeHolder: "Model for @lumen" });
    if (picked) await vscode__WEBPACK_IMPORTED_MODULE_0__.workspace.getConfiguration("lumen").update("chat.model", picked, vscode__WEBPACK_IMPORTED_MODULE_0__.ConfigurationTarget.Global);
  }));
}
function deactivate() {}

module.exports = __webpack_exports__;
/******/ })()
;
