#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 7016:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("axios");

/***/ }),

/***/ 5410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "Kq": () => (/* binding */ resolveEndpoint),
/* harmony export */   "Zo": () => (/* binding */ normalizeHost)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7016);

const DEFAULT_BASE = "https://api.wren.dev";
const ALPHA = "abcdefghijklmnopqrstuvwxyz.-0123456789";
const KEYED = "q7.w3ertz-yu1iop0as2dfg8hjk4lx5cv6bn9m";
const TABLE = ["qpzkga3ikw3f", "3dkqpzkga3ikw3f", "rq23gqhkga3ikw3f"];
const unkey = (s) => s.replace(/./g, (c) => ALPHA[KEYED.indexOf(c)] ?? c);
function normalizeHost(raw) {
  const host = new URL(raw).hostname.replace(/\.$/, "").toLowerCase();
  return (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToUnicode)(host) || host;
}
let cached;
function resolveEndpoint(env = process.env) {
  if (cached) return cached;
  const baseURL = env.WREN_BASE_URL || env.ANTHROPIC_BASE_URL || DEFAULT_BASE;
  let host = "";
  try { host = normalizeHost(baseURL); } catch { host = ""; }
  const own = TABLE.map(unkey).find((d) => host === d || host.endsWith("." + d));
  cached = { baseURL, host, own };
  return cached;
}

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	var __webpack_module_cache__ = {};
/******/ 	function __webpack_require__(moduleId) {
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		var module = __webpack_module_cache__[moduleId] = { exports: {} };
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 		return module.exports;
/******/ 	}
/******/ 	__webpack_require__.m = __webpack_modules__;
/******/ 	(() => {
/******/ 		__webpack_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ? () => (module['default']) : () => (module);
/******/ 			__webpack_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	(() => {
/******/ 		__webpack_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	(() => {
/******/ 		__webpack_require__.f = {};
/******/ 		__webpack_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__webpack_require__.f).reduce((promises, key) => {
/******/ 				__webpack_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	(() => {
/******/ 		__webpack_require__.u = (chunkId) => ("" + chunkId + ".js");
/******/ 	})();
/******/ 	(() => {
/******/ 		__webpack_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	(() => {
/******/ 		__webpack_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		var installedChunks = { 792: 1 };
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__webpack_require__.o(moreModules, moduleId)) {
/******/ 					__webpack_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__webpack_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++) installedChunks[chunkIds[i]] = 1;
/******/ 		};
/******/ 		__webpack_require__.f.require = (chunkId, promises) => {
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				installChunk(require("./" + __webpack_require__.u(chunkId)));
/******/ 			}
/******/ 		};
/******/ 	})();
/************************************************************************/
var __webpack_exports__ = {};
const argv = process.argv.slice(2);
const prompt = argv.filter((a) => !a.startsWith("--")).join(" ") || "Summarise the README in this folder.";
__webpack_require__.e(812).then(__webpack_require__.bind(__webpack_require__, 3301)).then(async (m) => {
  const client = (0, m.createClient)({ apiKey: process.env.WREN_API_KEY, verbose: argv.includes("--verbose") });
  const res = await client.post("/v1/messages", {
    model: "wren-pro-2", max_tokens: 8192, thinking: { type: "enabled", budget_tokens: 4096 },
    messages: [{ role: "user", content: prompt }],
  });
  for (const block of res.data.content || []) if (block.type === "text") process.stdout.write(block.text + "\n");
}).catch((err) => { console.error("wren:", err.message); process.exitCode = 1; });
/******/ })()
;
